package org.ztfkit.features;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;
import org.ztfkit.errors.InvalidInputException;

/**
 * A transformation of feature outputs, as the crate's transformers: element-wise ones prefix each output name
 * ({@code lg_} = log10, {@code ln1p_} = ln(1 + x), {@code arcsinh_}, {@code sqrt_}, {@code clipped_lg_} = log10 with
 * values below the smallest positive double replaced by a minimum), {@link #composed} applies one per output, and the
 * model-fit transformers turn fit parameters into more usable ones (amplitude → magnitude {@code zp − 2.5 lg(2A)},
 * baseline → baseline/amplitude, reduced χ² → {@code ln1p_…}).
 *
 * <pre>{@code
 * Feature.transformed(Feature.linearFit(), Transformer.composed(Transformer.arcsinh(), Transformer.lg(), Transformer.ln1p()));
 * // names: arcsinh_linear_fit_slope, lg_linear_fit_slope_sigma, ln1p_linear_fit_reduced_chi2
 * }</pre>
 */
public abstract class Transformer {
    Transformer() {
    }

    /** Output names for the given input names. */
    abstract List<String> names(List<String> input);

    /** Transforms {@code in[from … from+count)} into {@code out[offset …]}. */
    abstract void apply(double[] in, int from, int count, double[] out, int offset);

    /** Whether this transformer accepts that many inputs. */
    abstract boolean accepts(int inputs);

    public static Transformer identity() {
        return new ElementWise("", x -> x, "identity");
    }

    /** {@code lg_}: log10 (NaN for negative values, −∞ for 0). */
    public static Transformer lg() {
        return new ElementWise("lg_", Math::log10, "lg");
    }

    /** {@code ln1p_}: ln(1 + x). */
    public static Transformer ln1p() {
        return new ElementWise("ln1p_", Math::log1p, "ln1p");
    }

    /** {@code arcsinh_}: ln(x + sqrt(x² + 1)). */
    public static Transformer arcsinh() {
        return new ElementWise("arcsinh_", x -> x < 0 ? -asinh(-x) : asinh(x), "arcsinh");
    }

    /** {@code sqrt_}. */
    public static Transformer sqrt() {
        return new ElementWise("sqrt_", Math::sqrt, "sqrt");
    }

    /** {@code clipped_lg_} with the crate's default minimum log10(smallest positive normal double) ≈ −307.65. */
    public static Transformer clippedLg() {
        return clippedLg(Math.log10(Double.MIN_NORMAL));
    }

    /** {@code clipped_lg_}: log10, or {@code minimum} for values below the smallest positive normal double. */
    public static Transformer clippedLg(double minimum) {
        return new ElementWise("clipped_lg_", x -> x < Double.MIN_NORMAL ? minimum : Math.log10(x),
                String.format(Locale.ROOT, "clipped_lg(%.3f)", minimum));
    }

    /** One transformer per output, in order. */
    public static Transformer composed(Transformer... perOutput) {
        return new Composed(List.of(perOutput));
    }

    /**
     * The crate's BazinFit transformer: from (amplitude, baseline, reference_time, rise_time, fall_time,
     * reduced_chi2) to {@code bazin_fit_mag_full_amplitude} = zp − 2.5 lg(2A), {@code
     * bazin_fit_baseline_amplitude_ratio}, {@code bazin_fit_rise_time}, {@code bazin_fit_fall_time},
     * {@code ln1p_bazin_fit_reduced_chi2}. zp is the magnitude zero point of the fluxes (23.9 for μJy).
     */
    public static Transformer bazinFit(double zeroPoint) {
        return new FitTransformer("bazin_fit", zeroPoint, 6, new int[] {0, 1, 3, 4, 5}, 1,
                List.of("mag_full_amplitude", "baseline_amplitude_ratio", "rise_time", "fall_time"));
    }

    /**
     * The crate's VillarFit transformer: from the 8 Villar outputs to {@code villar_fit_mag_full_amplitude},
     * {@code …_baseline_amplitude_ratio}, {@code …_rise_time}, {@code …_fall_time}, {@code
     * …_plateau_rel_amplitude}, {@code …_plateau_duration}, {@code ln1p_villar_fit_reduced_chi2}.
     */
    public static Transformer villarFit(double zeroPoint) {
        return new FitTransformer("villar_fit", zeroPoint, 8, new int[] {0, 1, 3, 4, 5, 6, 7}, 1,
                List.of("mag_full_amplitude", "baseline_amplitude_ratio", "rise_time", "fall_time",
                        "plateau_rel_amplitude", "plateau_duration"));
    }

