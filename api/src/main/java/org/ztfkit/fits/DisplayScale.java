package org.ztfkit.fits;

import java.util.Locale;
import org.ztfkit.errors.InvalidInputException;

/**
 * How pixel values become display brightness in [0, 1], as astropy's {@code ImageNormalize(interval, stretch,
 * clip=True)}: the interval picks the values shown black and white, values are scaled linearly between them and
 * clipped, then the stretch is applied.
 * <ul>
 *   <li>{@link Interval#ZSCALE}: IRAF zscale ({@link ZScale}); {@link Interval#MINMAX}: the finite minimum and
 *       maximum.</li>
 *   <li>{@link Stretch#LINEAR}: {@code y = x}; {@link Stretch#ASINH}: {@code y = asinh(x/a) / asinh(1/a)}, astropy's
 *       {@code AsinhStretch(a)} (default {@code a = 0.1}), which shows faint wings and bright cores together.</li>
 * </ul>
 *
 * <pre>{@code
 * DisplayScale.zscale();                                   // zscale, linear: the usual survey-stamp look
 * DisplayScale.asinh();                                    // min–max, asinh a = 0.1 (astropy simple_norm 'asinh')
 * DisplayScale.zscale().withStretch(DisplayScale.Stretch.ASINH);
 * double[][] v = DisplayScale.zscale().normalize(stamp.pixels());
 * }</pre>
 *
 * @param interval        how the black and white values are chosen
 * @param stretch         the brightness curve
 * @param asinhSoftening  the {@code a} of the asinh stretch, in (0, 1]; ignored by the linear stretch
 */
public record DisplayScale(Interval interval, Stretch stretch, double asinhSoftening) {
    /** How the values shown black and white are chosen. */
    public enum Interval {
        ZSCALE, MINMAX
    }

    /** The brightness curve applied after the interval. */
    public enum Stretch {
        LINEAR, ASINH
    }

    public DisplayScale {
        if (!(asinhSoftening > 0 && asinhSoftening <= 1)) {
            throw InvalidInputException.of("asinhSoftening", "in (0, 1]", asinhSoftening,
                    "astropy's default is 0.1; smaller values brighten faint pixels more");
        }
    }

    /** zscale interval, linear stretch. */
    public static DisplayScale zscale() {
        return new DisplayScale(Interval.ZSCALE, Stretch.LINEAR, 0.1);
    }

    /** Min–max interval, asinh stretch with {@code a = 0.1}. */
    public static DisplayScale asinh() {
        return new DisplayScale(Interval.MINMAX, Stretch.ASINH, 0.1);
    }

    public DisplayScale withInterval(Interval newInterval) {
        return new DisplayScale(newInterval, stretch, asinhSoftening);
    }

    public DisplayScale withStretch(Stretch newStretch) {
        return new DisplayScale(interval, newStretch, asinhSoftening);
    }

    public DisplayScale withAsinhSoftening(double a) {
        return new DisplayScale(interval, stretch, a);
    }

    /** The values shown black and white for this image. */
    public DisplayRange limits(float[][] pixels) {
        if (interval == Interval.ZSCALE) {
            return ZScale.limits(pixels);
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : ZScale.finiteValues(pixels)) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return new DisplayRange(min, max);
    }

    /**
     * Display brightness of every pixel, {@code [y][x]}, in [0, 1]; NaN pixels stay NaN. An image with one value
     * everywhere maps to 0.
     */
    public double[][] normalize(float[][] pixels) {
        DisplayRange range = limits(pixels);
        double span = range.max() - range.min();
        double asinhNorm = asinhOf(1.0 / asinhSoftening);
        double[][] out = new double[pixels.length][];
        for (int y = 0; y < pixels.length; y++) {
            out[y] = new double[pixels[y].length];
            for (int x = 0; x < pixels[y].length; x++) {
                double v = pixels[y][x];
                if (Double.isNaN(v)) {
                    out[y][x] = Double.NaN;
                    continue;
                }
                double t = span > 0 ? Math.min(1.0, Math.max(0.0, (v - range.min()) / span)) : 0.0;
                out[y][x] = stretch == Stretch.ASINH ? asinhOf(t / asinhSoftening) / asinhNorm : t;
            }
        }
        return out;
    }

    private static double asinhOf(double x) {
        return Math.log(x + Math.sqrt(x * x + 1.0));
    }

    @Override
    public String toString() {
        String name = interval.name().toLowerCase(Locale.ROOT) + " " + stretch.name().toLowerCase(Locale.ROOT);
        return "DisplayScale[" + (stretch == Stretch.ASINH ? name + " a=" + asinhSoftening : name) + "]";
    }
}
