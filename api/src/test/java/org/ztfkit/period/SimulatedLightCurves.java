package org.ztfkit.period;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;

/**
 * ZTF-like sampling for injection tests: observing seasons of {@code seasonDays} out of every 365.25 d (seasonal
 * gaps), one visit on a random subset of nights at a random hour of the night (so the 1-day alias is present), and a
 * second visit 30–80 min later on some nights.
 */
final class SimulatedLightCurves {
    private SimulatedLightCurves() {
    }

    /** Times (days, MJD-like) of about {@code points} epochs over {@code seasons} seasons. */
    static double[] ztfTimes(Random rng, int points, int seasons, double seasonDays) {
        List<Double> t = new ArrayList<>();
        double fraction = Math.min(1.0, points / (seasons * seasonDays) / 1.15);
        for (int s = 0; s < seasons && t.size() < points; s++) {
            double start = 58300 + 365.25 * s;
            for (int night = 0; night < seasonDays && t.size() < points; night++) {
                if (rng.nextDouble() < fraction) {
                    double visit = start + night + 0.2 + 0.25 * rng.nextDouble();
                    t.add(visit);
                    if (rng.nextDouble() < 0.15 && t.size() < points) {
                        t.add(visit + 0.02 + 0.035 * rng.nextDouble());
                    }
                }
            }
        }
        return t.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** {@code shape(phase)} sampled at t for the period, plus Gaussian noise of sigma; returns {y, dy}. */
    static double[][] signal(Random rng, double[] t, double periodDays, DoubleUnaryOperator shape, double sigma) {
        double[] y = new double[t.length];
        double[] dy = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            double phase = (t[i] / periodDays) % 1.0;
            dy[i] = sigma * (0.8 + 0.4 * rng.nextDouble());
            y[i] = 17 + shape.applyAsDouble(phase) + dy[i] * rng.nextGaussian();
        }
        return new double[][] {y, dy};
    }

    static DoubleUnaryOperator sine(double amplitude) {
        return phase -> amplitude * Math.sin(2 * Math.PI * phase);
    }

    /** An RR Lyrae-like sawtooth: fast rise over 15% of the cycle, slow decline. */
    static DoubleUnaryOperator sawtooth(double amplitude) {
        return phase -> phase < 0.15 ? amplitude * (1 - 2 * phase / 0.15) : amplitude * (-1 + 2 * (phase - 0.15) / 0.85);
    }

    /** A detached eclipsing binary: flat, with two eclipses of depths d1 and d2 and width 0.06 in phase. */
    static DoubleUnaryOperator eclipses(double d1, double d2) {
        return phase -> {
            double p1 = Math.abs(phase - 0.25);
            double p2 = Math.abs(phase - 0.75);
            return (p1 < 0.03 ? d1 : 0) + (p2 < 0.03 ? d2 : 0);
        };
    }
}
