package org.ztfkit.source;

import java.util.Optional;
import org.ztfkit.photometry.Extinction;
import org.ztfkit.sky.SkyPosition;

/** Galactic dust maps (external-services.md §10). The online SNAD dustmaps client (recorded in a snapshot) implements it. */
public interface ExtinctionSource {
    /** What this source is, for messages. */
    String description();

    /** The 2-D CSFD map (corrected SFD, Chiang 2023) at a position. */
    Extinction csfd(SkyPosition position);

    /**
     * The 3-D Bayestar19 map at a position and distance; empty outside its footprint (south of about dec −30°).
     *
     * @param distancePc distance, parsecs, positive
     */
    Optional<Extinction> bayestar(SkyPosition position, double distancePc);
}
