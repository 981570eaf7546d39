package org.ztfkit.sky;

import java.util.Locale;
import org.ztfkit.errors.InvalidInputException;

/**
 * A position in Galactic coordinates, degrees.
 *
 * @param l Galactic longitude in [0, 360)
 * @param b Galactic latitude in [−90, 90]
 */
public record GalacticPosition(double l, double b) {
    public GalacticPosition {
        if (!(l >= 0 && l < 360)) {
            throw InvalidInputException.of("Galactic l", "in [0, 360) degrees", l, "");
        }
        if (!(b >= -90 && b <= 90)) {
            throw InvalidInputException.of("Galactic b", "in [−90, 90] degrees", b, "");
        }
    }

    /** The ICRS position of this Galactic position. */
    public SkyPosition icrs() {
        return Galactic.toIcrs(this);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "l=%.5f b=%+.5f", l, b);
    }
}
