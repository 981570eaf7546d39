package org.ztfkit.datasets.importers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ztfkit.RealData;
import org.ztfkit.Ztf;
import org.ztfkit.ZtfObject;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.sky.SkyPosition;
import org.ztfkit.source.ObjectMeta;
import org.ztfkit.store.DetectionZones;
import org.ztfkit.store.EmbeddedStore;
import org.ztfkit.store.ImportStep;
import tech.tablesaw.api.Table;

/** The importers on the real files of ../shared/realdata, counts checked against its MANIFEST.md (§3a). */
class ImportersTest {
    static final String PARQUET = "lightcurves/ztf_dr/ztf_000250_zg_c01_q1_dr5.parquet";
    static final String VOTABLE = "lightcurves/ztf_dr/TimeSeriesZTF_irsa.xml";

    @TempDir
    static Path dir;
    static Path field;
    static ImportReport report;
    static List<ImportStep> steps = new ArrayList<>();

    @BeforeAll
    static void importTheRealField() {
        field = dir.resolve("my-field.duckdb");
        report = Importers.ztfDrParquet(RealData.file(PARQUET)).progress(steps::add).into(field);
    }

    /** An independent count straight from the Parquet file with DuckDB's list functions. */
    static long fromParquet(String sql) throws SQLException {
        return (long) fromParquetDouble(sql);
    }

