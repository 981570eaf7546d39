package org.ztfkit.model;

import org.ztfkit.errors.InvalidInputException;

/**
 * An inclusive time window on the light-curve axis (heliocentric MJD, UTC, mid-exposure). Either end may be
 * infinite.
 *
 * @param min first HMJD included
 * @param max last HMJD included
 */
public record MjdRange(double min, double max) {
    public static final MjdRange ALL = new MjdRange(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);

    public MjdRange {
        if (Double.isNaN(min) || Double.isNaN(max)) {
            throw InvalidInputException.of("MJD window", "two numbers", min + ", " + max, "");
        }
        if (min > max) {
            throw InvalidInputException.of("MJD window start", "not after its end (" + max + ")", min,
                    "swap the two values");
        }
    }

    public static MjdRange of(double min, double max) {
        return new MjdRange(min, max);
    }

    public boolean contains(double hmjd) {
        return hmjd >= min && hmjd <= max;
    }

    public boolean isBounded() {
        return Double.isFinite(min) && Double.isFinite(max);
    }

    @Override
    public String toString() {
        return "HMJD " + (Double.isFinite(min) ? fmt(min) : "−∞") + "–" + (Double.isFinite(max) ? fmt(max) : "∞");
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
