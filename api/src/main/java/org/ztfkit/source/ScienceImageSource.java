package org.ztfkit.source;

import java.time.LocalDate;
import java.util.Optional;
import org.ztfkit.images.DayListing;
import org.ztfkit.images.ScienceImage;
import org.ztfkit.sky.SkyPosition;

/**
 * ZTF science images: the archive's day listings (to find the exposure of a DR point, external-services.md §3.2)
 * and cutouts around a position. The online IRSA client (recorded in a snapshot) implements it.
 */
public interface ScienceImageSource {
    /** What this source is, for messages. */
    String description();

    /** The exposures the archive lists for a UTC day (none when it has no images that day). */
    DayListing dayListing(LocalDate day);

    /**
     * A cutout of {@code sizePx}×{@code sizePx} pixels of the image around {@code centre}; empty when the archive has
     * no such image.
     */
    Optional<ScienceStamp> cutout(ScienceImage image, SkyPosition centre, int sizePx);
}
