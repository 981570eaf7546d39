package org.ztfkit.catalog;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.ztfkit.sky.Coordinates;
import org.ztfkit.sky.GalacticPosition;
import org.ztfkit.sky.SkyPosition;
import org.ztfkit.time.Mjd;

/**
 * A catalog's original record with lenient readers: services write missing values as empty strings, {@code "None"},
 * {@code "NaN"} or nothing, and numbers sometimes as text.
 */
final class CatalogRecord {
    private final Map<String, Object> values;

    CatalogRecord(Map<String, Object> values) {
        this.values = values;
    }

    Map<String, Object> values() {
        return values;
    }

    /** The value as trimmed text; empty for missing values. */
    Optional<String> text(String column) {
        Object v = values.get(column);
        if (v == null) {
            return Optional.empty();
        }
        if (v instanceof Double d) {
            return d.isNaN() ? Optional.empty() : Optional.of(d == Math.rint(d) && Math.abs(d) < 1e15
                    ? Long.toString(d.longValue()) : Double.toString(d));
        }
        String s = v.toString().strip();
        return isMissing(s) ? Optional.empty() : Optional.of(s);
    }

    /** The value as a finite number (text is parsed; the first of comma-separated values counts). */
    OptionalDouble number(String column) {
        Object v = values.get(column);
        if (v instanceof Number n) {
            double d = n.doubleValue();
            return Double.isFinite(d) ? OptionalDouble.of(d) : OptionalDouble.empty();
        }
        Optional<String> s = text(column);
        if (s.isEmpty()) {
            return OptionalDouble.empty();
        }
        try {
            double d = Double.parseDouble(firstOf(s.get()));
            return Double.isFinite(d) ? OptionalDouble.of(d) : OptionalDouble.empty();
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    /** The text of a required column; a record without it is malformed. */
    String required(String column) {
        return text(column).orElseThrow(() -> new IllegalArgumentException("a record without '" + column + "': "
                + values));
    }

    /** A position in decimal degrees. */
    SkyPosition degrees(String raColumn, String decColumn) {
        double ra = number(raColumn).orElseThrow(() -> missing(raColumn));
        double dec = number(decColumn).orElseThrow(() -> missing(decColumn));
        return SkyPosition.wrapped(ra, dec);
    }

    /** A position with a sexagesimal RA in hours and a sexagesimal Dec, e.g. {@code 17:50:17.82 -22:12:52.2}. */
    SkyPosition sexagesimal(String raColumn, String decColumn) {
        String ra = firstOf(required(raColumn));
        String dec = firstOf(required(decColumn));
        if (!ra.contains(":") && !ra.contains(" ")) {
            return degrees(raColumn, decColumn);
        }
        return Coordinates.parse(ra + " " + (dec.startsWith("-") || dec.startsWith("+") ? dec : "+" + dec));
    }

    /** A VizieR position: computed {@code _RAJ2000/_DEJ2000}, else the catalog's own J2000 or ICRS or Galactic. */
    SkyPosition vizier() {
        if (values.containsKey("_RAJ2000") && values.containsKey("_DEJ2000")) {
            return degrees("_RAJ2000", "_DEJ2000");
        }
        if (values.containsKey("RAJ2000") && values.containsKey("DEJ2000")) {
            return sexagesimal("RAJ2000", "DEJ2000");
        }
        if (values.containsKey("RA_ICRS") && values.containsKey("DE_ICRS")) {
            return sexagesimal("RA_ICRS", "DE_ICRS");
        }
        if (values.containsKey("_Glon") && values.containsKey("_Glat")) {
            return new GalacticPosition(number("_Glon").orElseThrow(() -> missing("_Glon")),
                    number("_Glat").orElseThrow(() -> missing("_Glat"))).icrs();
        }
        throw new IllegalArgumentException("a VizieR record without a position (_RAJ2000/_DEJ2000, RAJ2000/DEJ2000, "
                + "RA_ICRS/DE_ICRS or _Glon/_Glat): " + values.keySet());
    }

    /** A date or date-time ({@code 2018-04-08 09:45:49.000}, {@code 2018-04-08T09:45:49}, {@code 2018-04-08}) as MJD. */
    OptionalDouble mjd(String column) {
        Optional<String> s = text(column);
        if (s.isEmpty()) {
            return OptionalDouble.empty();
        }
        String t = s.get().replace(' ', 'T');
        try {
            return OptionalDouble.of(t.length() <= 10 ? Mjd.ofDateTimeUtc(LocalDate.parse(t).atStartOfDay())
                    : Mjd.ofDateTimeUtc(LocalDateTime.parse(t.endsWith("Z") ? t.substring(0, t.length() - 1) : t)));
        } catch (DateTimeParseException e) {
            return OptionalDouble.empty();
        }
    }

    static boolean isMissing(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        return s.isEmpty() || lower.equals("none") || lower.equals("nan") || lower.equals("null") || lower.equals("--");
    }

    private static String firstOf(String s) {
        int comma = s.indexOf(',');
        return (comma < 0 ? s : s.substring(0, comma)).strip();
    }

    private IllegalArgumentException missing(String column) {
        return new IllegalArgumentException("a record without a value in '" + column + "': " + values);
    }
}
