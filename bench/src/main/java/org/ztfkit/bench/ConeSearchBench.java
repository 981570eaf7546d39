package org.ztfkit.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.ztfkit.model.DataRelease;
import org.ztfkit.model.Oid;
import org.ztfkit.sky.SkyPosition;
import org.ztfkit.source.ObjectMeta;
import org.ztfkit.store.EmbeddedStore;
import tech.tablesaw.api.Table;

/**
 * Cone-search latency of the embedded store against a plain DuckDB scan with a great-circle cut and no sky index,
 * measured in the same run on the same database.
 *
 * <pre>
 * bench/run.sh ConeSearchBench /path/to/bench-sky.duckdb [centres=1000] [baselineCentres=100] [baselineObjects=10]
 * </pre>
 * Make the database first (10^7 objects, about 45 minutes on 2 cores):
 * {@code java -cp … org.ztfkit.datasets.sky.GenerateBenchmarkSky bench-sky.duckdb 10000000 470}.
 *
 * <p>Cones are centred on random stored objects moved by up to 2″, so they find sources, at radii 1″, 5″, 30″ and
 * 60″; the baseline runs the same queries for the first {@code baselineCentres} centres (each is a full scan).
 * "Object + 1.5″ neighbours + their DR light curves" looks an object up by OID, cones 1.5″ around it, and reads the
 * detections of all of them, both ways (the unindexed way scans every detection row, so it runs for the first
 * {@code baselineObjects} objects only). Prints median and p95 latencies, ratios, and peak heap.
 */
public final class ConeSearchBench {
    private static final double[] RADII = {1, 5, 30, 60};