    static double fromParquetDouble(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             ResultSet rs = c.createStatement().executeQuery(sql.replace("FILE",
                     "read_parquet('" + RealData.file(PARQUET) + "')"))) {
            rs.next();
            return rs.getDouble(1);
        }
    }

    static long count(String sql) {
        return (long) stored(sql);
    }

    static double stored(String sql) {
        try (EmbeddedStore store = EmbeddedStore.openReadOnly(field)) {
            return store.withConnection(c -> {
                try (ResultSet rs = c.createStatement().executeQuery(sql)) {
                    rs.next();
                    return rs.getDouble(1);
                }
            });
        }
    }

    @Test
    void everyObjectAndEpochOfTheFieldIsStored() {
        assertEquals(5449, report.objects(), "MANIFEST: 5449 rows, one per object");
        assertEquals(106588, report.epochs(), "MANIFEST: 106588 epochs");
        assertEquals(5449, count("SELECT count(*) FROM ztf_object WHERE dr = 'dr5'"));
        assertEquals(106588, count("SELECT count(*) FROM ztf_detection WHERE dr = 'dr5'"));
        assertEquals(8422, count("SELECT count(*) FROM ztf_detection WHERE catflags <> 0"),
                "MANIFEST: 8422 points have catflags != 0; bad rows are kept");
    }

    @Test
    void nobsIsNepochsAndGoodCountsFollowTheDrApi() throws SQLException {
        assertEquals(0, count("SELECT count(*) FROM ztf_object o WHERE nobs <> (SELECT count(*) FROM ztf_detection d "
                + "WHERE d.oid = o.oid)"), "nepochs == len(hmjd) for every object");
        long good = fromParquet("SELECT count(*) FROM (SELECT unnest(catflags) AS f, unnest(magerr) AS e FROM FILE) "
                + "WHERE f = 0 AND e > 0");
        assertEquals(good, count("SELECT sum(ngoodobs) FROM ztf_object"));
        long withoutGood = fromParquet("SELECT count(*) FROM (SELECT objectid, count(*) FILTER (WHERE f = 0 AND e > 0) "
                + "AS g FROM (SELECT objectid, unnest(catflags) AS f, unnest(magerr) AS e FROM FILE) GROUP BY objectid) "
                + "WHERE g = 0");
        assertEquals(withoutGood, report.files().get(0).objectsWithoutGoodEpochs());
    }

    @Test
    void theExampleObjectsOpenLikeTheDemoSky() throws SQLException {
        try (Ztf ztf = Ztf.open(field)) {
            assertEquals("dr5", ztf.release().name());
            ZtfObject first = ztf.object(250101100000001L);
            ObjectMeta m = first.meta();
            assertEquals(23, m.nobs(), "MANIFEST: 23 epochs");
            assertTrue(m.position().separationArcsec(SkyPosition.of(41.66716, -26.22982)) < 0.5, m.position().toString());
            long good = fromParquet("SELECT count(*) FROM (SELECT unnest(catflags) AS f, unnest(magerr) AS e FROM FILE "
                    + "WHERE objectid = 250101100000001) WHERE f = 0 AND e > 0");
            assertEquals(good, m.ngoodobs());
            assertEquals(good, first.lightCurve().size(), "only good epochs are served");
            assertEquals(105, ztf.object(250101100000089L).meta().nobs(), "MANIFEST: 105 epochs, the most");
            Table cone = ztf.cone("41.66716 -26.22982", 5);
            assertEquals(250101100000001L, cone.longColumn("oid").get(0));
        }
    }

    @Test
    void float32TimesAreKeptAsTheirExactDoubles() throws SQLException {
        try (Ztf ztf = Ztf.open(field)) {
            double first = ztf.object(250101100000001L).lightCurve().table().doubleColumn("time").min();
            float stored = (float) first;
            assertEquals((double) stored, first, 0.0, "no digits beyond float32");
            assertEquals(fromParquetDouble("SELECT min(h::DOUBLE) FROM (SELECT unnest(hmjd) AS h, unnest(catflags) AS f, "
                    + "unnest(magerr) AS e FROM FILE WHERE objectid = 250101100000001) WHERE f = 0 AND e > 0"), first, 0.0);
        }
        assertEquals(58348.480, stored("SELECT min(hmjd) FROM ztf_detection"), 0.001, "MANIFEST: hmjd from 58348.480");
        assertEquals(59233.152, stored("SELECT max(hmjd) FROM ztf_detection"), 0.001, "MANIFEST: to 59233.152");
    }

    @Test
    void tablesAreStoredSortedByHpx29() {
        assertEquals(0, count("SELECT count(*) FROM (SELECT hpx29 < lag(hpx29) OVER (ORDER BY rowid) AS back "
                + "FROM ztf_object) WHERE back"));
        long inZones = 0;
        for (int z = 0; z < DetectionZones.COUNT; z++) {
            String zone = DetectionZones.table(z);
            assertEquals(0, count("SELECT count(*) FROM (SELECT hpx29 < lag(hpx29) OVER (ORDER BY rowid) AS back "
                    + "FROM " + zone + ") WHERE back"), zone);
            inZones += count("SELECT count(*) FROM " + zone + " WHERE hpx29 BETWEEN " + DetectionZones.firstCell(z)
                    + " AND " + DetectionZones.lastCell(z));
        }
        assertEquals(count("SELECT count(*) FROM ztf_detection"), inZones, "every detection in its object's zone");
    }

    @Test
    void progressReachesEveryObject() {
        ImportStep last = steps.get(steps.size() - 1);
        assertEquals(5449, last.done());
        assertEquals(5449, last.total());
        assertEquals(1.0, last.fraction());
        assertTrue(steps.size() >= 6, "a step every 1000 objects read: " + steps);
    }

    @Test
    void reimportingTheSameFileAddsNothing() {
        Path copy = dir.resolve("again.duckdb");
        Importers.ztfDrParquet(RealData.file(PARQUET)).into(copy);
        ImportReport again = Importers.ztfDrParquet(RealData.file(PARQUET)).into(copy);
        assertTrue(again.files().get(0).alreadyImported());
        assertEquals(0, again.epochs());
        try (EmbeddedStore store = EmbeddedStore.openReadOnly(copy)) {
            long rows = store.withConnection(c -> {
                ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM ztf_detection");
                rs.next();
                return rs.getLong(1);
            });
            assertEquals(106588, rows);
        }
    }

    @Test
    void irsaLightCurveVotablesImportWithTheirReleaseAndFilefracday() {
        Path lc = dir.resolve("irsa.duckdb");
        InvalidInputException noRelease = assertThrows(InvalidInputException.class,
                () -> Importers.irsaLightCurves(RealData.file(VOTABLE)).into(lc));
        assertTrue(noRelease.getMessage().contains("TimeSeriesZTF_irsa.xml")
                && noRelease.getMessage().contains(".release("), noRelease.getMessage());
        ImportReport r = Importers.irsaLightCurves(RealData.file(VOTABLE)).release("dr23").into(lc);
        assertEquals(2, r.objects());
        assertEquals(297, r.epochs(), "MANIFEST: 297 rows");
        try (Ztf ztf = Ztf.open(lc)) {
            ZtfObject obj = ztf.object(686103400034440L);
            assertEquals(147, obj.meta().nobs());
            assertEquals(1, ztf.object(686103400034440L).neighbours(10).rowCount());
        }
        try (EmbeddedStore store = EmbeddedStore.openReadOnly(lc)) {
            long withFfd = store.withConnection(c -> {
                ResultSet rs = c.createStatement().executeQuery(
                        "SELECT count(*) FROM ztf_detection WHERE filefracday IS NOT NULL");
                rs.next();
                return rs.getLong(1);
            });
            assertEquals(297, withFfd);
        }
    }

    @Test
    void aMissingSourceIsRefusedWithThePath() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Importers.ztfDrParquet(dir.resolve("no-such-dir")));
        assertTrue(e.getMessage().contains("no-such-dir"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("no-such-dir")));
    }
}
