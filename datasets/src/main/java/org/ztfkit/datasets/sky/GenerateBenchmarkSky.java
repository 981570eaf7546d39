package org.ztfkit.datasets.sky;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.ztfkit.model.Band;
import org.ztfkit.model.Oid;
import org.ztfkit.sky.SkyIndex;
import org.ztfkit.store.DetectionZones;
import org.ztfkit.store.EmbeddedStore;
import org.ztfkit.store.StoredOrder;

/**
 * Writes a large simulated sky for benchmarks:
 * {@code GenerateBenchmarkSky <out.duckdb> <objects> <spanDays> [--all-sources]}.
 *
 * <p>Sources are spread uniformly over the sky ZTF observes (dec ≥ −31°); each is seen as one DR object per field
 * and passband it is detected in, with detections from the same calibrated survey schedules and error model as the
 * demo sky over {@code spanDays} from the survey start (one release, {@code dr13}). The sources do not vary: a
 * query's cost does not depend on the shape of a light curve, only on where its rows are. Objects and detections
 * are written in HEALPix order, as every ztfkit database is stored.
 *
 * <p>With {@code --all-sources} the sky also gets every other table the merged light curve reads, from the demo
 * sky's layers: reference catalogs, the public alert stream (until 120 days after the release, without cutouts),
 * Pan-STARRS DR2 and Gaia DR3. Then {@value #VARIABLE_FRACTION} of the sources (a realistic share of variables and
 * transients among ZTF sources) vary as the demo sky's population does ({@link Population}), so they raise alerts
 * and the brighter ones have Gaia epoch photometry; the rest stay constant. Pan-STARRS covers every source north of
 * −30° and Gaia every source brighter than G 20.5, as the real catalogs do.
 */
public final class GenerateBenchmarkSky {
    private static final Band[] BANDS = {Band.ZTF_G, Band.ZTF_R, Band.ZTF_I};
    static final double VARIABLE_FRACTION = 0.05;
    private static final String ALL_SOURCES = "--all-sources";

    private GenerateBenchmarkSky() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3 || args.length > 4 || args.length == 4 && !args[3].equals(ALL_SOURCES)) {
            System.err.println("usage: GenerateBenchmarkSky <out.duckdb> <objects, e.g. 10000000> <span days, e.g. 470>"
                    + " [" + ALL_SOURCES + "]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        long objects = Long.parseLong(args[1]);
        double span = Double.parseDouble(args[2]);
        long start = System.nanoTime();
        long[] counts = write(out, objects, span, 10_000_019L, args.length == 4);
        System.out.printf("benchmark sky: %d DR objects, %d detections, %.1f GB, %.0f s -> %s%n", counts[0], counts[1],
                Files.size(out) / 1e9, (System.nanoTime() - start) / 1e9, out);
    }

    /** Writes the sky (with every source's tables when {@code allSources}); returns {objects, detections}. */
    public static long[] write(Path out, long targetObjects, double spanDays, long seed, boolean allSources)
            throws Exception {
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
                     DetectionZones.Appender det = new DetectionZones.Appender(dc);
                     Layers layers = allSources ? new Layers(dc, survey, seed) : null) {
                    for (int k = 0; k < sources && objs < targetObjects; k++) {
                        int s = order[k];
                        double mag = Population.faintWeighted(rng, 14.0, 21.0);
                        SourceModel model = new SourceModel.Constant(new SourceModel.Colors(mag + 0.5, mag, mag - 0.3));
                        if (allSources && rng.nextDouble() < VARIABLE_FRACTION) {
                            model = variable(rng.split(), survey.endMjd());
                        }
                        List<FieldGrid.Placement> placements = grid.placements(ra[s], dec[s]);
                        List<SkyGenerator.SimObject> seen = new ArrayList<>();
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
                                SkyGenerator.SimObject o = Survey.observe(ex, oid, ora, odec, model, band, rng);
                                int n = o == null ? 0 : append(obj, det, o);
                                if (n > 0) {
                                    dets += n;
                                    objs++;
                                    seen.add(o);
                                }
                            }
                        }
                        if (layers != null) {
                            layers.add(new SkyGenerator.SimSource(k, null, ra[s], dec[s], model, placements, seen),
                                    rng.split());
                        }
                    }
                }
                // Sources come in hpx29 order but their objects and layer rows only nearly so (positions scatter
                // around the source, layers write in batches): a strict order lets a cone read one row group.
                StoredOrder.sortByHpx29(c);
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

    /** A variable or transient source of the demo sky's population. */
    private static SourceModel variable(SplittableRandom rng, double lastHmjd) {
        while (true) {
            SourceModel m = Population.random(rng, lastHmjd);
            if (!(m instanceof SourceModel.Constant)) {
                return m;
            }
        }
    }

    /** The demo sky's layers, fed source by source. */
    private static final class Layers implements AutoCloseable {
        private final List<SourceWriter> writers;

        Layers(DuckDBConnection c, Survey survey, long seed) throws SQLException {
            writers = List.of(new ReferenceCatalogLayer.Writer(c, seed),
                    new AlertLayer.Writer(c, survey, survey.endMjd() + AlertLayer.STREAM_AFTER_LAST_RELEASE_DAYS, seed,
                            false),
                    new Ps1Layer.Writer(c), new GaiaLayer.Writer(c));
        }

        void add(SkyGenerator.SimSource s, SplittableRandom rng) throws SQLException {
            for (SourceWriter w : writers) {
                w.add(s, rng.split());
            }
        }

        @Override
        public void close() throws SQLException {
            for (SourceWriter w : writers) {
                w.close();
            }
        }
    }

    /** Appends an object with a good epoch and its detections; returns the detections written (0: none). */
    private static int append(DuckDBAppender obj, DetectionZones.Appender det, SkyGenerator.SimObject o)
            throws SQLException {
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
            det.row(o.hpx29()).append("dr13").append(o.oid().value()).append(o.hpx29()).append(o.hmjd()[i]).append(o.mag()[i])
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
