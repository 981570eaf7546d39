package org.ztfkit.source;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.ztfkit.model.DataRelease;
import org.ztfkit.model.Oid;
import org.ztfkit.sky.SkyPosition;
import tech.tablesaw.api.Table;

/**
 * ZTF data-release objects, cones and light curves. The embedded store and the SNAD DR API client implement it,
 * so every call answers the same way offline and online.
 */
public interface ZtfDrSource {
    /** Column layout of {@link #detections}: one row per good epoch, sorted by {@code oid} then {@code hmjd}. */
    List<String> DETECTION_COLUMNS = List.of("oid", "hmjd", "mag", "magerr", "clrcoeff", "catflags", "filefracday");

    /** What this source is, for messages: e.g. {@code "embedded demo sky (simulated)"}. */
    String description();

    /** Releases this source serves, oldest first. */
    List<DataRelease> releases();

    /** The release used when none is named. */
    DataRelease defaultRelease();

    /** One object's metadata; empty when the release has no such object. */
    Optional<ObjectMeta> object(DataRelease dr, Oid oid);

    /**
     * One object's metadata in the {@linkplain #defaultRelease() default release}. An online source may find the
     * release and the object at the same time.
     */
    default Optional<ObjectMeta> objectInDefaultRelease(Oid oid) {
        return object(defaultRelease(), oid);
    }

    /**
     * Every object within {@code radiusArcsec} of {@code center} (exact great-circle cut, boundary included), in
     * any order. Callers sort and add separations.
     */
    List<ObjectMeta> cone(DataRelease dr, SkyPosition center, double radiusArcsec);

    /**
     * The good epochs ({@code catflags = 0}, {@code magerr > 0}) of the given objects, in the columns
     * {@link #DETECTION_COLUMNS}: {@code oid} (long), {@code hmjd} (double, heliocentric MJD at mid-exposure),
     * {@code mag}, {@code magerr}, {@code clrcoeff} (double), {@code catflags} (int), {@code filefracday} (long,
     * missing when unknown).
     */
    Table detections(DataRelease dr, Collection<ObjectMeta> objects);
}
