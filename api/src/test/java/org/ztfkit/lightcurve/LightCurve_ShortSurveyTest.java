package org.ztfkit.lightcurve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ztfkit.lightcurve.Fixtures.TARGET;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.model.DataRelease;

/** The DR's "short" range (external-services.md §16.3: dr8 58194–58972, dr23/dr24 unbounded). */
class LightCurve_ShortSurveyTest {
    static final LightCurve LC = Fixtures.rows().dr(TARGET, 58193.9, 17.0, 0.05).dr(TARGET, 58194.0, 17.0, 0.05)
            .dr(TARGET, 58972.0, 17.0, 0.05).dr(TARGET, 58972.1, 17.0, 0.05).dr(TARGET, 60000.0, 17.0, 0.05).build();

    @Test
    void keepsTheReleasesPrivateSurveyDatesInclusive() {
        LightCurve dr8 = LC.withDataRelease(DataRelease.of("dr8")).shortSurvey();
        assertEquals(List.of(58194.0, 58972.0), LightCurve_SelectTest.times(dr8));
        assertEquals(List.of(58194.0), LightCurve_SelectTest.times(LC.withDataRelease(DataRelease.of("dr2"))
                .shortSurvey()));
    }

    @Test
    void unboundedForDr23AndDr24() {
        assertEquals(LC.size(), LC.withDataRelease(DataRelease.of("dr23")).shortSurvey().size());
    }

    @Test
    void unknownReleaseIsAClearError() {
        InvalidInputException e = assertThrows(InvalidInputException.class, LC::shortSurvey);
        assertTrue(e.getMessage().contains("withDataRelease") && e.getMessage().contains("between"), e.getMessage());
    }

    @Test
    void releaseWithoutShortRangeIsAClearError() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> LC.withDataRelease(DataRelease.of("dr5")).shortSurvey());
        assertTrue(e.getMessage().contains("'dr5'") && e.getMessage().contains("dr17"), e.getMessage());
    }
}
