package org.ztfkit.source;

import java.util.Locale;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.model.PhotometrySource;
import org.ztfkit.sky.SkyPosition;

/**
 * An object of an external source found near a position: a ZTF alert object, a Pan-STARRS DR2 stack object or a
 * Gaia DR3 source.
 *
 * <pre>{@code
 * Optional<NearbyObject> ps1 = store.panStarrs().closest(obj.position(), 5.0);
 * ps1.map(NearbyObject::name);   // PSO J253.1577+25.8226
 * }</pre>
 *
 * @param source           which kind of photometry it has
 * @param id               its id in the source: ZTF alert name, Pan-STARRS {@code objID}, Gaia {@code source_id}
 * @param name             its display name: the alert name, the PS1 {@code objName}, {@code Gaia DR3 <id>}
 * @param origin           where it was found: an alert broker ({@code avro}, {@code simulated}, …), a catalog
 * @param position         its catalog position (ICRS, degrees)
 * @param separationArcsec its distance from the search centre
 */
public record NearbyObject(PhotometrySource source, String id, String name, String origin, SkyPosition position,
                           double separationArcsec) {
    public NearbyObject {
        if (source == null || id == null || name == null || origin == null || position == null
                || !(separationArcsec >= 0)) {
            throw InvalidInputException.of("nearby object", "a source, id, name, origin, position and separation ≥ 0",
                    source + "/" + id + "/" + name + "/" + separationArcsec, "");
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s (%s, %s) %.2f″ away", name, source, origin, separationArcsec);
    }
}
