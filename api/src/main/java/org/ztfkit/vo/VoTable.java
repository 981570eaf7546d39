package org.ztfkit.vo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ztfkit.errors.InvalidInputException;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A VOTable as a value: the rows as a Tablesaw table plus the metadata VOTable carries and Tablesaw cannot (per
 * column unit, UCD, description, datatype, ID; table-level INFO and PARAM), and whether a query result was cut
 * short by the service ({@link #isOverflow()}). Immutable: {@link #toTable()} returns a fresh copy each call.
 *
 * <p>Column types follow the VOTable datatypes: {@code long} → long, {@code int} → int, {@code short} and
 * {@code unsignedByte} → short, {@code float} → float, {@code double} → double, {@code boolean} → boolean,
 * {@code char}/{@code unicodeChar} → string; {@code xtype="timestamp"} text → date or date-time. Array-valued
 * columns become text with space-separated elements ({@link ColumnMeta#isArray()}). Missing values are Tablesaw's
 * missing values (NaN, empty string, and the type's minimum value for integers).
 *
 * <pre>{@code
 * VoTable gaia = Vo.readVotable(Path.of("gaia.vot"));
 * gaia.column("parallax").unit();            // "mas"
 * gaia.columnById("SOURCE_ID");              // the column named "source_id"
 * Table t = gaia.toTable();                  // typed Tablesaw columns
 * VoTable mine = VoTable.of(t).withColumn(gaia.column("ra"));  // keep units when writing back
 * }</pre>
 */
public final class VoTable {
    private final Table data;
    private final List<ColumnMeta> columns;
    private final List<VoParam> params;
    private final boolean overflow;

    VoTable(Table data, List<ColumnMeta> columns, List<VoParam> params, boolean overflow) {
        if (columns.size() != data.columnCount()) {
            throw new IllegalArgumentException(columns.size() + " column descriptions for " + data.columnCount()
                    + " columns");
        }
        for (int i = 0; i < columns.size(); i++) {
            if (!columns.get(i).name().equals(data.column(i).name())) {
                throw new IllegalArgumentException("column " + i + " is '" + data.column(i).name()
                        + "' but its description names '" + columns.get(i).name() + "'");
            }
        }
        this.data = data;
        this.columns = List.copyOf(columns);
        this.params = List.copyOf(params);
        this.overflow = overflow;
    }

    /**
     * Wraps any Tablesaw table (copied) with metadata inferred from its column types: datatype only, no units.
     * Add units and UCDs with {@link #withColumn(ColumnMeta)}.
     */
    public static VoTable of(Table table) {
        List<ColumnMeta> metas = new ArrayList<>();
        for (Column<?> c : table.columns()) {
            metas.add(inferred(c));
        }
        return new VoTable(table.copy(), metas, List.of(), false);
    }

    /** A new mutable Tablesaw copy of the rows, named like the VOTable's TABLE. */
    public Table toTable() {
        return data.copy();
    }

    /** The TABLE's name (or ID, or the file name when it has neither). */
    public String name() {
        return data.name();
    }

    /** Number of rows. */
    public int rowCount() {
        return data.rowCount();
    }

    /** Number of columns. */
    public int columnCount() {
        return data.columnCount();
    }

    /** Metadata of every column, in column order. */
    public List<ColumnMeta> columns() {
        return columns;
    }

    /** The column names, in order; they are the Tablesaw column names. */
    public List<String> columnNames() {
        return columns.stream().map(ColumnMeta::name).toList();
    }

    /** Metadata of the column with this name (exact, then case-insensitive); an error lists the names there are. */
    public ColumnMeta column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst()
                .or(() -> columns.stream().filter(c -> c.name().equalsIgnoreCase(name)).findFirst())
                .orElseThrow(() -> InvalidInputException.of("column name", "one of " + columnNames(), name,
                        "VOTable columns are named by their name attribute; use columnById for an ID"));
    }

    /** The column whose VOTable {@code ID} attribute is {@code id}; empty when none has it. */
    public Optional<ColumnMeta> columnById(String id) {
        return columns.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** Table-level INFO and PARAM elements, in document order (the TABLE's own first, then enclosing RESOURCEs'). */
    public List<VoParam> params() {
        return params;
    }

    /** The value of the first INFO or PARAM with this name; empty when there is none. */
    public Optional<String> param(String name) {
        return params.stream().filter(p -> p.name().equals(name)).map(VoParam::value).findFirst();
    }

    /**
     * True when the service flagged the result as truncated ({@code INFO name="QUERY_STATUS" value="OVERFLOW"}):
     * there are more matching rows than were returned, because of MAXREC or a service limit.
     */
    public boolean isOverflow() {
        return overflow;
    }

    /** A copy whose column of the same name gets this metadata (the datatype stays the column's own). */
    public VoTable withColumn(ColumnMeta meta) {
        int index = columnNames().indexOf(column(meta.name()).name());
        List<ColumnMeta> changed = new ArrayList<>(columns);
        ColumnMeta current = columns.get(index);
        changed.set(index, meta.withName(current.name()).withDatatype(current.datatype(), current.arraysize()));
        return new VoTable(data, changed, params, overflow);
    }

    /** A copy with one more table-level parameter. */
    public VoTable withParam(VoParam param) {
        List<VoParam> more = new ArrayList<>(params);
        more.add(param);
        return new VoTable(data, columns, more, overflow);
    }

    /** A copy with another TABLE name. */
    public VoTable withName(String name) {
        return new VoTable(data.copy().setName(name), columns, params, overflow);
    }

    Table data() {
        return data;
    }

    @Override
    public String toString() {
        return "VoTable '" + name() + "': " + rowCount() + " rows × " + columnCount() + " columns"
                + (overflow ? " (truncated by the service: more rows match)" : "");
    }

    static ColumnMeta inferred(Column<?> column) {
        ColumnType type = column.type();
        String datatype;
        String xtype = "";
        if (ColumnType.SHORT.equals(type)) {
            datatype = "short";
        } else if (ColumnType.INTEGER.equals(type)) {
            datatype = "int";
        } else if (ColumnType.LONG.equals(type)) {
            datatype = "long";
        } else if (ColumnType.FLOAT.equals(type)) {
            datatype = "float";
        } else if (ColumnType.DOUBLE.equals(type)) {
            datatype = "double";
        } else if (ColumnType.BOOLEAN.equals(type)) {
            datatype = "boolean";
        } else if (ColumnType.LOCAL_DATE.equals(type) || ColumnType.LOCAL_DATE_TIME.equals(type)
                || ColumnType.INSTANT.equals(type)) {
            datatype = "char";
            xtype = "timestamp";
        } else {
            datatype = "char";
        }
        return ColumnMeta.of(column.name(), datatype).withXtype(xtype);
    }
}
