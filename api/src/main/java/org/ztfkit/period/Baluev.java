package org.ztfkit.period;

import org.apache.commons.math3.special.Gamma;

/**
 * The alias-free false-alarm probability of the highest periodogram peak of Baluev (2008, eq. 6 and Table 1), as
 * astropy's {@code false_alarm_probability(method='baluev')}: {@code FAP = 1 − (1 − FAP_single)·e^(−τ)} with the
 * Davies factor {@code τ = γ(N_H)·W·(1 − Z)^((N_K − 1)/2)·sqrt(N_H·Z/2)} ({@code standard}), {@code W = f_max·
 * sqrt(4π·Var_w(t))}, {@code N_H = N − 1}, {@code N_K = N − 3}.
 */
final class Baluev {
    private Baluev() {
    }

    /**
     * @param z           the periodogram value (in {@code norm})
     * @param n           number of observations
     * @param fmax        maximum frequency of the grid (1/day)
     * @param weightedVarT weighted variance of the times (days²), weights {@code dy⁻²}
     */
    static double falseAlarmProbability(double z, int n, double fmax, double weightedVarT, Normalization norm) {
        int nh = n - 1;
        int nk = n - 3;
        double w = fmax * Math.sqrt(4 * Math.PI * weightedVarT);
        double single;
        double tau;
        switch (norm) {
            case PSD -> {
                single = Math.exp(-z);
                tau = w * Math.exp(-z) * Math.sqrt(z);
            }
            case STANDARD -> {
                single = Math.pow(1 - z, 0.5 * nk);
                tau = gamma(nh) * w * Math.pow(1 - z, 0.5 * (nk - 1)) * Math.sqrt(0.5 * nh * z);
            }
            case MODEL -> {
                single = Math.pow(1 + z, -0.5 * nk);
                tau = gamma(nk) * w * Math.pow(1 + z, -0.5 * nk) * Math.sqrt(0.5 * nk * z);
            }
            case LOG -> {
                single = Math.exp(-0.5 * nk * z);
                tau = gamma(nk) * w * Math.exp(-0.5 * z * (nk - 0.5)) * Math.sqrt(nk * Math.sinh(0.5 * z));
            }
            default -> throw new IllegalStateException(norm.toString());
        }
        return -Math.expm1(-tau) + single * Math.exp(-tau);
    }

    /** {@code sqrt(2/N)·Γ(N/2)/Γ((N−1)/2)}, astropy's {@code _gamma}. */
    private static double gamma(int n) {
        return Math.sqrt(2.0 / n) * Math.exp(Gamma.logGamma(n / 2.0) - Gamma.logGamma((n - 1) / 2.0));
    }
}
