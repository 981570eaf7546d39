package org.ztfkit.features;

import java.util.ArrayList;
import java.util.Arrays;
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

    /** Finite rows sorted by time, weights 1/err² (1 without errors). */
    static Sample prepare(double[] t, double[] m, double[] err) {
        int n = t.length;
        if (m.length != n || (err != null && err.length != n)) {
            throw InvalidInputException.of("array lengths", "equal", "t:" + n + " m:" + m.length
                    + (err == null ? "" : " err:" + err.length), "pass one value per observation");
        }
        long[] keys = new long[n];
        double[] tt = new double[n];
        int kept = 0;
        for (int i = 0; i < n; i++) {
            double e = err == null ? 1 : err[i];
            if (!Double.isFinite(t[i]) || !Double.isFinite(m[i]) || !Double.isFinite(e)) {
                continue;
            }
            if (e <= 0) {
                throw InvalidInputException.of("err[" + i + "]", "positive", e,
                        "drop observations without a valid error");
            }
            tt[kept] = t[i];
            keys[kept] = i;
            kept++;
        }
        Integer[] order = new Integer[kept];
        for (int i = 0; i < kept; i++) {
            order[i] = i;
        }
        final double[] times = tt;
        Arrays.sort(order, (a, b) -> Double.compare(times[a], times[b]));
        double[] st = new double[kept];
        double[] sm = new double[kept];
        double[] sw = new double[kept];
        for (int i = 0; i < kept; i++) {
            int row = (int) keys[order[i]];
            st[i] = t[row];
            sm[i] = m[row];
            double e = err == null ? 1 : err[row];
            sw[i] = 1 / (e * e);
        }
        return new Sample(st, sm, sw);
    }

    @Override
    public String toString() {
        return "FeatureExtractor[" + names.size() + " features: " + String.join(", ", names) + "]";
    }
}
