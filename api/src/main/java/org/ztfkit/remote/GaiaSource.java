package org.ztfkit.remote;

import java.util.Locale;
import org.ztfkit.sky.SkyPosition;

/**
 * A Gaia DR3 source as VizieR {@code I/355/gaiadr3} serves it (external-services.md §6.1). Missing numbers are NaN;
 * {@code _lo}/{@code _hi} are VizieR's {@code b_}/{@code B_} interval bounds.
 *
 * @param sourceId     {@code Source}
 * @param position     J2000 position as VizieR computes it ({@code _RAJ2000}, {@code _DEJ2000}; the catalogue
 *                     position when those are absent)
 * @param raEp2016     {@code RA_ICRS}, epoch 2016.0
 * @param decEp2016    {@code DE_ICRS}
 * @param gMag         {@code Gmag} (Vega)
 * @param bpMag        {@code BPmag}
 * @param rpMag        {@code RPmag}
 * @param plx          parallax, mas
 * @param ePlx         its error
 * @param pmra         mas/yr
 * @param ePmra        its error
 * @param pmdec        mas/yr
 * @param ePmdec       its error
 * @param teff         K, with {@code teffLo}, {@code teffHi}
 * @param teffLo       lower bound
 * @param teffHi       upper bound
 * @param logg         with bounds
 * @param loggLo       lower bound
 * @param loggHi       upper bound
 * @param feh          [Fe/H], with bounds
 * @param fehLo        lower bound
 * @param fehHi        upper bound
 * @param a0           GSP-Phot A0, mag, with bounds
 * @param a0Lo         lower bound
 * @param a0Hi         upper bound
 * @param pqso         DSC quasar probability
 * @param pgal         DSC galaxy probability
 * @param pss          DSC single-star probability
 * @param hasEpochPhot {@code EpochPh = 1}: the source has epoch photometry
 */
public record GaiaSource(long sourceId, SkyPosition position, double raEp2016, double decEp2016, double gMag,
                         double bpMag, double rpMag, double plx, double ePlx, double pmra, double ePmra, double pmdec,
                         double ePmdec, double teff, double teffLo, double teffHi, double logg, double loggLo,
                         double loggHi, double feh, double fehLo, double fehHi, double a0, double a0Lo, double a0Hi,
                         double pqso, double pgal, double pss, boolean hasEpochPhot) {
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "GaiaSource[Gaia DR3 %d %s G=%.3f%s]", sourceId, position, gMag,
                hasEpochPhot ? ", epoch photometry" : "");
    }
}
