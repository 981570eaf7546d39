package org.ztfkit.fit;

import java.util.List;

/**
 * The light-curve crate's Linexp model: {@code f = A·x·e^(−x) + B} with {@code x = (t − t0)/τ}. The crate's doc
 * string omits the minus sign in the exponent; its code, and this class, have it. The peak is A/e at t0 + τ.
 */
final class LinexpShape extends CurveShape {
    static final List<String> NAMES = List.of("amplitude", "reference_time", "fall_time", "baseline");

    LinexpShape() {
        super("linexp", NAMES);
    }

    @Override
    double value(double t, double[] p) {
        double x = (t - p[1]) / p[2];
        return p[0] * x * Math.exp(-x) + p[3];
    }

    @Override
    void gradient(double t, double[] p, double[] out) {
        double a = p[0];
        double tau = p[2];
        double x = (t - p[1]) / tau;
        double e = Math.exp(-x);
        out[0] = x * e;
        out[1] = a * e * (x - 1) / tau;
        out[2] = a * e * (x - 1) * x / tau;
        out[3] = 1;
    }

    @Override
    double[] initialValues(FitData data) {
        double tau = 0.25 * data.timeSpan();
        return new double[] {3 * data.valueRange(), data.timeOfMaxValue() - 1.5 * tau, tau, data.minValue()};
    }

    @Override
    ParameterBound[] defaultBounds(FitData data) {
        double span = data.timeSpan();
        double range = data.valueRange();
        return new ParameterBound[] {
            new ParameterBound(0, 100 * range),
            new ParameterBound(data.minTime() - 10 * span, data.maxTime() + 10 * span),
            new ParameterBound(BazinShape.TIME_SCALE_MIN_DAYS, 1e4 * span),
            new ParameterBound(data.minValue() - 100 * range, data.maxValue() + 100 * range)
        };
    }
}
