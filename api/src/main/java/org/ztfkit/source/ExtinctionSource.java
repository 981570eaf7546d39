package org.ztfkit.source;

import java.util.Optional;
import org.ztfkit.sky.SkyPosition;
import org.ztfkit.summary.Extinction;

/**
 * Galactic extinction toward a position from a 2-D dust map (the SNAD dustmaps service's CSFD, external-services.md
 * §10), for the object summary. A minimal seam: the online dust-map client plugs in here.
 */
public interface ExtinctionSource {
    /**
     * The map's E(B−V) at {@code position}; empty outside the map.
     *
     * @throws org.ztfkit.errors.ServiceUnavailableException when the map cannot answer
     */
    Optional<Extinction> extinction(SkyPosition position);
}
