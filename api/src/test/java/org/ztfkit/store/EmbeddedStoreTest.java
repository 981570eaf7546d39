package org.ztfkit.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ztfkit.errors.StoreException;
import org.ztfkit.model.DataRelease;
import org.ztfkit.model.Oid;
import org.ztfkit.sky.SkyIndex;
import org.ztfkit.sky.SkyPosition;
import org.ztfkit.source.ObjectMeta;
import tech.tablesaw.api.Table;

class EmbeddedStoreTest {
    static final DataRelease DR = DataRelease.of("dr13");
    static EmbeddedStore store;
    static List<double[]> positions = new ArrayList<>();
    static List<Long> oids = new ArrayList<>();

    /** 40,000 objects: uniform, crowded at both poles and across RA = 0/360, stored sorted by hpx29. */
    @BeforeAll
    static void fill() {
        store = EmbeddedStore.inMemory();
        SplittableRandom rng = new SplittableRandom(7);
        record Row(long oid, double ra, double dec, long hpx) {
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 40000; i++) {
            double ra;
            double dec;
            if (i % 4 == 1) {
                ra = 360 * rng.nextDouble();
                dec = (i % 8 == 1 ? 1 : -1) * (90 - 0.3 * rng.nextDouble());
            } else if (i % 4 == 2) {
                ra = (360 + 0.2 * (rng.nextDouble() - 0.5)) % 360;
                dec = 2 * (rng.nextDouble() - 0.5);
            } else {
                ra = 360 * rng.nextDouble();
                dec = Math.toDegrees(Math.asin(2 * rng.nextDouble() - 1));
            }
            long oid = Oid.compose(100 + i % 1700, 1 + i % 3, 1 + i % 16, 1 + i % 4, i).value();
            rows.add(new Row(oid, ra, dec, SkyIndex.hpx29(ra, dec)));
        }
        rows.sort(Comparator.comparingLong(Row::hpx));
        store.withConnection(c -> {
            try (DuckDBAppender a = ((DuckDBConnection) c).createAppender("main", "ztf_object")) {
                for (Row r : rows) {
                    Oid o = Oid.of(r.oid());
                    a.beginRow().append(DR.name()).append(r.oid()).append(o.fieldId()).append((byte) o.filterId())
                            .append(o.filterCode()).append((byte) o.ccdId()).append((byte) o.qid()).append((byte) o.rcid())
                            .append((int) o.sourceId()).append(r.ra()).append(r.dec()).append(r.hpx()).append(10).append(9)
                            .append(100.0).appendNull().appendNull().append(18f).append(19f).append(18.5f).endRow();
                    positions.add(new double[] {r.ra(), r.dec()});
                    oids.add(r.oid());
                }
            }
            try (var st = c.createStatement()) {
                st.execute("INSERT INTO data_release VALUES ('dr13', true, 58194, 59280, 58194, 59800, 'simulated', NULL, NULL, '', now())");
                st.execute("INSERT INTO data_release VALUES ('dr8', false, 58194, 58972, 58194, 59350, 'simulated', NULL, NULL, '', now())");
                st.execute("INSERT INTO name_alias VALUES ('Her X-1', 'HERX1', 'simbad', 254.457546, 35.342358, NULL, NULL, NULL)");
                st.execute("INSERT INTO name_alias VALUES ('AT 2018lwh', '2018LWH', 'tns', 247.45543, 24.77282, 633207400004730, NULL, NULL)");
            }
            return null;
        });
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @ParameterizedTest(name = "cone ({0}, {1}) r={2}\"")
    @CsvSource({"10, 20, 3600", "0.01, 0.1, 300", "359.99, -0.2, 600", "30, 89.95, 400", "200, -89.9, 900", "123, -45, 60",
        "0.0, 0.0, 60"})
    void coneSearchEqualsBruteForce(double ra, double dec, double radiusArcsec) {
        SkyPosition center = SkyPosition.of(ra, dec);
        List<Long> expected = new ArrayList<>();
        for (int i = 0; i < positions.size(); i++) {
            if (SkyPosition.separationDeg(ra, dec, positions.get(i)[0], positions.get(i)[1]) * 3600 <= radiusArcsec) {
                expected.add(oids.get(i));
            }
        }
        List<Long> got = store.cone(DR, center, radiusArcsec).stream().map(m -> m.oid().value()).sorted().toList();
        assertEquals(expected.stream().sorted().toList(), got);
        assertTrue(!expected.isEmpty() || radiusArcsec <= 60, "the test sky puts objects in the large cones");
    }

    @Test
    void findsObjectsByOidAndReleaseOnly() {
        long oid = oids.get(123);
        ObjectMeta m = store.object(DR, Oid.of(oid)).orElseThrow();
        assertEquals(oid, m.oid().value());
        assertEquals(positions.get(123)[0], m.ra(), 0);
        assertEquals(SkyIndex.hpx29(m.position()), m.hpx29());
        assertTrue(store.object(DataRelease.of("dr8"), Oid.of(oid)).isEmpty(), "dr8 holds no objects in this store");
        assertEquals(List.of(DataRelease.of("dr8"), DR), store.releases());
        assertEquals(DR, store.defaultRelease());
    }

    @Test
    void resolvesNamesFromTheNameTable() {
        assertEquals(254.457546, store.resolve("her x-1").orElseThrow().position().ra(), 1e-9);
        assertEquals(254.457546, store.resolve("HER X1").orElseThrow().position().ra(), 1e-9);
        var tns = store.resolve("SN 2018lwh").orElseThrow();
        assertEquals(633207400004730L, tns.oid().orElseThrow().value(), "TNS names resolve with either prefix");
        assertTrue(store.resolve("Vega").isEmpty());
    }

    @Test
    void detectionsOfObjectsAreGoodEpochsSortedByOidThenTime(@TempDir Path dir) {
        try (EmbeddedStore s = EmbeddedStore.open(dir.resolve("d.duckdb"))) {
            long hpx = SkyIndex.hpx29(10, 10);
            s.withConnection(c -> {
                try (var st = c.createStatement()) {
                    st.execute("INSERT INTO " + DetectionZones.tableOf(hpx) + " VALUES ('dr13', 633207400004730, " + hpx + ", 58300.5, 19.1, 0.1, 0.01, 0, NULL),"
                            + "('dr13', 633207400004730, " + hpx + ", 58200.5, 19.0, 0.1, 0.02, 0, NULL),"
                            + "('dr13', 633207400004730, " + hpx + ", 58250.5, 19.2, 0.1, 0.03, 32768, NULL),"
                            + "('dr13', 633207400004730, " + hpx + ", 58260.5, 19.2, 0.0, 0.03, 0, NULL),"
                            + "('dr8', 633207400004730, " + hpx + ", 58100.5, 19.2, 0.1, 0.03, 0, NULL)");
                }
                return null;
            });
            ObjectMeta m = new ObjectMeta(DR, Oid.of(633207400004730L), SkyPosition.of(10, 10), hpx, 4, 2, 100, null, null);
            Table t = s.detections(DR, List.of(m));
            assertEquals(2, t.rowCount(), "catflags != 0, magerr <= 0 and other releases are left out");
            assertEquals(58200.5, t.doubleColumn("hmjd").get(0));
            assertEquals(19.0, t.doubleColumn("mag").get(0), 0, "REAL 19.0 reads back exactly");
            assertEquals(0.02, t.doubleColumn("clrcoeff").get(0), 0, "REAL 0.02 reads as 0.02, not 0.0199999");

            // A release that shares a later release's rows up to its cut-off sees exactly those rows.
            s.withConnection(c -> {
                try (var st = c.createStatement()) {
                    st.execute("INSERT INTO data_release VALUES ('dr4', false, 58194, 58664, NULL, NULL, 'simulated', "
                            + "'dr13', 58250.0, '', now())");
                }
                return null;
            });
            Table shared = s.detections(DataRelease.of("dr4"), List.of(m));
            assertEquals(List.of(58200.5), shared.doubleColumn("hmjd").asList());
        }
    }

    @Test
    void aReadOnlyStoreRefusesWrites(@TempDir Path dir) {
        Path f = dir.resolve("ro.duckdb");
        EmbeddedStore.open(f).close();
        try (EmbeddedStore ro = EmbeddedStore.openReadOnly(f)) {
            var e = assertThrows(StoreException.class, () -> ro.inTransaction(c -> null));
            assertTrue(e.getMessage().contains("read-only"), e.getMessage());
        }
        var e = assertThrows(StoreException.class, () -> EmbeddedStore.openReadOnly(dir.resolve("missing.duckdb")));
        assertTrue(e.getMessage().contains("no such file"), e.getMessage());
    }

    @Test
    void aSecondWritingProcessGetsAClearError(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("shared.duckdb");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), HoldStoreOpen.class.getName(), f.toString())
                .redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream()));
            String line;
            while ((line = out.readLine()) != null && !line.equals("open")) {
                // wait for the child to hold the file
            }
            assertEquals("open", line, "the child process opened the store");
            var e = assertThrows(StoreException.class, () -> EmbeddedStore.open(f));
            assertTrue(e.getMessage().contains("another process has it open for writing"), e.getMessage());
            assertTrue(e.getMessage().contains(f.toString()), "the message names the file");
        } finally {
            child.destroyForcibly();
            child.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aReadOnlyStoreAnswersFromSeveralThreadsAtOnce(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("ro.duckdb");
        try (EmbeddedStore w = EmbeddedStore.open(f)) {
            w.withConnection(c -> {
                try (var st = c.createStatement()) {
                    st.execute("CREATE TABLE numbers AS SELECT range AS n FROM range(100000)");
                }
                return null;
            });
        }
        try (EmbeddedStore ro = EmbeddedStore.openReadOnly(f)) {
            var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
            try {
                List<java.util.concurrent.Future<Long>> sums = new ArrayList<>();
                for (int k = 0; k < 40; k++) {
                    long limit = 1000L * (k + 1);
                    sums.add(pool.submit(() -> ro.query("s", "SELECT sum(n) s FROM numbers WHERE n < ?", limit)
                            .column("s").get(0) instanceof Number v ? v.longValue() : -1L));
                }
                for (int k = 0; k < sums.size(); k++) {
                    long limit = 1000L * (k + 1);
                    assertEquals(limit * (limit - 1) / 2, sums.get(k).get(), "sum below " + limit);
                }
            } finally {
                pool.shutdown();
            }
        }
    }

    @Test
    void aCallInsideWithConnectionReusesTheHeldConnection() {
        try (EmbeddedStore s = EmbeddedStore.inMemory()) {
            long n = s.withConnection(c -> s.withConnection(inner -> {
                assertTrue(inner == c, "the nested call gets the connection already held (no deadlock)");
                return 1L;
            }));
            assertEquals(1L, n);
        }
    }

    @Test
    void schemaScriptsAreSplitIntoStatements() {
        assertEquals(List.of("CREATE TABLE a (x INT)", "CREATE TABLE b (y VARCHAR)"),
                StoreSchema.statements("-- comment\nCREATE TABLE a (x INT); -- trailing\nCREATE TABLE b (y VARCHAR);\n"));
    }
}
