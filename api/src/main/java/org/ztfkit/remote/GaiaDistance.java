package org.ztfkit.remote;

import java.util.Locale;
import org.ztfkit.sky.SkyPosition;

/**
 * A Bailer-Jones et al. (2021) distance of a Gaia EDR3 source, VizieR {@code I/352/gedr3dis} (external-services.md
 * §6.3): medians with 16th and 84th percentiles, parsecs; NaN where missing.
 *
 * @param sourceId {@code Source}
 * @param position the catalogue position
 * @param rgeo     geometric distance
 * @param rgeoLo   its 16th percentile ({@code b_rgeo})
 * @param rgeoHi   its 84th percentile ({@code B_rgeo})
 * @param rpgeo    photogeometric distance
 * @param rpgeoLo  16th percentile
 * @param rpgeoHi  84th percentile
 * @param flag     {@code Flag}
 */
public record GaiaDistance(long sourceId, SkyPosition position, double rgeo, double rgeoLo, double rgeoHi,
                           double rpgeo, double rpgeoLo, double rpgeoHi, String flag) {
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "GaiaDistance[%d rgeo %.0f (%.0f–%.0f) pc]", sourceId, rgeo, rgeoLo, rgeoHi);
    }
}
