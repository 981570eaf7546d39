package org.ztfkit.period;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.ztfkit.errors.InvalidInputException;

/**
 * Options of a Lomb–Scargle periodogram. Frequencies are cyclic, in 1/day (the unit of the times you pass), as in
 * astropy. Defaults (echoed by {@link #toString()}):
 * <ul>
 *   <li>frequency grid: astropy's {@code autofrequency} — {@code samplesPerPeak} 5, {@code nyquistFactor} 5,
 *       minimum {@code 0.5/(baseline·samplesPerPeak)}, maximum {@code nyquistFactor·N/(2·baseline)};
 *       {@link Builder#minPeriod}/{@link Builder#maxPeriod} set the maximum/minimum frequency instead;
 *       {@link Builder#frequencies} replaces the grid by an explicit one;</li>
 *   <li>{@link Method#FAST} (Press &amp; Rybicki, as astropy {@code method='fast'}) on a regular grid,
 *       {@link Method#DIRECT} otherwise;</li>
 *   <li>{@link Normalization#STANDARD};</li>
 *   <li>multiband model ({@link Periodogram#multiband}): {@code ntermsBase} 1 shared harmonic, {@code ntermsBand} 0
 *       extra harmonics per band (every band always gets its own offset), as gatspy's LombScargleMultiband.</li>
 * </ul>
 *
 * <pre>{@code
 * PeriodogramOptions o = Periodogram.options().minPeriod(0.05).maxPeriod(50).samplesPerPeak(10).build();
 * System.out.println(o);
 * // PeriodogramOptions[frequency 0.02–20 /d, samplesPerPeak=10, nyquistFactor=5, method=FAST, normalization=STANDARD, ...]
 * }</pre>
 *
 * @param minimumFrequency minimum frequency (1/day), NaN for astropy's automatic choice
 * @param maximumFrequency maximum frequency (1/day), NaN for astropy's automatic choice
 * @param samplesPerPeak   grid points across a typical peak of width 1/baseline
 * @param nyquistFactor    multiple of the average Nyquist frequency N/(2·baseline) used as the automatic maximum
 * @param frequencies      an explicit grid (1/day, positive), or empty for the automatic one
 * @param method           how power is evaluated
 * @param normalization    power normalisation
 * @param ntermsBase       harmonics of the model shared by all bands (multiband only)
 * @param ntermsBand       harmonics added per band (multiband only)
 * @param multiband        whether a light curve's bands are fitted together ({@link Periodogram#multiband()})
 */
