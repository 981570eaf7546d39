package org.ztfkit.alerts;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.ztfkit.errors.InvalidInputException;

/**
 * The fields of one alert record (candidate, previous candidate or forced-photometry epoch) as delivered, with the
 * reading rules every typed accessor shares: numbers equal to the ZTF "no value" sentinels −999 and −99999, NaN
 * and nulls are missing; the string {@code "null"} is missing.
 */
final class RawFields {
    /** The sentinels ZTF writes for "no value" in numeric alert fields ({@code sgmag1 = −999}, fp flux −99999). */
    static final double[] SENTINELS = {-999.0, -99999.0};

    private final String record;
    private final Map<String, Object> values;

    private RawFields(String record, Map<String, Object> values) {
        this.record = record;
        this.values = values;
    }

    /** Wraps {@code values} (field name → Long, Integer, Float, Double, String or Boolean; null fields left out). */
    static RawFields of(String record, Map<String, Object> values) {
        return new RawFields(record, Collections.unmodifiableMap(new LinkedHashMap<>(values)));
    }

    Map<String, Object> asMap() {
        return values;
    }

    static boolean isSentinel(double v) {
        for (double s : SENTINELS) {
            if (v == s) {
                return true;
            }
        }
        return Double.isNaN(v);
    }

    /** A numeric field; a {@link Float} becomes the shortest decimal that round-trips it (16.628078f → 16.628078). */
    OptionalDouble number(String field) {
        Object v = values.get(field);
        if (v instanceof Number n && !isSentinel(n.doubleValue())) {
            return OptionalDouble.of(v instanceof Float f ? Double.parseDouble(Float.toString(f)) : n.doubleValue());
        }
        return OptionalDouble.empty();
    }

    OptionalLong integer(String field) {
        Object v = values.get(field);
        if (v instanceof Number n && !isSentinel(n.doubleValue())) {
            return OptionalLong.of(n.longValue());
        }
        return OptionalLong.empty();
    }

    OptionalInt smallInteger(String field) {
        Object v = values.get(field);
        if (v instanceof Number n && !isSentinel(n.doubleValue())) {
            return OptionalInt.of(n.intValue());
        }
        return OptionalInt.empty();
    }

    Optional<String> string(String field) {
        Object v = values.get(field);
        if (v == null) {
            return Optional.empty();
        }
        String s = v.toString();
        return s.isEmpty() || s.equals("null") ? Optional.empty() : Optional.of(s);
    }

    double requiredNumber(String field) {
        return number(field).orElseThrow(() -> missing(field));
    }

    long requiredInteger(String field) {
        return integer(field).orElseThrow(() -> missing(field));
    }

    String requiredString(String field) {
        return string(field).orElseThrow(() -> missing(field));
    }

    private InvalidInputException missing(String field) {
        return InvalidInputException.of("field '" + field + "' of the alert " + record, "present (ZTF alert schema"
                + " 3.2–4.02)", values.get(field), "the packet is not a ZTF alert, or is damaged; its fields are "
                + values.keySet());
    }
}
