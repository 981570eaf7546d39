package org.ztfkit.sky;

/**
 * ICRS ↔ Galactic conversion as astropy defines the Galactic frame: the IAU 1958 system given in FK5 J2000 by the
 * north Galactic pole (RA 192.8594812065348°, Dec 27.12825118085622°) and the longitude of the north celestial pole
 * (122.9319185680026°), reached from the ICRS through the ICRS → FK5 frame bias (η0 = −19.9 mas, ξ0 = 9.1 mas,
 * dα0 = −22.9 mas). The tests check it against astropy to better than a milliarcsecond.
 */
public final class Galactic {
    private static final double NGP_RA = 192.8594812065348;
    private static final double NGP_DEC = 27.12825118085622;
    private static final double NCP_LON = 122.9319185680026;
    private static final double MAS = 1.0 / 3_600_000.0;

    /** Rows: Galactic x, y, z axes in ICRS components. */
    private static final double[][] ICRS_TO_GALACTIC = multiply(
            multiply(rotation(180.0 - NCP_LON, 2), multiply(rotation(90.0 - NGP_DEC, 1), rotation(NGP_RA, 2))),
            multiply(rotation(19.9 * MAS, 0), multiply(rotation(9.1 * MAS, 1), rotation(-22.9 * MAS, 2))));

    private Galactic() {
    }

    /** The passive rotation by {@code deg} about axis 0 (x), 1 (y) or 2 (z), as astropy's rotation_matrix. */
    private static double[][] rotation(double deg, int axis) {
        double c = Math.cos(Math.toRadians(deg));
        double s = Math.sin(Math.toRadians(deg));
        return switch (axis) {
            case 0 -> new double[][] {{1, 0, 0}, {0, c, s}, {0, -s, c}};
            case 1 -> new double[][] {{c, 0, -s}, {0, 1, 0}, {s, 0, c}};
            default -> new double[][] {{c, s, 0}, {-s, c, 0}, {0, 0, 1}};
        };
    }

    private static double[][] multiply(double[][] a, double[][] b) {
        double[][] out = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                for (int k = 0; k < 3; k++) {
                    out[i][j] += a[i][k] * b[k][j];
                }
            }
        }
        return out;
    }
    public static GalacticPosition fromIcrs(SkyPosition p) {
        double[] v = unit(p.ra(), p.dec());
        double[] g = multiply(ICRS_TO_GALACTIC, v, false);
        double[] lb = angles(g);
        return new GalacticPosition(lb[0], lb[1]);
    }

    public static SkyPosition toIcrs(GalacticPosition g) {
        double[] v = unit(g.l(), g.b());
        double[] e = multiply(ICRS_TO_GALACTIC, v, true);
        double[] radec = angles(e);
        return new SkyPosition(radec[0], radec[1]);
    }

    private static double[] unit(double lonDeg, double latDeg) {
        double lon = Math.toRadians(lonDeg);
        double lat = Math.toRadians(latDeg);
        return new double[] {Math.cos(lat) * Math.cos(lon), Math.cos(lat) * Math.sin(lon), Math.sin(lat)};
    }

    private static double[] multiply(double[][] m, double[] v, boolean transpose) {
        double[] out = new double[3];
        for (int i = 0; i < 3; i++) {
            double sum = 0;
            for (int j = 0; j < 3; j++) {
                sum += (transpose ? m[j][i] : m[i][j]) * v[j];
            }
            out[i] = sum;
        }
        return out;
    }

    private static double[] angles(double[] v) {
        double lon = Math.toDegrees(Math.atan2(v[1], v[0]));
        if (lon < 0) {
            lon += 360.0;
        }
        if (lon >= 360.0) {
            lon = 0.0;
        }
        double lat = Math.toDegrees(Math.atan2(v[2], Math.hypot(v[0], v[1])));
        return new double[] {lon, lat};
    }
}
