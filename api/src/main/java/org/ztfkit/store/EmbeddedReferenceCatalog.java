package org.ztfkit.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ztfkit.model.Band;
import org.ztfkit.model.Oid;
import org.ztfkit.sky.SkyIndex;
import org.ztfkit.sky.SkyPosition;
import org.ztfkit.source.ObjectMeta;
import org.ztfkit.source.ReferenceCatalogEntry;
import org.ztfkit.source.ReferenceMagnitudeSource;

/**
 * ZTF reference magnitudes from the embedded store's reference catalogs (view {@code ztf_ref_mag}: instrumental
 * magnitude plus the quadrant's zero point, per DR OID; external-services.md §2, §19.1). Made by
 * {@link EmbeddedStore#referenceCatalog()}.
 *
 * <pre>{@code
 * store.referenceCatalog().references(List.of(obj.meta())).get(obj.oid()).refMag();   // 20.839 for SNAD101
 * }</pre>
 */
public final class EmbeddedReferenceCatalog implements ReferenceMagnitudeSource {
    /** A catalog source lies within this distance of its DR object (both measure the same star). */
    private static final double MATCH_MARGIN_ARCSEC = 2.0;

    private final EmbeddedStore store;
    private final String description;
    /** Quadrant zero points read so far, by "fieldid/filter/ccdid/qid" (kept only for read-only stores). */
    private final Map<String, Quadrant> zeroPoints = new java.util.concurrent.ConcurrentHashMap<>();

    EmbeddedReferenceCatalog(EmbeddedStore store) {
        this.store = store;
        this.description = "ZTF reference catalogs in the " + store.description();
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public Map<Oid, ReferenceCatalogEntry> references(Collection<ObjectMeta> objects) {
        if (objects.isEmpty()) {
            return Map.of();
        }
        // The rows of view ztf_ref_mag, read in two steps: the catalog rows by sky position (one cone around the
        // objects), and their quadrants' zero points. Joining them in SQL makes DuckDB scan every quadrant of the
        // sky; a quadrant's zero point never changes, so a read-only store keeps the zero points it has read.
        ObjectMeta first = objects.iterator().next();
        SkyPosition center = first.position();
        double radius = objects.stream().mapToDouble(o -> center.separationArcsec(o.position())).max().orElse(0)
                + MATCH_MARGIN_ARCSEC;
        List<SkyIndex.CellRange> ranges = SkyIndex.coneRanges(center.ra(), center.dec(), radius / 3600.0);
        Set<Oid> wanted = objects.stream().map(ObjectMeta::oid).collect(Collectors.toSet());
        String sql = "SELECT fieldid, filter, ccdid, qid, sourceid, mag, sigmag, flags FROM ztf_ref_source WHERE "
                + EmbeddedStore.rangePredicate(ranges.size());
        return store.withConnection(c -> {
            Map<Oid, ReferenceCatalogEntry> out = new HashMap<>();
            PreparedStatement ps = store.prepared(c, sql);
            EmbeddedStore.bindRanges(ps, ranges);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Oid oid = Oid.compose(rs.getInt(1), Band.of(rs.getString(2)).surveyFilterId(), rs.getInt(3),
                            rs.getInt(4), rs.getInt(5));
                    Quadrant q = wanted.contains(oid) ? quadrant(c, oid) : null;
                    if (q != null) {
                        float mag = rs.getFloat(6);
                        out.put(oid, new ReferenceCatalogEntry(oid, decimal(mag + q.magzp()), decimal(rs.getFloat(7)),
                                rs.getInt(8), decimal(q.magzp()), decimal(q.magzpRms()), q.infobits()));
                    }
                }
            }
            return out;
        });
    }

    /** A quadrant's zero point (MAGZP), its scatter and INFOBITS. */
    private record Quadrant(float magzp, float magzpRms, int infobits) {
    }

    /** The quadrant of an OID, or null when its catalog has no quadrant row; call inside withConnection. */
    private Quadrant quadrant(Connection c, Oid oid) throws SQLException {
        String key = oid.fieldId() + "/" + oid.filterCode() + "/" + oid.ccdId() + "/" + oid.qid();
        Quadrant q = zeroPoints.get(key);
        if (q != null) {
            return q;
        }
        PreparedStatement ps = store.prepared(c, "SELECT filter, ccdid, qid, magzp, magzp_rms, infobits"
                + " FROM ztf_ref_quadrant WHERE fieldid = ?");
        ps.setInt(1, oid.fieldId());
        Map<String, Quadrant> field = new HashMap<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                field.put(oid.fieldId() + "/" + rs.getString(1) + "/" + rs.getInt(2) + "/" + rs.getInt(3),
                        new Quadrant(rs.getFloat(4), rs.getFloat(5), rs.getInt(6)));
            }
        }
        if (store.isReadOnly()) {
            zeroPoints.putAll(field);
        }
        return field.get(key);
    }

    /** A REAL value as the decimal it was written as (20.839f reads 20.839, as {@link ResultTables} does). */
    private static double decimal(float v) {
        return Double.parseDouble(Float.toString(v));
    }

    @Override
    public String toString() {
        return "EmbeddedReferenceCatalog[" + description + "]";
    }
}
