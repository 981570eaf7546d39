package org.ztfkit.period;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.ztfkit.errors.InvalidInputException;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * A Lomb–Scargle periodogram: an immutable value holding the frequency grid, the power at each frequency, and what
 * the false-alarm probability needs. Single-band power is astropy's generalised periodogram ({@code LombScargle(t,
 * y, dy, fit_mean=True, center_data=True)}); multiband power is gatspy's {@code LombScargleMultiband} (see
 * {@link #multiband}). Frequencies are cyclic, in 1/day when times are in days.
 * <p>
 * Rows where time, value or error is not finite are dropped first; errors must be positive. At least 3 points
 * spanning a positive baseline are needed.
 *
 * <pre>{@code
 * Periodogram pg = Periodogram.of(t, mag, magErr, Periodogram.options().minPeriod(0.05).maxPeriod(50).build());
 * pg.bestPeriod();               // days
 * pg.peaks(5);                   // the five highest distinct local maxima
 * pg.falseAlarmProbability();    // Baluev (2008), as astropy method='baluev'
 * pg.table();                    // frequency, period, power as a Tablesaw table
 * }</pre>
 */
public final class Periodogram {
    private final double[] frequency;
    private final double[] power;
    private final PeriodogramOptions settings;
    private final int observations;
    private final double weightedVarT;
    private final List<String> bands;

    private Periodogram(double[] frequency, double[] power, PeriodogramOptions settings, int observations,
            double weightedVarT, List<String> bands) {
        this.frequency = frequency;
        this.power = power;
        this.settings = settings;
        this.observations = observations;
        this.weightedVarT = weightedVarT;
        this.bands = bands;
    }

    /** A builder of {@link PeriodogramOptions}, starting from the defaults. */
    public static PeriodogramOptions.Builder options() {
        return PeriodogramOptions.builder();
    }

    /** The periodogram with the default options; {@code dy} may be null for equal weights (astropy dy=None). */
    public static Periodogram of(double[] t, double[] y, double[] dy) {
        return of(t, y, dy, PeriodogramOptions.DEFAULT);
    }

    /**
     * The single-band periodogram.
     *
     * @param t  times (days)
     * @param y  values (magnitudes or fluxes)
     * @param dy errors of y, positive; null for equal weights
     */
    public static Periodogram of(double[] t, double[] y, double[] dy, PeriodogramOptions options) {
        Input in = Input.of(t, y, dy, null);
        FrequencyGrid grid = FrequencyGrid.auto(in.t.length, in.baseline(), options);
        LombScargle.Data data = LombScargle.Data.of(in.t, in.y, in.dy);
        boolean fast = options.method() == PeriodogramOptions.Method.FAST && grid.isRegular();
        double[] p = fast ? LombScargle.fast(data, grid, options.normalization())
                : LombScargle.direct(data, grid, options.normalization());
        return new Periodogram(grid.frequencies(), p, options, in.t.length, weightedVariance(data), List.of());
    }

    /**
     * Options for a light curve's bands fitted together, with the default grid and gatspy's default model:
     * {@code lc.periodogram(Periodogram.multiband())}. Customise with
     * {@code Periodogram.options().multiband(true).ntermsBase(2).build()}.
     */
    public static PeriodogramOptions multiband() {
        return options().multiband(true).build();
    }

    /**
     * The multiband periodogram of VanderPlas &amp; Ivezić (2015), as gatspy's {@code LombScargleMultiband}: one
     * model with {@code ntermsBase} harmonics shared by all bands, plus an offset and {@code ntermsBand} harmonics per
     * band (defaults 1 and 0: a common sinusoid with per-band offsets). Power is in the standard normalisation
     * ({@code 1 − χ²(f)/χ²_ref}, χ²_ref about the per-band weighted means); the grid is chosen from all points as
     * for one band. Evaluated directly, O(M·N·K²) with K model columns; the false-alarm probability is not
     * defined for it.
     *
     * @param bands band label of every point, e.g. {@code "ztf_g"}
     */
    public static Periodogram multiband(double[] t, double[] y, double[] dy, String[] bands,
            PeriodogramOptions options) {
        Input in = Input.of(t, y, dy, bands);
        TreeMap<String, Integer> index = new TreeMap<>();
        for (String b : in.bands) {
            index.putIfAbsent(b, 0);
        }
        int k = 0;
        for (var e : index.entrySet()) {
            e.setValue(k++);
        }
        int[] bandIndex = new int[in.t.length];
        for (int i = 0; i < bandIndex.length; i++) {
            bandIndex[i] = index.get(in.bands[i]);
        }
        FrequencyGrid grid = FrequencyGrid.auto(in.t.length, in.baseline(), options);
        double[] p = Multiband.power(in.t, in.y, in.dy, bandIndex, index.size(), grid, options.ntermsBase(),
                options.ntermsBand());
        LombScargle.Data data = LombScargle.Data.of(in.t, in.y, in.dy);
        return new Periodogram(grid.frequencies(), p, options, in.t.length, weightedVariance(data),
                List.copyOf(index.keySet()));
    }

    /** Frequencies (1/day), ascending for automatic grids. */
    public double[] frequency() {
        return frequency.clone();
    }

    /** Periods {@code 1/frequency} (days). */
    public double[] period() {
        double[] p = new double[frequency.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = 1 / frequency[i];
        }
        return p;
    }

    /** Power at each frequency, in {@link PeriodogramOptions#normalization()}. */
    public double[] power() {
        return power.clone();
    }

    /** Number of frequencies. */
    public int size() {
        return frequency.length;
    }

    /** Number of observations used (after dropping non-finite rows). */
    public int observations() {
        return observations;
    }

    /** The options this periodogram was computed with. */
    public PeriodogramOptions settings() {
        return settings;
    }

    /** The bands of a multiband periodogram, sorted; empty for a single-band one. */
    public List<String> bands() {
        return bands;
    }

    /** The highest point of the periodogram. */
    public Peak best() {
        int best = -1;
        for (int i = 0; i < power.length; i++) {
            if (!Double.isNaN(power[i]) && (best < 0 || power[i] > power[best])) {
                best = i;
            }
        }
        if (best < 0) {
            throw new IllegalStateException("the periodogram has no finite power: the data are constant");
        }
        return new Peak(frequency[best], power[best]);
    }

    /** The period of the highest point, in days. */
    public double bestPeriod() {
        return best().periodDays();
    }

    /** The frequency of the highest point, in 1/day. */
    public double bestFrequency() {
        return best().frequency();
    }

    /**
     * The {@code count} highest distinct local maxima, highest first: points higher than the previous one and not
     * lower than the next (the ends of the grid count when higher than their only neighbour). Fewer are returned
     * when the periodogram has fewer.
     */
    public List<Peak> peaks(int count) {
        if (count < 1) {
            throw InvalidInputException.of("count", "at least 1", count, "");
        }
        List<Peak> peaks = new ArrayList<>();
        int m = power.length;
        for (int i = 0; i < m; i++) {
            double p = power[i];
            boolean aboveLeft = i == 0 || p > power[i - 1];
            boolean notBelowRight = i == m - 1 || p >= power[i + 1];
            if (aboveLeft && notBelowRight && !Double.isNaN(p) && m > 1) {
                peaks.add(new Peak(frequency[i], p));
            }
        }
        if (m == 1) {
            peaks.add(new Peak(frequency[0], power[0]));
        }
        peaks.sort(Comparator.comparingDouble(Peak::power).reversed());
        return List.copyOf(peaks.subList(0, Math.min(count, peaks.size())));
    }

    /** The false-alarm probability of the highest peak; empty for a multiband periodogram. */
    public OptionalDouble falseAlarmProbability() {
        return falseAlarmProbability(best().power());
    }

    /**
     * Baluev's (2008) alias-free false-alarm probability of a peak of the given power, as astropy's
     * {@code false_alarm_probability(power, method='baluev')} with this grid's maximum frequency; empty for a
     * multiband periodogram, where it is not defined.
     */
    public OptionalDouble falseAlarmProbability(double peakPower) {
        if (!bands.isEmpty()) {
            return OptionalDouble.empty();
        }
        double fmax = Arrays.stream(frequency).max().orElseThrow();
        return OptionalDouble.of(Baluev.falseAlarmProbability(peakPower, observations, fmax, weightedVarT,
                settings.normalization()));
    }

    /** A new table with columns {@code frequency} (1/d), {@code period} (d) and {@code power}. */
    public Table table() {
        return Table.create(bands.isEmpty() ? "periodogram" : "multiband periodogram",
                DoubleColumn.create("frequency", frequency), DoubleColumn.create("period", period()),
                DoubleColumn.create("power", power));
    }

    @Override
    public String toString() {
        String kind = bands.isEmpty() ? "" : " bands=" + bands;
        String head = String.format(Locale.ROOT, "Periodogram[N=%d%s, %d frequencies %.4g–%.4g /d", observations,
                kind, frequency.length, frequency[0], frequency[frequency.length - 1]);
        try {
            Peak b = best();
            String fap = falseAlarmProbability().isPresent()
                    ? String.format(Locale.ROOT, " FAP=%.3g", falseAlarmProbability().getAsDouble()) : "";
            return head + String.format(Locale.ROOT, ", best P=%.6g d power=%.4g%s]", b.periodDays(), b.power(),
                    fap);
        } catch (IllegalStateException e) {
            return head + ", no finite power]";
        }
    }

    /** {@code Σw t²/Σw − (Σw t/Σw)²} with weights {@code dy⁻²}, as astropy's {@code _weighted_var}. */
    private static double weightedVariance(LombScargle.Data d) {
        double mean = 0;
        double mean2 = 0;
        for (int i = 0; i < d.t().length; i++) {
            mean += d.w()[i] * d.t()[i];
            mean2 += d.w()[i] * d.t()[i] * d.t()[i];
        }
        return mean2 - mean * mean;
    }

    /** Finite rows of the input, with unit errors when none were given. */
    private record Input(double[] t, double[] y, double[] dy, String[] bands) {
        static Input of(double[] t, double[] y, double[] dy, String[] bands) {
            int n = t.length;
            if (y.length != n || (dy != null && dy.length != n) || (bands != null && bands.length != n)) {
                throw InvalidInputException.of("array lengths", "equal", "t:" + n + " y:" + y.length
                        + (dy == null ? "" : " dy:" + dy.length) + (bands == null ? "" : " bands:" + bands.length),
                        "pass one value per observation");
            }
            int kept = 0;
            double[] tt = new double[n];
            double[] yy = new double[n];
            double[] ee = new double[n];
            String[] bb = new String[n];
            for (int i = 0; i < n; i++) {
                double e = dy == null ? 1 : dy[i];
                if (!Double.isFinite(t[i]) || !Double.isFinite(y[i]) || !Double.isFinite(e)) {
                    continue;
                }
                if (e <= 0) {
                    throw InvalidInputException.of("dy[" + i + "]", "positive", e,
                            "drop points without a valid error, or pass dy = null for equal weights");
                }
                if (bands != null && bands[i] == null) {
                    throw InvalidInputException.of("bands[" + i + "]", "a band label", "null", "");
                }
                tt[kept] = t[i];
                yy[kept] = y[i];
                ee[kept] = e;
                bb[kept] = bands == null ? null : bands[i];
                kept++;
            }
            if (kept < 3) {
                throw InvalidInputException.of("number of finite observations", "at least 3", kept,
                        "a periodogram needs more points");
            }
            Input in = new Input(Arrays.copyOf(tt, kept), Arrays.copyOf(yy, kept), Arrays.copyOf(ee, kept),
                    Arrays.copyOf(bb, kept));
            if (!(in.baseline() > 0)) {
                throw InvalidInputException.of("time baseline", "positive", in.baseline(),
                        "all observations are at the same time");
            }
            return in;
        }

        double baseline() {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (double x : t) {
                min = Math.min(min, x);
                max = Math.max(max, x);
            }
            return max - min;
        }
    }
}
