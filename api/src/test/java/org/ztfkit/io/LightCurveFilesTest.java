package org.ztfkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ztfkit.errors.StoreException;
import org.ztfkit.lightcurve.FoldedLightCurve;
import org.ztfkit.lightcurve.LightCurve;
import org.ztfkit.lightcurve.LightCurveColumns;
import org.ztfkit.photometry.Photometry;
import org.ztfkit.store.ResultTables;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** CSV and Parquet files: write, read back with DuckDB's {@code read_parquet}, compare cell by cell. */
class LightCurveFilesTest {
    @TempDir
    Path dir;

    /** DR points with clrcoeff, an alert detection, an upper limit, a reference, and a point that is not drawn. */
    static LightCurve sample() {
        Table t = LightCurveColumns.emptyTable("sample");
        Object[][] rows = {
            {"633207400004730", "ztf_dr", "ztf_r", 58001.5, 17.0, 0.05, false, 0.125},
            {"633207400004730", "ztf_dr", "ztf_r", 58002.5, 18.5, 0.05, false, -0.25},
            {"ZTF18abc, 'quoted'", "ztf_alert", "ztf_g", 58003.5, 18.2, 0.1, false, Double.NaN},
            {"ZTF18abc, 'quoted'", "ztf_alert", "ztf_g", 58004.5, 20.5, Double.NaN, true, Double.NaN},
        };
        DoubleColumn clrcoeff = DoubleColumn.create("clrcoeff");
        for (Object[] r : rows) {
            double mag = (double) r[4];
            double flux = Photometry.fluxJy(mag);
            t.stringColumn("oid").append((String) r[0]);
            t.stringColumn("source").append((String) r[1]);
            t.stringColumn("band").append((String) r[2]);
            t.doubleColumn("time").append((double) r[3]);
            t.doubleColumn("mag").append(mag);
            t.doubleColumn("magerr").append((double) r[5]);
            t.doubleColumn("flux").append(flux);
            t.doubleColumn("fluxerr").append(Photometry.fluxErrJy(flux, (double) r[5]));
            t.booleanColumn("is_upper_limit").append((boolean) r[6]);
            clrcoeff.append((double) r[7]);
        }
        t.addColumns(clrcoeff);
        return LightCurve.of(t).withReference("633207400004730", 18.0, 0.03);
    }

    @Test
    void parquetRoundTripsEveryCellOfTheDifferenceTable() throws SQLException {
        LightCurve lc = sample().difference();
        Path file = dir.resolve("lc.parquet");
        LightCurveFiles.writeParquet(lc, file);
        Table expected = lc.table();
        Table actual = readParquet(file);
        assertSameCells(expected, actual);
        assertEquals(Double.POSITIVE_INFINITY, actual.doubleColumn("diffmag").getDouble(1),
                "the undrawn point keeps its infinite difference magnitude");
        assertTrue(actual.doubleColumn("magerr").isMissing(3), "the upper limit's missing error is a null");
    }

    @Test
    void foldedAndBinnedLightCurvesToo() throws SQLException {
        FoldedLightCurve folded = sample().fold(0.37).phaseZeroAt(58001.0);
        Path foldedFile = dir.resolve("folded.parquet");
        LightCurveFiles.writeParquet(folded, foldedFile);
        assertSameCells(folded.table(), readParquet(foldedFile));

        LightCurve binned = sample().bin(1.0);
        Path binnedFile = dir.resolve("binned.parquet");
        LightCurveFiles.writeParquet(binned, binnedFile);
        Table back = readParquet(binnedFile);
        assertSameCells(binned.table(), back);
        assertTrue(back.column("n_points") instanceof IntColumn);
    }

    @Test
    void csvFileHoldsTheViewerExport() throws IOException {
        Path file = dir.resolve("lc.csv");
        LightCurveFiles.writeCsv(sample(), file);
        assertEquals(sample().toCsv(), Files.readString(file, StandardCharsets.UTF_8));
        assertTrue(Files.readString(file).contains("\"ZTF18abc, 'quoted'\",ztf_g,58003.5,"), "text with commas is quoted");
    }

    @Test
    void unwritablePathIsNamedInTheError() {
        Path file = dir.resolve("no such dir").resolve("lc.parquet");
        StoreException e = assertThrows(StoreException.class, () -> LightCurveFiles.writeParquet(sample(), file));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    }

    static Table readParquet(Path file) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
                PreparedStatement s = c.prepareStatement("SELECT * FROM read_parquet(?)")) {
            s.setString(1, file.toString());
            try (ResultSet rs = s.executeQuery()) {
                return ResultTables.toTable(rs, "read back");
            }
        }
    }

    static void assertSameCells(Table expected, Table actual) {
        assertEquals(expected.columnNames(), actual.columnNames());
        assertEquals(expected.rowCount(), actual.rowCount());
        for (Column<?> e : expected.columns()) {
            Column<?> a = actual.column(e.name());
            assertEquals(e.type(), a.type(), e.name());
            for (int i = 0; i < e.size(); i++) {
                assertEquals(e.isMissing(i), a.isMissing(i), e.name() + " row " + i + " missing");
                if (!e.isMissing(i)) {
                    assertEquals(e.get(i), a.get(i), e.name() + " row " + i);
                }
            }
        }
    }
}
