package org.ztfkit.fits;

import java.util.Arrays;
import org.ztfkit.errors.InvalidInputException;

/**
 * IRAF's zscale display limits, computed exactly as astropy's {@code ZScaleInterval} with its defaults
 * ({@code n_samples=1000, contrast=0.25, max_reject=0.5, min_npixels=5, krej=2.5, max_iterations=5}): sample the
 * finite pixels in row-major order with a fixed stride, sort the samples, fit a line to them with iterative
 * 2.5σ rejection (rejected samples grown by 1 % of the sample count), and take the median ± the slope divided by
 * the contrast, kept within the sample range.
 *
 * <pre>{@code
 * DisplayRange r = ZScale.limits(stamp.pixels());   // e.g. [86.1, 302.7] DN for a ZTF science cutout
 * }</pre>
 */
public final class ZScale {
    private static final int SAMPLES = 1000;
    private static final double CONTRAST = 0.25;
    private static final double MAX_REJECT = 0.5;
    private static final int MIN_PIXELS = 5;
    private static final double KREJ = 2.5;
    private static final int MAX_ITERATIONS = 5;

    private ZScale() {
    }

    /**
     * The zscale limits of an image ({@code pixels[y][x]}); NaN and infinite pixels are ignored.
     *
     * @throws InvalidInputException if no pixel is finite
     */
    public static DisplayRange limits(float[][] pixels) {
        double[] samples = sample(finiteValues(pixels));
        int npix = samples.length;
        double vmin = samples[0];
        double vmax = samples[npix - 1];
        int minpix = Math.max(MIN_PIXELS, (int) (npix * MAX_REJECT));
        int ngrow = Math.max(1, (int) (npix * 0.01));
        boolean[] bad = new boolean[npix];
        int ngood = npix;
        int lastNgood = npix + 1;
        double slope = Double.NaN;
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            if (ngood >= lastNgood || ngood < minpix) {
                break;
            }
            double[] line = fitLine(samples, bad);
            slope = line[0];
            double[] flat = new double[npix];
            for (int i = 0; i < npix; i++) {
                flat[i] = samples[i] - (line[0] * i + line[1]);
            }
            double threshold = KREJ * goodStd(flat, bad);
            for (int i = 0; i < npix; i++) {
                if (flat[i] < -threshold || flat[i] > threshold) {
                    bad[i] = true;
                }
            }
            bad = grow(bad, ngrow);
            lastNgood = ngood;
            ngood = 0;
            for (boolean b : bad) {
                ngood += b ? 0 : 1;
            }
        }
        if (ngood >= minpix) {
            slope /= CONTRAST;
            int centre = (npix - 1) / 2;
            double median = npix % 2 == 1 ? samples[npix / 2] : (samples[npix / 2 - 1] + samples[npix / 2]) / 2;
            vmin = Math.max(vmin, median - (centre - 1) * slope);
            vmax = Math.min(vmax, median + (npix - centre) * slope);
        }
        return new DisplayRange(vmin, vmax);
    }

    static double[] finiteValues(float[][] pixels) {
        int n = 0;
        for (float[] row : pixels) {
            n += row.length;
        }
        double[] values = new double[n];
        int k = 0;
        for (float[] row : pixels) {
            for (float v : row) {
                if (Float.isFinite(v)) {
                    values[k++] = v;
                }
            }
        }
        if (k == 0) {
            throw InvalidInputException.of("image", "an image with at least one finite pixel",
                    "an image of " + n + " NaN or infinite pixels", "nothing can be scaled for display");
        }
        return Arrays.copyOf(values, k);
    }

    private static double[] sample(double[] values) {
        int stride = (int) Math.max(1.0, values.length / (double) SAMPLES);
        int n = Math.min(SAMPLES, (values.length + stride - 1) / stride);
        double[] samples = new double[n];
        for (int i = 0; i < n; i++) {
            samples[i] = values[i * stride];
        }
        Arrays.sort(samples);
        return samples;
    }

    /** Least-squares line {@code [slope, intercept]} through the samples not marked bad, against their index. */
    private static double[] fitLine(double[] y, boolean[] bad) {
        double n = 0;
        double sx = 0;
        double sy = 0;
        for (int i = 0; i < y.length; i++) {
            if (!bad[i]) {
                n++;
                sx += i;
                sy += y[i];
            }
        }
        double mx = sx / n;
        double my = sy / n;
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < y.length; i++) {
            if (!bad[i]) {
                sxx += (i - mx) * (i - mx);
                sxy += (i - mx) * (y[i] - my);
            }
        }
        double slope = sxy / sxx;
        return new double[] {slope, my - slope * mx};
    }

    private static double goodStd(double[] flat, boolean[] bad) {
        double n = 0;
        double sum = 0;
        for (int i = 0; i < flat.length; i++) {
            if (!bad[i]) {
                n++;
                sum += flat[i];
            }
        }
        double mean = sum / n;
        double ss = 0;
        for (int i = 0; i < flat.length; i++) {
            if (!bad[i]) {
                ss += (flat[i] - mean) * (flat[i] - mean);
            }
        }
        return Math.sqrt(ss / n);
    }

    /** numpy's {@code convolve(bad, ones(ngrow), mode="same")} on booleans: each bad sample spreads to its neighbours. */
    private static boolean[] grow(boolean[] bad, int ngrow) {
        boolean[] grown = new boolean[bad.length];
        int offset = (ngrow - 1) / 2;
        for (int j = 0; j < bad.length; j++) {
            if (bad[j]) {
                for (int m = 0; m < ngrow; m++) {
                    int k = j + m - offset;
                    if (k >= 0 && k < bad.length) {
                        grown[k] = true;
                    }
                }
            }
        }
        return grown;
    }
}
