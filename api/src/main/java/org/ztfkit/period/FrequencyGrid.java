package org.ztfkit.period;

/**
 * The frequencies a periodogram is evaluated at: either regular ({@code f0 + df·k}, k = 0…n−1) or explicit.
 *
 * @param f0       first frequency of a regular grid (1/day)
 * @param df       step of a regular grid (1/day), NaN for an explicit grid
 * @param size     number of frequencies
 * @param explicit the explicit frequencies, or null for a regular grid
 */
record FrequencyGrid(double f0, double df, int size, double[] explicit) {

    static FrequencyGrid regular(double f0, double df, int size) {
        return new FrequencyGrid(f0, df, size, null);
    }

    static FrequencyGrid of(double[] frequencies) {
        return new FrequencyGrid(frequencies[0], Double.NaN, frequencies.length, frequencies.clone());
    }

    /**
     * astropy's {@code LombScargle.autofrequency}: {@code df = 1/(baseline·samplesPerPeak)}, minimum
     * {@code df/2}, maximum {@code nyquistFactor·N/(2·baseline)} unless given, and
     * {@code 1 + round((max − min)/df)} points (round half to even, as numpy).
     */
    static FrequencyGrid auto(int n, double baseline, PeriodogramOptions o) {
        if (o.hasExplicitGrid()) {
            return of(o.frequencies());
        }
        double df = 1.0 / baseline / o.samplesPerPeak();
        double fmin = Double.isNaN(o.minimumFrequency()) ? 0.5 * df : o.minimumFrequency();
        double fmax = Double.isNaN(o.maximumFrequency()) ? o.nyquistFactor() * 0.5 * n / baseline
                : o.maximumFrequency();
        long count = 1 + (long) Math.rint((fmax - fmin) / df);
        if (count < 1 || count > 50_000_000) {
            throw org.ztfkit.errors.InvalidInputException.of("frequency grid size", "in [1, 5e7]", count,
                    "narrow the frequency range (minPeriod/maxPeriod) or lower samplesPerPeak");
        }
        return regular(fmin, df, (int) count);
    }

    boolean isRegular() {
        return explicit == null;
    }

    double frequency(int k) {
        return explicit == null ? f0 + df * k : explicit[k];
    }

    double[] frequencies() {
        if (explicit != null) {
            return explicit.clone();
        }
        double[] f = new double[size];
        for (int k = 0; k < size; k++) {
            f[k] = f0 + df * k;
        }
        return f;
    }

    /** The largest frequency, which is what astropy's false-alarm probability uses as {@code fmax}. */
    double maximum() {
        if (explicit == null) {
            return f0 + df * (size - 1);
        }
        double max = explicit[0];
        for (double f : explicit) {
            max = Math.max(max, f);
        }
        return max;
    }
}
