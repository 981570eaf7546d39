package org.ztfkit.lightcurve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ztfkit.lightcurve.Fixtures.TARGET;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.model.DataRelease;
import org.ztfkit.photometry.ReferenceMagnitude;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class LightCurve_MergeTest {
    static final LightCurve A = Fixtures.realDr(742201400001054L);
    static final LightCurve B = Fixtures.realDr(742201400001066L);
    static final LightCurve PS1 = Fixtures.rows().detection("123456789", "ps1", "ps1_r", 55000.0, 17.3, 0.02).build();

    @Test
    void neighboursOnTheSameEpochsInterleaveByTime() {
        LightCurve merged = A.merge(B);
        assertEquals(200, merged.size());
        assertEquals(List.of("742201400001054", "742201400001066"), merged.oids());
        DoubleColumn time = merged.table().doubleColumn("time");
        for (int i = 1; i < time.size(); i++) {
            assertTrue(time.getDouble(i - 1) <= time.getDouble(i), "sorted by time at row " + i);
        }
        assertEquals(time.getDouble(0), time.getDouble(1), 0.0, "MANIFEST: the two share their time stamps");
        assertEquals(A.merge(B).table().doubleColumn("mag").asList(),
                LightCurves.concat(List.of(B, A)).table().doubleColumn("mag").asList(), "order does not matter");
    }

    @Test
    void columnsAreTheUnionWithMissingCells() {
        Table t = A.merge(PS1).table();
        assertEquals(101, t.rowCount());
        assertTrue(t.containsColumn("clrcoeff"));
        assertEquals("ps1", t.stringColumn("source").get(0), "PS1 (2009) sorts first");
        assertTrue(t.doubleColumn("clrcoeff").isMissing(0));
        assertEquals(0.078, t.doubleColumn("clrcoeff").getDouble(1), 1e-6);
    }

    @Test
    void metadataOfTheMergedCurve() {
        LightCurve a = A.withDataRelease(DataRelease.of("dr8")).withReference(742201400001054L, 18.0, 0.02)
                .inFlux();
        LightCurve b = B.withReference(742201400001066L, 19.0, 0.05)
                .withReferences(java.util.Map.of("742201400001054", ReferenceMagnitude.of(99.0, 0.0)));
        LightCurve merged = a.merge(b);
        assertEquals(Representation.FLUX, merged.representation());
        assertEquals(DataRelease.of("dr8"), merged.dataRelease().orElseThrow());
        assertEquals(18.0, merged.reference("742201400001054").mag(), 0.0, "the first light curve's reference wins");
        assertEquals(19.0, merged.reference("742201400001066").mag(), 0.0);
    }

    @Test
    void conflictsAreClearErrors() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> A.withDataRelease(
                DataRelease.of("dr8")).merge(B.withDataRelease(DataRelease.of("dr17"))));
        assertTrue(e.getMessage().contains("dr8 and dr17"), e.getMessage());
        Table withText = Fixtures.rows().dr(TARGET, 58000.0, 17.0, 0.05).table();
        withText.addColumns(StringColumn.create("clrcoeff", new String[] {"n/a"}));
        e = assertThrows(InvalidInputException.class, () -> A.merge(LightCurve.of(withText)));
        assertTrue(e.getMessage().contains("'clrcoeff'") && e.getMessage().contains("DOUBLE and STRING"),
                e.getMessage());
    }

    @Test
    void concatOfNothingIsEmpty() {
        assertTrue(LightCurves.concat(List.of()).isEmpty());
        assertEquals(A.size(), A.merge().size());
        assertEquals(A.size(), A.merge(LightCurve.empty()).size());
    }
}
