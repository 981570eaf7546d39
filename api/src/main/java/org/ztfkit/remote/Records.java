package org.ztfkit.remote;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ztfkit.vo.VoTable;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Service answers as catalog records (column name → value): {@code String}, {@code Long}, {@code Double} or
 * {@code Boolean}; missing values left out. {@link org.ztfkit.catalog.Catalog#row} turns a record into a row.
 */
final class Records {
    private Records() {
    }

    /** The rows of a VOTable; single-precision numbers keep their shortest decimal form (0.2f → 0.2). */
    static List<Map<String, Object>> of(VoTable votable) {
        Table t = votable.toTable();
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < t.rowCount(); i++) {
            Map<String, Object> r = new LinkedHashMap<>();
            for (Column<?> c : t.columns()) {
                if (c.isMissing(i)) {
                    continue;
                }
                Object v = c.get(i);
                if (v instanceof Float f) {
                    r.put(c.name(), Double.parseDouble(Float.toString(f)));
                } else if (v instanceof Double || v instanceof Boolean || v instanceof String) {
                    r.put(c.name(), v);
                } else if (v instanceof Number n) {
                    r.put(c.name(), n.longValue());
                } else {
                    r.put(c.name(), String.valueOf(v));
                }
            }
            out.add(r);
        }
        return out;
    }

    /** The scalar fields of a JSON object (nested objects and arrays are left out). */
    static Map<String, Object> of(JsonNode object) {
        Map<String, Object> r = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            scalar(f.getValue()).ifPresent(v -> r.put(f.getKey(), v));
        }
        return r;
    }

    /** A JSON scalar as a record value; empty for null, objects and arrays. */
    static java.util.Optional<Object> scalar(JsonNode v) {
        if (v == null || v.isNull() || v.isContainerNode()) {
            return java.util.Optional.empty();
        }
        if (v.isIntegralNumber() && v.canConvertToLong()) {
            return java.util.Optional.of(v.asLong());
        }
        if (v.isNumber()) {
            return java.util.Optional.of(v.asDouble());
        }
        if (v.isBoolean()) {
            return java.util.Optional.of(v.asBoolean());
        }
        return java.util.Optional.of(v.asText());
    }

    /**
     * Rows of delimited text with a header line (RFC 4180 quoting: fields in double quotes may hold the delimiter,
     * line breaks and doubled quotes). Empty fields are left out; every value is text.
     */
    static List<Map<String, Object>> delimited(String text, char delimiter) {
        List<List<String>> lines = split(text, delimiter);
        List<Map<String, Object>> out = new ArrayList<>();
        if (lines.isEmpty()) {
            return out;
        }
        List<String> header = lines.get(0).stream().map(h -> h.strip().replaceFirst("^#\\s*", "")).toList();
        for (List<String> line : lines.subList(1, lines.size())) {
            if (line.size() == 1 && line.get(0).isBlank()) {
                continue;
            }
            if (line.size() > header.size()) {
                throw new IllegalArgumentException("a line has " + line.size() + " fields but the header " + header.size()
                        + ": " + line);
            }
            Map<String, Object> r = new LinkedHashMap<>();
            for (int i = 0; i < line.size(); i++) {
                if (!line.get(i).isEmpty()) {
                    r.put(header.get(i), line.get(i));
                }
            }
            out.add(r);
        }
        return out;
    }

    private static List<List<String>> split(String text, char delimiter) {
        List<List<String>> lines = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"' && field.length() == 0) {
                quoted = true;
            } else if (ch == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                lines.add(fields);
                fields = new ArrayList<>();
            } else {
                field.append(ch);
            }
        }
        if (field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            lines.add(fields);
        }
        return lines;
    }
}
