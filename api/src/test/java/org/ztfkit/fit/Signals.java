package org.ztfkit.fit;

import java.util.Random;

/**
 * Injected signals for the fit tests, written out from the papers' formulas independently of the main code, and
 * seeded Gaussian noise.
 */
final class Signals {
    private Signals() {
    }

    /** Bazin et al. 2009 eq. 1 with the rise sign corrected: A e^(−(t−t0)/τf) / (1 + e^(−(t−t0)/τr)) + B. */
    static double bazin(double t, double a, double b, double t0, double rise, double fall) {
        return a * Math.exp(-(t - t0) / fall) / (1 + Math.exp(-(t - t0) / rise)) + b;
    }

    /** Villar et al. 2019 eq. 1 with β = −νA/γ (light-curve crate parameterisation). */
    static double villar(double t, double a, double c, double t0, double rise, double fall, double nu,
            double gamma) {
        double dt = t - t0;
        double beta = -nu * a / gamma;
        double rising = 1 / (1 + Math.exp(-dt / rise));
        return dt < gamma ? c + (a + beta * dt) * rising
                : c + (a + beta * gamma) * Math.exp(-(dt - gamma) / fall) * rising;
    }

    /** Linexp: A·x·e^(−x) + B, x = (t − t0)/τ. */
    static double linexp(double t, double a, double t0, double tau, double b) {
        double x = (t - t0) / tau;
        return a * x * Math.exp(-x) + b;
    }

    @FunctionalInterface
    interface Curve {
        double at(double t);
    }

    /** n evenly spaced times in [from, to]. */
    static double[] grid(double from, double to, int n) {
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = from + (to - from) * i / (n - 1);
        }
        return t;
    }

    static double[] sample(Curve curve, double[] t) {
        double[] y = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            y[i] = curve.at(t[i]);
        }
        return y;
    }

    static double[] constant(int n, double value) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, value);
        return a;
    }

    /** y + dy·N(0, 1) with a generator seeded by {@code seed}. */
    static double[] noisy(double[] y, double[] dy, long seed) {
        Random random = new Random(seed);
        double[] noisy = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            noisy[i] = y[i] + dy[i] * random.nextGaussian();
        }
        return noisy;
    }

    static double[] shifted(double[] t, double shift) {
        double[] s = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            s[i] = t[i] + shift;
        }
        return s;
    }
}
