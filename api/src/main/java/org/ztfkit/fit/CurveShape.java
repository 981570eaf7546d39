package org.ztfkit.fit;

import java.util.List;

/**
 * The formula of a single-band supernova-like model: its value and gradient, and its initial values and bounds
 * derived from the data, as the light-curve crate derives them. Times are relative to the data's peak (see
 * {@link CurveModel}), so {@link #referenceTimeIndex()} names the one parameter that moves with the time origin.
 */
abstract class CurveShape {
    private final String name;
    private final List<String> parameterNames;

    /**
     * @param name           the crate's output prefix, e.g. {@code bazin}
     * @param parameterNames in the crate's output order (without the {@code bazin_fit_} prefix), including
     *                       {@code reference_time}
     */
    CurveShape(String name, List<String> parameterNames) {
        this.name = name;
        this.parameterNames = parameterNames;
    }

    final String name() {
        return name;
    }

    final List<String> parameterNames() {
        return parameterNames;
    }

    /** The index of the reference time t0, the one parameter that is an epoch rather than a duration or flux. */
    final int referenceTimeIndex() {
        return parameterNames.indexOf("reference_time");
    }

    abstract double value(double t, double[] p);

    /** ∂value/∂p_j into {@code out}. */
    abstract void gradient(double t, double[] p, double[] out);

    /** Initial values from the data: peak time, amplitude, baseline, time scales from the span. */
    abstract double[] initialValues(FitData data);

    /** Bounds from the data (and, for Bazin, the SNAD v0.5 service's fixed bounds). */
    abstract ParameterBound[] defaultBounds(FitData data);

    @Override
    public String toString() {
        return name;
    }

    /** The logistic function 1/(1 + e^−x), without overflow for large |x|. */
    static double logistic(double x) {
        return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
    }
}
