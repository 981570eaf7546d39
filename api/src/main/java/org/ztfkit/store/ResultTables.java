package org.ztfkit.store;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * JDBC result sets to Tablesaw tables with fixed type rules: 64-bit integers → {@link LongColumn}, smaller
 * integers → {@link IntColumn}, REAL and DOUBLE → {@link DoubleColumn} (REAL widened through its shortest decimal
 * form, so a stored 0.194 reads as 0.194), text → {@link StringColumn}, booleans →
 * {@link BooleanColumn}, timestamps → {@link InstantColumn}; SQL NULL becomes a missing value.
 */
public final class ResultTables {
    private ResultTables() {
    }

    public static Table toTable(ResultSet rs, String name) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        int n = md.getColumnCount();
        List<Column<?>> columns = new ArrayList<>(n);
        int[] kinds = new int[n];
        for (int i = 1; i <= n; i++) {
            String label = md.getColumnLabel(i);
            int type = md.getColumnType(i);
            String typeName = md.getColumnTypeName(i) == null ? "" : md.getColumnTypeName(i).toUpperCase();
            Column<?> c;
            if (type == Types.BIGINT || typeName.equals("UBIGINT") || typeName.equals("HUGEINT")) {
                c = LongColumn.create(label);
                kinds[i - 1] = 0;
            } else if (type == Types.INTEGER || type == Types.SMALLINT || type == Types.TINYINT) {
                c = IntColumn.create(label);
                kinds[i - 1] = 1;
            } else if (type == Types.REAL || typeName.equals("FLOAT")) {
                c = DoubleColumn.create(label);
                kinds[i - 1] = 6;
            } else if (type == Types.FLOAT || type == Types.DOUBLE || type == Types.DECIMAL || type == Types.NUMERIC) {
                c = DoubleColumn.create(label);
                kinds[i - 1] = 2;
            } else if (type == Types.BOOLEAN || type == Types.BIT) {
                c = BooleanColumn.create(label);
                kinds[i - 1] = 3;
            } else if (type == Types.TIMESTAMP || type == Types.TIMESTAMP_WITH_TIMEZONE) {
                c = InstantColumn.create(label);
                kinds[i - 1] = 4;
            } else {
                c = StringColumn.create(label);
                kinds[i - 1] = 5;
            }
            columns.add(c);
        }
        while (rs.next()) {
            for (int i = 0; i < n; i++) {
                Column<?> c = columns.get(i);
                switch (kinds[i]) {
                    case 0 -> {
                        long v = rs.getLong(i + 1);
                        if (rs.wasNull()) {
                            ((LongColumn) c).appendMissing();
                        } else {
                            ((LongColumn) c).append(v);
                        }
                    }
                    case 1 -> {
                        int v = rs.getInt(i + 1);
                        if (rs.wasNull()) {
                            ((IntColumn) c).appendMissing();
                        } else {
                            ((IntColumn) c).append(v);
                        }
                    }
                    case 2 -> {
                        double v = rs.getDouble(i + 1);
                        ((DoubleColumn) c).append(rs.wasNull() ? Double.NaN : v);
                    }
                    case 6 -> {
                        // A 32-bit value widened through its shortest decimal form: 0.194f → 0.194, not 0.19400000572.
                        float v = rs.getFloat(i + 1);
                        ((DoubleColumn) c).append(rs.wasNull() ? Double.NaN : Double.parseDouble(Float.toString(v)));
                    }
                    case 3 -> {
                        boolean v = rs.getBoolean(i + 1);
                        if (rs.wasNull()) {
                            ((BooleanColumn) c).appendMissing();
                        } else {
                            ((BooleanColumn) c).append(v);
                        }
                    }
                    case 4 -> {
                        Object v = rs.getObject(i + 1);
                        if (v == null) {
                            ((InstantColumn) c).appendMissing();
                        } else if (v instanceof OffsetDateTime odt) {
                            ((InstantColumn) c).append(odt.toInstant());
                        } else if (v instanceof Timestamp ts) {
                            ((InstantColumn) c).append(ts.toInstant());
                        } else {
                            ((InstantColumn) c).append(rs.getTimestamp(i + 1).toInstant());
                        }
                    }
                    default -> {
                        String v = rs.getString(i + 1);
                        if (v == null) {
                            ((StringColumn) c).appendMissing();
                        } else {
                            ((StringColumn) c).append(v);
                        }
                    }
                }
            }
        }
        return Table.create(name, columns);
    }
}
