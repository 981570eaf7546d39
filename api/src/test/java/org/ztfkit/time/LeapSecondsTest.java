package org.ztfkit.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ztfkit.errors.InvalidInputException;

/** The leap-second table against ERFA's (astropy's {@code erfa.leap_seconds}, in {@code leap_seconds.csv}). */
class LeapSecondsTest {
    @Test
    void everyStepMatchesErfasTable() {
        List<Map<String, String>> erfa = ReferenceCsv.read("leap_seconds.csv").rows();
        assertEquals(erfa.size(), LeapSeconds.STEPS.size(), "number of steps since 1972");
        for (int i = 0; i < erfa.size(); i++) {
            LeapSeconds.Step step = LeapSeconds.STEPS.get(i);
            Map<String, String> row = erfa.get(i);
            assertEquals(Integer.parseInt(row.get("year")), step.firstDay().getYear());
            assertEquals(Integer.parseInt(row.get("month")), step.firstDay().getMonthValue());
            assertEquals(1, step.firstDay().getDayOfMonth());
            assertEquals(Double.parseDouble(row.get("tai_minus_utc_s")), step.taiMinusUtcSeconds(), 0.0);
        }
    }

    @Test
    void valuesOnBothSidesOfTheLastStep() {
        double step2017 = 57754.0;   // 2017-01-01
        assertEquals(37.0, LeapSeconds.taiMinusUtcSeconds(step2017), 0.0);
        assertEquals(37.0, LeapSeconds.taiMinusUtcSeconds(61000.0), 0.0);
        assertEquals(36.0, LeapSeconds.taiMinusUtcSeconds(step2017 - 1.0), 0.0);   // start of 2016-12-31
        // 2016-12-31 has 86401 s: half of the UTC day is 43200.5 SI seconds
        assertEquals(36.5, LeapSeconds.taiMinusUtcSeconds(step2017 - 0.5), 1e-9);
        assertEquals(34.0, LeapSeconds.taiMinusUtcSeconds(55197.0), 0.0);          // 2010-01-01
        assertEquals(10.0, LeapSeconds.taiMinusUtcSeconds(LeapSeconds.FIRST_MJD), 0.0);
    }

    @Test
    void datesBefore1972AreRejectedWithTheValidRange() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> LeapSeconds.taiMinusUtcSeconds(41000.0));
        assertTrue(e.getMessage().contains("41000.0") && e.getMessage().contains("41317")
                && e.getMessage().contains("1972-01-01"), e.getMessage());
    }

    @Test
    void missingTimesStayMissing() {
        assertTrue(Double.isNaN(LeapSeconds.taiMinusUtcSeconds(Double.NaN)));
    }
}
