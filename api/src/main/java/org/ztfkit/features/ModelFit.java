package org.ztfkit.features;

import java.util.List;

/**
 * The hook for model-fit features (the crate's {@code BazinFit}, {@code VillarFit}, {@code LinexpFit}): a fitter
 * from outside this package (e.g. {@code org.ztfkit.fit}) plugged into {@link Feature#bazinFit} or
 * {@link FeatureSet#withModelFit}. It receives the time-sorted, finite observations — times, fluxes and weights
 * w = 1/δ² — and returns the model's parameters in the crate's order ({@link Model#parameters()}) followed by the
 * reduced χ². A fit that fails to converge should throw an unchecked exception with the reason; the extraction then
 * fails with that message.
 *
 * <pre>{@code
 * FeatureSet v05 = FeatureSet.version("v0.5").withModelFit(ModelFit.Model.BAZIN, (t, flux, w) -> myBazin(t, flux, w));
 * }</pre>
 */
@FunctionalInterface
public interface ModelFit {
    /**
     * @return the parameters in {@link Model#parameters()} order, then the reduced χ²
     */
    double[] fit(double[] t, double[] flux, double[] weight);

    /** The models the crate fits, with their parameter order and minimum number of observations. */
    enum Model {
        /** f = A·e^(−(t−t₀)/τ_fall) / (1 + e^(−(t−t₀)/τ_rise)) + B. */
        BAZIN("bazin_fit", 6, List.of("amplitude", "baseline", "reference_time", "rise_time", "fall_time")),
        /** Villar et al. (2019) with the relative plateau amplitude ν. */
        VILLAR("villar_fit", 8, List.of("amplitude", "baseline", "reference_time", "rise_time", "fall_time",
                "plateau_rel_amplitude", "plateau_duration")),
        /** f = A·x·e^(−x) + B, x = (t − t₀)/τ. */
        LINEXP("linexp_fit", 5, List.of("amplitude", "reference_time", "fall_time", "baseline"));

        private final String prefix;
        private final int minimumPoints;
        private final List<String> parameters;

        Model(String prefix, int minimumPoints, List<String> parameters) {
            this.prefix = prefix;
            this.minimumPoints = minimumPoints;
            this.parameters = parameters;
        }

        /** Output name prefix, e.g. {@code bazin_fit}. */
        public String prefix() {
            return prefix;
        }

        public int minimumPoints() {
            return minimumPoints;
        }

        /** Parameter names in the crate's order (the reduced χ² follows them). */
        public List<String> parameters() {
            return parameters;
        }
    }
}
