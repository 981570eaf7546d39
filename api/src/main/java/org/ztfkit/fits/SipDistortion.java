package org.ztfkit.fits;

import java.util.Locale;
import java.util.OptionalDouble;
import org.ztfkit.errors.InvalidInputException;

/**
 * Simple Imaging Polynomial distortion (Shupe et al. 2005): {@code f(u, v) = Σ A_p_q u^p v^q} and
 * {@code g(u, v) = Σ B_p_q u^p v^q} over {@code p + q ≤ order}, added to the pixel offsets {@code (u, v)} from
 * CRPIX before the linear transform. The inverse polynomials {@code AP}/{@code BP}, when present, only give the
 * starting point of an exact Newton inversion.
 */
final class SipDistortion {
    private static final int MAX_ITERATIONS = 50;
    private static final double TOLERANCE_PX = 1e-11;

    private final double[][] a;
    private final double[][] b;
    private final double[][] ap;
    private final double[][] bp;

    private SipDistortion(double[][] a, double[][] b, double[][] ap, double[][] bp) {
        this.a = a;
        this.b = b;
        this.ap = ap;
        this.bp = bp;
    }

    /** The SIP terms of a header whose CTYPEs end in {@code -SIP}; {@code A_ORDER} and {@code B_ORDER} required. */
    static SipDistortion fromHeader(FitsHeader header) {
        return new SipDistortion(coefficients(header, "A", true), coefficients(header, "B", true),
                coefficients(header, "AP", false), coefficients(header, "BP", false));
    }

    private static double[][] coefficients(FitsHeader header, String name, boolean required) {
        OptionalDouble order = header.number(name + "_ORDER");
        if (order.isEmpty()) {
            if (required) {
                throw new InvalidInputException("the header's CTYPEs end in -SIP but " + name
                        + "_ORDER is missing: the SIP distortion cannot be read; fix the header or drop the -SIP"
                        + " suffix to use the plain TAN solution");
            }
            return new double[0][0];
        }
        int n = (int) order.getAsDouble();
        double[][] c = new double[n + 1][n + 1];
        for (int p = 0; p <= n; p++) {
            for (int q = 0; p + q <= n; q++) {
                c[p][q] = header.number(name + "_" + p + "_" + q).orElse(0.0);
            }
        }
        return c;
    }

    /** The distorted offsets {@code (u + f, v + g)} of pixel offsets {@code (u, v)} from CRPIX. */
    double[] apply(double u, double v) {
        return new double[] {u + polynomial(a, u, v), v + polynomial(b, u, v)};
    }

    /** The offsets {@code (u, v)} whose distorted offsets are {@code (uu, vv)}, to 1e-11 px. */
    double[] invert(double uu, double vv) {
        double u = uu + polynomial(ap, uu, vv);
        double v = vv + polynomial(bp, uu, vv);
        for (int i = 0; i < MAX_ITERATIONS; i++) {
            double fu = u + polynomial(a, u, v) - uu;
            double fv = v + polynomial(b, u, v) - vv;
            if (Math.hypot(fu, fv) < TOLERANCE_PX) {
                return new double[] {u, v};
            }
            double j11 = 1 + derivativeU(a, u, v);
            double j12 = derivativeV(a, u, v);
            double j21 = derivativeU(b, u, v);
            double j22 = 1 + derivativeV(b, u, v);
            double det = j11 * j22 - j12 * j21;
            u -= (j22 * fu - j12 * fv) / det;
            v -= (j11 * fv - j21 * fu) / det;
        }
        throw new InvalidInputException(String.format(Locale.ROOT,
                "the SIP distortion could not be inverted at offset (%.1f, %.1f) px from CRPIX: the position is"
                        + " far outside the region the polynomial describes", uu, vv));
    }

    private static double polynomial(double[][] c, double u, double v) {
        double sum = 0;
        for (int p = 0; p < c.length; p++) {
            for (int q = 0; p + q < c.length; q++) {
                if (c[p][q] != 0) {
                    sum += c[p][q] * Math.pow(u, p) * Math.pow(v, q);
                }
            }
        }
        return sum;
    }

    private static double derivativeU(double[][] c, double u, double v) {
        double sum = 0;
        for (int p = 1; p < c.length; p++) {
            for (int q = 0; p + q < c.length; q++) {
                sum += c[p][q] * p * Math.pow(u, p - 1) * Math.pow(v, q);
            }
        }
        return sum;
    }

    private static double derivativeV(double[][] c, double u, double v) {
        double sum = 0;
        for (int p = 0; p < c.length; p++) {
            for (int q = 1; p + q < c.length; q++) {
                sum += c[p][q] * q * Math.pow(u, p) * Math.pow(v, q - 1);
            }
        }
        return sum;
    }

    /** The polynomial order of the forward distortion, e.g. 2. */
    int order() {
        return Math.max(a.length, b.length) - 1;
    }
}
