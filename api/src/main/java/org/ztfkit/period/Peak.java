package org.ztfkit.period;

import java.util.Locale;

/**
 * A local maximum of a periodogram.
 *
 * <pre>{@code
 * Peak p = periodogram.peaks(1).get(0);
 * p.periodDays();   // 0.5123
 * }</pre>
 *
 * @param frequency cyclic frequency (1/day)
 * @param power     power in the periodogram's normalisation
 */
public record Peak(double frequency, double power) {
    /** The period {@code 1/frequency} in days. */
    public double periodDays() {
        return 1 / frequency;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Peak[P=%.6g d, f=%.6g /d, power=%.4g]", periodDays(), frequency, power);
    }
}
