package org.ztfkit.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cds.healpix.Healpix;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.SplittableRandom;
import org.duckdb.DuckDBDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ztfkit.errors.StoreException;
import org.ztfkit.model.DataRelease;
import org.ztfkit.model.Oid;
import org.ztfkit.sky.SkyIndex;
import org.ztfkit.sky.SkyPosition;
import org.ztfkit.source.ObjectMeta;
import tech.tablesaw.api.Table;

class DetectionZonesTest {
    private static final DataRelease DR = DataRelease.of("dr13");

    @Test
    void aZoneIsTheDepthOneHealpixCellOfThePosition() {
        SplittableRandom rng = new SplittableRandom(5);
        for (int i = 0; i < 2000; i++) {
            double ra = rng.nextDouble(0, 360);
            double dec = Math.toDegrees(Math.asin(rng.nextDouble(-1, 1)));
            long reference = Healpix.getNested(1).hash(Math.toRadians(ra), Math.toRadians(dec));
            assertEquals(reference, DetectionZones.of(SkyIndex.hpx29(ra, dec)), "ra " + ra + " dec " + dec);
        }
        assertEquals(48, DetectionZones.COUNT);
        assertEquals("ztf_detection_z00", DetectionZones.table(0));
        assertEquals("ztf_detection_z47", DetectionZones.table(47));
        assertEquals(DetectionZones.lastCell(4) + 1, DetectionZones.firstCell(5));
        assertThrows(IllegalArgumentException.class, () -> DetectionZones.table(48));
        assertThrows(IllegalArgumentException.class, () -> DetectionZones.of(-1));
    }

    @Test
    void theSchemaHasOneTablePerZoneAndAViewOverAll(@TempDir Path dir) {
        try (EmbeddedStore s = EmbeddedStore.open(dir.resolve("z.duckdb"))) {
            Table tables = s.query("t", "SELECT table_name FROM duckdb_tables() WHERE table_name LIKE 'ztf_detection%' "
                    + "ORDER BY table_name");
            assertEquals(DetectionZones.tables(), tables.stringColumn("table_name").asList());
            assertEquals(1L, s.query("v", "SELECT count(*) n FROM duckdb_views() WHERE view_name = 'ztf_detection'")
                    .longColumn("n").get(0));
        }
    }

    /** Two objects 1″ apart on either side of a zone boundary: one neighbourhood, two zone tables. */
    @Test
    void aNeighbourhoodAcrossAZoneBoundaryHasBothLightCurves(@TempDir Path dir) {
        SkyPosition[] pair = acrossABoundary();
        Oid west = Oid.of(633207400004730L);
        Oid east = Oid.of(633207400004731L);
        try (EmbeddedStore s = EmbeddedStore.open(dir.resolve("b.duckdb"))) {
            s.inTransaction(c -> {
                DrTables.ensureRelease(c, DR, "simulated", "test");
                return DrTables.write(c, DR, List.of(record(west, pair[0], 58300.0, 3), record(east, pair[1], 58400.0, 4)));
            });
            for (int k = 0; k < 2; k++) {
                String table = DetectionZones.tableOf(SkyIndex.hpx29(pair[k]));
                Oid oid = k == 0 ? west : east;
                assertEquals(k == 0 ? 3L : 4L, s.query("n", "SELECT count(*) n FROM " + table + " WHERE oid = ?",
                        oid.value()).longColumn("n").get(0), table);
            }
            List<ObjectMeta> cone = s.cone(DR, pair[0], 1.5);
            assertEquals(2, cone.size());
            Table rows = s.detections(DR, cone);
            assertEquals(7, rows.rowCount());
            assertEquals(List.of(58300.0, 58301.0, 58302.0), rows.where(rows.longColumn("oid").isEqualTo(west.value()))
                    .doubleColumn("hmjd").asList());
            assertEquals(List.of(58400.0, 58401.0, 58402.0, 58403.0),
                    rows.where(rows.longColumn("oid").isEqualTo(east.value())).doubleColumn("hmjd").asList());
            assertEquals(7L, s.query("n", "SELECT count(*) n FROM ztf_detection").longColumn("n").get(0));

            // Rewriting an object that moved to the other zone leaves no rows behind in its old zone.
            s.inTransaction(c -> DrTables.write(c, DR, List.of(record(west, pair[1], 58500.0, 2))));
            assertEquals(0L, s.query("n", "SELECT count(*) n FROM " + DetectionZones.tableOf(SkyIndex.hpx29(pair[0])))
                    .longColumn("n").get(0));
            assertEquals(6L, s.query("n", "SELECT count(*) n FROM ztf_detection").longColumn("n").get(0));
        }
    }

