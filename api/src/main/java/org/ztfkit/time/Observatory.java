package org.ztfkit.time;

import java.util.Locale;
import org.ztfkit.errors.InvalidInputException;

/**
 * An observatory on the WGS84 ellipsoid, for the geocentric part of light-travel-time corrections (at most
 * 21 ms: the Earth's radius over c).
 *
 * <pre>{@code
 * Observatory.PALOMAR.geocentricPositionAu(58500.3);   // ≈ 4·10⁻⁵ au from the geocentre, in ICRS axes
 * }</pre>
 *
 * @param name         a short label
 * @param longitudeDeg east longitude, degrees, in [−180, 360)
 * @param latitudeDeg  geodetic latitude, degrees, in [−90, 90]
 * @param heightM      height above the ellipsoid, metres
 */
public record Observatory(String name, double longitudeDeg, double latitudeDeg, double heightM) {
    /** Palomar (ZTF; MPC code I41), as in the SNAD Viewer. */
    public static final Observatory PALOMAR = new Observatory("Palomar", -116.863, 33.356, 1706.0);
    /** Haleakala (Pan-STARRS1), as in the SNAD Viewer. */
    public static final Observatory HALEAKALA = new Observatory("Haleakala", -156.169, 20.71552, 3048.0);

    private static final double WGS84_A_M = 6378137.0;
    private static final double WGS84_F = 1.0 / 298.257223563;
    static final double AU_M = 149_597_870_700.0;

    public Observatory {
        if (!(longitudeDeg >= -180 && longitudeDeg < 360)) {
            throw InvalidInputException.of("longitudeDeg", "in [−180, 360) degrees east", longitudeDeg, "");
        }
        if (!(latitudeDeg >= -90 && latitudeDeg <= 90)) {
            throw InvalidInputException.of("latitudeDeg", "in [−90, 90] degrees", latitudeDeg, "");
        }
        if (!(Math.abs(heightM) < 100_000)) {
            throw InvalidInputException.of("heightM", "within ±100 km of the ellipsoid", heightM,
                    "give the height in metres");
        }
    }

    /** The site in the Earth-fixed (ITRS) frame, au. */
    Vector3 terrestrialPositionAu() {
        double lat = Math.toRadians(latitudeDeg);
        double lon = Math.toRadians(longitudeDeg);
        double e2 = WGS84_F * (2 - WGS84_F);
        double sinLat = Math.sin(lat);
        double n = WGS84_A_M / Math.sqrt(1 - e2 * sinLat * sinLat);
        double r = (n + heightM) * Math.cos(lat);
        return new Vector3(r * Math.cos(lon), r * Math.sin(lon), (n * (1 - e2) + heightM) * sinLat).times(1 / AU_M);
    }

    /**
     * The site's position relative to the geocentre in ICRS axes, au: rotated by the Greenwich mean sidereal time
     * (IAU 1982, with UT1 ≈ UTC) and precessed from the mean equator of date to J2000. Nutation, polar motion and
     * UT1 − UTC are neglected: together they move the site by under 1 km (3 μs of light time).
     */
    public Vector3 geocentricPositionAu(double mjdUtc) {
        double d = mjdUtc - Mjd.J2000_MJD;
        double t = d / 36525.0;
        double gmstDeg = 280.46061837 + 360.98564736629 * d + t * t * (0.000387933 - t / 38710000.0);
        Vector3 ofDate = terrestrialPositionAu().rotatedAboutZ(Math.toRadians(gmstDeg % 360.0));
        return Precession.toJ2000(ofDate, TimeScales.mjdTtFromUtc(mjdUtc));
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s (lon %.5f°, lat %.5f°, %.0f m)", name, longitudeDeg, latitudeDeg, heightM);
    }
}
