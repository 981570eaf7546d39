package org.ztfkit.lightcurve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ztfkit.lightcurve.Fixtures.TARGET;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ztfkit.errors.InvalidInputException;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

class LightCurve_FoldTest {
    static final double P = 0.5;
    static final LightCurve LC = Fixtures.rows().dr(TARGET, 58000.125, 17.0, 0.05).dr(TARGET, 57999.9, 17.1, 0.05)
            .dr(TARGET, 58001.0, 17.2, 0.05).dr(TARGET, 60123.456, 17.3, 0.05).build();

    @Test
    void phaseZeroAtHmjd58000ByDefault() {
        FoldedLightCurve folded = LC.fold(P);
        assertEquals(58000.0, folded.epochHmjd(), 0.0);
        // (58000.125 − 58000)/0.5 = 0.25; (57999.9 − 58000)/0.5 = −0.2 → 0.8; 2.0 → 0; 4246.912 → 0.912
        assertEquals(0.25, folded.phaseOf(58000.125), 1e-9);
        assertEquals(0.8, folded.phaseOf(57999.9), 1e-9);
        assertEquals(0.0, folded.phaseOf(58001.0), 1e-9);
        assertEquals(0.912, folded.phaseOf(60123.456), 1e-9);
    }

    @Test
    void tableHasItsOwnPhaseAndFoldedTimeAndKeepsTime() {
        Table t = LC.fold(P).table();
        assertEquals(List.of(0.0, 0.25, 0.8, 0.912), rounded(t.doubleColumn("phase")));
        assertEquals(List.of(58001.0, 58000.125, 57999.9, 60123.456), t.doubleColumn("time").asList(),
                "time keeps the HMJD of each epoch, rows sorted by phase");
        for (int i = 0; i < t.rowCount(); i++) {
            assertEquals(t.doubleColumn("phase").getDouble(i) * P, t.doubleColumn("folded_time").getDouble(i), 1e-12);
        }
    }

    @Test
    void shiftingTheEpochByWholePeriodsChangesNoPhase() {
        FoldedLightCurve folded = Fixtures.realDr(742201400001054L).fold(0.5537);
        Table reference = folded.table();
        for (int cycles : new int[] {1, 7, -1000, 25000}) {
            Table shifted = folded.phaseZeroAt(58000.0 + cycles * 0.5537).table();
            for (int i = 0; i < reference.rowCount(); i++) {
                assertEquals(reference.doubleColumn("time").getDouble(i), shifted.doubleColumn("time").getDouble(i), 0.0);
                double diff = reference.doubleColumn("phase").getDouble(i) - shifted.doubleColumn("phase").getDouble(i);
                assertEquals(0.0, diff - Math.rint(diff), 1e-8, "shift by " + cycles + " periods, row " + i);
            }
        }
    }

    @Test
    void phasesLieInZeroToOne() {
        DoubleColumn phases = Fixtures.realDr(640202200001881L).fold(0.123456).phaseZeroAt(58216.51171875).table()
                .doubleColumn("phase");
        assertEquals(107, phases.size());
        assertTrue(phases.min() == 0.0 && phases.max() < 1.0, "the epoch itself is phase 0; none reaches 1");
    }

    @Test
    void phaseOffsetAndTheViewersLivePageConvention() {
        FoldedLightCurve live = LC.fold(P).phaseZeroAt(0).withPhaseOffset(0.3);
        // the Viewer's page: phase = frac(mjd/P + phase0): 58000.125/0.5 = 116000.25 → 0.55
        assertEquals(0.55, live.phaseOf(58000.125), 1e-9);
        assertEquals(live.phaseOf(60123.456), LC.fold(P).phaseZeroAt(0).withPhaseOffset(1.3).phaseOf(60123.456), 1e-9);
        assertEquals(0.0, LC.fold(P).withPhaseOffset(0.3).phaseZeroAt(58000.125).phaseOf(58000.125), 0.0,
                "phaseZeroAt clears the offset");
        assertEquals("FoldedLightCurve[P=0.5 d, phase 0 at HMJD 0, offset 0.3; " + LC + "]", live.toString());
    }

    @Test
    void foldKeepsTheRepresentation() {
        FoldedLightCurve folded = LC.withReference(TARGET, 18.0, 0.03).difference().fold(P);
        assertEquals(Representation.DIFFERENCE_MAGNITUDE, folded.representation());
        assertTrue(folded.table().containsColumn("diffmag") && folded.table().containsColumn("phase"));
        assertEquals(4, folded.size());
    }

    @Test
    void badPeriodsAndEpochsAreRefusedWithTheValidRange() {
        for (double bad : new double[] {0.0, -0.5, Double.NaN, Double.POSITIVE_INFINITY}) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> LC.fold(bad));
            assertTrue(e.getMessage().contains("periodDays") && e.getMessage().contains(String.valueOf(bad))
                    && e.getMessage().contains("positive and finite"), e.getMessage());
        }
        assertThrows(InvalidInputException.class, () -> LC.fold(P).phaseZeroAt(Double.NaN));
        assertThrows(InvalidInputException.class, () -> LC.fold(P).withPhaseOffset(Double.NEGATIVE_INFINITY));
    }

    private static List<Double> rounded(DoubleColumn column) {
        return column.asList().stream().map(v -> Math.round(v * 1e9) / 1e9).toList();
    }
}
