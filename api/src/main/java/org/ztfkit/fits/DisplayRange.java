package org.ztfkit.fits;

import java.util.Locale;

/**
 * The pixel values mapped to black and to white when an image is displayed.
 *
 * @param min value shown black (data units, e.g. DN)
 * @param max value shown white
 */
public record DisplayRange(double min, double max) {
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "[%.6g, %.6g]", min, max);
    }
}
