package org.ztfkit.remote;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ztfkit.catalog.CatalogRow;
import org.ztfkit.catalog.Catalogs;
import org.ztfkit.net.ServicePolicy;
import org.ztfkit.sky.SkyPosition;
import org.ztfkit.vo.TapService;
import org.ztfkit.vo.Vo;

/**
 * SIMBAD cones in ADQL through its TAP service (external-services.md §8.1): {@code basic} (main id, position in
 * degrees, main type, spectral type) with the distances of {@code mesDistance} and the types of {@code otypes}
 * left-joined, one query per cone. The join gives one row per (distance, type) pair; they are folded back into one
 * record per object: the first distance with its unit, and every type in order ({@code otypes}, joined by
 * {@code |}).
 */
final class SimbadClient {
    static final int MAX_ROWS = 2000;
    private final TapService tap;

    SimbadClient(String baseUrl, ServicePolicy policy) {
        this.tap = Vo.tap(baseUrl).withPolicy(policy);
    }

    /** The ADQL of one cone. */
    static String adql(SkyPosition center, double radiusArcsec) {
        return String.format(Locale.ROOT, "SELECT b.oid, b.main_id, b.ra, b.dec, b.otype, b.sp_type, d.dist, "
                + "d.unit AS dist_unit, t.otype AS other_type FROM basic AS b "
                + "LEFT JOIN mesDistance AS d ON d.oidref = b.oid LEFT JOIN otypes AS t ON t.oidref = b.oid "
                + "WHERE CONTAINS(POINT('ICRS', b.ra, b.dec), CIRCLE('ICRS', %s, %s, %s)) = 1 ORDER BY b.oid",
                Responses.decimal(center.ra()), Responses.decimal(center.dec()), Responses.decimal(radiusArcsec / 3600));
    }

    List<CatalogRow> cone(SkyPosition center, double radiusArcsec) {
        List<Map<String, Object>> joined = Records.of(tap.query(adql(center, radiusArcsec), MAX_ROWS));
        Map<Object, Map<String, Object>> objects = new LinkedHashMap<>();
        Map<Object, Set<String>> types = new LinkedHashMap<>();
        for (Map<String, Object> r : joined) {
            Object oid = r.getOrDefault("oid", r.get("main_id"));
            Map<String, Object> o = objects.computeIfAbsent(oid, k -> {
                Map<String, Object> m = new LinkedHashMap<>(r);
                m.remove("other_type");
                m.remove("dist");
                m.remove("dist_unit");
                return m;
            });
            if (!o.containsKey("dist") && r.get("dist") != null) {
                o.put("dist", r.get("dist"));
                if (r.get("dist_unit") != null) {
                    o.put("dist_unit", r.get("dist_unit"));
                }
            }
            Set<String> t = types.computeIfAbsent(oid, k -> new LinkedHashSet<>());
            if (r.get("otype") != null) {
                t.add(r.get("otype").toString());
            }
            if (r.get("other_type") != null) {
                t.add(r.get("other_type").toString());
            }
        }
        List<CatalogRow> rows = new ArrayList<>();
        objects.forEach((oid, o) -> {
            if (!types.get(oid).isEmpty()) {
                o.put("otypes", String.join("|", types.get(oid)));
            }
            rows.add(Catalogs.SIMBAD.row(o));
        });
        return rows;
    }
}
