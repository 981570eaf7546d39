package org.ztfkit.plot;

import java.util.Arrays;
import org.ztfkit.errors.InvalidInputException;

/**
 * Error bars of a series in data units: point {@code i} spans {@code [y − below[i], y + above[i]]}. They may be
 * asymmetric (difference magnitudes, seed 001 eqs. 6–7: {@code below} is the error towards brighter, smaller
 * magnitudes). A NaN or infinite length draws no bar on that side; an upper limit has none.
 *
 * <pre>{@code
 * ErrorBars.symmetric(magerr);
 * ErrorBars.of(diffmagerrMinus, diffmagerrPlus);
 * }</pre>
 */
public final class ErrorBars {
    /** No error bars. */
    public static final ErrorBars NONE = new ErrorBars(new double[0], new double[0]);

    private final double[] below;
    private final double[] above;

    private ErrorBars(double[] below, double[] above) {
        this.below = below;
        this.above = above;
    }

    /**
     * Bars of the given lengths below and above each point (copied).
     *
     * @throws InvalidInputException if the arrays differ in length
     */
    public static ErrorBars of(double[] below, double[] above) {
        if (below.length != above.length) {
            throw InvalidInputException.of("error bars", "two arrays of the same length",
                    below.length + " and " + above.length, "");
        }
        return new ErrorBars(below.clone(), above.clone());
    }

    /** The same length on both sides. */
    public static ErrorBars symmetric(double[] errors) {
        return of(errors, errors);
    }

    /** True for {@link #NONE}. */
    public boolean isEmpty() {
        return below.length == 0;
    }

    /** Number of points covered (0 for {@link #NONE}). */
    public int size() {
        return below.length;
    }

    /** Length of the bar below point {@code i} (towards smaller values). */
    public double below(int i) {
        return below[i];
    }

    /** Length of the bar above point {@code i} (towards larger values). */
    public double above(int i) {
        return above[i];
    }

    /** True when the two sides differ somewhere. */
    public boolean isAsymmetric() {
        return !Arrays.equals(below, above);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ErrorBars e && Arrays.equals(below, e.below) && Arrays.equals(above, e.above);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(below) + Arrays.hashCode(above);
    }

    @Override
    public String toString() {
        return isEmpty() ? "ErrorBars[none]" : "ErrorBars[" + size() + (isAsymmetric() ? ", asymmetric]" : "]");
    }
}
