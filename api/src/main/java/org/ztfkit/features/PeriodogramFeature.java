package org.ztfkit.features;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.ztfkit.errors.InvalidInputException;

/**
 * The crate's {@code Periodogram} meta-feature (external-services.md §13.3–13.4): Lomb–Scargle power on a grid of
 * angular frequencies with step {@code 2π(N−1)/(N·resolution·duration)} up to {@code maxFreqFactor}·Nyquist; the
 * {@code peaks} highest local maxima (a point higher than the one before and not lower than the one after), highest
 * first, give {@code period_i = 2π/ω} and {@code period_s_to_n_i = (P − mean P)/std P} (0 and 0 for missing peaks).
 * Spectrum sub-features see (ω, P) as a light curve with unit weights ({@code periodogram_<name>}); phase
 * sub-features see the light curve folded at {@code period_0}, phase 0 at the minimum value
 * ({@code period_folded_<name>}).
 * <p>
 * Defaults (the crate's): 1 peak, resolution 10, max-frequency factor 1, {@link Nyquist#average()}, the crate 0.10+
 * zero-based grid of 2^k+1 points, FFT evaluation, PSD normalisation.
 *
 * <pre>{@code
 * Feature pg = PeriodogramFeature.builder().peaks(5).maxFreqFactor(2).nyquist(Nyquist.median()).build();
 * }</pre>
 */
public final class PeriodogramFeature extends Feature {
    /** Power normalisation: PSD (the crate's raw power), Standard = PSD·2/(N−1), Model = S/(1−S), Log = −ln(1−S). */
    public enum Normalization { PSD, STANDARD, MODEL, LOG }

    /** Evaluation: the crate's FFT scheme (default) or exact sums. */
    public enum Algorithm { FFT, DIRECT }

    private final int peaks;
    private final float resolution;
    private final float maxFreqFactor;
    private final Nyquist nyquist;
    private final CratePeriodogram.Layout layout;
    private final Algorithm algorithm;
    private final Normalization normalization;
    private final List<Feature> spectrum;
    private final List<Feature> phase;
    private final String spectrumPrefix;
    private final List<String> names;

