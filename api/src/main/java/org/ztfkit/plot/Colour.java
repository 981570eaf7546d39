package org.ztfkit.plot;

import java.util.Locale;
import org.ztfkit.errors.InvalidInputException;

/**
 * An sRGB colour with opacity, as plain numbers (no AWT, so plot specifications stay pure).
 *
 * <pre>{@code
 * Colour zr = Colour.hex("#CC3344");      // the SNAD Viewer's zr colour
 * zr.withAlpha(180).toHex();              // "#CC3344B4"
 * }</pre>
 *
 * @param red   0–255
 * @param green 0–255
 * @param blue  0–255
 * @param alpha opacity, 0 (transparent) – 255 (opaque)
 */
public record Colour(int red, int green, int blue, int alpha) {
    /** Opaque black. */
    public static final Colour BLACK = new Colour(0, 0, 0, 255);
    /** Opaque mid grey, {@code #808080} (the Viewer's gaia_G). */
    public static final Colour GREY = hex("#808080");

    public Colour {
        for (int c : new int[] {red, green, blue, alpha}) {
            if (c < 0 || c > 255) {
                throw InvalidInputException.of("colour component", "in 0–255", c, "");
            }
        }
    }

    /**
     * A colour from {@code #RRGGBB} or {@code #RRGGBBAA}.
     *
     * @throws InvalidInputException for another form
     */
    public static Colour hex(String hex) {
        if (hex == null || !hex.matches("#[0-9A-Fa-f]{6}([0-9A-Fa-f]{2})?")) {
            throw InvalidInputException.of("colour", "#RRGGBB or #RRGGBBAA", hex, "e.g. \"#CC3344\"");
        }
        int r = Integer.parseInt(hex.substring(1, 3), 16);
        int g = Integer.parseInt(hex.substring(3, 5), 16);
        int b = Integer.parseInt(hex.substring(5, 7), 16);
        int a = hex.length() == 9 ? Integer.parseInt(hex.substring(7, 9), 16) : 255;
        return new Colour(r, g, b, a);
    }

    /** The same colour with another opacity (0–255). */
    public Colour withAlpha(int newAlpha) {
        return new Colour(red, green, blue, newAlpha);
    }

    /** {@code #RRGGBB}, or {@code #RRGGBBAA} when not opaque. */
    public String toHex() {
        String rgb = String.format(Locale.ROOT, "#%02X%02X%02X", red, green, blue);
        return alpha == 255 ? rgb : rgb + String.format(Locale.ROOT, "%02X", alpha);
    }

    @Override
    public String toString() {
        return toHex();
    }
}
