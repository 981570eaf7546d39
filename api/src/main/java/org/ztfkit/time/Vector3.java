package org.ztfkit.time;

import java.util.Locale;
import org.ztfkit.sky.SkyPosition;

/**
 * A Cartesian vector in the ICRS axes (x toward RA 0, z toward the north celestial pole); the unit is the caller's
 * (the ephemeris uses au).
 *
 * <pre>{@code
 * Vector3 n = Vector3.toward(SkyPosition.of(247.45543, 24.77282));
 * SolarEphemeris.earthHeliocentricAu(60000.0).dot(n);   // au toward the source
 * }</pre>
 */
public record Vector3(double x, double y, double z) {
    /** The unit vector toward a sky position. */
    public static Vector3 toward(SkyPosition position) {
        double ra = Math.toRadians(position.ra());
        double dec = Math.toRadians(position.dec());
        double cosDec = Math.cos(dec);
        return new Vector3(cosDec * Math.cos(ra), cosDec * Math.sin(ra), Math.sin(dec));
    }

    public Vector3 plus(Vector3 other) {
        return new Vector3(x + other.x, y + other.y, z + other.z);
    }

    public Vector3 minus(Vector3 other) {
        return new Vector3(x - other.x, y - other.y, z - other.z);
    }

    public Vector3 times(double factor) {
        return new Vector3(x * factor, y * factor, z * factor);
    }

    public double dot(Vector3 other) {
        return x * other.x + y * other.y + z * other.z;
    }

    public double norm() {
        return Math.sqrt(dot(this));
    }

    /** This vector rotated about the z axis by {@code angleRad} (counter-clockwise seen from +z). */
    Vector3 rotatedAboutZ(double angleRad) {
        double c = Math.cos(angleRad);
        double s = Math.sin(angleRad);
        return new Vector3(c * x - s * y, s * x + c * y, z);
    }

    /** This vector rotated about the x axis by {@code angleRad}. */
    Vector3 rotatedAboutX(double angleRad) {
        double c = Math.cos(angleRad);
        double s = Math.sin(angleRad);
        return new Vector3(x, c * y - s * z, s * y + c * z);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "(%.9f, %.9f, %.9f)", x, y, z);
    }
}