    private ConeSearchBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: ConeSearchBench <sky.duckdb> [centres=1000] [baselineCentres=100] [baselineObjects=10]");
            System.exit(2);
        }
        int centres = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int baselineCentres = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        int baselineObjects = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        try (EmbeddedStore store = EmbeddedStore.openReadOnly(Path.of(args[0]))) {
            DataRelease dr = store.defaultRelease();
            long objects = store.query("n", "SELECT count(*) n FROM ztf_object WHERE dr = ?", dr.name()).longColumn("n").get(0);
            long detections = store.query("n", "SELECT count(*) n FROM ztf_detection").longColumn("n").get(0);
            System.out.printf(Locale.ROOT, "sky: %s, %,d objects in %s, %,d detections%n", args[0], objects, dr, detections);

            SplittableRandom rng = new SplittableRandom(2026);
            List<ObjectMeta> sample = sampleObjects(store, dr, centres, rng);
            List<SkyPosition> cones = new ArrayList<>();
            for (ObjectMeta m : sample) {
                cones.add(offset(m.position(), 2.0 * Math.sqrt(rng.nextDouble()), 2 * Math.PI * rng.nextDouble()));
            }

            System.out.println();
            System.out.println("cone search (" + centres + " centres; baseline on the first " + baselineCentres + ")");
            System.out.println("radius   indexed median   p95      matches   unindexed median   p95        ratio of medians");
            for (double r : RADII) {
                for (int i = 0; i < Math.min(200, cones.size()); i++) {
                    store.cone(dr, cones.get(i), r);
                }
                double[] t = new double[cones.size()];
                long matches = 0;
                for (int i = 0; i < cones.size(); i++) {
                    long s = System.nanoTime();
                    matches += store.cone(dr, cones.get(i), r).size();
                    t[i] = (System.nanoTime() - s) / 1e6;
                }
                double[] b = new double[Math.min(baselineCentres, cones.size())];
                long baselineMatches = 0;
                long indexedOnSameCentres = 0;
                for (int i = 0; i < b.length; i++) {
                    long s = System.nanoTime();
                    baselineMatches += scanCone(store, dr, cones.get(i), r);
                    b[i] = (System.nanoTime() - s) / 1e6;
                    indexedOnSameCentres += store.cone(dr, cones.get(i), r).size();
                }
                if (baselineMatches != indexedOnSameCentres) {
                    throw new IllegalStateException("indexed and unindexed cones disagree at " + r + "″: "
                            + indexedOnSameCentres + " vs " + baselineMatches);
                }
                System.out.printf(Locale.ROOT, "%4.0f″    %8.3f ms   %7.3f ms   %7.2f   %10.2f ms   %8.2f ms   %8.1f×%n", r,
                        quantile(t, 0.5), quantile(t, 0.95), matches / (double) cones.size(), quantile(b, 0.5),
                        quantile(b, 0.95), quantile(b, 0.5) / quantile(t, 0.5));
            }

            System.out.println();
            System.out.println("object + 1.5″ neighbours + their DR light curves (" + sample.size() + " objects; baseline on "
                    + baselineObjects + ")");
            for (int i = 0; i < Math.min(200, sample.size()); i++) {
                objectWithNeighbours(store, dr, sample.get(i).oid());
            }
            double[] t = new double[sample.size()];
            long rows = 0;
            for (int i = 0; i < sample.size(); i++) {
                long s = System.nanoTime();
                rows += objectWithNeighbours(store, dr, sample.get(i).oid());
                t[i] = (System.nanoTime() - s) / 1e6;
            }
            double[] b = new double[Math.min(baselineObjects, sample.size())];
            for (int i = 0; i < b.length; i++) {
                long s = System.nanoTime();
                scanObjectWithNeighbours(store, dr, sample.get(i).oid());
                b[i] = (System.nanoTime() - s) / 1e6;
            }
            System.out.printf(Locale.ROOT, "indexed median %.3f ms, p95 %.3f ms (%.0f detection rows each); "
                            + "unindexed median %.1f ms, p95 %.1f ms; ratio %.1f×%n", quantile(t, 0.5), quantile(t, 0.95),
                    rows / (double) sample.size(), quantile(b, 0.5), quantile(b, 0.95), quantile(b, 0.5) / quantile(t, 0.5));
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT, "%npeak Java heap: %.0f MB (DuckDB's own memory is outside the Java heap)%n", peak / 1e6);
    }

    /** The way the library answers it: object by OID, a 1.5″ cone around it, detections of all. */
    static long objectWithNeighbours(EmbeddedStore store, DataRelease dr, Oid oid) {
        ObjectMeta meta = store.object(dr, oid).orElseThrow();
        List<ObjectMeta> all = store.cone(dr, meta.position(), 1.5);
        Table detections = store.detections(dr, all);
        return detections.rowCount();
    }

    /** The same with plain scans: no index on OID, no sky index. */
    static long scanObjectWithNeighbours(EmbeddedStore store, DataRelease dr, Oid oid) {
        Table o = store.query("o", "SELECT ra, dec FROM ztf_object WHERE dr = ? AND oid = ?", dr.name(), oid.value());
        SkyPosition p = SkyPosition.of(o.doubleColumn("ra").get(0), o.doubleColumn("dec").get(0));
        Table near = store.query("n", "SELECT oid FROM ztf_object WHERE dr = ? AND " + greatCircle() + " <= ?",
                dr.name(), Math.toRadians(p.dec()), Math.toRadians(p.dec()), Math.toRadians(p.ra()), Math.toRadians(1.5 / 3600));
        StringBuilder in = new StringBuilder();
        for (long id : near.longColumn("oid").asLongArray()) {
            in.append(in.length() == 0 ? "" : ",").append(id);
        }
        return store.query("d", "SELECT oid, hmjd, mag, magerr FROM ztf_detection WHERE dr = ? AND catflags = 0 AND oid IN ("
                + in + ")", dr.name()).rowCount();
    }

    static long scanCone(EmbeddedStore store, DataRelease dr, SkyPosition c, double radiusArcsec) {
        return store.withConnection(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("SELECT count(*) FROM ztf_object WHERE dr = ? AND "
                    + greatCircle() + " <= ?")) {
                ps.setString(1, dr.name());
                ps.setDouble(2, Math.toRadians(c.dec()));
                ps.setDouble(3, Math.toRadians(c.dec()));
                ps.setDouble(4, Math.toRadians(c.ra()));
                ps.setDouble(5, Math.toRadians(radiusArcsec / 3600));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    /** Haversine distance in radians from (ra0, dec0) given as parameters: (dec0, dec0, ra0). */
    private static String greatCircle() {
        return "2 * asin(sqrt(pow(sin((radians(dec) - ?) / 2), 2) + cos(?) * cos(radians(dec)) "
                + "* pow(sin((radians(ra) - ?) / 2), 2)))";
    }

    private static List<ObjectMeta> sampleObjects(EmbeddedStore store, DataRelease dr, int n, SplittableRandom rng) {
        Table t = store.query("s", "SELECT oid FROM (SELECT oid FROM ztf_object WHERE dr = ?) USING SAMPLE reservoir(" + (n * 2) + " ROWS) REPEATABLE (7)", dr.name());
        List<ObjectMeta> out = new ArrayList<>();
        long[] oids = t.longColumn("oid").asLongArray();
        for (int i = 0; i < oids.length && out.size() < n; i++) {
            store.object(dr, Oid.of(oids[i])).ifPresent(out::add);
        }
        return out;
    }

    private static SkyPosition offset(SkyPosition p, double arcsec, double angle) {
        double d = arcsec / 3600;
        return SkyPosition.wrapped(p.ra() + d * Math.cos(angle) / Math.cos(Math.toRadians(p.dec())),
                Math.max(-90, Math.min(90, p.dec() + d * Math.sin(angle))));
    }

    static double quantile(double[] values, double q) {
        double[] v = values.clone();
        Arrays.sort(v);
        double pos = q * (v.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(v.length - 1, lo + 1);
        return v[lo] + (pos - lo) * (v[hi] - v[lo]);
    }
}
