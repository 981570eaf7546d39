package org.ztfkit.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.PreparedStatement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ztfkit.model.Oid;
import org.ztfkit.sky.SkyIndex;
import org.ztfkit.store.EmbeddedStore;
import tech.tablesaw.api.Table;

/** Knowledge-base query results joined with the objects of a sky store: position and data release of each OID. */
class KbQueryJoinTest {
    private static final long SN = 633207400004730L;
    private static final long AGN = 633207400004731L;
    private static final long UNKNOWN_TO_THE_SKY = 1735101100001234L;

    private static void insertObject(EmbeddedStore store, String dr, long oidValue, double ra, double dec, int ngoodobs) {
        Oid oid = Oid.of(oidValue);
        store.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO ztf_object (dr, oid, fieldid, filterid, filter, "
                    + "ccdid, qid, rcid, sourceid, ra, dec, hpx29, nobs, ngoodobs) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, dr);
                ps.setLong(2, oid.value());
                ps.setInt(3, oid.fieldId());
                ps.setInt(4, oid.filterId());
                ps.setString(5, oid.filterCode());
                ps.setInt(6, oid.ccdId());
                ps.setInt(7, oid.qid());
                ps.setInt(8, oid.rcid());
                ps.setLong(9, oid.sourceId());
                ps.setDouble(10, ra);
                ps.setDouble(11, dec);
                ps.setLong(12, SkyIndex.hpx29(ra, dec));
                ps.setInt(13, ngoodobs + 3);
                ps.setInt(14, ngoodobs);
                return ps.executeUpdate();
            }
        });
    }

    @Test
    void queryResultsGainDataReleaseAndPositionOfEveryOid() {
        try (EmbeddedStore sky = EmbeddedStore.inMemory(); KnowledgeBase kb = KnowledgeBase.inMemory().as("alice")) {
            insertObject(sky, "dr3", SN, 247.45543, 24.77282, 412);
            insertObject(sky, "dr8", SN, 247.45544, 24.77281, 655);
            insertObject(sky, "dr8", AGN, 150.10000, 2.20000, 88);
            kb.defineTag("SN", "supernova");
            kb.defineTag("AGN", "active galactic nucleus");
            kb.annotate(SN).tags("SN").description("SNAD101").save();
            kb.annotate(AGN).tags("AGN").save();
            kb.annotate(UNKNOWN_TO_THE_SKY).tags("AGN").description("not in this sky").save();

            Table t = kb.find().joinObjects(sky).table();
            assertEquals(List.of("oid", "version", "tags", "description", "simbadid", "author", "changed_at", "dr", "ra",
                    "dec", "ngoodobs"), t.columnNames());
            t = t.sortAscendingOn("oid", "dr");
            assertEquals(List.of(SN, SN, AGN, UNKNOWN_TO_THE_SKY), t.longColumn("oid").asList());
            assertEquals(List.of("dr3", "dr8", "dr8", ""), t.stringColumn("dr").asList());
            assertEquals(247.45543, t.doubleColumn("ra").get(0), 0.0);
            assertEquals(24.77281, t.doubleColumn("dec").get(1), 0.0);
            assertEquals(List.of(412, 655, 88), t.intColumn("ngoodobs").asList().subList(0, 3));
            assertTrue(t.doubleColumn("ra").isMissing(3), "an OID outside the sky store keeps its row, without position");
            assertEquals(List.of("SN", "SN", "AGN", "AGN"), t.stringColumn("tags").asList());

            Table agn = kb.find().tag("AGN").joinObjects(sky).table();
            assertEquals(2, agn.rowCount());
            assertTrue(kb.find().tag("AGN").joinObjects(sky).toString().contains("joined with in-memory database"));
        }
    }
}
