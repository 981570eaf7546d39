package org.ztfkit.summary;

import java.util.Locale;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.model.Band;

/**
 * Galactic extinction toward the object from a dust map's E(B−V), and the extinctions in the ZTF passbands as the
 * Viewer computes them (external-services.md §10): {@code A_V = 3.1 E(B−V)} and {@code A_band = A_V · ratio} with
 * the ratios of the SVO filter service for Palomar/ZTF: g 1.21, r 0.848, i 0.622.
 *
 * <pre>{@code
 * Extinction e = new Extinction("CSFD", 0.05);
 * e.magnitudes(Band.ZTF_G);   // 3.1 × 1.21 × 0.05 = 0.18755
 * }</pre>
 *
 * @param map the dust map, e.g. {@code CSFD}, {@code Bayestar19}
 * @param ebv E(B−V), magnitudes
 */
public record Extinction(String map, double ebv) {
    /** R_V = A_V / E(B−V). */
    public static final double R_V = 3.1;

    public Extinction {
        if (!(ebv >= 0 && Double.isFinite(ebv))) {
            throw InvalidInputException.of("E(B−V)", "a finite value ≥ 0, in magnitudes", ebv, "");
        }
    }

    /** A_V, magnitudes. */
    public double av() {
        return R_V * ebv;
    }

    /** A_band / A_V for the ZTF passbands. */
    public static double ratio(Band band) {
        return switch (band) {
            case ZTF_G -> 1.21;
            case ZTF_R -> 0.848;
            case ZTF_I -> 0.622;
            default -> throw InvalidInputException.of("band", "ztf_g, ztf_r or ztf_i", band.id(),
                    "the Viewer gives extinctions for the ZTF passbands only");
        };
    }

    /** The extinction in a ZTF passband, magnitudes. */
    public double magnitudes(Band band) {
        return av() * ratio(band);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s E(B-V) = %.3f: Ag = %.3f, Ar = %.3f, Ai = %.3f", map, ebv,
                magnitudes(Band.ZTF_G), magnitudes(Band.ZTF_R), magnitudes(Band.ZTF_I));
    }
}
