package org.ztfkit.sky;

import java.util.Locale;
import org.ztfkit.errors.InvalidInputException;

/**
 * An ICRS position in decimal degrees.
 *
 * <pre>{@code
 * SkyPosition p = SkyPosition.of(247.45543, 24.77282);
 * p.separationArcsec(SkyPosition.of(247.45600, 24.77282));   // 1.86…
 * p.toSexagesimal();                                         // "16:29:49.303 +24:46:22.15"
 * p.galactic();                                              // l, b in degrees
 * }</pre>
 *
 * @param ra  right ascension, degrees, in [0, 360)
 * @param dec declination, degrees, in [−90, 90]
 */
public record SkyPosition(double ra, double dec) {
    public SkyPosition {
        if (!(ra >= 0 && ra < 360)) {
            throw InvalidInputException.of("RA", "in [0, 360) degrees", ra, "");
        }
        if (!(dec >= -90 && dec <= 90)) {
            throw InvalidInputException.of("Dec", "in [−90, 90] degrees", dec, "");
        }
    }

    public static SkyPosition of(double raDeg, double decDeg) {
        return new SkyPosition(raDeg, decDeg);
    }

    /** A position from any RA, wrapped into [0, 360). */
    public static SkyPosition wrapped(double raDeg, double decDeg) {
        double ra = raDeg % 360.0;
        if (ra < 0) {
            ra += 360.0;
        }
        if (ra >= 360.0) {
            ra = 0.0;
        }
        return new SkyPosition(ra, decDeg);
    }

    /** The great-circle distance to {@code other}, degrees (Vincenty's formula: exact at all separations). */
    public double separationDeg(SkyPosition other) {
        return separationDeg(ra, dec, other.ra, other.dec);
    }

    /** The great-circle distance to {@code other}, arcseconds. */
    public double separationArcsec(SkyPosition other) {
        return separationDeg(other) * 3600.0;
    }

    /** The great-circle distance between two positions given in degrees, degrees. */
    public static double separationDeg(double ra1, double dec1, double ra2, double dec2) {
        double dra = Math.toRadians(ra2 - ra1);
        double phi1 = Math.toRadians(dec1);
        double phi2 = Math.toRadians(dec2);
        double sinDra = Math.sin(dra);
        double cosDra = Math.cos(dra);
        double sin1 = Math.sin(phi1);
        double cos1 = Math.cos(phi1);
        double sin2 = Math.sin(phi2);
        double cos2 = Math.cos(phi2);
        double num1 = cos2 * sinDra;
        double num2 = cos1 * sin2 - sin1 * cos2 * cosDra;
        double denominator = sin1 * sin2 + cos1 * cos2 * cosDra;
        return Math.toDegrees(Math.atan2(Math.hypot(num1, num2), denominator));
    }

    /** Galactic coordinates of this position. */
    public GalacticPosition galactic() {
        return Galactic.fromIcrs(this);
    }

    /** {@code hh:mm:ss.sss ±dd:mm:ss.ss}. */
    public String toSexagesimal() {
        return Sexagesimal.formatRa(ra) + " " + Sexagesimal.formatDec(dec);
    }

    /** The IAU-style J-name, e.g. {@code J162949.30+244622.2}. */
    public String toJName() {
        return "J" + Sexagesimal.formatRa(ra).replace(":", "").substring(0, 9)
                + Sexagesimal.formatDec(dec).replace(":", "").substring(0, 9);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.5f %+.5f", ra, dec);
    }
}