    /**
     * The crate's LinexpFit transformer: from (amplitude, reference_time, fall_time, baseline, reduced_chi2) to
     * {@code linexp_fit_amplitude} (as magnitude zp − 2.5 lg(2A)), {@code linexp_fit_fall_time},
     * {@code linexp_fit_baseline} (as baseline/amplitude) and {@code ln1p_linexp_fit_reduced_chi2} — the crate's
     * names, which keep the untransformed words.
     */
    public static Transformer linexpFit(double zeroPoint) {
        return new FitTransformer("linexp_fit", zeroPoint, 5, new int[] {0, 2, 3, 4}, 2,
                List.of("amplitude", "fall_time", "baseline"));
    }

    private static double asinh(double x) {
        return Math.log(x + Math.sqrt(x * x + 1));
    }

    private static final class ElementWise extends Transformer {
        private final String prefix;
        private final DoubleUnaryOperator f;
        private final String label;

        ElementWise(String prefix, DoubleUnaryOperator f, String label) {
            this.prefix = prefix;
            this.f = f;
            this.label = label;
        }

        @Override
        List<String> names(List<String> input) {
            return input.stream().map(n -> prefix + n).toList();
        }

        @Override
        void apply(double[] in, int from, int count, double[] out, int offset) {
            for (int i = 0; i < count; i++) {
                out[offset + i] = f.applyAsDouble(in[from + i]);
            }
        }

        @Override
        boolean accepts(int inputs) {
            return true;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private static final class Composed extends Transformer {
        private final List<Transformer> parts;

        Composed(List<Transformer> parts) {
            for (Transformer t : parts) {
                if (!(t instanceof ElementWise)) {
                    throw InvalidInputException.of("composed transformer part", "an element-wise transformer", t,
                            "compose lg, ln1p, arcsinh, sqrt, clippedLg or identity");
                }
            }
            this.parts = parts;
        }

        @Override
        List<String> names(List<String> input) {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < input.size(); i++) {
                out.addAll(parts.get(i).names(List.of(input.get(i))));
            }
            return out;
        }

        @Override
        void apply(double[] in, int from, int count, double[] out, int offset) {
            for (int i = 0; i < count; i++) {
                parts.get(i).apply(in, from + i, 1, out, offset + i);
            }
        }

        @Override
        boolean accepts(int inputs) {
            return inputs == parts.size();
        }

        @Override
        public String toString() {
            return "composed" + parts;
        }
    }

    /** Model-fit outputs → magnitude amplitude, baseline ratio, kept parameters, ln(1 + reduced χ²). */
    private static final class FitTransformer extends Transformer {
        private final String prefix;
        private final double zeroPoint;
        private final int inputs;
        /** Input index of each output: the amplitude first, the reduced χ² last. */
        private final int[] order;
        /** The output that is the baseline divided by the amplitude. */
        private final int ratio;
        private final List<String> names;

        FitTransformer(String prefix, double zeroPoint, int inputs, int[] order, int ratio, List<String> words) {
            this.prefix = prefix;
            this.zeroPoint = zeroPoint;
            this.inputs = inputs;
            this.order = order;
            this.ratio = ratio;
            List<String> n = new ArrayList<>();
            for (String w : words) {
                n.add(prefix + "_" + w);
            }
            n.add("ln1p_" + prefix + "_reduced_chi2");
            this.names = List.copyOf(n);
        }

        @Override
        List<String> names(List<String> input) {
            return names;
        }

        @Override
        void apply(double[] in, int from, int count, double[] out, int offset) {
            double amplitude = in[from + order[0]];
            out[offset] = zeroPoint - 2.5 * Math.log10(2 * amplitude);
            for (int k = 1; k < order.length - 1; k++) {
                double v = in[from + order[k]];
                out[offset + k] = k == ratio ? v / amplitude : v;
            }
            out[offset + order.length - 1] = Math.log1p(in[from + order[order.length - 1]]);
        }

        @Override
        boolean accepts(int count) {
            return count == inputs;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s(zp=%.2f)", prefix, zeroPoint);
        }
    }
}
