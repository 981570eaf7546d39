package org.ztfkit.features;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.special.Erf;
import org.apache.commons.math3.special.Gamma;
import org.ztfkit.errors.InvalidInputException;

/**
 * One light-curve feature of the light-curve-feature crate (external-services.md §13.4), with the crate's output
 * names and conventions (§13.3): weights w = 1/δ², ⟨m⟩ plain mean, σ_m sample standard deviation (N−1), m̄ weighted
 * mean, χ² = Σ w (m − m̄)², Hyndman–Fan type 5 quantiles, parameters in names printed as the crate prints them
 * ({@code inter_percentile_range_25}, {@code beyond_2_std}). A feature works on magnitudes or fluxes alike; it sees
 * time-sorted observations with non-finite rows already dropped (by {@link FeatureExtractor}).
 * <p>
 * Each feature has a minimum number of observations; some also need non-constant values. Evaluating on fewer points,
 * or on constant values where they are needed, raises an {@link InvalidInputException} that names the feature and
 * its minimum.
 *
 * <pre>{@code
 * FeatureExtractor fe = FeatureExtractor.of(Feature.amplitude(), Feature.beyondNStd(2), Feature.stetsonK());
 * Features f = fe.extract(t, mag, magErr);
 * f.get("beyond_2_std");
 * }</pre>
 */
public abstract class Feature {
    Feature() {
    }

    /** Output names, in output order. */
    public abstract List<String> names();

    /** The smallest number of observations the feature is defined for. */
    public abstract int minimumPoints();

    /** Whether constant values make the feature undefined (the crate's {@code variability_required}). */
    abstract boolean requiresVariability();

    /** Whether the feature depends on the order of observations in time (the crate's {@code sorting_required}). */
    boolean requiresTimeOrder() {
        return true;
    }

    /** Writes the outputs to {@code out[offset…]}; the sample has passed {@link #check}. */
    abstract void evaluate(Sample s, double[] out, int offset);

    int size() {
        return names().size();
    }

    /** Checks the sample's size and variability, then evaluates. */
    final void evaluateChecked(Sample s, double[] out, int offset) {
        check(s);
        evaluate(s, out, offset);
    }

    final void check(Sample s) {
        if (s.n < minimumPoints()) {
            throw InvalidInputException.of("number of observations for feature " + label(),
                    "at least " + minimumPoints(), s.n, "use a longer light curve or drop this feature");
        }
        if (requiresVariability() && s.isFlat()) {
            throw InvalidInputException.of("values for feature " + label(), "not all equal", "constant values",
                    "this feature is undefined for a constant light curve");
        }
    }

    String label() {
        List<String> names = names();
        return names.size() == 1 ? names.get(0) : names.get(0) + "…";
    }

    /** An evaluation-time failure (a zero denominator) naming the feature. */
    static InvalidInputException undefined(String feature, String why) {
        return new InvalidInputException("feature " + feature + " is undefined for this light curve: " + why);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + names();
    }

    /** The crate's rendering of a fraction as a percentage in names: {@code 100·q} with no decimals. */
    static String percent(float q) {
        return String.valueOf((long) Math.rint(100.0f * q));
    }

    // ---- single-output features -------------------------------------------------------------------------------

    /** {@code amplitude}: half of (max m − min m). N ≥ 1. */
    public static Feature amplitude() {
        return new Simple(false, "amplitude", 1, false, s -> 0.5 * (s.max() - s.min()));
    }

    /** {@code anderson_darling_normal}: small-sample corrected Anderson–Darling normality statistic. N ≥ 4. */
    public static Feature andersonDarlingNormal() {
        return new Simple(false, "anderson_darling_normal", 4, true, Feature::andersonDarling);
    }

