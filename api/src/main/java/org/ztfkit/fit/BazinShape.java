package org.ztfkit.fit;

import java.util.List;

/**
 * Bazin et al. 2009 (A&amp;A 499, 653), as the light-curve crate writes it:
 * {@code f = A·e^(−(t−t0)/τ_fall) / (1 + e^(−(t−t0)/τ_rise)) + B}.
 */
final class BazinShape extends CurveShape {
    static final List<String> NAMES = List.of("amplitude", "baseline", "reference_time", "rise_time", "fall_time");
    /** SNAD feature service v0.5: amplitude between magnitudes 30 and 0 for fluxes in μJy (zero point 23.9). */
    static final double AMPLITUDE_MIN_MICRO_JY = Math.pow(10, -0.4 * (30 - 23.9));
    static final double AMPLITUDE_MAX_MICRO_JY = Math.pow(10, -0.4 * (0 - 23.9));
    /** SNAD feature service v0.5: rise and fall times in [1e-4, 3e4] days. */
    static final double TIME_SCALE_MIN_DAYS = 1e-4;
    static final double TIME_SCALE_MAX_DAYS = 3e4;

    BazinShape() {
        super("bazin", NAMES);
    }

    @Override
    double value(double t, double[] p) {
        return p[0] * shape(t, p) + p[1];
    }

    /** e^(−dt/τ_fall)·logistic(dt/τ_rise), computed in logs so that neither exponential overflows. */
    private static double shape(double t, double[] p) {
        double dt = t - p[2];
        double x = dt / p[3];
        double logLogistic = x >= 0 ? -Math.log1p(Math.exp(-x)) : x - Math.log1p(Math.exp(x));
        return Math.exp(-dt / p[4] + logLogistic);
    }

    @Override
    void gradient(double t, double[] p, double[] out) {
        double a = p[0];
        double dt = t - p[2];
        double riseTime = p[3];
        double fallTime = p[4];
        double g = shape(t, p);
        double notRisen = CurveShape.logistic(-dt / riseTime);
        out[0] = g;
        out[1] = 1;
        out[2] = a * g * (1 / fallTime - notRisen / riseTime);
        out[3] = -a * g * notRisen * dt / (riseTime * riseTime);
        out[4] = a * g * dt / (fallTime * fallTime);
    }

    @Override
    double[] initialValues(FitData data) {
        double span = data.timeSpan();
        double range = data.valueRange();
        return new double[] {0.5 * range, data.minValue(), data.timeOfMaxValue(), 0.5 * span, 0.5 * span};
    }

    @Override
    ParameterBound[] defaultBounds(FitData data) {
        double span = data.timeSpan();
        double range = data.valueRange();
        ParameterBound timeScale = new ParameterBound(TIME_SCALE_MIN_DAYS, TIME_SCALE_MAX_DAYS);
        return new ParameterBound[] {
            new ParameterBound(AMPLITUDE_MIN_MICRO_JY, AMPLITUDE_MAX_MICRO_JY),
            new ParameterBound(data.minValue() - 100 * range, data.maxValue() + 100 * range),
            new ParameterBound(data.minTime() - 10 * span, data.maxTime() + 10 * span),
            timeScale,
            timeScale
        };
    }
}
