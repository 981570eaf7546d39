package org.ztfkit.lightcurve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.lightcurve.LightCurveSources.Outcome;
import org.ztfkit.lightcurve.LightCurveSources.Status;

/** The record of where a light curve's rows came from, and that verbs keep it. */
class LightCurveSourcesTest {
    static final LightCurveSources RECORD = LightCurveSources.of(List.of(
            Status.answered("ztf_dr", "2 objects", 4),
            Status.answered("ps1", "PSO J1 at 0.20″", 0),
            Status.empty("gaia", "no object within 5″"),
            Status.unavailable("ztf_alert", "ALeRCE: HTTP 503")));

    @Test
    void statusesSortThemselvesIntoAnsweredEmptyAndUnavailable() {
        assertEquals(List.of("ztf_dr"), RECORD.answered().stream().map(Status::source).toList());
        assertEquals(List.of("ps1", "gaia"), RECORD.empty().stream().map(Status::source).toList(),
                "a source that answered with no rows is empty");
        assertEquals(Outcome.UNAVAILABLE, RECORD.get("ztf_alert").orElseThrow().outcome());
        assertEquals("Sources[ztf_dr: 2 objects, 4 rows; ps1: PSO J1 at 0.20″; gaia: no object within 5″; ztf_alert:"
                + " unavailable: ALeRCE: HTTP 503]", RECORD.toString());
        assertEquals("Sources[not recorded]", LightCurveSources.NONE.toString());
        assertThrows(InvalidInputException.class, () -> Status.answered("ps1", "x", -1));
    }

    private static LightCurve twoBands() {
        return Fixtures.rows().dr(Fixtures.TARGET, 58300.1, 18.0, 0.05).dr(Fixtures.TARGET, 58301.1, 18.2, 0.05)
                .detection(Fixtures.NEIGHBOUR, "ztf_dr", "ztf_g", 58300.2, 18.5, 0.05).build();
    }

    @Test
    void verbsKeepTheRecordAndMergingJoinsThem() {
        LightCurve lc = twoBands().withSources(RECORD);
        assertEquals(RECORD, lc.band("ztf_g").sources());
        assertEquals(RECORD, lc.between(0, 1e6).inFlux().difference().sources());
        assertEquals(RECORD, lc.bin(1.0).sources());
        LightCurve other = twoBands().withSources(LightCurveSources.of(List.of(Status.answered("gaia", "g", 3))));
        assertEquals(5, lc.merge(other).sources().all().size());
        assertTrue(lc.toString().endsWith("ztf_alert unavailable]"), lc.toString());
        assertEquals(LightCurveSources.NONE, twoBands().sources());
        assertThrows(InvalidInputException.class, () -> lc.withSources(null));
    }
}