    /** A store written before schema 040 keeps every row, now in its zone, in the stored order. */
    @Test
    void anEarlierStoreMovesItsRowsIntoZonesWhenOpenedForWriting(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("old.duckdb");
        SplittableRandom rng = new SplittableRandom(9);
        int n = 5000;
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + file);
             Statement st = c.createStatement()) {
            st.execute("CREATE TABLE schema_script (name VARCHAR PRIMARY KEY, applied_at TIMESTAMPTZ)");
            for (String script : StoreSchema.SCRIPTS.subList(0, StoreSchema.SCRIPTS.indexOf("040_detection_zones.sql"))) {
                for (String sql : StoreSchema.statements(StoreSchema.read(script))) {
                    st.execute(sql);
                }
                st.execute("INSERT INTO schema_script VALUES ('" + script + "', now())");
            }
            StringBuilder values = new StringBuilder();
            for (int i = 0; i < n; i++) {
                double ra = rng.nextDouble(0, 360);
                double dec = Math.toDegrees(Math.asin(rng.nextDouble(-1, 1)));
                values.append(i == 0 ? "" : ", ").append("('dr13', ").append(600000000000000L + i).append(", ")
                        .append(SkyIndex.hpx29(ra, dec)).append(", ").append(58000 + i).append(", 19.5, 0.1, 0.0, 0, NULL)");
            }
            st.execute("INSERT INTO ztf_detection SELECT * FROM (VALUES " + values + ") ORDER BY 3, 2");
        }
        assertThrows(StoreException.class, () -> EmbeddedStore.openReadOnly(file), "an earlier schema, read-only");
        StoreException e = assertThrows(StoreException.class, () -> EmbeddedStore.openReadOnly(file));
        assertTrue(e.getMessage().contains("040_detection_zones.sql") && e.getMessage().contains("EmbeddedStore.open"),
                e.getMessage());

        try (EmbeddedStore s = EmbeddedStore.open(file)) {
            assertEquals((long) n, s.query("n", "SELECT count(*) n FROM ztf_detection").longColumn("n").get(0));
            long inTheirZone = 0;
            int zonesUsed = 0;
            for (int z = 0; z < DetectionZones.COUNT; z++) {
                Table t = s.query("t", "SELECT hpx29 FROM " + DetectionZones.table(z));
                zonesUsed += t.rowCount() > 0 ? 1 : 0;
                for (long cell : t.longColumn("hpx29").asLongArray()) {
                    inTheirZone += DetectionZones.of(cell) == z ? 1 : 0;
                }
                long[] cells = t.longColumn("hpx29").asLongArray();
                for (int i = 1; i < cells.length; i++) {
                    assertTrue(cells[i - 1] <= cells[i], "zone " + z + " keeps the hpx29 order");
                }
            }
            assertEquals(n, inTheirZone);
            assertEquals(48, zonesUsed, "random positions over the whole sky fill every zone");
        }
        try (EmbeddedStore s = EmbeddedStore.openReadOnly(file)) {
            assertEquals((long) n, s.query("n", "SELECT count(*) n FROM ztf_detection").longColumn("n").get(0));
        }
    }

    @Test
    void aDuckDbFileZtfkitDidNotWriteIsRefusedReadOnly(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("other.duckdb");
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + file);
             Statement st = c.createStatement()) {
            st.execute("CREATE TABLE t (x INTEGER)");
        }
        StoreException e = assertThrows(StoreException.class, () -> EmbeddedStore.openReadOnly(file));
        assertTrue(e.getMessage().contains("did not write it"), e.getMessage());
        Properties props = new Properties();
        props.setProperty(DuckDBDriver.DUCKDB_READONLY_PROPERTY, "true");
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + file, props);
             ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM t")) {
            assertTrue(rs.next(), "the refused file is left as it was");
        }
    }

    private static DrRecord record(Oid oid, SkyPosition p, double firstHmjd, int epochs) {
        List<DrRecord.Epoch> list = new java.util.ArrayList<>();
        for (int i = 0; i < epochs; i++) {
            list.add(new DrRecord.Epoch(firstHmjd + i, 18.5f, 0.05f, 0.0f, 0, null));
        }
        return DrRecord.of(oid, p, epochs, list);
    }

    /** Two positions 1″ apart in different zones, found by walking along a parallel. */
    private static SkyPosition[] acrossABoundary() {
        double dec = 20.0;
        double step = 1.0 / 3600 / Math.cos(Math.toRadians(dec));
        int zone = DetectionZones.of(SkyIndex.hpx29(0.0, dec));
        for (double ra = step; ra < 360; ra += step) {
            int z = DetectionZones.of(SkyIndex.hpx29(ra, dec));
            if (z != zone) {
                SkyPosition a = SkyPosition.of(ra - step, dec);
                SkyPosition b = SkyPosition.of(ra, dec);
                assertNotEquals(DetectionZones.of(SkyIndex.hpx29(a)), DetectionZones.of(SkyIndex.hpx29(b)));
                return new SkyPosition[] {a, b};
            }
        }
        throw new AssertionError("no zone boundary along dec " + dec);
    }
}
