package org.ztfkit.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Optional;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.model.PhotometrySource;
import org.ztfkit.sky.SkyIndex;
import org.ztfkit.sky.SkyPosition;
import org.ztfkit.source.NearbyObject;

/**
 * The closest row of a positioned table to a position: the cone becomes HEALPix index ranges, the exact
 * great-circle cut and the choice of the closest happen here (ties go to the smaller id).
 *
 * @param source the kind of photometry the objects have
 * @param select {@code SELECT id, name, origin, ra, dec FROM table WHERE} — the five columns in this order; the
 *               range predicate on {@code hpx29} and {@code extraPredicate} are appended
 * @param extraPredicate an SQL condition ANDed to the ranges, e.g. {@code has_epoch_phot}; empty for none
 */
record NearestQuery(PhotometrySource source, String select, String extraPredicate) {
    /** The largest search radius, arcseconds (the DR API's cone limit; external cones are 5″). */
    static final double MAX_RADIUS_ARCSEC = 60.0;

    Optional<NearbyObject> closest(EmbeddedStore store, SkyPosition center, double radiusArcsec) {
        if (!(radiusArcsec > 0 && radiusArcsec <= MAX_RADIUS_ARCSEC)) {
            throw InvalidInputException.of("radiusArcsec", "in (0, " + (int) MAX_RADIUS_ARCSEC + "]", radiusArcsec,
                    "the merged light curve searches 5″");
        }
        List<SkyIndex.CellRange> ranges = SkyIndex.coneRanges(center.ra(), center.dec(), radiusArcsec / 3600.0);
        String sql = select + " " + EmbeddedStore.rangePredicate(ranges.size())
                + (extraPredicate.isEmpty() ? "" : " AND " + extraPredicate);
        return store.withConnection(c -> {
            NearbyObject best = null;
            PreparedStatement ps = store.prepared(c, sql);
            EmbeddedStore.bindRanges(ps, ranges);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    SkyPosition p = SkyPosition.of(rs.getDouble(4), rs.getDouble(5));
                    double separation = center.separationArcsec(p);
                    if (separation > radiusArcsec) {
                        continue;
                    }
                    String id = rs.getString(1);
                    if (best == null || separation < best.separationArcsec()
                            || separation == best.separationArcsec() && id.compareTo(best.id()) < 0) {
                        best = new NearbyObject(source, id, rs.getString(2), rs.getString(3), p, separation);
                    }
                }
            }
            return Optional.ofNullable(best);
        });
    }
}
