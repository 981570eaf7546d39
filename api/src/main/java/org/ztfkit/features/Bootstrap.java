package org.ztfkit.features;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.ztfkit.errors.InvalidInputException;

/**
 * The crate's {@code Bootstrap} meta-feature: the sub-features on the light curve, then on {@code resamples}
 * resamples drawn with replacement (same length); each value is followed by the sample standard deviation of its
 * resampled values ({@code bootstrap_<name>}, {@code bootstrap_<name>_sigma}) or by their type-5 quantiles
 * ({@code bootstrap_<name>_quantile_<100q>}). As in the crate, features that need time order or non-constant values
 * are refused, since resampling duplicates points. The resamples come from {@link SplittableRandom} with the given
 * seed, so values are reproducible but not the crate's (which uses Rust's StdRng).
 */
final class Bootstrap extends Feature {
    private final int resamples;
    private final long seed;
    private final float[] quantiles;
    private final List<Feature> features;
    private final List<String> names;
    private final int inner;

    Bootstrap(int resamples, long seed, float[] quantiles, List<Feature> features) {
        if (resamples < 2) {
            throw InvalidInputException.of("resamples", "at least 2", resamples, "");
        }
        for (float q : quantiles) {
            if (!(q >= 0 && q <= 1)) {
                throw InvalidInputException.of("bootstrap quantile", "in [0, 1]", q, "");
            }
        }
        for (Feature f : features) {
            if (f.requiresVariability() || f.requiresTimeOrder()) {
                throw InvalidInputException.of("bootstrapped feature", "one that needs neither time order nor "
                        + "non-constant values", f.names(), "resampling duplicates points; bootstrap another feature");
            }
        }
        this.resamples = resamples;
        this.seed = seed;
        this.quantiles = quantiles;
        this.features = List.copyOf(features);
        List<String> n = new ArrayList<>();
        int count = 0;
        for (Feature f : features) {
            for (String name : f.names()) {
                count++;
                n.add("bootstrap_" + name);
                if (quantiles.length == 0) {
                    n.add("bootstrap_" + name + "_sigma");
                }
                for (float q : quantiles) {
                    n.add("bootstrap_" + name + "_quantile_" + (long) Math.rint(100.0 * q));
                }
            }
        }
        this.names = List.copyOf(n);
        this.inner = count;
    }

    @Override
    public List<String> names() {
        return names;
    }

    @Override
    public int minimumPoints() {
        return Math.max(1, features.stream().mapToInt(Feature::minimumPoints).max().orElse(1));
    }

    @Override
    boolean requiresVariability() {
        return false;
    }

    @Override
    boolean requiresTimeOrder() {
        return false;
    }

    @Override
    void evaluate(Sample s, double[] out, int offset) {
        double[] original = evaluateAll(s);
        double[][] columns = new double[inner][resamples];
        SplittableRandom rng = new SplittableRandom(seed);
        double[] t = new double[s.n];
        double[] m = new double[s.n];
        double[] w = new double[s.n];
        for (int r = 0; r < resamples; r++) {
            for (int k = 0; k < s.n; k++) {
                int i = rng.nextInt(s.n);
                t[k] = s.t[i];
                m[k] = s.m[i];
                w[k] = s.w[i];
            }
            double[] values = evaluateAll(new Sample(t.clone(), m.clone(), w.clone()));
            for (int j = 0; j < inner; j++) {
                columns[j][r] = values[j];
            }
        }
        int k = offset;
        for (int j = 0; j < inner; j++) {
            out[k++] = original[j];
            if (quantiles.length == 0) {
                out[k++] = Sample.unweighted(columns[j], columns[j]).std();
            } else {
                Arrays.sort(columns[j]);
                for (float q : quantiles) {
                    out[k++] = Sample.quantile(columns[j], q);
                }
            }
        }
    }

    private double[] evaluateAll(Sample s) {
        double[] values = new double[inner];
        int k = 0;
        for (Feature f : features) {
            f.evaluateChecked(s, values, k);
            k += f.size();
        }
        return values;
    }
}
