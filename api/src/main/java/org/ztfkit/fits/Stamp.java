package org.ztfkit.fits;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.sky.SkyPosition;

/**
 * A small image read eagerly from FITS: physical pixel values ({@code BZERO + BSCALE·raw}, {@code BLANK} → NaN),
 * its header, and where it sits on the sky, from its WCS or from an explicit {@link SkyAnchor}. Immutable: the
 * pixels are copied in and out.
 *
 * <p>Pixels are indexed {@code [y][x]} with zero-based {@link PixelPosition} coordinates: row 0 is the first row
 * of the file (the bottom of the image as astronomers display it, astropy's {@code origin='lower'}).
 *
 * <pre>{@code
 * Stamp sci = FitsCodec.read(cutoutBytes);                 // gzip or plain FITS
 * sci.width();                                             // 63
 * sci.wcs();                                               // Optional.empty: alert cutouts have no WCS
 * Stamp placed = sci.centredOn(candidate.position());      // pixel (31, 31) is the alert position
 * placed.pixelOf(candidate.position());                    // Optional[(31.000, 31.000) px]
 * }</pre>
 */
public final class Stamp {
    /** How close (arcsec) a position must be to the anchor's to be found on an anchored image without a WCS. */
    private static final double ANCHOR_MATCH_ARCSEC = 0.01;

    private final float[][] pixels;
    private final FitsHeader header;
    private final SkyAnchor anchor;

    private Stamp(float[][] pixels, FitsHeader header, SkyAnchor anchor) {
        this.pixels = pixels;
        this.header = header;
        this.anchor = anchor;
    }

    /**
     * A stamp from pixels {@code [y][x]} (copied) and the header they came with.
     *
     * @throws InvalidInputException if the array is empty or not rectangular
     */
    public static Stamp of(float[][] pixels, FitsHeader header) {
        if (pixels.length == 0 || pixels[0].length == 0) {
            throw InvalidInputException.of("pixels", "a non-empty [y][x] array", "an empty array", "");
        }
        float[][] copy = new float[pixels.length][];
        for (int y = 0; y < pixels.length; y++) {
            if (pixels[y].length != pixels[0].length) {
                throw InvalidInputException.of("pixels", "a rectangular [y][x] array", "row " + y + " of length "
                        + pixels[y].length + " (row 0 has " + pixels[0].length + ")", "");
            }
            copy[y] = pixels[y].clone();
        }
        return new Stamp(copy, header, null);
    }

    /** A stamp from pixels {@code [y][x]} (copied) with an empty header, e.g. a simulated image. */
    public static Stamp of(float[][] pixels) {
        return of(pixels, FitsHeader.of(List.of()));
    }

    /** Number of columns (FITS {@code NAXIS1}). */
    public int width() {
        return pixels[0].length;
    }

    /** Number of rows (FITS {@code NAXIS2}). */
    public int height() {
        return pixels.length;
    }

    /** The value of one pixel (zero-based column {@code x}, row {@code y}). */
    public float pixel(int x, int y) {
        if (x < 0 || x >= width() || y < 0 || y >= height()) {
            throw InvalidInputException.of("pixel (x, y)", "within [0, " + (width() - 1) + "] × [0, " + (height() - 1)
                    + "]", "(" + x + ", " + y + ")", "");
        }
        return pixels[y][x];
    }

    /** A copy of the pixels, {@code [y][x]}. */
    public float[][] pixels() {
        float[][] copy = new float[pixels.length][];
        for (int y = 0; y < pixels.length; y++) {
            copy[y] = pixels[y].clone();
        }
        return copy;
    }

    public FitsHeader header() {
        return header;
    }

    /**
     * The image's celestial WCS; empty when its header has none (ZTF alert cutouts, the DSS plate-solution images).
     *
     * @throws InvalidInputException when the header has a WCS that {@link Wcs} cannot evaluate
     */
    public Optional<Wcs> wcs() {
        return Wcs.fromHeader(header);
    }

    /** The pixel at the middle of the image: {@code ((width − 1)/2, (height − 1)/2)}, (31, 31) for 63×63. */
    public PixelPosition centrePixel() {
        return PixelPosition.of((width() - 1) / 2.0, (height() - 1) / 2.0);
    }

    /** The anchor placing this image on the sky, if one was given. */
    public Optional<SkyAnchor> anchor() {
        return Optional.ofNullable(anchor);
    }

    /** A copy placed on the sky by one known pixel (for images without a WCS). */
    public Stamp anchoredAt(SkyAnchor newAnchor) {
        return new Stamp(pixels, header, newAnchor);
    }

    /**
     * A copy whose {@link #centrePixel()} is at {@code position}: how a ZTF alert cutout is placed, its centre pixel
     * (31, 31) being the candidate's {@code ra}/{@code dec}.
     */
    public Stamp centredOn(SkyPosition position) {
        return anchoredAt(SkyAnchor.of(centrePixel(), position));
    }

    /**
     * Where {@code position} falls on this image: through the WCS if there is one; else the anchor pixel if the
     * position is the anchor's (within 0.01″); else empty. The pixel may lie outside the image.
     */
    public Optional<PixelPosition> pixelOf(SkyPosition position) {
        Optional<Wcs> wcs = wcs();
        if (wcs.isPresent()) {
            return Optional.of(wcs.get().skyToPixel(position));
        }
        if (anchor != null && anchor.position().separationArcsec(position) <= ANCHOR_MATCH_ARCSEC) {
            return Optional.of(anchor.pixel());
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "Stamp[%d×%d", width(), height()));
        header.string("BUNIT").ifPresent(unit -> sb.append(' ').append(unit.strip()));
        String wcsText;
        try {
            wcsText = wcs().map(w -> w.projection() + " WCS").orElse("no WCS");
        } catch (InvalidInputException unsupported) {
            wcsText = "unsupported WCS";
        }
        sb.append(' ').append(wcsText);
        if (anchor != null) {
            sb.append(", pixel ").append(anchor.pixel()).append(" at ").append(anchor.position());
        }
        return sb.append(']').toString();
    }
}
