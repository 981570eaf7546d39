package org.ztfkit.sky;

/**
 * ICRS ↔ Galactic conversion by the rotation matrix of the Hipparcos catalogue (ESA 1997, vol. 1, §1.5.3), which
 * defines the Galactic frame from the ICRS. It agrees with astropy's {@code Galactic} frame to a few
 * milliarcseconds (the tests check it against astropy values).
 */
public final class Galactic {
    /** Rows: Galactic x, y, z axes in ICRS components. */
    private static final double[][] ICRS_TO_GALACTIC = {
        {-0.0548755604162154, -0.8734370902348850, -0.4838350155487132},
        {+0.4941094278755837, -0.4448296299600112, +0.7469822444972189},
        {-0.8676661490190047, -0.1980763734312015, +0.4559837761750669},
    };

    private Galactic() {
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
