package org.ztfkit.remote;

import java.util.Locale;
import org.ztfkit.model.Oid;
import org.ztfkit.sky.SkyPosition;

/**
 * One row of a ZTF reference PSF-fit catalog with its quadrant's zero point, as the SNAD reference service sends it
 * (external-services.md §2.4; the same values as the IRSA FITS catalog of §2.2). Magnitudes are instrumental: the
 * reference magnitude is {@code mag + magzp} (§2.3). Missing numbers are NaN.
 *
 * @param oid      the DR object
 * @param position the source's position
 * @param xpos     pixel x
 * @param ypos     pixel y
 * @param flux     DN
 * @param sigflux  DN
 * @param mag      instrumental magnitude
 * @param sigmag   its error
 * @param snr      signal-to-noise ratio
 * @param chi      PSF-fit χ
 * @param sharp    sharpness
 * @param flags    row flags
 * @param magzp    the quadrant's {@code MAGZP}
 * @param magzpRms {@code MAGZPRMS}
 * @param magzpUnc {@code MAGZPUNC}
 * @param infobits {@code INFOBITS}
 */
public record ReferenceSourceRow(Oid oid, SkyPosition position, double xpos, double ypos, double flux, double sigflux,
                                 double mag, double sigmag, double snr, double chi, double sharp, int flags,
                                 double magzp, double magzpRms, double magzpUnc, int infobits) {
    /** {@code mag + MAGZP}. */
    public double refMag() {
        return mag + magzp;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "ReferenceSourceRow[%s ref %.3f ± %.3f (mag %.3f + MAGZP %.3f), flags %d]",
                oid, refMag(), sigmag, mag, magzp, flags);
    }
}
