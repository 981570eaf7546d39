package org.ztfkit.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ztfkit.RealData;
import org.ztfkit.alerts.io.AlertFiles;
import org.ztfkit.errors.InvalidInputException;
import tech.tablesaw.api.Table;

/** Merging alert packets of one object (MANIFEST §1: the ZTF20aajcdad pair merges to 5 detections, g 2 and r 3). */
class AlertLightCurveTest {
    static final AlertPacket A = AlertFiles.read(RealData.file("alerts/kowalski/1127495406315015005.avro")).get(0);
    static final AlertPacket B = AlertFiles.read(RealData.file("alerts/kowalski/1127536316315015004.avro")).get(0);

    @Test
    void theZtf20aajcdadPairMergesToFiveDetections() {
        AlertLightCurve lc = AlertLightCurve.merge(List.of(A, B));
        assertEquals(5, lc.detectionCount());
        assertEquals(Map.of("ztf_g", 2, "ztf_r", 3), lc.detectionsByBand());
        // B's history is A's 15 history entries plus A's candidate: the 12 limits are the same epochs
        assertEquals(12, lc.upperLimitCount());
        Set<Long> expected = new HashSet<>();
        A.previousDetections().forEach(c -> expected.add(c.candid()));
        expected.add(A.candid());
        expected.add(B.candid());
        assertEquals(expected, new HashSet<>(lc.candids()));
        assertEquals("ZTF20aajcdad", lc.objectId().orElseThrow());
    }

    @Test
    void aCandidateWinsOverTheRoundedCopyInALaterPacketsHistory() {
        AlertCandidate inHistory = B.previousDetections().stream().filter(c -> c.candid() == A.candid()).findFirst()
                .orElseThrow();
        assertTrue(inHistory.magpsf() != A.candidate().magpsf(), "B's history rounds A's candidate");
        for (List<AlertPacket> order : List.of(List.of(A, B), List.of(B, A))) {
            Table t = AlertLightCurve.merge(order).table();
            for (int i = 0; i < t.rowCount(); i++) {
                if (!t.longColumn("candid").isMissing(i) && t.longColumn("candid").get(i) == A.candid()) {
                    assertEquals(A.candidate().magpsf(), t.doubleColumn("magpsf").get(i));
                }
            }
        }
    }

    @Test
    void mergeDoesNotDependOnPacketOrder() {
        Table ab = AlertLightCurve.merge(List.of(A, B)).table();
        Table ba = AlertLightCurve.merge(List.of(B, A)).table();
        assertEquals(ab.print(100), ba.print(100));
    }

    @Test
    void tableFollowsTheDocumentedSchemaSortedByTime() {
        Table t = AlertLightCurve.merge(List.of(A, B)).table();
        assertEquals(List.of("object_id", "kind", "candid", "jd", "fid", "band", "magpsf", "sigmapsf", "diffmaglim",
                "isdiffpos", "magnr", "sigmagnr", "field", "rcid"), t.columnNames());
        assertEquals(17, t.rowCount());
        for (int i = 1; i < t.rowCount(); i++) {
            assertTrue(t.doubleColumn("jd").get(i) >= t.doubleColumn("jd").get(i - 1), "sorted by jd");
        }
        for (int i = 0; i < t.rowCount(); i++) {
            boolean limit = t.stringColumn("kind").get(i).equals("upper_limit");
            assertEquals(limit, t.longColumn("candid").isMissing(i));
            assertEquals(limit, t.doubleColumn("magpsf").isMissing(i));
            assertEquals(limit, t.intColumn("isdiffpos").isMissing(i));
            assertTrue(!t.doubleColumn("diffmaglim").isMissing(i), "every epoch has its limit");
        }
        // B's candidate row carries B's native values
        int row = 0;
        while (t.longColumn("candid").isMissing(row) || t.longColumn("candid").get(row) != B.candid()) {
            row++;
        }
        assertEquals(B.candidate().jd(), t.doubleColumn("jd").get(row));
        assertEquals(17.506, t.doubleColumn("magpsf").get(row), 5e-4);
        assertEquals("ztf_r", t.stringColumn("band").get(row));
        assertEquals(674, t.intColumn("field").get(row));
        assertEquals(63, t.intColumn("rcid").get(row));
        assertEquals(B.candidate().magnr().orElseThrow(), t.doubleColumn("magnr").get(row));
    }

    @Test
    void aSinglePacketKeepsItsWholeHistory() {
        AlertPacket p = AlertFiles.read(RealData.file("alerts/kowalski/1127561443215015014.avro")).get(0);
        AlertLightCurve lc = AlertLightCurve.merge(List.of(p));
        assertEquals(Map.of("ztf_g", 30, "ztf_r", 32), lc.detectionsByBand());
        assertEquals(5, lc.upperLimitCount());
    }

    @Test
    void packetsOfSeveralObjectsAreRefused() {
        List<AlertPacket> mixed = new ArrayList<>(AlertFiles.read(
                RealData.file("alerts/fink-client/avro_multi_alerts_other.avro")));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> AlertLightCurve.merge(mixed));
        assertTrue(e.getMessage().contains("ZTF18abecvir"), e.getMessage());
        assertThrows(InvalidInputException.class, () -> Alerts.of(mixed));
    }

    @Test
    void noPacketsGiveAnEmptyLightCurve() {
        AlertLightCurve lc = AlertLightCurve.merge(List.of());
        assertEquals(0, lc.size());
        assertTrue(lc.objectId().isEmpty());
        assertEquals("AlertLightCurve[empty, 0 upper limits]", lc.toString());
    }

    @Test
    void alertsAreOrderedAndTheLatestIsTheNewest() {
        Alerts alerts = Alerts.of(List.of(B, A));
        assertEquals(List.of(A.candid(), B.candid()), alerts.packets().stream().map(AlertPacket::candid).toList());
        assertEquals(B.candid(), alerts.latest().candid());
        assertEquals(5, alerts.lightCurve().detectionCount());
        assertThrows(InvalidInputException.class, () -> Alerts.of(List.of()).latest());
    }
}
