package org.ztfkit.features;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ztfkit.errors.InvalidInputException;

/**
 * A feature of a light curve observed in several passbands (the crate's multicolour features): colours of the
 * per-band maximum, median and minimum ({@code color_max_a_b} = max m_a − max m_b, …), the spread of the per-band
 * weighted means ({@code color_spread}, population standard deviation over the bands present), and the multicolour
 * periodogram (per-band Lomb–Scargle powers on one grid built from the times of the chosen bands, combined with
 * weights proportional to the number of points ({@link PeriodogramWeights#COUNT}) or to χ² ({@link
 * PeriodogramWeights#CHI2}); bands with fewer than 2 points contribute nothing).
 *
 * <pre>{@code
 * MulticolorExtractor mc = MulticolorExtractor.of(MulticolorFeature.colorOfMedian("ztf_g", "ztf_r"),
 *         MulticolorFeature.periodogram(PeriodogramFeature.builder().peaks(3), PeriodogramWeights.COUNT, "ztf_g", "ztf_r"));
 * mc.extract(t, mag, magErr, bands).get("color_median_ztf_g_ztf_r");
 * }</pre>
 */
public abstract class MulticolorFeature {
    /** How per-band periodograms are combined. */
    public enum PeriodogramWeights { COUNT, CHI2 }

    MulticolorFeature() {
    }

    public abstract List<String> names();

    /** The bands this feature needs (empty: all that are present). */
    abstract Set<String> bands();

    abstract void evaluate(Map<String, Sample> byBand, double[] out, int offset);

    /** {@code color_max_a_b}: max m_a − max m_b. */
    public static MulticolorFeature colorOfMaximum(String a, String b) {
        return new Color("color_max_", a, b, Sample::max);
    }

    /** {@code color_median_a_b}: median m_a − median m_b. */
    public static MulticolorFeature colorOfMedian(String a, String b) {
        return new Color("color_median_", a, b, Sample::median);
    }

    /** {@code color_min_a_b}: min m_a − min m_b. */
    public static MulticolorFeature colorOfMinimum(String a, String b) {
        return new Color("color_min_", a, b, Sample::min);
    }

    /** {@code color_spread}: population standard deviation of the per-band weighted means of all bands present. */
    public static MulticolorFeature colorSpread() {
        return new MulticolorFeature() {
            @Override
            public List<String> names() {
                return List.of("color_spread");
            }

            @Override
            Set<String> bands() {
                return Set.of();
            }

            @Override
            void evaluate(Map<String, Sample> byBand, double[] out, int offset) {
                double[] means = byBand.values().stream().mapToDouble(Sample::weightedMean).toArray();
                double mean = 0;
                for (double x : means) {
                    mean += x;
                }
                mean /= means.length;
                double var = 0;
                for (double x : means) {
                    var += (x - mean) * (x - mean);
                }
                out[offset] = Math.sqrt(var / means.length);
            }
        };
    }

    /**
     * The crate's {@code MultiColorPeriodogram}: {@code period_i}, {@code period_s_to_n_i} of the combined power and
     * spectrum features named {@code multicolor_periodogram_<name>}; grid, Nyquist and peaks from the builder.
     */
    public static MulticolorFeature periodogram(PeriodogramFeature.Builder settings, PeriodogramWeights weights,
            String... bands) {
        if (bands.length == 0) {
            throw InvalidInputException.of("bands", "at least one band", "none", "name the bands to combine");
        }
        return new Periodogram(settings.spectrumPrefix("multicolor_periodogram").build(), weights, List.of(bands));
    }

    private static final class Color extends MulticolorFeature {
        private final String a;
        private final String b;
        private final java.util.function.ToDoubleFunction<Sample> statistic;
        private final List<String> names;

        Color(String prefix, String a, String b, java.util.function.ToDoubleFunction<Sample> statistic) {
            this.a = a;
            this.b = b;
            this.statistic = statistic;
            this.names = List.of(prefix + a + "_" + b);
        }

        @Override
        public List<String> names() {
            return names;
        }

        @Override
        Set<String> bands() {
            return Set.of(a, b);
        }

        @Override
        void evaluate(Map<String, Sample> byBand, double[] out, int offset) {
            out[offset] = statistic.applyAsDouble(byBand.get(a)) - statistic.applyAsDouble(byBand.get(b));
        }
    }

    private static final class Periodogram extends MulticolorFeature {
        private final PeriodogramFeature mono;
        private final PeriodogramWeights weights;
        private final List<String> bands;

        Periodogram(PeriodogramFeature mono, PeriodogramWeights weights, List<String> bands) {
            this.mono = mono;
            this.weights = weights;
            this.bands = List.copyOf(bands);
        }

        @Override
        public List<String> names() {
            return mono.names();
        }

        @Override
        Set<String> bands() {
            return Set.copyOf(bands);
        }

        @Override
        void evaluate(Map<String, Sample> byBand, double[] out, int offset) {
            List<Double> times = new ArrayList<>();
            double norm = 0;
            double[] w = new double[bands.size()];
            for (int b = 0; b < bands.size(); b++) {
                Sample s = byBand.get(bands.get(b));
                for (double t : s.t) {
                    times.add(t);
                }
                w[b] = weights == PeriodogramWeights.COUNT ? s.n : s.chi2();
                norm += w[b];
            }
            if (norm == 0) {
                throw Feature.undefined("multicolor period", "all bands are constant");
            }
            double[] all = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            CratePeriodogram.Grid grid = mono.grid(all);
            double[] combined = new double[grid.size()];
            boolean any = false;
            for (int b = 0; b < bands.size(); b++) {
                Sample s = byBand.get(bands.get(b));
                if (s.n < 2) {
                    continue;
                }
                any = true;
                double[] p = mono.power(grid, s.t, s.m);
                for (int i = 0; i < p.length; i++) {
                    combined[i] += p[i] * w[b] / norm;
                }
            }
            if (!any) {
                throw InvalidInputException.of("observations per band for the multicolour periodogram",
                        "at least 2 in some band of " + bands, "fewer", "");
            }
            mono.evaluateSpectrum(grid, combined, out, offset);
        }
    }
}
