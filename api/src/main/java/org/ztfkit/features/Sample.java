package org.ztfkit.features;

import java.util.Arrays;

/**
 * One light curve as features see it: times t (ascending), values m, weights w = 1/δ², with the statistics several
 * features share computed once, on first use (the light-curve-feature crate's {@code TimeSeries}). Conventions
 * (external-services.md §13.3): ⟨m⟩ plain mean, σ_m sample standard deviation with N−1, m̄ weighted mean,
 * χ² = Σ w (m − m̄)², quantiles Hyndman–Fan type 5. Not thread-safe; confined to one extraction.
 */
final class Sample {
    final double[] t;
    final double[] m;
    final double[] w;
    final int n;
    private double mean = Double.NaN;
    private double std2 = Double.NaN;
    private double weightedMean = Double.NaN;
    private double chi2 = Double.NaN;
    private double[] sorted;
    private int flat = -1;

    Sample(double[] t, double[] m, double[] w) {
        this.t = t;
        this.m = m;
        this.w = w;
        this.n = t.length;
    }

    /** A sample with unit weights (the crate's {@code TimeSeries::new_without_weight}). */
    static Sample unweighted(double[] t, double[] m) {
        double[] w = new double[t.length];
        Arrays.fill(w, 1);
        return new Sample(t, m, w);
    }

    double mean() {
        if (Double.isNaN(mean)) {
            double s = 0;
            for (double x : m) {
                s += x;
            }
            mean = s / n;
        }
        return mean;
    }

    /** Sample variance σ_m² with N−1. */
    double std2() {
        if (Double.isNaN(std2)) {
            double mu = mean();
            double s = 0;
            for (double x : m) {
                s += (x - mu) * (x - mu);
            }
            std2 = s / (n - 1);
        }
        return std2;
    }

    double std() {
        return Math.sqrt(std2());
    }

    /** m̄ = Σ w m / Σ w. */
    double weightedMean() {
        if (Double.isNaN(weightedMean)) {
            double sw = 0;
            double swm = 0;
            for (int i = 0; i < n; i++) {
                sw += w[i];
                swm += w[i] * m[i];
            }
            weightedMean = swm / sw;
        }
        return weightedMean;
    }

    /** χ² = Σ w (m − m̄)². */
    double chi2() {
        if (Double.isNaN(chi2)) {
            double mu = weightedMean();
            double s = 0;
            for (int i = 0; i < n; i++) {
                s += (m[i] - mu) * (m[i] - mu) * w[i];
            }
            chi2 = s;
        }
        return chi2;
    }

    /** The values sorted ascending (shared; do not modify). */
    double[] sorted() {
        if (sorted == null) {
            sorted = m.clone();
            Arrays.sort(sorted);
        }
        return sorted;
    }

    double min() {
        return sorted()[0];
    }

    double max() {
        return sorted()[n - 1];
    }

    /** The middle element, or the mean of the two middle ones. */
    double median() {
        return median(sorted());
    }

    static double median(double[] sortedValues) {
        int len = sortedValues.length;
        int i = (len - 1) / 2;
        return len % 2 == 0 ? 0.5 * (sortedValues[i] + sortedValues[i + 1]) : sortedValues[i];
    }

    /** Hyndman–Fan type 5 quantile of the values; see {@link #quantile(double[], float)}. */
    double quantile(float q) {
        return quantile(sorted(), q);
    }

    /**
     * Hyndman–Fan type 5 quantile with the crate's single-precision index: {@code h = N·q − 0.5} computed in float;
     * below 0 → minimum, at or beyond the last index → maximum, otherwise linear interpolation between the ⌊h⌋-th and
     * next element (0-based).
     */
    static double quantile(double[] sortedValues, float q) {
        int len = sortedValues.length;
        float h = len * q - 0.5f;
        float floor = (float) Math.floor(h);
        if (floor < 0) {
            return sortedValues[0];
        }
        int i = (int) floor;
        if (i >= len - 1) {
            return sortedValues[len - 1];
        }
        return sortedValues[i] + (double) (h - floor) * (sortedValues[i + 1] - sortedValues[i]);
    }

    /** All values equal (always true for fewer than two). */
    boolean isFlat() {
        if (flat < 0) {
            flat = 1;
            for (int i = 1; i < n; i++) {
                if (m[i] != m[0]) {
                    flat = 0;
                    break;
                }
            }
        }
        return flat == 1;
    }
}
