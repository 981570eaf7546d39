package org.ztfkit.vo;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import uk.ac.starlink.table.ColumnData;
import uk.ac.starlink.table.ColumnInfo;
import uk.ac.starlink.table.ColumnStarTable;
import uk.ac.starlink.table.DefaultValueInfo;
import uk.ac.starlink.table.DescribedValue;
import uk.ac.starlink.votable.DataFormat;
import uk.ac.starlink.votable.VOStarTable;
import uk.ac.starlink.votable.VOTableVersion;
import uk.ac.starlink.votable.VOTableWriter;

/**
 * {@link VoTable} → VOTable 1.4 document through STIL's {@link VOTableWriter}. Numbers keep their width (short,
 * int, long, float, double); missing values become VOTable nulls; non-ASCII text is written as
 * {@code unicodeChar} when it can be; dates and times become DALI {@code xtype="timestamp"} text (instants in UTC).
 */
final class VotableWriter {
    private VotableWriter() {
    }

    static void write(VoTable votable, OutputStream out, VotableFormat format) throws IOException {
        DataFormat dataFormat = format == VotableFormat.BINARY2 ? DataFormat.BINARY2 : DataFormat.TABLEDATA;
        new VOTableWriter(dataFormat, true, VOTableVersion.V14).writeStarTable(starTable(votable), out);
    }

    private static ColumnStarTable starTable(VoTable votable) {
        Table data = votable.data();
        ColumnStarTable star = new ColumnStarTable() {
            @Override
            public long getRowCount() {
                return data.rowCount();
            }
        };
        star.setName(data.name());
        List<ColumnMeta> metas = votable.columns();
        for (int i = 0; i < data.columnCount(); i++) {
            star.addColumn(columnData(data.column(i), metas.get(i)));
        }
        for (VoParam p : votable.params()) {
            DefaultValueInfo info = new DefaultValueInfo(p.name(), String.class, p.description());
            info.setUnitString(blankToNull(p.unit()));
            info.setUCD(blankToNull(p.ucd()));
            star.setParameter(new DescribedValue(info, p.value()));
        }
        return star;
    }

    private static ColumnData columnData(Column<?> column, ColumnMeta meta) {
        ColumnType type = column.type();
        boolean dateLike = ColumnType.LOCAL_DATE.equals(type) || ColumnType.LOCAL_DATE_TIME.equals(type)
                || ColumnType.INSTANT.equals(type);
        ColumnInfo info = new ColumnInfo(meta.name(), contentClass(type), blankToNull(meta.description()));
        info.setUnitString(blankToNull(meta.unit()));
        info.setUCD(blankToNull(meta.ucd()));
        info.setUtype(blankToNull(meta.utype()));
        info.setXtype(dateLike ? "timestamp" : blankToNull(meta.xtype()));
        info.setNullable(true);
        if (!meta.id().isEmpty()) {
            info.setAuxDatum(new DescribedValue(VOStarTable.ID_INFO, meta.id()));
        }
        if (ColumnType.STRING.equals(type) && needsUnicodeChar(column)) {
            info.setAuxDatum(new DescribedValue(VOStarTable.DATATYPE_INFO, "unicodeChar"));
        }
        return new ColumnData(info) {
            @Override
            public Object readValue(long row) {
                int r = (int) row;
                return column.isMissing(r) ? null : cell(column.get(r));
            }
        };
    }

    /**
     * VOTable 1.4 {@code char} is ASCII, and readers such as astropy reject the UTF-8 bytes STIL would write in
     * BINARY2, so non-ASCII text is {@code unicodeChar} (UCS-2). UCS-2 cannot hold characters outside the Basic
     * Multilingual Plane (STIL writes {@code ?} for them), so a column holding any stays UTF-8 {@code char}, as
     * VOTable 1.5 defines it: lossless, for readers that follow 1.5.
     */
    private static boolean needsUnicodeChar(Column<?> column) {
        boolean nonAscii = false;
        for (int r = 0; r < column.size(); r++) {
            if (!column.isMissing(r)) {
                String text = column.getString(r);
                if (text.codePoints().anyMatch(Character::isSupplementaryCodePoint)) {
                    return false;
                }
                nonAscii |= text.chars().anyMatch(c -> c >= 128);
            }
        }
        return nonAscii;
    }

    private static Class<?> contentClass(ColumnType type) {
        if (ColumnType.SHORT.equals(type)) {
            return Short.class;
        } else if (ColumnType.INTEGER.equals(type)) {
            return Integer.class;
        } else if (ColumnType.LONG.equals(type)) {
            return Long.class;
        } else if (ColumnType.FLOAT.equals(type)) {
            return Float.class;
        } else if (ColumnType.DOUBLE.equals(type)) {
            return Double.class;
        } else if (ColumnType.BOOLEAN.equals(type)) {
            return Boolean.class;
        }
        return String.class;
    }

    private static Object cell(Object value) {
        if (value instanceof Number || value instanceof Boolean) {
            return value;
        } else if (value instanceof LocalDateTime t) {
            return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(t);
        } else if (value instanceof Instant t) {
            return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(LocalDateTime.ofInstant(t, ZoneOffset.UTC));
        } else if (value instanceof LocalDate d) {
            return DateTimeFormatter.ISO_LOCAL_DATE.format(d);
        } else if (value instanceof LocalTime t) {
            return DateTimeFormatter.ISO_LOCAL_TIME.format(t);
        }
        return value.toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
