package org.ztfkit.photometry;

import java.util.Locale;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.model.Band;

/**
 * Galactic extinction toward an object from a colour excess E(B−V), as the SNAD Viewer reports it
 * (external-services.md §10): {@code A_V = 3.1·E(B−V)} and {@code A_band = A_V·(A_band/A_V)} with the ratios 1.21
 * (zg), 0.848 (zr), 0.622 (zi) of the SVO filter service for Palomar/ZTF.
 *
 * <pre>{@code
 * Extinction e = Extinction.of(0.05, "csfd");
 * e.av();                 // 0.155
 * e.a(Band.ZTF_G);        // 0.18755
 * }</pre>
 *
 * @param ebv E(B−V), mag (SFD scale)
 * @param map the map it comes from: {@code csfd} (2-D, Chiang 2023) or {@code bayestar2019} (3-D, at a distance)
 */
public record Extinction(double ebv, String map) {
    /** Ratio of total to selective extinction the Viewer uses. */
    public static final double R_V = 3.1;

    public Extinction {
        if (!Double.isFinite(ebv)) {
            throw InvalidInputException.of("E(B-V)", "a finite number of magnitudes", ebv, "");
        }
    }

    /** The extinction of an E(B−V) from a map. */
    public static Extinction of(double ebv, String map) {
        return new Extinction(ebv, map);
    }

    /** A_V, mag. */
    public double av() {
        return R_V * ebv;
    }

    /**
     * Extinction in a ZTF band, mag.
     *
     * @throws InvalidInputException for bands other than ztf_g, ztf_r, ztf_i
     */
    public double a(Band band) {
        double ratio = switch (band) {
            case ZTF_G -> 1.21;
            case ZTF_R -> 0.848;
            case ZTF_I -> 0.622;
            default -> throw InvalidInputException.of("band", "ztf_g, ztf_r or ztf_i (the Viewer's ratios)", band.id(),
                    "");
        };
        return av() * ratio;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Extinction[%s E(B-V) = %.3f, Ag = %.3f Ar = %.3f Ai = %.3f]", map, ebv,
                a(Band.ZTF_G), a(Band.ZTF_R), a(Band.ZTF_I));
    }
}
