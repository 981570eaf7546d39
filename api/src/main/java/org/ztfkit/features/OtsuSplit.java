package org.ztfkit.features;

import java.util.List;

/**
 * The crate's {@code OtsuSplit}: the sorted values are split where the inter-class variance w₁w₂(μ₁ − μ₂)² is
 * largest (the first such split; Otsu 1979); outputs the difference of the subset means, the subsets' sample standard
 * deviations (0 for a single point) and the fraction of points in the lower subset.
 */
final class OtsuSplit extends Feature {
    @Override
    public List<String> names() {
        return List.of("otsu_mean_diff", "otsu_std_lower", "otsu_std_upper", "otsu_lower_to_all_ratio");
    }

    @Override
    public int minimumPoints() {
        return 2;
    }

    @Override
    boolean requiresVariability() {
        return true;
    }

    @Override
    boolean requiresTimeOrder() {
        return false;
    }

    @Override
    void evaluate(Sample s, double[] out, int offset) {
        double[] x = s.sorted();
        int n = s.n;
        double total = 0;
        for (double v : x) {
            total += v;
        }
        double lowerSum = 0;
        int best = 0;
        double bestVariance = Double.NEGATIVE_INFINITY;
        for (int k = 1; k < n; k++) {
            lowerSum += x[k - 1];
            double w1 = (double) k / n;
            double diff = lowerSum / k - (total - lowerSum) / (n - k);
            double variance = w1 * (1 - w1) * diff * diff;
            if (variance > bestVariance) {
                bestVariance = variance;
                best = k;
            }
        }
        double[] lower = stats(x, 0, best);
        double[] upper = stats(x, best, n);
        out[offset] = upper[0] - lower[0];
        out[offset + 1] = lower[1];
        out[offset + 2] = upper[1];
        out[offset + 3] = (double) best / n;
    }

    /** Mean and sample standard deviation (0 for one point) of x[from…to). */
    private static double[] stats(double[] x, int from, int to) {
        int len = to - from;
        double mean = 0;
        for (int i = from; i < to; i++) {
            mean += x[i];
        }
        mean /= len;
        if (len == 1) {
            return new double[] {mean, 0};
        }
        double ss = 0;
        for (int i = from; i < to; i++) {
            ss += (x[i] - mean) * (x[i] - mean);
        }
        return new double[] {mean, Math.sqrt(ss / (len - 1))};
    }
}
