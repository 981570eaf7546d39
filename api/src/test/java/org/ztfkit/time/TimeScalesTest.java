package org.ztfkit.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ztfkit.time.ReferenceCsv.number;

import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Time-scale conversions against astropy 5.2.1 ({@code time_scales.csv}). Differences are compared in seconds
 * ({@code output − input}, from astropy's two-part JDs), so the 0.6 μs resolution of a double MJD is the floor.
 */
class TimeScalesTest {
    static final ReferenceCsv REFERENCE = ReferenceCsv.read("time_scales.csv");
    /** UTC ↔ TAI ↔ TT are exact up to double rounding of the MJD. */
    static final double LEAP_TOLERANCE_S = 2e-6;
    /** TCB → UTC: exact except the truncated TDB − TT series (neglected terms ≤ 10 μs). */
    static final double TCB_TOLERANCE_S = 20e-6;

    @Test
    void utcToTaiIncludingTheLeapSecondDays() {
        assertConversion("utc_to_tai", TimeScales::mjdTaiFromUtc, 0.0, LEAP_TOLERANCE_S);
    }

    @Test
    void utcToTt() {
        assertConversion("utc_to_tt", TimeScales::mjdTtFromUtc, 0.0, LEAP_TOLERANCE_S);
    }

    @Test
    void taiToUtcForPanStarrsTimes() {
        assertConversion("tai_to_utc", TimeScales::mjdUtcFromTai, 0.0, LEAP_TOLERANCE_S);
    }

    @Test
    void gaiaTcbToUtc() {
        double origin = Mjd.fromJd(SurveyTimes.GAIA_TIME_ORIGIN_JD);
        assertConversion("gaia_tcb_days_to_utc", days -> TimeScales.mjdUtcFromTcb(origin + days), origin,
                TCB_TOLERANCE_S);
    }

    @Test
    void gaiaTcbToTtThroughTdb() {
        double origin = Mjd.fromJd(SurveyTimes.GAIA_TIME_ORIGIN_JD);
        assertConversion("gaia_tcb_days_to_tt", days -> TimeScales.mjdTtFromTdb(TimeScales.mjdTdbFromTcb(origin + days)),
                origin, TCB_TOLERANCE_S);
    }

    @Test
    void roundTripsAreExactToDoublePrecision() {
        for (double mjd = 55197.0; mjd < 61400; mjd += 17.123) {
            assertEquals(mjd, TimeScales.mjdUtcFromTai(TimeScales.mjdTaiFromUtc(mjd)), 1e-11);
            assertEquals(mjd, TimeScales.mjdUtcFromTt(TimeScales.mjdTtFromUtc(mjd)), 1e-11);
            assertEquals(mjd, TimeScales.mjdTtFromTdb(TimeScales.mjdTdbFromTt(mjd)), 1e-11);
        }
        // within the leap-second day 2016-12-31 and across its end
        for (double mjd = 57753.9; mjd < 57754.1; mjd += 0.00123) {
            assertEquals(mjd, TimeScales.mjdUtcFromTai(TimeScales.mjdTaiFromUtc(mjd)), 1e-11);
        }
    }

    @Test
    void theIau2006DefinitionAtItsFixedPoint() {
        // At T0 (1977-01-01T00:00:32.184 TAI) TDB = TCB + TDB0 by construction (0.6 μs: one ulp of the MJD)
        double t0 = TimeScales.T0_MJD;
        assertEquals(TimeScales.TDB0_SECONDS, (TimeScales.mjdTdbFromTcb(t0) - t0) * 86400.0, 1e-6);
        // and TCB gains L_B · 86400 s ≈ 1.34 ms per day on TDB
        double rate = (TimeScales.mjdTdbFromTcb(t0 + 1000) - TimeScales.mjdTdbFromTcb(t0)) - 1000;
        assertEquals(-TimeScales.L_B * 1000 * 86400, rate * 86400, 1e-7);
    }

    /** Asserts every row of a kind within tolerance and prints the worst difference, seconds. */
    private static void assertConversion(String kind, DoubleUnaryOperator convert, double inputToMjd, double toleranceS) {
        double worst = 0;
        for (Map<String, String> row : REFERENCE.where("kind", kind)) {
            double input = number(row, "input");
            double expected = number(row, "output_minus_input_s");
            double actual = (convert.applyAsDouble(input) - (input + inputToMjd)) * 86400.0;
            assertEquals(expected, actual, toleranceS, kind + " at " + input);
            worst = Math.max(worst, Math.abs(expected - actual));
        }
        System.out.printf("%s worst |Δ| vs astropy: %.2e s%n", kind, worst);
    }
}
