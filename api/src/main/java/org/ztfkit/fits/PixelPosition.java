package org.ztfkit.fits;

import java.util.Locale;

/**
 * A position on an image in zero-based pixel coordinates, as numpy and astropy ({@code origin=0}) count them: the
 * centre of the first pixel is (0, 0), {@code x} runs along a row (FITS axis 1), {@code y} along a column (FITS
 * axis 2). FITS's own one-based pixel is {@code (x + 1, y + 1)}.
 *
 * <pre>{@code
 * PixelPosition centre = PixelPosition.of(31, 31);   // the middle of a 63×63 alert cutout
 * }</pre>
 *
 * @param x column, zero-based
 * @param y row, zero-based
 */
public record PixelPosition(double x, double y) {
    public static PixelPosition of(double x, double y) {
        return new PixelPosition(x, y);
    }

    /** The distance to {@code other}, pixels. */
    public double distance(PixelPosition other) {
        return Math.hypot(x - other.x, y - other.y);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "(%.3f, %.3f) px", x, y);
    }
}
