package org.ztfkit.fit;

/**
 * The allowed range of one fit parameter, enforced by a change of variable (MINUIT's sine transform): the optimiser
 * works on an unbounded internal value q and the model sees {@code p = lower + (upper − lower)(1 + sin q)/2}, which
 * can never leave [lower, upper]. A positive range wider than three decades (amplitudes in μJy, time scales in
 * days) is mapped the same way in log p, so steps are multiplicative. Both limits infinite means no bound.
 */
record ParameterBound(double lower, double upper) {
    static final ParameterBound NONE = new ParameterBound(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    /** Where a start value on or outside a bound is moved: this fraction of the range inside it. */
    private static final double INSET = 1e-3;

    boolean isFree() {
        return Double.isInfinite(lower) && Double.isInfinite(upper);
    }

    private boolean isLogarithmic() {
        return lower > 0 && upper / lower > 1e3;
    }

    /** The internal (unbounded) value whose image is {@code p}, after moving {@code p} strictly inside the range. */
    double toInternal(double p) {
        if (isFree()) {
            return p;
        }
        double lo = isLogarithmic() ? Math.log(lower) : lower;
        double hi = isLogarithmic() ? Math.log(upper) : upper;
        double x = isLogarithmic() ? Math.log(p) : p;
        double inset = INSET * (hi - lo);
        x = Math.min(Math.max(x, lo + inset), hi - inset);
        return Math.asin(2 * (x - lo) / (hi - lo) - 1);
    }

    double toExternal(double q) {
        if (isFree()) {
            return q;
        }
        if (isLogarithmic()) {
            double lo = Math.log(lower);
            double hi = Math.log(upper);
            return Math.exp(lo + (hi - lo) * (1 + Math.sin(q)) / 2);
        }
        return lower + (upper - lower) * (1 + Math.sin(q)) / 2;
    }

    /** dp/dq at internal value {@code q}. */
    double derivative(double q) {
        if (isFree()) {
            return 1;
        }
        if (isLogarithmic()) {
            return toExternal(q) * (Math.log(upper) - Math.log(lower)) * Math.cos(q) / 2;
        }
        return (upper - lower) * Math.cos(q) / 2;
    }

    @Override
    public String toString() {
        return isFree() ? "free" : "[" + lower + ", " + upper + "]";
    }
}
