package org.ztfkit.period;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/**
 * The multiband periodogram of VanderPlas &amp; Ivezić (2015), as gatspy's {@code LombScargleMultiband}: at each
 * frequency ω a weighted least-squares model with {@code ntermsBase} harmonics shared by all bands plus, for every
 * band, an offset and {@code ntermsBand} harmonics of its own, is fitted to the data centred on each band's weighted
 * mean; the power is the fraction of the reference χ² it removes, {@code P = (χ²_ref − χ²(ω))/χ²_ref}.
 * <p>
 * Differences from gatspy, both without effect on the model space: the global constant column is left out because the
 * per-band offsets span it, and the normal equations are solved exactly (pseudo-inverse where per-band harmonics
 * repeat shared ones) instead of gatspy's 1e-6·trace regularisation of the band columns. With one band and {@code ntermsBase = 1, ntermsBand = 0} the power equals the
 * standard single-band periodogram.
 * <p>
 * Cost: O(M·(N·K² + K³)) for M frequencies, N points and {@code K = 2·ntermsBase + B·(1 + 2·ntermsBand)} columns
 * (K = 4 for g and r with the defaults); evaluated directly, no FFT.
 */
final class Multiband {
    private Multiband() {
    }

    /**
     * @param t     times (days)
     * @param y     data
     * @param dy    errors (positive)
     * @param band  band index of every point, 0…bands−1, every band present
     * @param bands number of bands
     */
    static double[] power(double[] t, double[] y, double[] dy, int[] band, int bands, FrequencyGrid grid,
            int ntermsBase, int ntermsBand) {
        int n = t.length;
        double tmin = Double.POSITIVE_INFINITY;
        for (double x : t) {
            tmin = Math.min(tmin, x);
        }
        double[] sumW = new double[bands];
        double[] sumWy = new double[bands];
        double[] sw = new double[n];
        for (int i = 0; i < n; i++) {
            double w = 1 / (dy[i] * dy[i]);
            sw[i] = Math.sqrt(w);
            sumW[band[i]] += w;
            sumWy[band[i]] += w * y[i];
        }
        double[] yw = new double[n];
        double chi2ref = 0;
        for (int i = 0; i < n; i++) {
            yw[i] = (y[i] - sumWy[band[i]] / sumW[band[i]]) * sw[i];
            chi2ref += yw[i] * yw[i];
        }
        int perBand = 1 + 2 * ntermsBand;
        int k = 2 * ntermsBase + bands * perBand;
        double[] power = new double[grid.size()];
        double[] row = new double[k];
        double[] sinH = new double[Math.max(ntermsBase, ntermsBand)];
        double[] cosH = new double[sinH.length];
        for (int f = 0; f < grid.size(); f++) {
            double omega = 2 * Math.PI * grid.frequency(f);
            double[][] xtx = new double[k][k];
            double[] xty = new double[k];
            for (int i = 0; i < n; i++) {
                double phase = omega * (t[i] - tmin);
                for (int h = 0; h < sinH.length; h++) {
                    sinH[h] = Math.sin((h + 1) * phase);
                    cosH[h] = Math.cos((h + 1) * phase);
                }
                java.util.Arrays.fill(row, 0);
                for (int h = 0; h < ntermsBase; h++) {
                    row[2 * h] = sinH[h] * sw[i];
                    row[2 * h + 1] = cosH[h] * sw[i];
                }
                int b0 = 2 * ntermsBase + band[i] * perBand;
                row[b0] = sw[i];
                for (int h = 0; h < ntermsBand; h++) {
                    row[b0 + 1 + 2 * h] = sinH[h] * sw[i];
                    row[b0 + 2 + 2 * h] = cosH[h] * sw[i];
                }
                for (int a = 0; a < k; a++) {
                    if (row[a] == 0) {
                        continue;
                    }
                    xty[a] += row[a] * yw[i];
                    for (int b = a; b < k; b++) {
                        xtx[a][b] += row[a] * row[b];
                    }
                }
            }
            for (int a = 0; a < k; a++) {
                for (int b = 0; b < a; b++) {
                    xtx[a][b] = xtx[b][a];
                }
            }
            power[f] = explained(xtx, xty) / chi2ref;
        }
        return power;
    }

    /**
     * {@code Xᵀy · (XᵀX)⁺ · Xᵀy}: the χ² removed by the least-squares fit. Cholesky when XᵀX is positive definite;
     * otherwise (per-band harmonics that repeat shared ones, as in gatspy's default design) the pseudo-inverse, which
     * gives the same projection.
     */
    private static double explained(double[][] xtx, double[] xty) {
        RealVector b = new ArrayRealVector(xty, false);
        Array2DRowRealMatrix a = new Array2DRowRealMatrix(xtx, false);
        RealVector theta;
        try {
            theta = new CholeskyDecomposition(a, 1e-12, 1e-12).getSolver().solve(b);
        } catch (NonPositiveDefiniteMatrixException e) {
            theta = new SingularValueDecomposition(a).getSolver().solve(b);
        }
        return b.dotProduct(theta);
    }
}
