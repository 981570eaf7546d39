package org.ztfkit.plot;

import java.util.Locale;
import org.ztfkit.errors.InvalidInputException;

/**
 * A closed interval of an axis in data units, {@code min < max} whatever the axis direction (an inverted axis
 * draws {@code min} at the top).
 *
 * @param min lower data value
 * @param max upper data value
 */
public record Range(double min, double max) {
    public Range {
        if (!(Double.isFinite(min) && Double.isFinite(max) && min < max)) {
            throw InvalidInputException.of("axis range", "two finite numbers with min < max", min + ", " + max,
                    "e.g. new Range(15.2, 18.9)");
        }
    }

    /** True when {@code min ≤ value ≤ max}. */
    public boolean contains(double value) {
        return value >= min && value <= max;
    }

    /** {@code max − min}. */
    public double span() {
        return max - min;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.6g–%.6g", min, max);
    }
}
