package org.ztfkit.snapshot;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.ztfkit.model.PhotometrySource;
import org.ztfkit.sky.SkyPosition;
import org.ztfkit.source.NearbyObject;
import org.ztfkit.store.EmbeddedStore;

/**
 * The closest of the objects a recorded cone answered with: the same choice online and offline, whatever else the
 * store holds (ties go to the smaller id, as the embedded sources break them).
 */
final class Closest {
    private Closest() {
    }

    /**
     * @param select {@code SELECT id, name, origin, ra, dec FROM table WHERE key IN (%s)}: the five columns in this
     *               order, {@code %s} replaced by the members' placeholders
     */
    static Optional<NearbyObject> among(EmbeddedStore store, List<String> members, PhotometrySource source,
                                        String select, SkyPosition center, double radiusArcsec) {
        if (members.isEmpty()) {
            return Optional.empty();
        }
        return store.withConnection(c -> {
            NearbyObject best = null;
            try (PreparedStatement ps = c.prepareStatement(String.format(select, marks(members.size())))) {
                for (int i = 0; i < members.size(); i++) {
                    ps.setString(i + 1, members.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        SkyPosition p = SkyPosition.of(rs.getDouble(4), rs.getDouble(5));
                        double separation = center.separationArcsec(p);
                        String id = rs.getString(1);
                        if (separation <= radiusArcsec && (best == null || separation < best.separationArcsec()
                                || separation == best.separationArcsec() && id.compareTo(best.id()) < 0)) {
                            best = new NearbyObject(source, id, rs.getString(2), rs.getString(3), p, separation);
                        }
                    }
                }
            }
            return Optional.ofNullable(best);
        });
    }

    /** The entry content of a cone: the rows of its members, {@code %s} replaced by their placeholders. */
    static List<StoreQuery> rows(String sql, List<String> members) {
        return members.isEmpty() ? List.of()
                : List.of(new StoreQuery(String.format(sql, marks(members.size())), List.copyOf(members)));
    }

    static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }
}