    /** {@code beyond_{n}_std}: fraction of points with |m − ⟨m⟩| > n·σ_m. N ≥ 2. */
    public static Feature beyondNStd(float nstd) {
        positive("nstd", nstd);
        return new Simple(false, "beyond_" + (long) Math.rint(nstd) + "_std", 2, false, s -> {
            double mean = s.mean();
            double threshold = s.std() * nstd;
            int count = 0;
            for (double x : s.m) {
                if (Math.abs(x - mean) > threshold) {
                    count++;
                }
            }
            return (double) count / s.n;
        });
    }

    /** {@code biweight_scale}: Tukey biweight scale around the median with c = 9; 0 when the MAD is 0. N ≥ 1. */
    public static Feature biweightScale() {
        return new Simple(false, "biweight_scale", 1, false, s -> {
            double median = s.median();
            double mad = mad(s, median);
            if (mad <= 0) {
                return 0;
            }
            double scale = 9 * mad;
            double num = 0;
            double den = 0;
            for (double x : s.m) {
                double d = x - median;
                double u2 = (d / scale) * (d / scale);
                if (u2 < 1) {
                    double one = 1 - u2;
                    num += d * d * one * one * one * one;
                    den += one * (1 - 5 * u2);
                }
            }
            return Math.sqrt(s.n * num / (den * den));
        });
    }

    /** {@code chi2_pvar}: Q((N−1)/2, χ²/2), the regularised upper incomplete gamma function. N ≥ 2. */
    public static Feature chi2Pvar() {
        return new Simple(false, "chi2_pvar", 2, false, s -> {
            double q = 1 - Gamma.regularizedGammaP((s.n - 1) / 2.0, s.chi2() / 2);
            return Math.max(0, Math.min(1, q));
        });
    }

    /** {@code cusum}: range of the cumulative sums of (m − ⟨m⟩)/(N·σ_m). N ≥ 2, non-constant. */
    public static Feature cusum() {
        return new Simple(true, "cusum", 2, true, s -> {
            double mean = s.mean();
            double sum = 0;
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (double x : s.m) {
                sum += x - mean;
                min = Math.min(min, sum);
                max = Math.max(max, sum);
            }
            return (max - min) / (s.std() * s.n);
        });
    }

    /** {@code duration}: t_last − t_first. N ≥ 1. */
    public static Feature duration() {
        return new Simple(true, "duration", 1, false, s -> s.t[s.n - 1] - s.t[0]);
    }

    /** {@code eta}: von Neumann ratio Σ(m_{i+1} − m_i)² / ((N−1)·σ_m²). N ≥ 2, non-constant. */
    public static Feature eta() {
        return new Simple(true, "eta", 2, true, s -> {
            double sum = 0;
            for (int i = 1; i < s.n; i++) {
                sum += (s.m[i] - s.m[i - 1]) * (s.m[i] - s.m[i - 1]);
            }
            return sum / (s.n - 1) / s.std2();
        });
    }

    /**
     * {@code eta_e}: (t_last − t_first)²·Σ((m_{i+1} − m_i)/(t_{i+1} − t_i))² / (σ_m²·(N−1)³), terms that are not
     * finite (equal times) skipped. N ≥ 2, non-constant.
     */
    public static Feature etaE() {
        return new Simple(true, "eta_e", 2, true, s -> {
            double sum = 0;
            for (int i = 1; i < s.n; i++) {
                double slope = (s.m[i] - s.m[i - 1]) / (s.t[i] - s.t[i - 1]);
                double sq = slope * slope;
                if (Double.isFinite(sq)) {
                    sum += sq;
                }
            }
            double span = s.t[s.n - 1] - s.t[0];
            double n1 = s.n - 1;
            return span * span * sum / s.std2() / (n1 * n1 * n1);
        });
    }

    /** {@code excess_variance}: (σ_m² − mean(δ²)) / ⟨m⟩², meant for fluxes. N ≥ 2. */
    public static Feature excessVariance() {
        return new Simple(false, "excess_variance", 2, false, s -> {
            double meanErr2 = 0;
            for (double x : s.w) {
                meanErr2 += 1 / x;
            }
            meanErr2 /= s.n;
            return (s.std2() - meanErr2) / (s.mean() * s.mean());
        });
    }

