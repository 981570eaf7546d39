package org.ztfkit.plot;

import java.util.Optional;
import org.ztfkit.errors.InvalidInputException;

/**
 * One axis of a plot: its label (with units and, for time, the time scale), an optional fixed range, and whether
 * it runs backwards (magnitudes: brighter is up) or on a log scale.
 *
 * <pre>{@code
 * Axis y = Axis.of("mag").withRange(15.2, 18.9).invert();   // 15.2 at the top
 * Axis x = Axis.of("period, days").withLogScale();
 * }</pre>
 *
 * @param label       the axis title, e.g. {@code "HMJD (UTC, mid-exposure)"}
 * @param range       the drawn range; empty means fitted to the data by the renderer
 * @param inverted    true when larger values are drawn lower (y) or further left (x)
 * @param logScale    true for a log10 scale (all data must then be positive)
 */
public record Axis(String label, Optional<Range> range, boolean inverted, boolean logScale) {
    public Axis {
        if (label == null) {
            throw InvalidInputException.of("axis label", "a text (may be empty)", "null", "");
        }
        if (range == null) {
            throw InvalidInputException.of("axis range", "Optional.empty() or a Range", "null", "");
        }
    }

    /** A linear, non-inverted axis fitted to the data. */
    public static Axis of(String label) {
        return new Axis(label, Optional.empty(), false, false);
    }

    /** The same axis with a fixed range. */
    public Axis withRange(double min, double max) {
        return new Axis(label, Optional.of(new Range(min, max)), inverted, logScale);
    }

    /** The same axis with another label. */
    public Axis withLabel(String newLabel) {
        return new Axis(newLabel, range, inverted, logScale);
    }

    /** The same axis drawn backwards. */
    public Axis invert() {
        return new Axis(label, range, true, logScale);
    }

    /** The same axis on a log10 scale. */
    public Axis withLogScale() {
        return new Axis(label, range, inverted, true);
    }

    @Override
    public String toString() {
        return "'" + label + "'" + range.map(r -> " " + r).orElse("") + (inverted ? " inverted" : "")
                + (logScale ? " log" : "");
    }
}
