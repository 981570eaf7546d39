package org.ztfkit.time;

/**
 * IAU 1976 precession (Lieske et al. 1977; Meeus, Astronomical Algorithms, eq. 21.3): from the mean equator and
 * equinox of date to J2000. Over 2000 ± 30 years it agrees with the IAU 2006 model to ~0.05″; the ICRS–J2000
 * frame bias (0.02″) is neglected.
 */
final class Precession {
    private static final double ARCSEC = Math.PI / (180 * 3600);

    private Precession() {
    }

    /** A vector in the mean equatorial frame of date (TT MJD) expressed in J2000 (≈ ICRS) axes. */
    static Vector3 toJ2000(Vector3 ofDate, double mjdTt) {
        double t = (mjdTt - Mjd.J2000_MJD) / 36525.0;
        double zeta = (2306.2181 + (0.30188 + 0.017998 * t) * t) * t * ARCSEC;
        double z = (2306.2181 + (1.09468 + 0.018203 * t) * t) * t * ARCSEC;
        double theta = (2004.3109 - (0.42665 + 0.041833 * t) * t) * t * ARCSEC;
        // r_date = R3(−z) R2(θ) R3(−ζ) r_J2000, so r_J2000 = R3(ζ) R2(−θ) R3(z) r_date
        Vector3 a = ofDate.rotatedAboutZ(-z);
        double c = Math.cos(theta);
        double s = Math.sin(theta);
        Vector3 b = new Vector3(c * a.x() + s * a.z(), a.y(), -s * a.x() + c * a.z());
        return b.rotatedAboutZ(-zeta);
    }
}