    private PeriodogramFeature(Builder b) {
        this.peaks = b.peaks;
        this.resolution = b.resolution;
        this.maxFreqFactor = b.maxFreqFactor;
        this.nyquist = b.nyquist;
        this.layout = b.layout;
        this.algorithm = b.algorithm;
        this.normalization = b.normalization;
        this.spectrum = List.copyOf(b.spectrum);
        this.phase = List.copyOf(b.phase);
        this.spectrumPrefix = b.spectrumPrefix;
        List<String> n = new ArrayList<>();
        for (int i = 0; i < peaks; i++) {
            n.add("period_" + i);
            n.add("period_s_to_n_" + i);
        }
        for (Feature f : spectrum) {
            f.names().forEach(x -> n.add(spectrumPrefix + "_" + x));
        }
        for (Feature f : phase) {
            f.names().forEach(x -> n.add("period_folded_" + x));
        }
        this.names = List.copyOf(n);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public List<String> names() {
        return names;
    }

    @Override
    public int minimumPoints() {
        return Math.max(2, phase.stream().mapToInt(Feature::minimumPoints).max().orElse(2));
    }

    @Override
    boolean requiresVariability() {
        return false;
    }

    CratePeriodogram.Grid grid(double[] t) {
        return CratePeriodogram.grid(t, resolution, maxFreqFactor, nyquist, layout);
    }

    /** The normalised power of one light curve on a grid. */
    double[] power(CratePeriodogram.Grid grid, double[] t, double[] m) {
        double[] p = CratePeriodogram.power(grid, t, m, algorithm == Algorithm.FFT);
        if (normalization != Normalization.PSD) {
            for (int i = 0; i < p.length; i++) {
                double standard = p[i] * 2 / (t.length - 1);
                p[i] = switch (normalization) {
                    case STANDARD -> standard;
                    case MODEL -> standard / (1 - standard);
                    case LOG -> -Math.log(1 - standard);
                    case PSD -> p[i];
                };
            }
        }
        return p;
    }

    @Override
    void evaluate(Sample s, double[] out, int offset) {
        CratePeriodogram.Grid grid = grid(s.t);
        evaluateSpectrum(grid, power(grid, s.t, s.m), out, offset);
        if (!phase.isEmpty()) {
            Sample folded = fold(s, out[offset]);
            int k = offset + 2 * peaks + spectrumSize();
            for (Feature f : phase) {
                f.evaluateChecked(folded, out, k);
                k += f.size();
            }
        }
    }

    /** Peaks and spectrum sub-features of a power spectrum (shared with the multicolour periodogram). */
    void evaluateSpectrum(CratePeriodogram.Grid grid, double[] power, double[] out, int offset) {
        double[] freq = new double[power.length];
        for (int i = 0; i < freq.length; i++) {
            freq[i] = grid.frequency(i);
        }
        Sample spec = Sample.unweighted(freq, power);
        int[] top = peakIndices(power);
        double mean = spec.mean();
        double std = spec.n > 1 ? spec.std() : 0;
        for (int i = 0; i < peaks; i++) {
            if (i < top.length) {
                out[offset + 2 * i] = 2 * Math.PI / freq[top[i]];
                out[offset + 2 * i + 1] = std == 0 ? 0 : (power[top[i]] - mean) / std;
            } else {
                out[offset + 2 * i] = 0;
                out[offset + 2 * i + 1] = 0;
            }
        }
        int k = offset + 2 * peaks;
        for (Feature f : spectrum) {
            f.evaluateChecked(spec, out, k);
            k += f.size();
        }
    }

    private int spectrumSize() {
        return spectrum.stream().mapToInt(Feature::size).sum();
    }

    /** Indices of local maxima (the crate's {@code peak_indices}), highest first. */
    static int[] peakIndices(double[] p) {
        List<Integer> idx = new ArrayList<>();
        double prev = Double.POSITIVE_INFINITY;
        boolean prevRising = false;
        for (int i = 0; i < p.length; i++) {
            boolean rising = p[i] > prev;
            if (prevRising && !rising) {
                idx.add(i - 1);
            }
            prev = p[i];
            prevRising = rising;
        }
        return idx.stream().sorted((a, b) -> Double.compare(p[b], p[a])).mapToInt(Integer::intValue).toArray();
    }

    /** The light curve folded at the period, phase in [0, 1) with 0 at the minimum value, sorted by phase. */
    static Sample fold(Sample s, double period) {
        if (!(period > 0) || Double.isInfinite(period)) {
            throw undefined("period_folded", "the best period " + period + " is not positive");
        }
        int n = s.n;
        double[] phase = new double[n];
        int minIndex = 0;
        for (int i = 0; i < n; i++) {
            double p = (s.t[i] / period) % 1.0;
            phase[i] = p < 0 ? p + 1 : p;
            if (s.m[i] < s.m[minIndex]) {
                minIndex = i;
            }
        }
        double zero = phase[minIndex];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            phase[i] = (phase[i] - zero + 1) % 1.0;
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(phase[a], phase[b]));
        double[] ft = new double[n];
        double[] fm = new double[n];
        for (int i = 0; i < n; i++) {
            ft[i] = phase[order[i]];
            fm[i] = s.m[order[i]];
        }
        return Sample.unweighted(ft, fm);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT,
                "PeriodogramFeature[peaks=%d, resolution=%s, maxFreqFactor=%s, nyquist=%s, grid=%s, %s, %s, "
                        + "spectrum=%s, phase=%s]", peaks, resolution, maxFreqFactor, nyquist, layout, algorithm,
                normalization, spectrum.stream().map(Feature::names).toList(),
                phase.stream().map(Feature::names).toList());
    }

    /** Builder with the crate's defaults. */
    public static final class Builder {
        private int peaks = 1;
        private float resolution = 10;
        private float maxFreqFactor = 1;
        private Nyquist nyquist = Nyquist.average();
        private CratePeriodogram.Layout layout = CratePeriodogram.Layout.ZERO_BASED;
        private Algorithm algorithm = Algorithm.FFT;
        private Normalization normalization = Normalization.PSD;
        private final List<Feature> spectrum = new ArrayList<>();
        private final List<Feature> phase = new ArrayList<>();
        private String spectrumPrefix = "periodogram";

        private Builder() {
        }

        /** Number of peaks reported (period_i and period_s_to_n_i for each). */
        public Builder peaks(int count) {
            if (count < 1) {
                throw InvalidInputException.of("peaks", "at least 1", count, "");
            }
            peaks = count;
            return this;
        }

        /** Grid points per 2π/duration; stored in single precision as the crate does. */
        public Builder resolution(float r) {
            positive("resolution", r);
            resolution = r;
            return this;
        }

        /** The maximum frequency is this multiple of the Nyquist frequency. */
        public Builder maxFreqFactor(float factor) {
            positive("maxFreqFactor", factor);
            maxFreqFactor = factor;
            return this;
        }

        public Builder nyquist(Nyquist n) {
            nyquist = java.util.Objects.requireNonNull(n, "nyquist");
            return this;
        }

        /** The grid of crate versions up to 0.9 (the SNAD service v0.1–v0.5): ω_i = (i+1)·step, 2^k points. */
        public Builder oneBasedGrid() {
            layout = CratePeriodogram.Layout.ONE_BASED;
            return this;
        }

        public Builder algorithm(Algorithm a) {
            algorithm = java.util.Objects.requireNonNull(a, "algorithm");
            return this;
        }

        public Builder normalization(Normalization n) {
            normalization = java.util.Objects.requireNonNull(n, "normalization");
            return this;
        }

        /** Features of the spectrum, named {@code periodogram_<name>}. */
        public Builder spectrumFeatures(Feature... features) {
            spectrum.addAll(List.of(features));
            return this;
        }

        /** Features of the light curve folded at the best period, named {@code period_folded_<name>}. */
        public Builder phaseFeatures(Feature... features) {
            phase.addAll(List.of(features));
            return this;
        }

        Builder spectrumPrefix(String prefix) {
            spectrumPrefix = prefix;
            return this;
        }

        public PeriodogramFeature build() {
            return new PeriodogramFeature(this);
        }
    }
}
