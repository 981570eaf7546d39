package org.ztfkit.features;

import java.util.List;

/**
 * Straight-line least squares (Press et al., Numerical Recipes §15.2), as the crate's {@code fit_straight_line}:
 * {@code LinearFit} weights by w = 1/δ² and reports slope, σ_slope = sqrt(1/S_tt) and χ²/(N−2); {@code LinearTrend}
 * ignores errors and reports slope, σ_slope = sqrt(χ²/(N−2)/S_tt) and the residual noise sqrt(χ²/(N−2)).
 */
final class LineFit extends Feature {
    private final boolean weighted;
    private final List<String> names;

    LineFit(boolean weighted, boolean withNoise) {
        this.weighted = weighted;
        this.names = weighted ? List.of("linear_fit_slope", "linear_fit_slope_sigma", "linear_fit_reduced_chi2")
                : withNoise ? List.of("linear_trend", "linear_trend_sigma", "linear_trend_noise")
                : List.of("linear_trend", "linear_trend_sigma");
    }

    @Override
    public List<String> names() {
        return names;
    }

    @Override
    public int minimumPoints() {
        return 3;
    }

    @Override
    boolean requiresVariability() {
        return false;
    }

    @Override
    void evaluate(Sample s, double[] out, int offset) {
        double sw = 0, st = 0, sm = 0;
        for (int i = 0; i < s.n; i++) {
            double w = weighted ? s.w[i] : 1;
            sw += w;
            st += w * s.t[i];
            sm += w * s.m[i];
        }
        double stt = 0, stm = 0;
        for (int i = 0; i < s.n; i++) {
            double w = weighted ? s.w[i] : 1;
            double dt = s.t[i] - st / sw;
            stt += w * dt * dt;
            stm += w * dt * s.m[i];
        }
        double slope = stm / stt;
        double intercept = (sm - st * slope) / sw;
        double chi2 = 0;
        for (int i = 0; i < s.n; i++) {
            double r = s.m[i] - intercept - slope * s.t[i];
            chi2 += r * r * (weighted ? s.w[i] : 1);
        }
        double reduced = chi2 / (s.n - 2);
        double sigma2 = weighted ? 1 / stt : reduced / stt;
        out[offset] = slope;
        out[offset + 1] = Math.sqrt(sigma2);
        if (names.size() == 3) {
            out[offset + 2] = weighted ? reduced : Math.sqrt(reduced);
        }
    }
}
