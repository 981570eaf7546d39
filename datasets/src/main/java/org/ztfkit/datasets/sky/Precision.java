package org.ztfkit.datasets.sky;

/**
 * Rounding of simulated values to the precision the real services publish them with. Besides looking like the real
 * values, rounded decimals compress several times better in DuckDB (ALP encoding), which keeps the demo sky small.
 */
final class Precision {
    private Precision() {
    }

    /** {@code v} rounded to {@code n} decimals. */
    static double decimals(double v, int n) {
        double scale = Math.pow(10, n);
        return Math.rint(v * scale) / scale;
    }

    /** {@code v} rounded to {@code n} significant digits (0 and non-finite values unchanged). */
    static double significant(double v, int n) {
        if (v == 0 || !Double.isFinite(v)) {
            return v;
        }
        return decimals(v, n - 1 - (int) Math.floor(Math.log10(Math.abs(v))));
    }
}