    /** {@code inter_percentile_range_{100q}}: Q(1−q) − Q(q). N ≥ 1. Default q = 0.25. */
    public static Feature interPercentileRange(float q) {
        fraction("q", q);
        return new Simple(false, "inter_percentile_range_" + percent(q), 1, false,
                s -> s.quantile(1.0f - q) - s.quantile(q));
    }

    /** {@code kurtosis}: unbiased excess kurtosis G₂. N ≥ 4, non-constant. */
    public static Feature kurtosis() {
        return new Simple(false, "kurtosis", 4, true, s -> {
            double mean = s.mean();
            double m4 = 0;
            for (double x : s.m) {
                double d = (x - mean) * (x - mean);
                m4 += d * d;
            }
            double n = s.n;
            return m4 / (s.std2() * s.std2()) * n * (n + 1) / ((n - 1) * (n - 2) * (n - 3))
                    - 3 * (n - 1) * (n - 1) / ((n - 2) * (n - 3));
        });
    }

    /**
     * {@code lafler_kinman_string_length}: cyclic Σ(m_{i+1} − m_i)² / (2(N−1)σ_m²), ≈1 for random order, ≪1 for a
     * smooth curve (meant for phase-folded data, e.g. as a periodogram phase feature). N ≥ 2, non-constant.
     */
    public static Feature laflerKinmanStringLength() {
        return new Simple(true, "lafler_kinman_string_length", 2, true, s -> {
            double sum = 0;
            for (int i = 0; i < s.n; i++) {
                double d = s.m[(i + 1) % s.n] - s.m[i];
                sum += d * d;
            }
            return sum / (2 * s.std2() * (s.n - 1));
        });
    }

    /** {@code magnitude_percentage_ratio_{100n}_{100d}}: (Q(1−n) − Q(n)) / (Q(1−d) − Q(d)). N ≥ 2, non-constant. */
    public static Feature magnitudePercentageRatio(float numerator, float denominator) {
        fraction("numerator", numerator);
        fraction("denominator", denominator);
        return new Simple(false, "magnitude_percentage_ratio_" + percent(numerator) + "_" + percent(denominator), 2, true,
                s -> (s.quantile(1.0f - numerator) - s.quantile(numerator))
                        / (s.quantile(1.0f - denominator) - s.quantile(denominator)));
    }

    /** {@code maximum_slope}: max |(m_{i+1} − m_i)/(t_{i+1} − t_i)| over finite slopes. N ≥ 2. */
    public static Feature maximumSlope() {
        return new Simple(true, "maximum_slope", 2, false, s -> {
            double max = Double.NEGATIVE_INFINITY;
            for (int i = 1; i < s.n; i++) {
                double slope = Math.abs((s.m[i] - s.m[i - 1]) / (s.t[i] - s.t[i - 1]));
                if (Double.isFinite(slope)) {
                    max = Math.max(max, slope);
                }
            }
            if (max == Double.NEGATIVE_INFINITY) {
                throw undefined("maximum_slope", "all observations are at the same time");
            }
            return max;
        });
    }

    /** {@code maximum_time_interval}: the largest gap between consecutive times. N ≥ 2. */
    public static Feature maximumTimeInterval() {
        return new Simple(true, "maximum_time_interval", 2, false, s -> {
            double max = 0;
            for (int i = 1; i < s.n; i++) {
                max = Math.max(max, s.t[i] - s.t[i - 1]);
            }
            return max;
        });
    }

    /** {@code minimum_time_interval}: the smallest gap between consecutive times. N ≥ 2. */
    public static Feature minimumTimeInterval() {
        return new Simple(true, "minimum_time_interval", 2, false, s -> {
            double min = Double.POSITIVE_INFINITY;
            for (int i = 1; i < s.n; i++) {
                min = Math.min(min, s.t[i] - s.t[i - 1]);
            }
            return min;
        });
    }

    /** {@code mean}: ⟨m⟩. N ≥ 1. */
    public static Feature mean() {
        return new Simple(false, "mean", 1, false, Sample::mean);
    }

