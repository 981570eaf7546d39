package org.ztfkit.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
        // One cone around the objects (the catalog is stored by sky position), then their OIDs.
        ObjectMeta first = objects.iterator().next();
        SkyPosition center = first.position();
        double radius = objects.stream().mapToDouble(o -> center.separationArcsec(o.position())).max().orElse(0)
                + MATCH_MARGIN_ARCSEC;
        List<SkyIndex.CellRange> ranges = SkyIndex.coneRanges(center.ra(), center.dec(), radius / 3600.0);
        List<Long> oids = objects.stream().map(o -> o.oid().value()).distinct().toList();
        String sql = "SELECT oid, ref_mag, ref_magerr, ref_flags, magzp, magzp_rms, infobits FROM ztf_ref_mag WHERE "
                + EmbeddedStore.rangePredicate(ranges.size()) + " AND oid IN ("
                + oids.stream().map(o -> "?").collect(Collectors.joining(", ")) + ")";
        return store.withConnection(c -> {
            Map<Oid, ReferenceCatalogEntry> out = new HashMap<>();
            PreparedStatement ps = store.prepared(c, sql);
            int i = EmbeddedStore.bindRanges(ps, ranges);
            for (long oid : oids) {
                ps.setLong(i++, oid);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Oid oid = Oid.of(rs.getLong(1));
                    out.put(oid, new ReferenceCatalogEntry(oid, decimal(rs.getFloat(2)), decimal(rs.getFloat(3)),
                            rs.getInt(4), decimal(rs.getFloat(5)), decimal(rs.getFloat(6)), rs.getInt(7)));
                }
            }
            return out;
        });
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
