package org.ztfkit.fit;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/**
 * The weighted design (or Jacobian) matrix J of a least-squares problem, rows = points divided by their errors,
 * columns = parameters. Decomposed once by SVD after scaling every column to unit length, so that a badly scaled
 * parameter (an amplitude in μJy beside a time in days) is not mistaken for a degenerate one; the problem is
 * singular when the scaled condition number exceeds {@value #MAX_CONDITION}. Gives the least-squares solution and
 * the covariance {@code (JᵀJ)⁻¹}.
 */
final class DesignMatrix {
    static final double MAX_CONDITION = 1e10;

    private final double[] columnScale;
    private final SingularValueDecomposition svd;

    private DesignMatrix(double[] columnScale, SingularValueDecomposition svd) {
        this.columnScale = columnScale;
        this.svd = svd;
    }

    /**
     * @param model        the model's name, for the error message
     * @param names        the parameter names, one per column
     * @param weighted     rows = points (already divided by their errors), columns = parameters; not modified
     * @param degeneracyHint what usually makes this model degenerate, ending the message's advice
     * @throws FitFailedException {@link FitFailedException.Reason#SINGULAR_MATRIX} naming the parameters that the
     *                            data cannot separate
     */
    static DesignMatrix decompose(String model, List<String> names, double[][] weighted, String degeneracyHint) {
        int n = weighted.length;
        int k = names.size();
        double[] scale = new double[k];
        for (int j = 0; j < k; j++) {
            double sum = 0;
            for (double[] row : weighted) {
                sum += row[j] * row[j];
            }
            scale[j] = Math.sqrt(sum);
        }
        List<String> unconstrained = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            if (scale[j] == 0) {
                unconstrained.add(names.get(j));
            }
        }
        if (!unconstrained.isEmpty()) {
            throw singular(model, "the model does not depend on " + String.join(", ", unconstrained)
                    + " at any of the observed times", degeneracyHint);
        }
        double[][] scaled = new double[n][k];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < k; j++) {
                scaled[i][j] = weighted[i][j] / scale[j];
            }
        }
        SingularValueDecomposition svd = new SingularValueDecomposition(new Array2DRowRealMatrix(scaled, false));
        double[] s = svd.getSingularValues();
        if (s[k - 1] * MAX_CONDITION <= s[0]) {
            throw singular(model, "the data cannot separate " + String.join(", ", degenerate(names, svd))
                    + String.format(" (condition number %.1e)", s[0] / s[k - 1]), degeneracyHint);
        }
        return new DesignMatrix(scale, svd);
    }

    /** The parameters that make up the near-null directions of the scaled matrix. */
    private static List<String> degenerate(List<String> names, SingularValueDecomposition svd) {
        double[] s = svd.getSingularValues();
        RealMatrix v = svd.getV();
        List<String> involved = new ArrayList<>();
        for (int c = 0; c < s.length; c++) {
            if (s[c] * MAX_CONDITION > s[0]) {
                continue;
            }
            for (int j = 0; j < names.size(); j++) {
                if (Math.abs(v.getEntry(j, c)) >= 0.1 && !involved.contains(names.get(j))) {
                    involved.add(names.get(j));
                }
            }
        }
        return involved;
    }

    private static FitFailedException singular(String model, String detail, String degeneracyHint) {
        return new FitFailedException(model, FitFailedException.Reason.SINGULAR_MATRIX, detail,
                "add observations that constrain every parameter, or use a model with fewer parameters; "
                        + degeneracyHint);
    }

    /** The parameters minimising |J x − b|² for weighted targets {@code b}. */
    double[] solve(double[] weightedTarget) {
        double[] x = svd.getSolver().solve(new ArrayRealVector(weightedTarget, false))
                .toArray();
        for (int j = 0; j < x.length; j++) {
            x[j] /= columnScale[j];
        }
        return x;
    }

    /** {@code (JᵀJ)⁻¹}: the parameter covariance when the errors are the true 1σ errors. */
    double[][] covariance() {
        double[] s = svd.getSingularValues();
        RealMatrix v = svd.getV();
        int k = s.length;
        double[][] c = new double[k][k];
        for (int a = 0; a < k; a++) {
            for (int b = 0; b <= a; b++) {
                double sum = 0;
                for (int m = 0; m < k; m++) {
                    sum += v.getEntry(a, m) * v.getEntry(b, m) / (s[m] * s[m]);
                }
                c[a][b] = sum / (columnScale[a] * columnScale[b]);
                c[b][a] = c[a][b];
            }
        }
        return c;
    }
}
