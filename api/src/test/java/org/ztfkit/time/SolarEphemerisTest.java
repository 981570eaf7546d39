package org.ztfkit.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ztfkit.time.ReferenceCsv.number;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The truncated VSOP87 Earth against astropy's built-in ephemeris (ERFA {@code epv00}, a fit to JPL DE405) every
 * 61 days over 2010–2026 ({@code earth_heliocentric.csv}).
 */
class SolarEphemerisTest {
    /** 3·10⁻⁶ au = 450 km = 1.5 ms of light time (the truncated series is good to ~0.5″; measured 2.4·10⁻⁶ au). */
    static final double TOLERANCE_AU = 3e-6;

    @Test
    void earthPositionMatchesAstropy() {
        double worst = 0;
        for (Map<String, String> row : ReferenceCsv.read("earth_heliocentric.csv").rows()) {
            double mjdTt = number(row, "tt_mjd");
            Vector3 expected = new Vector3(number(row, "x_au"), number(row, "y_au"), number(row, "z_au"));
            double error = SolarEphemeris.earthHeliocentricAu(mjdTt).minus(expected).norm();
            assertTrue(error < TOLERANCE_AU, "Earth at TT MJD " + mjdTt + " off by " + error + " au");
            worst = Math.max(worst, error);
        }
        System.out.printf("Earth heliocentric worst |Δr| vs astropy: %.2e au (%.2f ms of light time)%n", worst,
                worst * SolarEphemeris.AU_LIGHT_TIME_SECONDS * 1e3);
    }

    @Test
    void sunIsTheReversedEarthVector() {
        Vector3 earth = SolarEphemeris.earthHeliocentricAu(58000.0);
        assertEquals(0.0, SolarEphemeris.sunGeocentricAu(58000.0).plus(earth).norm(), 0.0);
    }

    @Test
    void perihelionAndAphelionDistances() {
        // Published: perihelion 2018-01-03 05:35 UT at 0.98329 au, aphelion 2018-07-06 16:47 UT at 1.01670 au
        // (USNO Astronomical Applications: Earth's seasons and apsides 2018)
        assertEquals(0.98329, SolarEphemeris.earthHeliocentricAu(58121.233).norm(), 2e-5);
        assertEquals(1.01670, SolarEphemeris.earthHeliocentricAu(58305.700).norm(), 2e-5);
    }
}