    /** {@code mean_variance}: σ_m / ⟨m⟩. N ≥ 2. */
    public static Feature meanVariance() {
        return new Simple(false, "mean_variance", 2, false, s -> s.std() / s.mean());
    }

    /** {@code median}. N ≥ 1. */
    public static Feature median() {
        return new Simple(false, "median", 1, false, Sample::median);
    }

    /** {@code median_absolute_deviation}: median(|m − median m|). N ≥ 1. */
    public static Feature medianAbsoluteDeviation() {
        return new Simple(false, "median_absolute_deviation", 1, false, s -> mad(s, s.median()));
    }

    /** {@code median_buffer_range_percentage_{100q}}: fraction with |m − median| &lt; q·(max − min)/2. N ≥ 1. */
    public static Feature medianBufferRangePercentage(double q) {
        positive("q", q);
        return new Simple(false, "median_buffer_range_percentage_" + (long) Math.rint(100 * q), 1, false, s -> {
            double median = s.median();
            double threshold = q * 0.5 * (s.max() - s.min());
            int count = 0;
            for (double x : s.m) {
                if (Math.abs(x - median) < threshold) {
                    count++;
                }
            }
            return (double) count / s.n;
        });
    }

    /** {@code observation_count}: N. */
    public static Feature observationCount() {
        return new Simple(false, "observation_count", 0, false, s -> s.n);
    }

    /** {@code percent_amplitude}: max |m − median m|. N ≥ 1. */
    public static Feature percentAmplitude() {
        return new Simple(false, "percent_amplitude", 1, false, s -> {
            double median = s.median();
            return Math.max(s.max() - median, median - s.min());
        });
    }

    /** {@code percent_difference_magnitude_percentile_{100q}}: (Q(1−q) − Q(q)) / median m. N ≥ 1. */
    public static Feature percentDifferenceMagnitudePercentile(float q) {
        fraction("q", q);
        String name = "percent_difference_magnitude_percentile_" + percent(q);
        return new Simple(false, name, 1, false, s -> {
            double num = s.quantile(1.0f - q) - s.quantile(q);
            double den = s.median();
            if (num == 0 && den == 0) {
                throw undefined(name, "the median is zero");
            }
            return num / den;
        });
    }

