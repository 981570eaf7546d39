package org.ztfkit;

import java.util.Locale;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.source.ObjectMeta;

/**
 * Which DR neighbours join an object's merged light curve, as the SNAD Viewer's two radius boxes choose them
 * (external-services.md §16.7): OIDs of the same field in another passband within
 * {@code differentPassbandRadiusArcsec}, and OIDs of other fields (any passband) within
 * {@code differentFieldRadiusArcsec}. Other sources of the same field and passband never join. A radius of 0 takes
 * none of that kind.
 *
 * <pre>{@code
 * obj.withNeighbours(1.0);                                   // both kinds within 1″ (the Viewer's default)
 * obj.withNeighbours(NeighbourOptions.of(1.0, 0.0));         // other passbands of the same field only
 * obj.withNeighbours(NeighbourOptions.none());               // the target alone (still with alerts, PS1, Gaia)
 * }</pre>
 *
 * @param differentPassbandRadiusArcsec radius for same-field, other-passband OIDs, in [0, 60]
 * @param differentFieldRadiusArcsec    radius for other-field OIDs, in [0, 60]
 */
public record NeighbourOptions(double differentPassbandRadiusArcsec, double differentFieldRadiusArcsec) {
    public NeighbourOptions {
        check("differentPassbandRadiusArcsec", differentPassbandRadiusArcsec);
        check("differentFieldRadiusArcsec", differentFieldRadiusArcsec);
    }

    private static void check(String name, double radiusArcsec) {
        if (!(radiusArcsec >= 0 && radiusArcsec <= Ztf.MAX_CONE_RADIUS_ARCSEC)) {
            throw InvalidInputException.of(name, "in [0, " + Ztf.trim(Ztf.MAX_CONE_RADIUS_ARCSEC) + "]", radiusArcsec,
                    "0 takes no neighbours of that kind; the SNAD ZTF DR API serves cones up to 60″");
        }
    }

    /** Both kinds of neighbours within one radius, e.g. {@code within(1.0)}. */
    public static NeighbourOptions within(double radiusArcsec) {
        return new NeighbourOptions(radiusArcsec, radiusArcsec);
    }

    /** Both radii given. */
    public static NeighbourOptions of(double differentPassbandRadiusArcsec, double differentFieldRadiusArcsec) {
        return new NeighbourOptions(differentPassbandRadiusArcsec, differentFieldRadiusArcsec);
    }

    /** No neighbours. */
    public static NeighbourOptions none() {
        return new NeighbourOptions(0, 0);
    }

    /** The cone that holds every candidate: the larger radius. */
    double coneRadiusArcsec() {
        return Math.max(differentPassbandRadiusArcsec, differentFieldRadiusArcsec);
    }

    /** Whether {@code other}, {@code separationArcsec} from {@code target}, joins. */
    boolean takes(ObjectMeta target, ObjectMeta other, double separationArcsec) {
        if (other.oid().equals(target.oid())) {
            return false;
        }
        if (other.fieldId() != target.fieldId()) {
            return separationArcsec <= differentFieldRadiusArcsec;
        }
        return other.band() != target.band() && separationArcsec <= differentPassbandRadiusArcsec;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "NeighbourOptions[other passband %s″, other field %s″]",
                Ztf.trim(differentPassbandRadiusArcsec), Ztf.trim(differentFieldRadiusArcsec));
    }
}
