package org.ztfkit.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.ztfkit.RealData;
import org.ztfkit.catalog.CatalogRow;
import org.ztfkit.catalog.Catalogs;
import org.ztfkit.errors.ServiceUnavailableException;
import org.ztfkit.sky.SkyIndex;
import org.ztfkit.sky.SkyPosition;

class CatalogTablesTest {
    static CatalogRow vsx(long oid, double ra, double dec) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("OID", oid);
        m.put("Name", "V" + oid);
        m.put("Type", "RRAB");
        m.put("Period", 0.5537);
        m.put("max", 15.7);
        m.put("flag", true);
        m.put("_RAJ2000", ra);
        m.put("_DEJ2000", dec);
        return Catalogs.VSX.row(m);
    }

    @Test
    void conesReturnStoredRowsWithTheirOriginalColumnsAndTypes() {
        try (EmbeddedStore store = EmbeddedStore.inMemory()) {
            SkyPosition c = SkyPosition.of(295.26855, 30.65906);
            List<CatalogRow> rows = List.of(vsx(1, c.ra(), c.dec() + 2 / 3600.0), vsx(2, c.ra(), c.dec() + 11 / 3600.0),
                    vsx(3, (c.ra() + 180) % 360, -c.dec()));
            store.inTransaction(conn -> {
                CatalogTables.register(conn, Catalogs.VSX, "test", "1");
                CatalogTables.write(conn, rows);
                return null;
            });
            CatalogTables tables = new CatalogTables(store);
            List<CatalogRow> found = tables.cone(Catalogs.VSX, c, 10);
            assertEquals(1, found.size(), "the 11″ and antipodal rows are outside 10″");
            CatalogRow r = found.get(0);
            assertEquals(rows.get(0), r, "a stored row reads back equal: ids, uniform values, columns and their types");
            assertEquals(Long.class, r.columns().get("OID").getClass());
            assertEquals(Double.class, r.columns().get("max").getClass());
            assertEquals(Boolean.class, r.columns().get("flag").getClass());
            assertEquals(2, tables.cone(Catalogs.VSX, c, 12).size());
            assertTrue(tables.cone(Catalogs.VSX, SkyPosition.of(10, 10), 10).isEmpty(), "empty: an answer");

            store.inTransaction(conn -> {
                CatalogTables.write(conn, List.of(vsx(1, c.ra(), c.dec() + 3 / 3600.0)));
                return null;
            });
            assertEquals(3.0, tables.cone(Catalogs.VSX, c, 10).get(0).separationArcsec(c), 1e-6,
                    "writing a source again replaces it");
            assertEquals(3L, store.query("n", "SELECT count(*) AS n FROM catalog_source").longColumn("n").get(0));
        }
    }

    @Test
    void aCatalogTheDatabaseDoesNotHoldIsUnavailableNotEmpty() {
        try (EmbeddedStore store = EmbeddedStore.inMemory()) {
            ServiceUnavailableException e = assertThrows(ServiceUnavailableException.class,
                    () -> new CatalogTables(store).cone(Catalogs.GCVS, SkyPosition.of(1, 1), 10));
            assertTrue(e.reason().contains("holds no GCVS data"), e.getMessage());
        }
    }

    @Test
    void skybotAnswersAreFoundByPositionAndEpochOnly() {
        try (EmbeddedStore store = EmbeddedStore.inMemory()) {
            SkyPosition c = SkyPosition.of(247.45543, 24.77282);
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("Number", 4179L);
            a.put("Name", "Toutatis");
            a.put("RA", c.ra());
            a.put("DEC", c.dec() + 4 / 3600.0);
            a.put("Type", "NEA>Apollo");
            a.put("V", 19.5);
            a.put("posunc", 0.2);
            a.put("centerdist", 4.0);
            CatalogRow toutatis = Catalogs.SKYBOT.row(a);
            store.inTransaction(conn -> {
                CatalogTables.writeSkybot(conn, c, 2458300.5, 120, List.of(toutatis));
                CatalogTables.writeSkybot(conn, c, 2458301.5, 120, List.of());
                return null;
            });
            CatalogTables t = new CatalogTables(store);
            List<CatalogRow> found = t.solarSystemObjects(c, 2458300.5, 15);
            assertEquals(1, found.size());
            assertEquals("(4179) Toutatis", found.get(0).name());
            assertEquals(0.2, (Double) found.get(0).columns().get("posunc"), 1e-6);
            assertTrue(t.solarSystemObjects(c, 2458300.5, 3).isEmpty(), "outside a smaller radius");
            assertTrue(t.solarSystemObjects(c, 2458301.5, 15).isEmpty(), "a stored empty answer is empty");
            ServiceUnavailableException e = assertThrows(ServiceUnavailableException.class,
                    () -> t.solarSystemObjects(c, 2458302.5, 15));
            assertTrue(e.reason().contains("ephemerides need the online service"), e.getMessage());
        }
    }

    @Test
    void theRealGcvsAnswersConesExactlyAsABruteForceScan() {
        // MANIFEST §4: the whole GCVS reduced to positions and right-padded types, 59,099 rows
        String parquet = RealData.file("catalogs/gcvs/gcvs_positions_types.parquet").toString().replace("'", "''");
        try (EmbeddedStore store = EmbeddedStore.inMemory()) {
            List<double[]> positions = new ArrayList<>();
            List<CatalogRow> rows = new ArrayList<>();
            store.withConnection(conn -> {
                try (var st = conn.createStatement();
                     ResultSet rs = st.executeQuery("SELECT ra, dec, VarType FROM read_parquet('" + parquet + "')")) {
                    int n = 0;
                    while (rs.next()) {
                        Map<String, Object> m = new LinkedHashMap<>();
                        m.put("GCVS", "row " + n++);
                        m.put("VarType", rs.getString(3));
                        m.put("_RAJ2000", rs.getDouble(1));
                        m.put("_DEJ2000", rs.getDouble(2));
                        rows.add(Catalogs.GCVS.row(m));
                        positions.add(new double[] {rs.getDouble(1), rs.getDouble(2)});
                    }
                }
                return null;
            });
            assertEquals(59099, rows.size());
            assertTrue(rows.stream().noneMatch(r -> r.type().map(t -> !t.equals(t.strip())).orElse(false)),
                    "no type keeps its padding");
            assertEquals(rows.stream().filter(r -> r.type().orElse("").equals("M")).count(),
                    rows.stream().filter(r -> "M".equals(r.columns().get("VarType"))).count());
            rows.sort(Comparator.comparingLong(r -> SkyIndex.hpx29(r.position())));
            store.inTransaction(conn -> {
                CatalogTables.register(conn, Catalogs.GCVS, "fink-science gcvs.parquet", "test");
                CatalogTables.write(conn, rows);
                return null;
            });
            CatalogTables tables = new CatalogTables(store);
            SplittableRandom rng = new SplittableRandom(59099);
            for (int k = 0; k < 20; k++) {
                double[] p = positions.get(rng.nextInt(positions.size()));
                SkyPosition c = SkyPosition.of(p[0], (p[1] + 0.01 * rng.nextGaussian()));
                double radius = 60 + 1200 * rng.nextDouble();
                long brute = positions.stream().filter(q -> c.separationArcsec(SkyPosition.of(q[0], q[1])) <= radius)
                        .count();
                assertEquals(brute, tables.cone(Catalogs.GCVS, c, radius).size(), "cone " + c + " r=" + radius);
            }
        }
    }
}
