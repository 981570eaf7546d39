package org.ztfkit.features;

import java.util.ArrayList;
import java.util.List;
import org.ztfkit.errors.InvalidInputException;

/**
 * An ordered list of features evaluated together on one light curve (the crate's {@code FeatureExtractor}). Before
 * evaluation, rows whose time, value or error is not finite are dropped, and the rest are sorted by time; errors
 * must be positive (weights are 1/err²).
 *
 * <pre>{@code
 * FeatureExtractor fe = FeatureExtractor.of(Feature.amplitude(), Feature.kurtosis(), Feature.linearFit());
 * fe.names();                           // [amplitude, kurtosis, linear_fit_slope, ...]
 * Features f = fe.extract(t, m, err);   // values by name
 * }</pre>
 */
public final class FeatureExtractor {
    private final List<Feature> features;
    private final List<String> names;

    private FeatureExtractor(List<Feature> features) {
        this.features = List.copyOf(features);
        List<String> n = new ArrayList<>();
        features.forEach(f -> n.addAll(f.names()));
        if (n.stream().distinct().count() != n.size()) {
            throw InvalidInputException.of("feature names", "distinct", n, "remove the repeated feature");
        }
        this.names = List.copyOf(n);
    }

    public static FeatureExtractor of(Feature... features) {
        return new FeatureExtractor(List.of(features));
    }

    public static FeatureExtractor of(List<Feature> features) {
        return new FeatureExtractor(features);
    }

    /** Output names in order. */
    public List<String> names() {
        return names;
    }

    public List<Feature> features() {
        return features;
    }

    /** Features of one light curve; {@code err} may be null for unit weights. */
    public Features extract(double[] t, double[] m, double[] err) {
        return new Features("", names, evaluate(prepare(t, m, err)), null);
    }

    double[] evaluate(Sample s) {
        double[] out = new double[names.size()];
        int k = 0;
        for (Feature f : features) {
            f.evaluateChecked(s, out, k);
            k += f.size();
        }
        return out;
    }

    /**
     * Finite rows sorted by time (stable), weights 1/err² (1 without errors). Light curves usually arrive finite and
     * sorted; then the arrays are used as they are, without copying or sorting.
     */
    static Sample prepare(double[] t, double[] m, double[] err) {
        int n = t.length;
        if (m.length != n || (err != null && err.length != n)) {
            throw InvalidInputException.of("array lengths", "equal", "t:" + n + " m:" + m.length
                    + (err == null ? "" : " err:" + err.length), "pass one value per observation");
        }
        int[] rows = new int[n];
        int kept = 0;
        boolean sorted = true;
        for (int i = 0; i < n; i++) {
            double e = err == null ? 1 : err[i];
            if (!Double.isFinite(t[i]) || !Double.isFinite(m[i]) || !Double.isFinite(e)) {
                continue;
            }
            if (e <= 0) {
                throw InvalidInputException.of("err[" + i + "]", "positive", e,
                        "drop observations without a valid error");
            }
            if (kept > 0 && t[i] < t[rows[kept - 1]]) {
                sorted = false;
            }
            rows[kept++] = i;
        }
        double[] w = new double[kept];
        if (sorted && kept == n) {
            for (int i = 0; i < n; i++) {
                double e = err == null ? 1 : err[i];
                w[i] = 1 / (e * e);
            }
            return new Sample(t, m, w);
        }
        if (!sorted) {
            rows = Sorting.byKey(t, java.util.Arrays.copyOf(rows, kept));
        }
        double[] st = new double[kept];
        double[] sm = new double[kept];
        for (int i = 0; i < kept; i++) {
            int row = rows[i];
            st[i] = t[row];
            sm[i] = m[row];
            double e = err == null ? 1 : err[row];
            w[i] = 1 / (e * e);
        }
        return new Sample(st, sm, w);
    }

    @Override
    public String toString() {
        return "FeatureExtractor[" + names.size() + " features: " + String.join(", ", names) + "]";
    }
}
