package org.ztfkit.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.ztfkit.Ztf;
import org.ztfkit.ZtfObject;
import org.ztfkit.lightcurve.DrLightCurves;
import org.ztfkit.lightcurve.LightCurve;
import org.ztfkit.lightcurve.LightCurveSources;
import org.ztfkit.model.DataRelease;
import org.ztfkit.model.Oid;
import org.ztfkit.source.ObjectMeta;
import org.ztfkit.store.EmbeddedStore;
import tech.tablesaw.api.Table;

/**
 * Latency of the merged light curve, {@code ztf.object(oid).withNeighbours(1.5).lightCurve()}: the object's DR
 * light curve with its 1.5″ DR neighbours, the closest alert object's detections and upper limits, the closest
 * Pan-STARRS object's detections and the closest Gaia source's epochs within 5″, and the reference magnitudes —
 * against the DR-only part of the same work (object by OID, 1.5″ cone, detections, light curve), measured in the
 * same run on the same objects.
 *
 * <pre>
 * bench/run.sh MergedLightCurveBench /path/to/bench-sky.duckdb [objects=300]
 * </pre>
 * Make the sky first, with every source's tables (10^6 objects: about 10 minutes on 2 cores):
 * {@code ./ztfkit bench org.ztfkit.datasets.sky.GenerateBenchmarkSky bench-sky.duckdb 1000000 470 --all-sources}.
 *
 * <p>The objects are DR objects at the positions of alert objects (variable sources), so each merged light curve
 * has DR, alert and Pan-STARRS rows and, for those brighter than G 19, Gaia epochs. Each call uses a fresh object
 * handle (handles keep what they fetched). Prints median and p95 latencies, the ratio of medians, and the mean rows
 * per source.
 */
public final class MergedLightCurveBench {
    private static final double NEIGHBOUR_RADIUS_ARCSEC = 1.5;

    private MergedLightCurveBench() {
    }

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: MergedLightCurveBench <sky.duckdb> [objects=300]");
            System.exit(2);
        }
        int wanted = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        try (EmbeddedStore store = EmbeddedStore.openReadOnly(Path.of(args[0]))) {
            Ztf ztf = Ztf.of(store);
            DataRelease dr = ztf.release();
            long objects = store.query("n", "SELECT count(*) n FROM ztf_object WHERE dr = ?", dr.name())
                    .longColumn("n").get(0);
            long alertObjects = store.query("n", "SELECT count(*) n FROM alert_object").longColumn("n").get(0);
            System.out.printf(Locale.ROOT, "sky: %s, %,d DR objects in %s, %,d alert objects%n", args[0], objects, dr,
                    alertObjects);
            List<Oid> targets = targets(store, ztf, wanted);
            System.out.printf(Locale.ROOT, "%d objects at alert-object positions; warming up%n", targets.size());
            for (int round = 0; round < 3; round++) {
                for (Oid oid : targets) {
                    merged(ztf, oid);
                    drOnly(ztf, oid);
                }
            }
            double[] merged = new double[targets.size()];
            double[] drOnly = new double[targets.size()];
            Map<String, Long> rows = new TreeMap<>();
            int withGaia = 0;
            for (int i = 0; i < targets.size(); i++) {
                long s = System.nanoTime();
                LightCurve lc = merged(ztf, targets.get(i));
                merged[i] = (System.nanoTime() - s) / 1e6;
                s = System.nanoTime();
                drOnly(ztf, targets.get(i));
                drOnly[i] = (System.nanoTime() - s) / 1e6;
                for (LightCurveSources.Status status : lc.sources().all()) {
                    rows.merge(status.source(), (long) status.rows(), Long::sum);
                }
                if (lc.sources().get("gaia").map(st -> st.rows() > 0).orElse(false)) {
                    withGaia++;
                }
            }
            double m = ConeSearchBench.quantile(merged, 0.5);
            double d = ConeSearchBench.quantile(drOnly, 0.5);
            System.out.printf(Locale.ROOT, "%nmerged light curve (DR + %.1f″ neighbours + alerts + Pan-STARRS + Gaia +"
                    + " references): median %.3f ms, p95 %.3f ms%n", NEIGHBOUR_RADIUS_ARCSEC, m,
                    ConeSearchBench.quantile(merged, 0.95));
            System.out.printf(Locale.ROOT, "DR only (object, %.1f″ cone, detections, light curve):     median %.3f ms,"
                    + " p95 %.3f ms%n", NEIGHBOUR_RADIUS_ARCSEC, d, ConeSearchBench.quantile(drOnly, 0.95));
            System.out.printf(Locale.ROOT, "ratio of medians (merged / DR only): %.2f×; target: merged median < 10 ms%n",
                    m / d);
            StringBuilder perSource = new StringBuilder("mean rows per light curve:");
            rows.forEach((source, n) -> perSource.append(String.format(Locale.ROOT, " %s %.0f", source,
                    n / (double) targets.size())));
            System.out.println(perSource + String.format(Locale.ROOT, "; %d of %d with Gaia epochs", withGaia,
                    targets.size()));
        }
    }

    static LightCurve merged(Ztf ztf, Oid oid) {
        return ztf.object(oid).withNeighbours(NEIGHBOUR_RADIUS_ARCSEC).lightCurve();
    }

    /** The DR part alone, the way the library does it. */
    static LightCurve drOnly(Ztf ztf, Oid oid) {
        ZtfObject obj = ztf.object(oid);
        List<ObjectMeta> all = ztf.drSource().cone(obj.dr(), obj.position(), NEIGHBOUR_RADIUS_ARCSEC);
        Table detections = ztf.drSource().detections(obj.dr(), all);
        return DrLightCurves.fromDetections(detections, "DR only").withDataRelease(obj.dr());
    }

    /** DR objects within 1″ of alert objects: one per alert object, up to {@code n}. */
    private static List<Oid> targets(EmbeddedStore store, Ztf ztf, int n) {
        Table positions = store.query("a", "SELECT ra, dec FROM alert_object USING SAMPLE reservoir(" + (2 * n)
                + " ROWS) REPEATABLE (11)");
        List<Oid> out = new ArrayList<>();
        for (int i = 0; i < positions.rowCount() && out.size() < n; i++) {
            List<ObjectMeta> near = ztf.drSource().cone(ztf.release(),
                    org.ztfkit.sky.SkyPosition.of(positions.doubleColumn("ra").get(i), positions.doubleColumn("dec")
                            .get(i)), 1.0);
            if (!near.isEmpty()) {
                out.add(near.get(0).oid());
            }
        }
        return out;
    }
}
