package org.ztfkit.features;

import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealVector;

/**
 * The crate's {@code ParabolaFit}: weighted least squares m = a t² + b t + c (times relative to their mean, which
 * leaves a and the extremum value unchanged); outputs g = a, the extremum value m0 = c − b²/(4a) and χ²/(N−3).
 */
final class ParabolaFit extends Feature {
    @Override
    public List<String> names() {
        return List.of("parabola_fit_g", "parabola_fit_m0", "parabola_fit_reduced_chi2");
    }

    @Override
    public int minimumPoints() {
        return 4;
    }

    @Override
    boolean requiresVariability() {
        return true;
    }

    @Override
    void evaluate(Sample s, double[] out, int offset) {
        double t0 = 0;
        for (double x : s.t) {
            t0 += x;
        }
        t0 /= s.n;
        double[][] a = new double[3][3];
        double[] b = new double[3];
        for (int i = 0; i < s.n; i++) {
            double x = s.t[i] - t0;
            double[] row = {x * x, x, 1};
            for (int p = 0; p < 3; p++) {
                b[p] += s.w[i] * row[p] * s.m[i];
                for (int q = 0; q < 3; q++) {
                    a[p][q] += s.w[i] * row[p] * row[q];
                }
            }
        }
        RealVector coef = new LUDecomposition(new Array2DRowRealMatrix(a, false)).getSolver()
                .solve(new ArrayRealVector(b, false));
        double g = coef.getEntry(0), lin = coef.getEntry(1), c = coef.getEntry(2);
        double m0 = c - lin * lin / (4 * g);
        if (!Double.isFinite(m0)) {
            throw undefined("parabola_fit_m0", "the curvature is zero (a straight light curve)");
        }
        double chi2 = 0;
        for (int i = 0; i < s.n; i++) {
            double x = s.t[i] - t0;
            double r = s.m[i] - (g * x * x + lin * x + c);
            chi2 += s.w[i] * r * r;
        }
        out[offset] = g;
        out[offset + 1] = m0;
        out[offset + 2] = chi2 / (s.n - 3);
    }
}
