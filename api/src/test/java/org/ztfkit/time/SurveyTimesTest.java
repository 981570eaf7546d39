package org.ztfkit.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ztfkit.time.ReferenceCsv.number;

import java.io.IOException;
import java.util.Map;
import java.util.function.ToDoubleBiFunction;
import org.junit.jupiter.api.Test;
import org.ztfkit.RealData;
import org.ztfkit.sky.SkyPosition;
import uk.ac.starlink.table.RowSequence;
import uk.ac.starlink.table.StarTable;
import uk.ac.starlink.table.StarTableFactory;

/**
 * The survey conversions against astropy ({@code light_travel_time.csv}: the same steps done with astropy
 * {@code Time}: + 15 s, {@code .light_travel_time(…, 'heliocentric', location)}, {@code .utc}) and against IRSA's
 * own {@code hjd} column in a real ZTF DR light curve.
 */
class SurveyTimesTest {
    static final ReferenceCsv REFERENCE = ReferenceCsv.read("light_travel_time.csv");
    /** Light-travel time (≤ 1.2 ms, see LightTravelTimeTest) plus double rounding of a JD (40 μs). */
    static final double TOLERANCE_S = 0.002;

    @Test
    void ztfAlertJdToHmjd() {
        assertHmjd("ztf_alert_jd_to_hmjd", SurveyTimes::hmjdFromZtfAlertJd, "ZTF alert JD → HMJD");
    }

    @Test
    void panStarrsTaiToHmjd() {
        assertHmjd("ps1_tai_mjd_to_hmjd", SurveyTimes::hmjdFromPs1ObsTimeMjdTai, "Pan-STARRS TAI → HMJD");
    }

    private static void assertHmjd(String kind, ToDoubleBiFunction<Double, SkyPosition> toHmjd, String label) {
        double worst = 0;
        for (Map<String, String> row : REFERENCE.where("kind", kind)) {
            double error = (toHmjd.applyAsDouble(number(row, "input"), position(row)) - number(row, "output_mjd"))
                    * 86400;
            assertEquals(0.0, error, TOLERANCE_S, row.toString());
            worst = Math.max(worst, Math.abs(error));
        }
        System.out.printf("%s worst |Δ| vs astropy: %.2e s%n", label, worst);
    }

    @Test
    void gaiaTimeToUtcMjd() {
        for (Map<String, String> row : ReferenceCsv.read("time_scales.csv").where("kind", "gaia_tcb_days_to_utc")) {
            double actual = SurveyTimes.mjdUtcFromGaiaTimeDaysTcb(number(row, "input"));
            assertEquals(number(row, "output_mjd"), actual, 20e-6 / 86400, row.toString());
        }
    }

    @Test
    void hmjdBackToTheAlertsExposureStart() {
        // astropy's HMJD of an alert must come back to the alert's own JD (the inverse used for image paths)
        for (Map<String, String> row : REFERENCE.where("kind", "ztf_alert_jd_to_hmjd")) {
            double start = SurveyTimes.ztfExposureStartMjdUtcFromHmjd(number(row, "output_mjd"), position(row));
            assertEquals(Mjd.fromJd(number(row, "input")), start, TOLERANCE_S / 86400, row.toString());
            double mid = SurveyTimes.ztfMidExposureMjdUtcFromHmjd(number(row, "output_mjd"), position(row));
            assertEquals(15.0, (mid - start) * 86400, 1e-6);
        }
    }

    @Test
    void inverseIsExactForEveryGeometry() {
        SkyPosition[] positions = {SkyPosition.of(247.45543, 24.77282), SkyPosition.of(90, -66.56),
            SkyPosition.of(0, 0), SkyPosition.of(180, 0)};
        for (SkyPosition p : positions) {
            for (double hmjd = 55197.3; hmjd < 61400; hmjd += 37.77) {
                double mjdUtc = SurveyTimes.mjdUtcFromHmjd(hmjd, p, Observatory.PALOMAR);
                assertEquals(hmjd, SurveyTimes.hmjdFromMjdUtc(mjdUtc, p, Observatory.PALOMAR), 1e-6 / 86400);
            }
        }
    }

    /**
     * IRSA's ZTF light-curve service gives both {@code mjd} (observer, UTC) and {@code hjd} "computed from mjd and
     * the mean ra and dec": our light time toward the object's mean position must reproduce {@code hjd − mjd}.
     */
    @Test
    void irsaHeliocentricDatesOfARealLightCurve() throws IOException {
        StarTable table = new StarTableFactory().makeStarTable(
                RealData.file("lightcurves/ztf_dr/TimeSeriesZTF_irsa.xml").toString(), "votable");
        Map<Long, SkyPosition> meanPosition = Map.of(686103400034440L, SkyPosition.of(298.002521, 29.871470),
                686103400106565L, SkyPosition.of(298.003745, 29.870628));
        int rows = 0;
        double worst = 0;
        try (RowSequence seq = table.getRowSequence()) {
            while (seq.next()) {
                long oid = ((Number) seq.getCell(0)).longValue();
                double hjd = ((Number) seq.getCell(2)).doubleValue();
                double mjd = ((Number) seq.getCell(3)).doubleValue();
                double expected = (Mjd.fromJd(hjd) - mjd) * 86400;
                double actual = LightTravelTime.heliocentricSeconds(mjd, meanPosition.get(oid), Observatory.PALOMAR);
                assertEquals(expected, actual, 0.01, "oid " + oid + " mjd " + mjd);
                worst = Math.max(worst, Math.abs(expected - actual));
                rows++;
            }
        }
        assertEquals(297, rows, "MANIFEST.md: 297 rows");
        assertTrue(worst > 0, "the comparison compared something");
        System.out.printf("IRSA hjd − mjd worst |Δ| vs ours: %.2e s over %d epochs%n", worst, rows);
    }

    private static SkyPosition position(Map<String, String> row) {
        return SkyPosition.of(number(row, "ra"), number(row, "dec"));
    }
}
