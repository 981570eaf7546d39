package org.ztfkit.features;

import java.util.Arrays;
import java.util.Locale;
import org.ztfkit.errors.InvalidInputException;

/**
 * How the periodogram feature chooses its Nyquist (angular) frequency π/Δt from the times, as the crate's
 * {@code NyquistFreq}: {@link #average()} Δt = duration/(N−1); {@link #median()} Δt = median interval;
 * {@link #quantile(float)} Δt = a type-5 quantile of the intervals; {@link #fixed(float)} a given value. The crate
 * stores fixed values in single precision, and so does this class.
 *
 * <pre>{@code
 * PeriodogramFeature.builder().nyquist(Nyquist.fixedFromDt(1.0f / 24)).build();   // shortest period 2 h
 * }</pre>
 */
public final class Nyquist {
    private enum Kind { AVERAGE, MEDIAN, QUANTILE, FIXED }

    private final Kind kind;
    private final float value;
    private final double cap;

    private Nyquist(Kind kind, float value, double cap) {
        this.kind = kind;
        this.value = value;
        this.cap = cap;
    }

    /** π(N−1)/(t_N − t_1), the crate's default. */
    public static Nyquist average() {
        return new Nyquist(Kind.AVERAGE, 0, Double.POSITIVE_INFINITY);
    }

    /** π / median(Δt). */
    public static Nyquist median() {
        return new Nyquist(Kind.MEDIAN, 0, Double.POSITIVE_INFINITY);
    }

    /** π / Q_q(Δt) with the type-5 quantile. */
    public static Nyquist quantile(float q) {
        if (!(q >= 0 && q <= 1)) {
            throw InvalidInputException.of("q", "in [0, 1]", q, "");
        }
        return new Nyquist(Kind.QUANTILE, q, Double.POSITIVE_INFINITY);
    }

    /** A fixed angular frequency (rad/day), stored in single precision as the crate does. */
    public static Nyquist fixed(float angularFrequency) {
        Feature.positive("angularFrequency", angularFrequency);
        return new Nyquist(Kind.FIXED, angularFrequency, Double.POSITIVE_INFINITY);
    }

    /** The crate's {@code FixedNyquistFreq::from_dt}: π/dt computed in single precision. */
    public static Nyquist fixedFromDt(float dtDays) {
        Feature.positive("dtDays", dtDays);
        return fixed((float) Math.PI / dtDays);
    }

    /** This choice, but never above {@code maxAngularFrequency} (service v0.1: median, at most π/300 s). */
    public Nyquist atMost(double maxAngularFrequency) {
        return new Nyquist(kind, value, maxAngularFrequency);
    }

    /** The Nyquist angular frequency (rad/day) for time-sorted times. */
    double frequency(double[] t) {
        int n = t.length;
        double f = switch (kind) {
            case AVERAGE -> Math.PI * (n - 1) / (t[n - 1] - t[0]);
            case MEDIAN -> Math.PI / Sample.median(intervals(t));
            case QUANTILE -> Math.PI / Sample.quantile(intervals(t), value);
            case FIXED -> value;
        };
        return Math.min(f, cap);
    }

    private static double[] intervals(double[] t) {
        double[] dt = new double[t.length - 1];
        for (int i = 1; i < t.length; i++) {
            dt[i - 1] = t[i] - t[i - 1];
        }
        Arrays.sort(dt);
        return dt;
    }

    @Override
    public String toString() {
        String base = switch (kind) {
            case AVERAGE -> "average";
            case MEDIAN -> "median";
            case QUANTILE -> "quantile(" + value + ")";
            case FIXED -> String.format(Locale.ROOT, "fixed(%.6g rad/d)", value);
        };
        return cap < Double.POSITIVE_INFINITY ? String.format(Locale.ROOT, "%s≤%.6g rad/d", base, cap) : base;
    }
}
