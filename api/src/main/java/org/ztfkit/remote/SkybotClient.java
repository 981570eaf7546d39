package org.ztfkit.remote;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import okhttp3.HttpUrl;
import org.ztfkit.catalog.CatalogRow;
import org.ztfkit.catalog.Catalogs;
import org.ztfkit.net.ServicePolicy;
import org.ztfkit.sky.SkyPosition;
import org.ztfkit.vo.ColumnMeta;
import org.ztfkit.vo.Vo;
import org.ztfkit.vo.VoServiceException;
import org.ztfkit.vo.VoTable;

/**
 * IMCCE SkyBoT cone searches (external-services.md §11): {@code -ep} (JD, UTC, at the observer), {@code -ra},
 * {@code -dec}, {@code -rd} (degrees), {@code -loc} (MPC code), planets, asteroids and comets, {@code -refsys=EQJ2000},
 * {@code -output=all}, {@code -mime=votable}, {@code -filter=120} (astroquery's position-uncertainty cut). An
 * error VOTable saying "No solar system object was found" is an empty answer. SkyBoT's columns are renamed as
 * astroquery names them ({@code Number, Name, RA, DEC, Type, V, posunc, centerdist, RA_rate, DEC_rate, epoch});
 * the service's own names are matched by name or ID, as written in the VOTable or in its text output
 * ({@code Num}, {@code Class}, {@code Mv}, {@code ErrPos}/{@code Err(arcsec)}, {@code AngDist}/{@code d(arcsec)},
 * …) [the exact VOTable field names are not verified here].
 */
final class SkybotClient {
    /** astroquery's name → the names SkyBoT may use for it (lower case). */
    static final Map<String, List<String>> NAMES = names();
    private final HttpUrl base;
    private final ServicePolicy policy;

    SkybotClient(String baseUrl, ServicePolicy policy) {
        this.base = HttpUrl.get(baseUrl);
        this.policy = policy;
    }

    private static Map<String, List<String>> names() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("Number", List.of("number", "num"));
        m.put("Name", List.of("name"));
        m.put("RA", List.of("ra", "ra(h)"));
        m.put("DEC", List.of("dec", "de", "de(deg)"));
        m.put("Type", List.of("type", "class"));
        m.put("V", List.of("v", "mv", "magv"));
        m.put("posunc", List.of("posunc", "errpos", "err(arcsec)", "err"));
        m.put("centerdist", List.of("centerdist", "angdist", "d(arcsec)", "d"));
        m.put("RA_rate", List.of("ra_rate", "dracosdec", "dra(arcsec/h)", "dra"));
        m.put("DEC_rate", List.of("dec_rate", "ddec", "ddec(arcsec/h)"));
        m.put("epoch", List.of("epoch", "ref. epoch(jd)", "refepoch"));
        return m;
    }

    String url(SkyPosition center, double epochJdUtc, double radiusArcsec, String site) {
        return base.newBuilder().addQueryParameter("-ep", String.format(Locale.ROOT, "%.6f", epochJdUtc))
                .addQueryParameter("-ra", Responses.decimal(center.ra()))
                .addQueryParameter("-dec", Responses.decimal(center.dec()))
                .addQueryParameter("-rd", Responses.decimal(radiusArcsec / 3600)).addQueryParameter("-loc", site)
                .addQueryParameter("-objFilter", "111").addQueryParameter("-refsys", "EQJ2000")
                .addQueryParameter("-output", "all").addQueryParameter("-mime", "votable")
                .addQueryParameter("-filter", "120").build().toString();
    }

    List<CatalogRow> cone(SkyPosition center, double epochJdUtc, double radiusArcsec, String site) {
        List<VoTable> tables;
        try {
            tables = Vo.fetchVotables(url(center, epochJdUtc, radiusArcsec, site), policy);
        } catch (VoServiceException e) {
            if (e.serverMessage().toLowerCase(Locale.ROOT).contains("no solar system object was found")) {
                return List.of();
            }
            throw e;
        }
        if (tables.isEmpty()) {
            return List.of();
        }
        VoTable t = tables.get(0);
        Map<String, String> rename = new LinkedHashMap<>();
        for (ColumnMeta c : t.columns()) {
            String name = c.name().toLowerCase(Locale.ROOT);
            String id = c.id().toLowerCase(Locale.ROOT);
            NAMES.forEach((ours, theirs) -> {
                if (!rename.containsValue(ours) && (theirs.contains(name) || theirs.contains(id))) {
                    rename.put(c.name(), ours);
                }
            });
        }
        List<CatalogRow> rows = new ArrayList<>();
        for (Map<String, Object> r : Records.of(t)) {
            Map<String, Object> named = new LinkedHashMap<>();
            r.forEach((k, v) -> named.put(rename.getOrDefault(k, k), v));
            Object number = named.get("Number");
            if (number instanceof String s) {
                named.put("Number", s.isBlank() || s.strip().equals("-") ? -1L : Long.parseLong(s.strip()));
            }
            rows.add(Catalogs.SKYBOT.row(named));
        }
        return rows;
    }
}
