package org.ztfkit.datasets.sky;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.ztfkit.model.Band;
import org.ztfkit.model.Oid;
import org.ztfkit.sky.SkyIndex;
import org.ztfkit.store.EmbeddedStore;

/**
 * Writes a large simulated sky for benchmarks: {@code GenerateBenchmarkSky <out.duckdb> <objects> <spanDays>}.
 *
 * <p>Sources are spread uniformly over the sky ZTF observes (dec ≥ −31°); each is seen as one DR object per field
 * and passband it is detected in, with detections from the same calibrated survey schedules and error model as the
 * demo sky over {@code spanDays} from the survey start (one release, {@code dr13}). The sources do not vary: a
 * query's cost does not depend on the shape of a light curve, only on where its rows are. Objects and detections
 * are written in HEALPix order, as every ztfkit database is stored.
 */
public final class GenerateBenchmarkSky {
    private static final Band[] BANDS = {Band.ZTF_G, Band.ZTF_R, Band.ZTF_I};

    private GenerateBenchmarkSky() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: GenerateBenchmarkSky <out.duckdb> <objects, e.g. 10000000> <span days, e.g. 470>");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        long objects = Long.parseLong(args[1]);
        double span = Double.parseDouble(args[2]);
        long start = System.nanoTime();
        long[] counts = write(out, objects, span, 10_000_019L);
        System.out.printf("benchmark sky: %d DR objects, %d detections, %.1f GB, %.0f s -> %s%n", counts[0], counts[1],
                Files.size(out) / 1e9, (System.nanoTime() - start) / 1e9, out);
    }

    /** Writes the sky; returns {objects, detections}. */
    public static long[] write(Path out, long targetObjects, double spanDays, long seed) throws Exception {
        Files.deleteIfExists(out);
        SplittableRandom rng = new SplittableRandom(seed);
        FieldGrid grid = new FieldGrid();
        Survey survey = new Survey(seed, Survey.START_HMJD + spanDays);
        // Sources: about 2.6 detected objects each (two fields, g and r always, i sometimes), so draw enough.
        int sources = (int) (targetObjects / 2.6 * 1.05);
        double[] ra = new double[sources];
        double[] dec = new double[sources];
        long[] hpx = new long[sources];
        double sinMin = Math.sin(Math.toRadians(-31.0));
        for (int i = 0; i < sources; i++) {
            ra[i] = 360 * rng.nextDouble();
            dec[i] = Math.toDegrees(Math.asin(sinMin + (1 - sinMin) * rng.nextDouble()));
            hpx[i] = SkyIndex.hpx29(ra[i], dec[i]);
        }
        Integer[] order = new Integer[sources];
        for (int i = 0; i < sources; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(hpx[a], hpx[b]));
        long objectCount = 0;
        long detectionCount = 0;
        int[] nextSource = new int[2000 * 4 * 64];
        try (EmbeddedStore store = EmbeddedStore.open(out)) {
            long[] written = store.withConnection(c -> {
                DuckDBConnection dc = (DuckDBConnection) c;
                long objs = 0;
                long dets = 0;
                try (DuckDBAppender obj = dc.createAppender("main", "ztf_object");
                     DuckDBAppender det = dc.createAppender("main", "ztf_detection")) {
                    for (int k = 0; k < sources && objs < targetObjects; k++) {
                        int s = order[k];
                        double mag = Population.faintWeighted(rng, 14.0, 21.0);
                        List<FieldGrid.Placement> placements = grid.placements(ra[s], dec[s]);
                        for (FieldGrid.Placement p : placements) {
                            for (Band band : BANDS) {
                                if (objs >= targetObjects) {
                                    break;
                                }
                                Survey.Exposures ex = survey.exposures(p.field().id(), p.field().ra(), p.field().dec(), band);
                                double jitter = 0.08 / 3600;
                                double ora = (ra[s] + jitter * rng.nextGaussian() / Math.cos(Math.toRadians(dec[s])) + 360) % 360;
                                double odec = Math.max(-90, Math.min(90, dec[s] + jitter * rng.nextGaussian()));
                                int slot = (p.field().id() % 2000) * 256 + band.surveyFilterId() * 64 + p.rcid();
                                Oid oid = Oid.compose(p.field().id(), band.surveyFilterId(), p.ccdId(), p.qid(),
                                        nextSource[slot % nextSource.length]++);
                                var model = new SourceModel.Constant(new SourceModel.Colors(mag + 0.5, mag, mag - 0.3));
                                SkyGenerator.SimObject o = Survey.observe(ex, oid, ora, odec, model, band, rng);
                                int n = o == null ? 0 : append(obj, det, o);
                                if (n > 0) {
                                    dets += n;
                                    objs++;
                                }
                            }
                        }
                    }
                }
                try (var st = c.createStatement()) {
                    st.execute("INSERT INTO data_release VALUES ('dr13', true, 58194, 59280, "
                            + "(SELECT min(hmjd) FROM ztf_detection), (SELECT max(hmjd) FROM ztf_detection), "
                            + "'simulated', NULL, NULL, 'benchmark sky', now())");
                }
                return new long[] {objs, dets};
            });
            objectCount = written[0];
            detectionCount = written[1];
        }
        return new long[] {objectCount, detectionCount};
    }

    /** Appends an object with a good epoch and its detections; returns the detections written (0: none). */
    private static int append(DuckDBAppender obj, DuckDBAppender det, SkyGenerator.SimObject o) throws SQLException {
        int good = 0;
        double first = Double.NaN;
        double last = Double.NaN;
        for (int i = 0; i < o.hmjd().length; i++) {
            if (o.catflags()[i] == 0) {
                good++;
                if (Double.isNaN(first)) {
                    first = o.hmjd()[i];
                }
                last = o.hmjd()[i];
            }
        }
        if (good == 0) {
            return 0;
        }
        for (int i = 0; i < o.hmjd().length; i++) {
            det.beginRow().append("dr13").append(o.oid().value()).append(o.hpx29()).append(o.hmjd()[i]).append(o.mag()[i])
                    .append(o.magerr()[i]).append(o.clrcoeff()[i]).append(o.catflags()[i]).appendNull().endRow();
        }
        Oid oid = o.oid();
        obj.beginRow().append("dr13").append(oid.value()).append(oid.fieldId()).append((byte) oid.filterId())
                .append(oid.filterCode()).append((byte) oid.ccdId()).append((byte) oid.qid()).append((byte) oid.rcid())
                .append((int) oid.sourceId()).append(o.ra()).append(o.dec()).append(o.hpx29()).append(o.hmjd().length)
                .append(good).append(last - first).appendNull().appendNull()
                .appendNull().appendNull().appendNull().endRow();
        return o.hmjd().length;
    }
}
