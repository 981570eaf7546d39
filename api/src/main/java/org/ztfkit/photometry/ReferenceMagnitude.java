package org.ztfkit.photometry;

import java.util.Locale;
import org.ztfkit.errors.InvalidInputException;

/**
 * The reference magnitude of one object: the ZTF reference catalogue's {@code mag + MAGZP} and {@code sigmag}
 * (external-services.md §2.3), or a value the user chose. Difference photometry subtracts its flux (seed 001
 * eqs. 3–4). {@link #NONE} (+∞ mag, 0 error) means 0 Jy: the difference then equals the apparent brightness, the
 * Viewer's default.
 *
 * <pre>{@code
 * ReferenceMagnitude ref = ReferenceMagnitude.of(20.839, 0.061);
 * ref.fluxJy();      // 10^(−0.4 (20.839 − 8.9)) Jy
 * ref.fluxErrJy();   // 0.921 · f · 0.061
 * }</pre>
 *
 * @param mag    AB magnitude; +∞ for none
 * @param magErr its error, ≥ 0
 */
public record ReferenceMagnitude(double mag, double magErr) {
    /** No reference: +∞ mag, 0 Jy. */
    public static final ReferenceMagnitude NONE = new ReferenceMagnitude(Double.POSITIVE_INFINITY, 0.0);

    public ReferenceMagnitude {
        if (Double.isNaN(mag) || mag == Double.NEGATIVE_INFINITY) {
            throw InvalidInputException.of("reference magnitude", "a number (or +∞ for none)", mag,
                    "use ReferenceMagnitude.NONE when the object has no reference");
        }
        if (!(magErr >= 0 && magErr < Double.POSITIVE_INFINITY)) {
            throw InvalidInputException.of("reference magnitude error", "finite and ≥ 0", magErr,
                    "pass 0 when the error is unknown");
        }
    }

    public static ReferenceMagnitude of(double mag, double magErr) {
        return new ReferenceMagnitude(mag, magErr);
    }

    public boolean isNone() {
        return mag == Double.POSITIVE_INFINITY;
    }

    /** Equation 1 for the reference: 0 Jy for {@link #NONE}. */
    public double fluxJy() {
        return Photometry.fluxJy(mag);
    }

    /** Equation 2 for the reference. */
    public double fluxErrJy() {
        return isNone() ? 0.0 : Photometry.fluxErrJy(fluxJy(), magErr);
    }

    @Override
    public String toString() {
        return isNone() ? "none" : String.format(Locale.ROOT, "%.3f ± %.3f", mag, magErr);
    }
}
