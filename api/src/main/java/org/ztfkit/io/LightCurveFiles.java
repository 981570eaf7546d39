package org.ztfkit.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.errors.StoreException;
import org.ztfkit.lightcurve.FoldedLightCurve;
import org.ztfkit.lightcurve.LightCurve;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Writes light curves to files: the SNAD Viewer's CSV ({@link LightCurve#toCsv()}) and Parquet (every column of
 * {@code table()}, in the current representation, upper limits included). Parquet goes through an in-memory
 * DuckDB: the rows become a table, then {@code COPY … TO 'file' (FORMAT PARQUET)}; missing values are nulls,
 * infinite difference magnitudes stay infinite.
 *
 * <pre>{@code
 * LightCurveFiles.writeCsv(lc, Path.of("633207400004730.csv"));
 * LightCurveFiles.writeParquet(lc.difference(), Path.of("633207400004730.parquet"));
 * LightCurveFiles.writeParquet(lc.fold(0.5537), Path.of("folded.parquet"));
 * // in DuckDB or pandas: SELECT * FROM read_parquet('633207400004730.parquet')
 * }</pre>
 */
public final class LightCurveFiles {
    private LightCurveFiles() {
    }

    /** Writes {@link LightCurve#toCsv()} (UTF-8), replacing the file. */
    public static void writeCsv(LightCurve lightCurve, Path file) {
        try {
            Files.writeString(file, lightCurve.toCsv(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the light curve to " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes every column of {@link LightCurve#table()} to a Parquet file, replacing it. */
    public static void writeParquet(LightCurve lightCurve, Path file) {
        writeParquet(lightCurve.table(), file);
    }

    /** Writes every column of {@link FoldedLightCurve#table()} (with phase and folded_time) to a Parquet file. */
    public static void writeParquet(FoldedLightCurve folded, Path file) {
        writeParquet(folded.table(), file);
    }

    private static void writeParquet(Table table, Path file) {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:")) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE light_curve (" + columnDefinitions(table) + ")");
            }
            try (DuckDBAppender appender = connection.unwrap(DuckDBConnection.class)
                    .createAppender(DuckDBConnection.DEFAULT_SCHEMA, "light_curve")) {
                for (int row = 0; row < table.rowCount(); row++) {
                    appender.beginRow();
                    for (Column<?> column : table.columns()) {
                        appendCell(appender, column, row);
                    }
                    appender.endRow();
                }
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("COPY light_curve TO '" + file.toAbsolutePath().toString().replace("'", "''")
                        + "' (FORMAT PARQUET)");
            }
        } catch (SQLException e) {
            throw new StoreException("cannot write the light curve to " + file + " as Parquet: " + e.getMessage(), e);
        }
    }

    private static String columnDefinitions(Table table) {
        List<String> definitions = new ArrayList<>();
        for (Column<?> column : table.columns()) {
            definitions.add('"' + column.name().replace("\"", "\"\"") + "\" " + sqlType(column));
        }
        return String.join(", ", definitions);
    }

    private static String sqlType(Column<?> column) {
        ColumnType type = column.type();
        if (ColumnType.STRING.equals(type)) {
            return "VARCHAR";
        } else if (ColumnType.DOUBLE.equals(type) || ColumnType.FLOAT.equals(type)) {
            return "DOUBLE";
        } else if (ColumnType.INTEGER.equals(type) || ColumnType.SHORT.equals(type)) {
            return "INTEGER";
        } else if (ColumnType.LONG.equals(type)) {
            return "BIGINT";
        } else if (ColumnType.BOOLEAN.equals(type)) {
            return "BOOLEAN";
        }
        throw InvalidInputException.of("light-curve column '" + column.name() + "'",
                "text, a number or a boolean to be written as Parquet", type.name(), "convert or drop the column");
    }

    private static void appendCell(DuckDBAppender appender, Column<?> column, int row) throws SQLException {
        if (column.isMissing(row)) {
            appender.appendNull();
            return;
        }
        Object value = column.get(row);
        if (value instanceof String s) {
            appender.append(s);
        } else if (value instanceof Double d) {
            appender.append(d.doubleValue());
        } else if (value instanceof Float f) {
            appender.append(f.doubleValue());
        } else if (value instanceof Long l) {
            appender.append(l.longValue());
        } else if (value instanceof Integer i) {
            appender.append(i.intValue());
        } else if (value instanceof Short s) {
            appender.append(s.intValue());
        } else {
            appender.append((Boolean) value);
        }
    }
}