    /**
     * {@code qn}: the Rousseeuw–Croux scale, 2.2191444659850763 × the k-th smallest pairwise |m_i − m_j|,
     * h = ⌊N/2⌋+1, k = h(h−1)/2 (by selection over all N(N−1)/2 differences). N ≥ 2.
     */
    public static Feature qn() {
        return new Simple(false, "qn", 2, false, s -> {
            int n = s.n;
            int h = n / 2 + 1;
            int k = h * (h - 1) / 2;
            double[] diffs = new double[n * (n - 1) / 2];
            int c = 0;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    diffs[c++] = Math.abs(s.m[i] - s.m[j]);
                }
            }
            java.util.Arrays.sort(diffs);
            return 2.219144465985076 * diffs[k - 1];
        });
    }

    /** {@code chi2}: the reduced χ², Σ w (m − m̄)² / (N − 1). N ≥ 2. */
    public static Feature reducedChi2() {
        return new Simple(false, "chi2", 2, false, s -> s.chi2() / (s.n - 1));
    }

    /** {@code roms}: Σ |m − median m|/δ / (N − 1), non-finite terms skipped. N ≥ 2. */
    public static Feature roms() {
        return new Simple(false, "roms", 2, false, s -> {
            double median = s.median();
            double sum = 0;
            for (int i = 0; i < s.n; i++) {
                double term = Math.abs(s.m[i] - median) * Math.sqrt(s.w[i]);
                if (Double.isFinite(term)) {
                    sum += term;
                }
            }
            return sum / (s.n - 1);
        });
    }

    /** {@code skew}: unbiased sample skewness G₁. N ≥ 3, non-constant. */
    public static Feature skew() {
        return new Simple(false, "skew", 3, true, s -> {
            double mean = s.mean();
            double m3 = 0;
            for (double x : s.m) {
                m3 += (x - mean) * (x - mean) * (x - mean);
            }
            double n = s.n;
            double sd = s.std();
            return m3 / (sd * sd * sd) * n / ((n - 1) * (n - 2));
        });
    }

    /** {@code standard_deviation}: σ_m. N ≥ 2. */
    public static Feature standardDeviation() {
        return new Simple(false, "standard_deviation", 2, false, Sample::std);
    }

    /** {@code stetson_K}: Σ |m − m̄|/δ / sqrt(N·χ²). N ≥ 2, χ² &gt; 0. */
    public static Feature stetsonK() {
        return new Simple(false, "stetson_K", 2, true, s -> {
            double mean = s.weightedMean();
            double sum = 0;
            for (int i = 0; i < s.n; i++) {
                sum += Math.abs(s.m[i] - mean) * Math.sqrt(s.w[i]);
            }
            return sum / Math.sqrt(s.n * s.chi2());
        });
    }

    /** {@code time_mean}. N ≥ 1. */
    public static Feature timeMean() {
        return new Simple(false, "time_mean", 1, false, s -> {
            double sum = 0;
            for (double x : s.t) {
                sum += x;
            }
            return sum / s.n;
        });
    }

    /** {@code time_standard_deviation}: sample standard deviation of the times. N ≥ 2. */
    public static Feature timeStandardDeviation() {
        return new Simple(false, "time_standard_deviation", 2, false, s -> {
            double mean = 0;
            for (double x : s.t) {
                mean += x;
            }
            mean /= s.n;
            double sum = 0;
            for (double x : s.t) {
                sum += (x - mean) * (x - mean);
            }
            return Math.sqrt(sum / (s.n - 1));
        });
    }

    /** {@code weighted_mean}: m̄ = Σ w m / Σ w. N ≥ 1. */
    public static Feature weightedMean() {
        return new Simple(false, "weighted_mean", 1, false, Sample::weightedMean);
    }

    // ---- multi-output and meta features -----------------------------------------------------------------------

    /** {@code linear_fit_slope}, {@code linear_fit_slope_sigma}, {@code linear_fit_reduced_chi2}. N ≥ 3. */
    public static Feature linearFit() {
        return new LineFit(true, true);
    }

    /**
     * {@code linear_trend}, {@code linear_trend_sigma}, {@code linear_trend_noise} (unweighted line; the noise is
     * the residual standard deviation). N ≥ 3.
     */
    public static Feature linearTrend() {
        return new LineFit(false, true);
    }

    /** {@code linear_trend} and {@code linear_trend_sigma} only, as crate versions before 0.3 (service v0.1, v0.2). */
    public static Feature linearTrendWithoutNoise() {
        return new LineFit(false, false);
    }

    /** {@code otsu_mean_diff}, {@code otsu_std_lower}, {@code otsu_std_upper}, {@code otsu_lower_to_all_ratio}. N ≥ 2. */
    public static Feature otsuSplit() {
        return new OtsuSplit();
    }

    /** {@code parabola_fit_g}, {@code parabola_fit_m0}, {@code parabola_fit_reduced_chi2}. N ≥ 4, non-constant. */
    public static Feature parabolaFit() {
        return new ParabolaFit();
    }

    /** A feature whose outputs pass through a transformer, e.g. {@code transformed(skew(), Transformer.arcsinh())}. */
    public static Feature transformed(Feature feature, Transformer transformer) {
        return new Transformed(feature, transformer);
    }

    /** The crate's {@code Bins}: features of the light curve binned in windows of {@code windowDays}. */
    public static Feature bins(double windowDays, double offsetDays, Feature... features) {
        return new Bins(windowDays, offsetDays, List.of(features));
    }

    /** The crate's {@code Bootstrap} with the sample standard deviation of {@code resamples} resamples. */
    public static Feature bootstrap(int resamples, long seed, Feature... features) {
        return new Bootstrap(resamples, seed, new float[0], List.of(features));
    }

    /** The crate's {@code Bootstrap} with quantiles of the resampled values instead of the standard deviation. */
    public static Feature bootstrapQuantiles(int resamples, long seed, float[] quantiles, Feature... features) {
        return new Bootstrap(resamples, seed, quantiles.clone(), List.of(features));
    }

    /** The crate's {@code BazinFit} outputs, computed by a plugged-in fitter; see {@link ModelFit}. N ≥ 6. */
    public static Feature bazinFit(ModelFit fitter) {
        return new ModelFitFeature(ModelFit.Model.BAZIN, fitter);
    }

    /** The crate's {@code VillarFit} outputs, computed by a plugged-in fitter. N ≥ 8. */
    public static Feature villarFit(ModelFit fitter) {
        return new ModelFitFeature(ModelFit.Model.VILLAR, fitter);
    }

    /** The crate's {@code LinexpFit} outputs, computed by a plugged-in fitter. N ≥ 5. */
    public static Feature linexpFit(ModelFit fitter) {
        return new ModelFitFeature(ModelFit.Model.LINEXP, fitter);
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    static double mad(Sample s, double median) {
        double[] dev = new double[s.n];
        for (int i = 0; i < s.n; i++) {
            dev[i] = Math.abs(s.m[i] - median);
        }
        java.util.Arrays.sort(dev);
        return Sample.median(dev);
    }

    private static double andersonDarling(Sample s) {
        double mean = s.mean();
        double sd = s.std();
        double[] sorted = s.sorted();
        int n = s.n;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double x = (sorted[i] - mean) / sd / Math.sqrt(2);
            sum += (2 * i + 1) * lnErfc(-x) + (2 * (n - i) - 1) * lnErfc(x);
        }
        return (1 + 4.0 / n - 25.0 / ((double) n * n)) * (n * (2 * Math.log(2) - 1) - sum / n);
    }

    /** ln erfc(x), accurate in the far tail where erfc underflows. */
    private static double lnErfc(double x) {
        if (x < 5) {
            return Math.log(Erf.erfc(x));
        }
        // asymptotic series erfc(x) ≈ e^(−x²)/(x√π)·(1 − 1/(2x²) + 3/(4x⁴) − 15/(8x⁶))
        double x2 = x * x;
        double series = 1 - 1 / (2 * x2) + 3 / (4 * x2 * x2) - 15 / (8 * x2 * x2 * x2);
        return -x2 - Math.log(x * Math.sqrt(Math.PI)) + Math.log(series);
    }

    static void positive(String what, double x) {
        if (!(x > 0) || Double.isInfinite(x)) {
            throw InvalidInputException.of(what, "positive and finite", x, "");
        }
    }

    static void fraction(String what, float q) {
        if (!(q > 0 && q < 0.5f)) {
            throw InvalidInputException.of(what, "in (0, 0.5)", q, "quantile fractions are below one half");
        }
    }

    /** A one-output feature defined by a formula. */
    private static final class Simple extends Feature {
        private final boolean ordered;
        private final List<String> names;
        private final int minimum;
        private final boolean variability;
        private final ToDoubleFunction<Sample> formula;

        Simple(boolean ordered, String name, int minimum, boolean variability, ToDoubleFunction<Sample> formula) {
            this.ordered = ordered;
            this.names = List.of(name);
            this.minimum = minimum;
            this.variability = variability;
            this.formula = formula;
        }

        @Override
        public List<String> names() {
            return names;
        }

        @Override
        public int minimumPoints() {
            return minimum;
        }

        @Override
        boolean requiresVariability() {
            return variability;
        }

        @Override
        boolean requiresTimeOrder() {
            return ordered;
        }

        @Override
        void evaluate(Sample s, double[] out, int offset) {
            out[offset] = formula.applyAsDouble(s);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "Feature[%s, N≥%d]", names.get(0), minimum);
        }
    }
}
