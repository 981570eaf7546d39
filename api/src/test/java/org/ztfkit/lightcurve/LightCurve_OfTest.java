package org.ztfkit.lightcurve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ztfkit.lightcurve.Fixtures.NEIGHBOUR;
import static org.ztfkit.lightcurve.Fixtures.TARGET;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.model.MjdRange;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

class LightCurve_OfTest {
    /**
     * A notebook cell that makes a Tablesaw column before the first light curve leaves Tablesaw with two DOUBLE
     * column types; the light curve must still accept its own columns (it once compared types by identity and
     * failed with "must be of type DOUBLE, got 'DOUBLE'"). Needs a fresh JVM: class initialisation order.
     */
    @Test
    void aTablesawColumnMadeFirstDoesNotBreakLightCurves() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), TablesawFirstMain.class.getName()).inheritIO().start();
        assertEquals(0, p.waitFor(), "exit 0: light curve built; 2: Tablesaw did not duplicate its type");
    }

    @Test
    void sortsByTimeThenOidAndCopiesItsInput() {
        Table input = Fixtures.rows().dr(TARGET, 58002.0, 17.0, 0.05).dr(NEIGHBOUR, 58001.0, 18.0, 0.05)
                .dr(TARGET, 58001.0, 17.1, 0.05).table();
        LightCurve lc = LightCurve.of(input);
        input.doubleColumn("mag").set(0, 99.0);
        Table rows = lc.table();
        assertEquals(List.of(58001.0, 58001.0, 58002.0), rows.doubleColumn("time").asList());
        assertEquals(List.of(TARGET, NEIGHBOUR, TARGET), rows.stringColumn("oid").asList());
        assertEquals(17.0, rows.doubleColumn("mag").getDouble(2), 0.0, "later changes to the input do not leak");
        rows.doubleColumn("mag").set(0, 5.0);
        assertEquals(17.1, lc.table().doubleColumn("mag").getDouble(0), 0.0, "table() is a fresh copy");
    }

    @Test
    void summaries() {
        LightCurve lc = Fixtures.rows().dr(TARGET, 58001.0, 17.0, 0.05)
                .detection(NEIGHBOUR, "ztf_dr", "ztf_g", 58003.0, 18.0, 0.05)
                .limit("ZTF18abc", "ztf_alert", "ztf_g", 58004.5, 20.5).build();
        assertEquals(3, lc.size());
        assertEquals(List.of(TARGET, NEIGHBOUR, "ZTF18abc"), lc.oids());
        assertEquals(Map.of("ztf_g", 2, "ztf_r", 1), lc.countsByBand());
        assertEquals(MjdRange.of(58001.0, 58004.5), lc.timeSpan());
        assertEquals("LightCurve[3 objects ztf_g:2 ztf_r:1 HMJD 58001.0–58004.5 (1 upper limit), mag]", lc.toString());
    }

    @Test
    void emptyLightCurve() {
        LightCurve empty = LightCurve.empty();
        assertTrue(empty.isEmpty());
        assertEquals(MjdRange.ALL, empty.timeSpan());
        assertEquals("LightCurve[0 objects empty, mag]", empty.toString());
        assertFalse(empty.dataRelease().isPresent());
    }

    @Test
    void missingOrMistypedColumnsAreNamed() {
        Table noFlux = Fixtures.rows().dr(TARGET, 58001.0, 17.0, 0.05).table().removeColumns("flux", "fluxerr");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> LightCurve.of(noFlux));
        assertTrue(e.getMessage().contains("[flux, fluxerr]") && e.getMessage().contains("LightCurveColumns"),
                e.getMessage());
        Table intTime = Fixtures.rows().dr(TARGET, 58001.0, 17.0, 0.05).table().removeColumns("time");
        intTime.addColumns(IntColumn.create("time", new int[] {58001}));
        e = assertThrows(InvalidInputException.class, () -> LightCurve.of(intTime));
        assertTrue(e.getMessage().contains("'time'") && e.getMessage().contains("DOUBLE")
                && e.getMessage().contains("INTEGER"), e.getMessage());
    }

    @Test
    void differenceColumnsOfATableAreRecomputedNotDuplicated() {
        LightCurve lc = Fixtures.rows().dr(TARGET, 58001.0, 17.0, 0.05).build().withReference(TARGET, 18.0, 0.03);
        Table withDifference = lc.difference().table();
        LightCurve again = LightCurve.of(withDifference).withReference(TARGET, 18.0, 0.03).difference();
        assertEquals(withDifference.columnNames(), again.table().columnNames());
    }
}
