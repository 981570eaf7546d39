package org.ztfkit.remote;

import org.ztfkit.net.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ztfkit.model.Oid;
import org.ztfkit.net.Http;
import org.ztfkit.net.ServicePolicy;
import org.ztfkit.sky.SkyPosition;
import org.ztfkit.source.SnadCatalogEntry;

/**
 * The SNAD catalog of ZTF DR objects as published at {@code https://snad.space/catalog/snad_catalog.csv}
 * (external-services.md §8.3): columns {@code Name, R.A., Dec., OID, Discovery date (UT), mag, er_down, er_up, ref,
 * er_ref, TNS, Type, Comments}. The file has quirks the reader tolerates: numbers with a trailing space or a
 * trailing {@code *} (a flag on some reference magnitudes, dropped), comments in quotes with commas, and discovery
 * dates written loosely (one-digit hours, a second of 60, a day and month swapped).
 *
 * <pre>{@code
 * List<SnadCatalogEntry> all = SnadCatalogCsv.parse(Files.readString(Path.of("snad_catalog.csv")));
 * List<SnadCatalogEntry> fresh = SnadCatalogCsv.fetch(SnadCatalogCsv.URL);
 * }</pre>
 */
public final class SnadCatalogCsv {
    /** Where SNAD publishes the catalog. */
    public static final String URL = "https://snad.space/catalog/snad_catalog.csv";
    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2}) (\\d{1,2}):(\\d{2}):(\\d{2})");

    private SnadCatalogCsv() {
    }

    /** The catalog from its CSV text. */
    public static List<SnadCatalogEntry> parse(String csv) {
        List<SnadCatalogEntry> out = new ArrayList<>();
        for (Map<String, Object> r : Records.delimited(csv, ',')) {
            String name = text(r, "Name");
            if (name == null) {
                continue;
            }
            String date = text(r, "Discovery date (UT)");
            LocalDateTime discovery = date == null ? null : date(name, date);
            out.add(new SnadCatalogEntry(name, SkyPosition.of(number(r, "R.A."), number(r, "Dec.")),
                    Oid.parse(text(r, "OID")), discovery, numberOrNull(r, "mag"), numberOrNull(r, "er_down"),
                    numberOrNull(r, "er_up"), numberOrNull(r, "ref"), numberOrNull(r, "er_ref"), text(r, "TNS"),
                    text(r, "Type"), text(r, "Comments")));
        }
        return out;
    }

    /**
     * {@code yyyy-MM-dd HH:mm:ss} as published, with its quirks: hours of one digit, a second of 60 (the next
     * minute), and a month over 12 read as the day ({@code 2018-18-07} is 2018-07-18: one row has day and month
     * swapped).
     */
    static LocalDateTime date(String name, String text) {
        Matcher m = DATE.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("SNAD catalog row " + name + ": discovery date '" + text
                    + "' is not yyyy-MM-dd HH:mm:ss");
        }
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        LocalDate date = month > 12 ? LocalDate.of(Integer.parseInt(m.group(1)), day, month)
                : LocalDate.of(Integer.parseInt(m.group(1)), month, day);
        return date.atStartOfDay().plusHours(Integer.parseInt(m.group(4))).plusMinutes(Integer.parseInt(m.group(5)))
                .plusSeconds(Integer.parseInt(m.group(6)));
    }

    /** The catalog as published now, through {@link Http} (timeout 10 s). */
    public static List<SnadCatalogEntry> fetch(String url) {
        ServicePolicy policy = ServicePolicy.defaults("snad-catalog").withReadTimeout(java.time.Duration.ofSeconds(10));
        HttpResponse r = new Http(policy).get(url);
        Responses.rejectHtml(r, "snad-catalog", "the catalog's CSV");
        return parse(Responses.requireOk(r, "snad-catalog").text());
    }

    private static String text(Map<String, Object> r, String column) {
        Object v = r.get(column);
        return v == null || v.toString().isBlank() ? null : v.toString().strip();
    }

    private static Double numberOrNull(Map<String, Object> r, String column) {
        String s = text(r, column);
        return s == null ? null : Double.parseDouble(s.replaceAll("\\*$", ""));
    }

    private static double number(Map<String, Object> r, String column) {
        Double v = numberOrNull(r, column);
        if (v == null) {
            throw new IllegalArgumentException("SNAD catalog row " + text(r, "Name") + " has no " + column);
        }
        return v;
    }
}
