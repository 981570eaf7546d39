package org.ztfkit.fit;

import java.util.List;

/**
 * Villar et al. 2019 (ApJ 884, 83) as the light-curve crate parameterises it, with the plateau slope β replaced by
 * the relative plateau amplitude ν = −βγ/A ∈ [0, 1):
 * {@code f = c + A·logistic((t−t0)/τ_rise)·(1 − ν·(t−t0)/γ)} for t ≤ t0 + γ, and
 * {@code f = c + A·logistic((t−t0)/τ_rise)·(1 − ν)·e^(−(t−t0−γ)/τ_fall)} after; continuous at t0 + γ.
 */
final class VillarShape extends CurveShape {
    static final List<String> NAMES = List.of("amplitude", "baseline", "reference_time", "rise_time", "fall_time",
            "plateau_rel_amplitude", "plateau_duration");
    /** ν stays below 1 (the crate's open bound): at ν = 1 the decline would start from zero flux. */
    static final double PLATEAU_REL_AMPLITUDE_MAX = 1 - 1e-9;

    VillarShape() {
        super("villar", NAMES);
    }

    @Override
    double value(double t, double[] p) {
        double dt = t - p[2];
        return p[1] + p[0] * CurveShape.logistic(dt / p[3]) * plateau(dt, p) * fall(dt, p);
    }

    private static double plateau(double dt, double[] p) {
        return 1 - p[5] * Math.min(dt / p[6], 1);
    }

    private static double fall(double dt, double[] p) {
        return dt <= p[6] ? 1 : Math.exp(-(dt - p[6]) / p[4]);
    }

    @Override
    void gradient(double t, double[] p, double[] out) {
        double a = p[0];
        double dt = t - p[2];
        double riseTime = p[3];
        double fallTime = p[4];
        double nu = p[5];
        double gamma = p[6];
        double risen = CurveShape.logistic(dt / riseTime);
        double notRisen = CurveShape.logistic(-dt / riseTime);
        double plateau = plateau(dt, p);
        double fall = fall(dt, p);
        boolean onPlateau = dt <= gamma;
        out[0] = risen * plateau * fall;
        out[1] = 1;
        out[2] = a * risen * fall * (-notRisen * plateau / riseTime + (onPlateau ? nu / gamma : plateau / fallTime));
        out[3] = -a * plateau * fall * risen * notRisen * dt / (riseTime * riseTime);
        out[4] = onPlateau ? 0 : a * risen * plateau * fall * (dt - gamma) / (fallTime * fallTime);
        out[5] = -a * risen * fall * Math.min(dt / gamma, 1);
        out[6] = onPlateau ? a * risen * fall * nu * dt / (gamma * gamma) : a * risen * plateau * fall / fallTime;
    }

    @Override
    double[] initialValues(FitData data) {
        double span = data.timeSpan();
        return new double[] {
            0.5 * data.valueRange(), data.minValue(), data.timeOfMaxValue(), 0.5 * span, 0.5 * span, 0, 0.1 * span
        };
    }

    @Override
    ParameterBound[] defaultBounds(FitData data) {
        double span = data.timeSpan();
        double range = data.valueRange();
        ParameterBound timeScale = new ParameterBound(BazinShape.TIME_SCALE_MIN_DAYS, 10 * span);
        return new ParameterBound[] {
            new ParameterBound(0, 100 * range),
            new ParameterBound(data.minValue() - 100 * range, data.maxValue() + 100 * range),
            new ParameterBound(data.minTime() - 20 * span, data.maxTime() + 10 * span),
            timeScale,
            timeScale,
            new ParameterBound(0, PLATEAU_REL_AMPLITUDE_MAX),
            timeScale
        };
    }
}