public record PeriodogramOptions(double minimumFrequency, double maximumFrequency, double samplesPerPeak,
        double nyquistFactor, double[] frequencies, Method method, Normalization normalization, int ntermsBase,
        int ntermsBand, boolean multiband) {

    /** How the power is evaluated. */
    public enum Method {
        /** O(N log M): Press &amp; Rybicki extirpolation and FFT (astropy {@code method='fast'}); regular grids only. */
        FAST,
        /** O(N·M): exact sums at every frequency. */
        DIRECT
    }

    /** The default options. */
    public static final PeriodogramOptions DEFAULT = builder().build();

    public PeriodogramOptions {
        frequencies = frequencies.clone();
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these options. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.minimumFrequency = minimumFrequency;
        b.maximumFrequency = maximumFrequency;
        b.samplesPerPeak = samplesPerPeak;
        b.nyquistFactor = nyquistFactor;
        b.frequencies = frequencies;
        b.method = method;
        b.normalization = normalization;
        b.ntermsBase = ntermsBase;
        b.ntermsBand = ntermsBand;
        b.multiband = multiband;
        return b;
    }

    @Override
    public double[] frequencies() {
        return frequencies.clone();
    }

    /** Whether an explicit frequency grid was given. */
    public boolean hasExplicitGrid() {
        return frequencies.length > 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PeriodogramOptions p && Double.compare(p.minimumFrequency, minimumFrequency) == 0
                && Double.compare(p.maximumFrequency, maximumFrequency) == 0
                && Double.compare(p.samplesPerPeak, samplesPerPeak) == 0
                && Double.compare(p.nyquistFactor, nyquistFactor) == 0 && Arrays.equals(p.frequencies, frequencies)
                && p.method == method && p.normalization == normalization && p.ntermsBase == ntermsBase
                && p.ntermsBand == ntermsBand && p.multiband == multiband;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(new double[] {minimumFrequency, maximumFrequency, samplesPerPeak, nyquistFactor})
                * 31 + Arrays.hashCode(frequencies) + method.hashCode() + normalization.hashCode() * 7
                + ntermsBase * 101 + ntermsBand + (multiband ? 1009 : 0);
    }

    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        if (hasExplicitGrid()) {
            parts.add(String.format(Locale.ROOT, "explicit grid of %d frequencies", frequencies.length));
        } else {
            parts.add("frequency " + limit(minimumFrequency) + "–" + limit(maximumFrequency) + " /d");
            parts.add("samplesPerPeak=" + fmt(samplesPerPeak));
            parts.add("nyquistFactor=" + fmt(nyquistFactor));
        }
        parts.add("method=" + method);
        parts.add("normalization=" + normalization);
        parts.add("ntermsBase=" + ntermsBase);
        parts.add("ntermsBand=" + ntermsBand);
        if (multiband) {
            parts.add("multiband");
        }
        return "PeriodogramOptions[" + String.join(", ", parts) + "]";
    }

    private static String limit(double f) {
        return Double.isNaN(f) ? "auto" : fmt(f);
    }

    private static String fmt(double x) {
        return String.format(Locale.ROOT, "%.6g", x).replaceAll("\\.?0+(e|$)", "$1");
    }

    /** Builder of {@link PeriodogramOptions}; every setter validates its argument. */
    public static final class Builder {
        private double minimumFrequency = Double.NaN;
        private double maximumFrequency = Double.NaN;
        private double samplesPerPeak = 5;
        private double nyquistFactor = 5;
        private double[] frequencies = new double[0];
        private Method method = Method.FAST;
        private Normalization normalization = Normalization.STANDARD;
        private int ntermsBase = 1;
        private int ntermsBand = 0;
        private boolean multiband = false;

        private Builder() {
        }

        /** Minimum frequency in 1/day (astropy {@code minimum_frequency}). */
        public Builder minimumFrequency(double perDay) {
            minimumFrequency = positive("minimumFrequency", perDay);
            return this;
        }

        /** Maximum frequency in 1/day (astropy {@code maximum_frequency}). */
        public Builder maximumFrequency(double perDay) {
            maximumFrequency = positive("maximumFrequency", perDay);
            return this;
        }

        /** Shortest period searched, in days: sets the maximum frequency to {@code 1/minPeriodDays}. */
        public Builder minPeriod(double minPeriodDays) {
            return maximumFrequency(1 / positive("minPeriod", minPeriodDays));
        }

        /** Longest period searched, in days: sets the minimum frequency to {@code 1/maxPeriodDays}. */
        public Builder maxPeriod(double maxPeriodDays) {
            return minimumFrequency(1 / positive("maxPeriod", maxPeriodDays));
        }

        public Builder samplesPerPeak(double samples) {
            samplesPerPeak = positive("samplesPerPeak", samples);
            return this;
        }

        public Builder nyquistFactor(double factor) {
            nyquistFactor = positive("nyquistFactor", factor);
            return this;
        }

        /** An explicit grid of frequencies (1/day, positive and finite); evaluated with {@link Method#DIRECT}. */
        public Builder frequencies(double... perDay) {
            if (perDay.length == 0) {
                throw InvalidInputException.of("frequencies", "a non-empty array", "[]",
                        "leave frequencies unset to use the automatic grid");
            }
            for (double f : perDay) {
                positive("frequencies[i]", f);
            }
            frequencies = perDay.clone();
            return this;
        }

        public Builder method(Method m) {
            method = java.util.Objects.requireNonNull(m, "method");
            return this;
        }

        public Builder normalization(Normalization n) {
            normalization = java.util.Objects.requireNonNull(n, "normalization");
            return this;
        }

        /** Harmonics of the shared multiband model (gatspy {@code Nterms_base}, ≥ 1). */
        public Builder ntermsBase(int terms) {
            if (terms < 1 || terms > 10) {
                throw InvalidInputException.of("ntermsBase", "in [1, 10]", terms, "use 1 for a sinusoid");
            }
            ntermsBase = terms;
            return this;
        }

        /** Harmonics added for each band on top of its offset (gatspy {@code Nterms_band}, ≥ 0). */
        public Builder ntermsBand(int terms) {
            if (terms < 0 || terms > 10) {
                throw InvalidInputException.of("ntermsBand", "in [0, 10]", terms, "use 0 for per-band offsets only");
            }
            ntermsBand = terms;
            return this;
        }

        /** Fit all bands of a light curve together (gatspy's multiband model) instead of one band. */
        public Builder multiband(boolean together) {
            multiband = together;
            return this;
        }

        public PeriodogramOptions build() {
            if (!Double.isNaN(minimumFrequency) && !Double.isNaN(maximumFrequency)
                    && minimumFrequency >= maximumFrequency) {
                throw InvalidInputException.of("frequency range", "minimum < maximum",
                        minimumFrequency + "–" + maximumFrequency + " /d",
                        "check minPeriod/maxPeriod: the shortest period sets the maximum frequency");
            }
            return new PeriodogramOptions(minimumFrequency, maximumFrequency, samplesPerPeak, nyquistFactor,
                    frequencies, method, normalization, ntermsBase, ntermsBand, multiband);
        }

        private static double positive(String what, double x) {
            if (!(x > 0) || Double.isInfinite(x)) {
                throw InvalidInputException.of(what, "positive and finite", x, "");
            }
            return x;
        }
    }
}
