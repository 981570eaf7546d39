package org.ztfkit.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

class StoredOrderTest {
    /** Two batches, each sorted, whose cells interleave: after sorting, one strict order; equal cells keep theirs. */
    @Test
    void batchesThatOverlapBecomeOneSortedTable(@TempDir Path dir) {
        try (EmbeddedStore s = EmbeddedStore.open(dir.resolve("o.duckdb"))) {
            List<long[]> rows = new ArrayList<>(); // {hpx29, detect_id}
            long id = 0;
            for (long cell : new long[] {10, 30, 50, 70}) {
                rows.add(new long[] {cell, id++});
            }
            for (long cell : new long[] {20, 30, 40, 80}) {
                rows.add(new long[] {cell, id++});
            }
            s.inTransaction(c -> {
                try (var st = c.createStatement()) {
                    for (long[] r : rows) {
                        st.execute("INSERT INTO ps1_detection (detect_id, objid, hpx29, filter_id, filter, "
                                + "obs_time_mjd_tai, ra, dec, psf_flux_jy, psf_flux_err_jy, hmjd_utc) VALUES (" + r[1]
                                + ", 1, " + r[0] + ", 2, 'ps_r', 55000, 10, 10, 1e-4, 1e-6, 55000)");
                    }
                }
                StoredOrder.sortByHpx29(c);
                return null;
            });
            Table t = s.query("t", "SELECT hpx29, detect_id FROM ps1_detection ORDER BY rowid");
            List<long[]> expected = new ArrayList<>(rows);
            expected.sort(Comparator.comparingLong((long[] r) -> r[0])); // a stable sort: equal cells keep their order
            assertEquals(expected.stream().map(r -> r[0]).toList(), t.longColumn("hpx29").asList());
            assertEquals(expected.stream().map(r -> r[1]).toList(), t.longColumn("detect_id").asList());
        }
    }
}
