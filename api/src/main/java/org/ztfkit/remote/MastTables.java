package org.ztfkit.remote;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.ztfkit.errors.ServiceUnavailableException;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The MAST catalogs API JSON envelope (external-services.md §5.2): {@code {"info": [column descriptors], "data":
 * rows}}, rows either objects keyed by column name or arrays in column order. Values are typed by the declared type
 * ({@code type}, else {@code db_type}): text, boolean, integers (kept exact as 64-bit, also when they arrive as
 * strings, like {@code objID}) and floating point. Missing values arrive as {@code null} or the string
 * {@code "None"}; both become missing cells.
 *
 * <pre>{@code
 * Table t = MastTables.parse(json, "mast-ps1");   // typed Tablesaw columns, one per descriptor
 * }</pre>
 */
public final class MastTables {
    /** How a declared MAST column type is read. */
    public enum Kind { TEXT, BOOLEAN, INTEGER, REAL }

    private MastTables() {
    }

    /** The kind of a declared type name ({@code char}, {@code long}, {@code float}, {@code NUMBER}, …). */
    public static Kind kindOf(String type) {
        String t = type == null ? "" : type.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "char", "string", "varchar", "datetime", "date", "unicodechar" -> Kind.TEXT;
            case "boolean", "bool", "binary", "bit" -> Kind.BOOLEAN;
            case "unsignedbyte", "byte", "short", "int", "long", "integer", "bigint", "smallint", "tinyint" -> Kind.INTEGER;
            case "double", "float", "decimal", "number", "real" -> Kind.REAL;
            default -> throw new IllegalArgumentException(type);
        };
    }

    /**
     * A MAST JSON document (a saved answer) as a typed table.
     *
     * @param origin the file or service, for messages
     * @throws ServiceUnavailableException naming {@code origin} when the bytes are not such a document
     */
    public static Table read(byte[] document, String origin) {
        return parse(JsonPayloads.parse(new org.ztfkit.net.HttpResponse(origin, 200, "application/json", document),
                origin), origin);
    }

    /**
     * The envelope as a typed table.
     *
     * @throws ServiceUnavailableException when the document is not such an envelope, or a value does not fit its type
     */
    public static Table parse(JsonNode root, String service) {
        JsonNode info = root.get("info");
        JsonNode data = root.get("data");
        if (info == null || !info.isArray() || data == null || !data.isArray()) {
            throw JsonPayloads.bad(service, "sent " + JsonPayloads.snippet(root.toString())
                    + " where MAST's {\"info\": […], \"data\": […]} was expected");
        }
        List<String> names = new ArrayList<>();
        List<Kind> kinds = new ArrayList<>();
        List<Column<?>> columns = new ArrayList<>();
        for (JsonNode d : info) {
            String name = d.hasNonNull("name") ? d.get("name").asText() : d.path("column_name").asText(null);
            String type = d.hasNonNull("type") ? d.get("type").asText() : d.path("db_type").asText(null);
            if (name == null) {
                throw JsonPayloads.bad(service, "sent a column descriptor without a name: " + JsonPayloads.snippet(d.toString()));
            }
            Kind kind;
            try {
                kind = kindOf(type);
            } catch (IllegalArgumentException e) {
                throw JsonPayloads.bad(service, "declared column '" + name + "' with an unknown type '" + type + "'");
            }
            names.add(name);
            kinds.add(kind);
            columns.add(switch (kind) {
                case TEXT -> StringColumn.create(name);
                case BOOLEAN -> BooleanColumn.create(name);
                case INTEGER -> LongColumn.create(name);
                case REAL -> DoubleColumn.create(name);
            });
        }
        int row = 0;
        for (JsonNode r : data) {
            row++;
            if (r.isArray() && r.size() != names.size()) {
                throw JsonPayloads.bad(service, "sent row " + row + " with " + r.size() + " values for " + names.size()
                        + " columns");
            }
            for (int c = 0; c < names.size(); c++) {
                JsonNode holder = r.isArray() ? wrap(names.get(c), r.get(c)) : r;
                append(columns.get(c), kinds.get(c), holder, names.get(c), service);
            }
        }
        return Table.create("mast", columns);
    }

    private static JsonNode wrap(String name, JsonNode value) {
        return JsonPayloads.mapper().createObjectNode().set(name, value);
    }

    private static void append(Column<?> column, Kind kind, JsonNode row, String name, String service) {
        switch (kind) {
            case TEXT -> {
                String v = JsonPayloads.text(row, name);
                if (v == null) {
                    ((StringColumn) column).appendMissing();
                } else {
                    ((StringColumn) column).append(v);
                }
            }
            case BOOLEAN -> {
                OptionalDouble v = JsonPayloads.number(row, name, service);
                if (v.isEmpty()) {
                    ((BooleanColumn) column).appendMissing();
                } else {
                    ((BooleanColumn) column).append(v.getAsDouble() != 0);
                }
            }
            case INTEGER -> {
                OptionalLong v = JsonPayloads.integer(row, name, service);
                if (v.isEmpty()) {
                    ((LongColumn) column).appendMissing();
                } else {
                    ((LongColumn) column).append(v.getAsLong());
                }
            }
            case REAL -> ((DoubleColumn) column).append(JsonPayloads.number(row, name, service).orElse(Double.NaN));
        }
    }
}
