package org.ztfkit.fits;

import org.ztfkit.sky.SkyPosition;

/**
 * Where an image without a WCS sits on the sky: one pixel whose sky position is known from elsewhere. ZTF alert
 * cutouts carry no WCS; the alert's candidate {@code ra}/{@code dec} is the centre of pixel (31, 31), counting from
 * 0, of each 63×63 stamp (MANIFEST §1). An anchor gives no scale or orientation, so it places the object, not
 * other pixels.
 *
 * <pre>{@code
 * SkyAnchor a = SkyAnchor.of(PixelPosition.of(31, 31), candidate.position());
 * }</pre>
 *
 * @param pixel    the anchored pixel, zero-based
 * @param position its ICRS position
 */
public record SkyAnchor(PixelPosition pixel, SkyPosition position) {
    public static SkyAnchor of(PixelPosition pixel, SkyPosition position) {
        return new SkyAnchor(pixel, position);
    }

    @Override
    public String toString() {
        return "SkyAnchor[" + pixel + " = " + position + "]";
    }
}
