package org.ztfkit.datasets.sky;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.ztfkit.model.Band;
import org.ztfkit.model.DataRelease;
import org.ztfkit.model.MjdRange;
import org.ztfkit.model.Oid;
import org.ztfkit.sky.SkyIndex;
import org.ztfkit.store.DetectionZones;
import org.ztfkit.store.EmbeddedStore;
import org.ztfkit.time.Mjd;

/**
 * Generates a simulated ZTF sky, deterministically from a seed, and writes it as an embedded database in the
 * schema of external-services.md §19: data releases, DR objects and detections (sorted by HEALPix index), the name
 * table, the SNAD catalog rows of the real objects, and the truth of every source ({@code sim_source},
 * {@code sim_source_oid}).
 *
 * <pre>{@code
 * SkyGenerator.Summary s = new SkyGenerator(SkyGenerator.Config.demo()).write(Path.of("demo-sky.duckdb"));
 * }</pre>
 *
 * <p>The sky: every real object of {@link RealObjects} with a patch of random sources around it (sharing its field
 * and CCD quadrant, plus a second field from the simulated grid), and patches elsewhere whose fields come from
 * {@link FieldGrid}. Each source is seen as one OID per field and passband in which it was detected.
 */
public final class SkyGenerator {
    private static final Band[] ZTF_BANDS = {Band.ZTF_G, Band.ZTF_R, Band.ZTF_I};
    /** The layers written after the DR tables, in order (see {@link SkyLayer}). */
    static final List<SkyLayer> LAYERS = List.of(new ReferenceCatalogLayer(), new AlertLayer(), new Ps1Layer(),
            new GaiaLayer(), new CatalogLayer());
    /** Random sources get source numbers from here up; real OIDs (below it) never collide with them. */
    private static final int FIRST_RANDOM_SOURCEID = 300_000;
    private static final double ASTROMETRIC_SCATTER_ARCSEC = 0.08;

    /**
     * A patch of random sources.
     *
     * @param ra        centre, degrees
     * @param dec       centre, degrees
     * @param radiusDeg radius
     * @param sources   number of random sources
     */
    public record Patch(double ra, double dec, double radiusDeg, int sources) {
    }

    /**
     * What to generate.
     *
     * @param seed                 the seed; the same seed gives the same sky
     * @param releases             data releases, oldest first
     * @param sourcesPerRealObject random sources in the patch around each real object
     * @param realPatchRadiusDeg   radius of those patches
     * @param patches              further patches of random sources
     */
    public record Config(long seed, List<ReleaseSpec> releases, int sourcesPerRealObject, double realPatchRadiusDeg,
                         List<Patch> patches) {
        /**
         * The packaged demo sky: releases dr8 and dr13 (default), the real objects with 80 neighbours each, and
         * four more patches (about 1,100 sources in all).
         */
        public static Config demo() {
            return new Config(20260101L,
                    List.of(new ReleaseSpec("dr8", 59350.0, false), new ReleaseSpec("dr13", 59800.0, true)),
                    80, 0.05,
                    List.of(new Patch(40.0, 20.0, 0.08, 150), new Patch(180.0, 45.0, 0.08, 150),
                            new Patch(300.0, 60.0, 0.08, 150), new Patch(100.0, 10.0, 0.08, 150)));
        }

        double lastHmjd() {
            return releases.get(releases.size() - 1).endHmjd();
        }
    }

    /**
     * What was written.
     *
     * @param sources    sky sources
     * @param objects    DR object rows (all releases)
     * @param detections DR detection rows (all releases)
     */
    public record Summary(int sources, long objects, long detections) {
    }

    /** One DR object of one source: its OID, mean position and detections over the whole survey. */
    record SimObject(Oid oid, double ra, double dec, long hpx29, double[] hmjd, float[] mag, float[] magerr,
                     float[] clrcoeff, int[] catflags) {
        int countUntil(double endHmjd) {
            int i = Arrays.binarySearch(hmjd, endHmjd);
            return i >= 0 ? i + 1 : -i - 1;
        }
    }

    /**
     * One sky source: its truth, the fields (with CCD and quadrant) whose exposures cover it, and the DR objects it
     * was detected as.
     */
    record SimSource(int id, String name, double ra, double dec, SourceModel model,
                     List<FieldGrid.Placement> placements, List<SimObject> objects) {
    }

    private final Config config;
    private final FieldGrid grid = new FieldGrid();
    private final Survey survey;
    private final Map<String, Integer> nextSourceId = new HashMap<>();
    private final Set<Long> usedOids = new HashSet<>();

    public SkyGenerator(Config config) {
        this.config = config;
        this.survey = new Survey(config.seed(), config.lastHmjd());
    }

    /** Generates the sky and writes it to a new database file (an existing file is replaced). */
    public Summary write(Path file) {
        List<SimSource> sources = generate();
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(Path.of(file + ".wal"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot replace " + file + ": " + e.getMessage(), e);
        }
        try (EmbeddedStore store = EmbeddedStore.open(file)) {
            return store.inTransaction(c -> writeAll((DuckDBConnection) c, sources));
        }
    }

    /** The sources of the sky, with their DR objects and detections. */
    List<SimSource> generate() {
        List<SimSource> sources = new ArrayList<>();
        SplittableRandom rng = new SplittableRandom(config.seed());
        int id = 1;
        for (RealObjects.RealObject real : RealObjects.all()) {
            List<FieldGrid.Placement> placements = realPlacements(real);
            sources.add(source(id++, real.name(), real.ra(), real.dec(), real.model(), placements, real.oid(), rng.split()));
            // A close companion 2–4″ away, so that neighbour searches show a different source too.
            double angle = rng.nextDouble() * 2 * Math.PI;
            double sep = (2.0 + 2.0 * rng.nextDouble()) / 3600.0;
            double cra = real.ra() + sep * Math.cos(angle) / Math.cos(Math.toRadians(real.dec()));
            double cdec = real.dec() + sep * Math.sin(angle);
            SplittableRandom crng = rng.split();
            sources.add(source(id++, null, cra, cdec, Population.random(crng, config.lastHmjd()), placements, 0, crng));
            for (int k = 0; k < config.sourcesPerRealObject(); k++) {
                double[] p = pointInDisc(rng, real.ra(), real.dec(), config.realPatchRadiusDeg());
                SplittableRandom srng = rng.split();
                sources.add(source(id++, null, p[0], p[1], Population.random(srng, config.lastHmjd()), placements, 0, srng));
            }
        }
        for (Patch patch : config.patches()) {
            for (int k = 0; k < patch.sources(); k++) {
                double[] p = pointInDisc(rng, patch.ra(), patch.dec(), patch.radiusDeg());
                SplittableRandom srng = rng.split();
                sources.add(source(id++, null, p[0], p[1], Population.random(srng, config.lastHmjd()),
                        grid.placements(p[0], p[1]), 0, srng));
            }
        }
        return sources;
    }

    /** The real object's own field, CCD and quadrant (from its OID) and a second field from the simulated grid. */
    private List<FieldGrid.Placement> realPlacements(RealObjects.RealObject real) {
        List<FieldGrid.Placement> gridPlacements = grid.placements(real.ra(), real.dec());
        if (real.oid() == 0) {
            return gridPlacements;
        }
        Oid oid = Oid.of(real.oid());
        List<FieldGrid.Placement> out = new ArrayList<>();
        out.add(new FieldGrid.Placement(new FieldGrid.Field(oid.fieldId(), real.ra(), real.dec()), oid.ccdId(), oid.qid()));
        gridPlacements.stream().filter(p -> p.field().id() >= 1000).findFirst().ifPresent(out::add);
        return out;
    }

    private SimSource source(int id, String name, double ra, double dec, SourceModel model,
                             List<FieldGrid.Placement> placements, long realOid, SplittableRandom rng) {
        List<SimObject> objects = new ArrayList<>();
        for (FieldGrid.Placement placement : placements) {
            for (Band band : ZTF_BANDS) {
                Oid oid = realOid != 0 && Oid.of(realOid).fieldId() == placement.field().id()
                        && Oid.of(realOid).band() == band
                        ? Oid.of(realOid)
                        : allocate(placement, band);
                // A real object's own OID sits at its published position; every other OID scatters around it.
                double jitter = oid.value() == realOid ? 0.0 : ASTROMETRIC_SCATTER_ARCSEC / 3600.0;
                double ora = ra + jitter * rng.nextGaussian() / Math.cos(Math.toRadians(dec));
                double odec = dec + jitter * rng.nextGaussian();
                SimObject o = observe(oid, ora, odec, model, placement, band, rng);
                if (o != null && o.countUntil(config.lastHmjd()) > 0) {
                    objects.add(o);
                }
            }
        }
        return new SimSource(id, name, ra, dec, model, placements, objects);
    }

    private synchronized Oid allocate(FieldGrid.Placement p, Band band) {
        String key = p.field().id() + "/" + band.surveyFilterId() + "/" + p.ccdId() + "/" + p.qid();
        while (true) {
            int sourceId = nextSourceId.merge(key, 1, Integer::sum) + FIRST_RANDOM_SOURCEID - 1;
            Oid oid = Oid.compose(p.field().id(), band.surveyFilterId(), p.ccdId(), p.qid(), sourceId);
            if (usedOids.add(oid.value())) {
                return oid;
            }
        }
    }

    /** The detections of a source in one field and band. */
    private SimObject observe(Oid oid, double ra, double dec, SourceModel model, FieldGrid.Placement placement,
                              Band band, SplittableRandom rng) {
        Survey.Exposures ex = survey.exposures(placement.field().id(), placement.field().ra(), placement.field().dec(), band);
        return Survey.observe(ex, oid, ra, dec, model, band, rng);
    }

    private static double[] pointInDisc(SplittableRandom rng, double ra, double dec, double radiusDeg) {
        double r = radiusDeg * Math.sqrt(rng.nextDouble());
        double a = 2 * Math.PI * rng.nextDouble();
        double d = dec + r * Math.sin(a);
        double x = ra + r * Math.cos(a) / Math.cos(Math.toRadians(dec));
        return new double[] {(x % 360 + 360) % 360, d};
    }

    // ------------------------------------------------------------------------------------------------ writing

    private Summary writeAll(DuckDBConnection c, List<SimSource> sources) throws SQLException {
        long objects = 0;
        long detections = 0;
        List<SimObject> all = new ArrayList<>();
        for (SimSource s : sources) {
            all.addAll(s.objects());
        }
        all.sort(Comparator.comparingLong(SimObject::hpx29).thenComparingLong(o -> o.oid().value()));
        ReleaseSpec latest = config.releases().get(config.releases().size() - 1);
        try (DuckDBAppender obj = c.createAppender("main", "ztf_object");
             DetectionZones.Appender det = new DetectionZones.Appender(c)) {
            for (ReleaseSpec release : config.releases()) {
                DataRelease dr = DataRelease.of(release.name());
                MjdRange shortRange = dr.shortRange().orElse(null);
                boolean hasShortMeta = dr.name().equals("dr2") || dr.name().equals("dr3");
                for (SimObject o : all) {
                    int n = o.countUntil(release.endHmjd());
                    ObjectStats stats = ObjectStats.of(o, n, hasShortMeta ? shortRange : null);
                    if (stats.ngood == 0) {
                        continue;
                    }
                    appendObject(obj, dr, o, n, stats);
                    objects++;
                    if (release != latest) {
                        continue; // earlier releases share the latest release's rows (schema 001, detections_of)
                    }
                    for (int i = 0; i < n; i++) {
                        det.row(o.hpx29()).append(dr.name()).append(o.oid().value()).append(o.hpx29()).append(o.hmjd()[i])
                                .append(o.mag()[i]).append(o.magerr()[i]).append(o.clrcoeff()[i]).append(o.catflags()[i])
                                .appendNull().endRow();
                        detections++;
                    }
                }
            }
        }
        writeReleases(c);
        writeDayListings(c);
        writeTruth(c, sources);
        writeNames(c, sources);
        SplittableRandom layerSeeds = new SplittableRandom(config.seed() ^ 0x5DEECE66DL);
        for (SkyLayer layer : LAYERS) {
            layer.write(c, sources, config, layerSeeds.split());
        }
        return new Summary(sources.size(), objects, detections);
    }

    private static void appendObject(DuckDBAppender a, DataRelease dr, SimObject o, int n, ObjectStats s) throws SQLException {
        Oid oid = o.oid();
        a.beginRow().append(dr.name()).append(oid.value()).append(oid.fieldId()).append((byte) oid.filterId())
                .append(oid.filterCode()).append((byte) oid.ccdId()).append((byte) oid.qid()).append((byte) oid.rcid())
                .append((int) oid.sourceId()).append(o.ra()).append(o.dec()).append(o.hpx29()).append(n).append(s.ngood)
                .append(s.duration);
        if (s.ngoodShort == null) {
            a.appendNull().appendNull();
        } else {
            a.append(s.ngoodShort.intValue()).append(s.durationShort.doubleValue());
        }
        a.append((float) s.min).append((float) s.max).append((float) s.mean).endRow();
    }

    /** Per-release statistics of an object's good epochs. */
    private record ObjectStats(int ngood, double duration, Integer ngoodShort, Double durationShort, double min,
                               double max, double mean) {
        static ObjectStats of(SimObject o, int n, MjdRange shortRange) {
            int good = 0;
            int goodShort = 0;
            double first = Double.NaN;
            double last = Double.NaN;
            double firstShort = Double.NaN;
            double lastShort = Double.NaN;
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            double sum = 0;
            for (int i = 0; i < n; i++) {
                if (o.catflags()[i] != 0 || !(o.magerr()[i] > 0)) {
                    continue;
                }
                double t = o.hmjd()[i];
                good++;
                if (Double.isNaN(first)) {
                    first = t;
                }
                last = t;
                min = Math.min(min, o.mag()[i]);
                max = Math.max(max, o.mag()[i]);
                sum += o.mag()[i];
                if (shortRange != null && shortRange.contains(t)) {
                    goodShort++;
                    if (Double.isNaN(firstShort)) {
                        firstShort = t;
                    }
                    lastShort = t;
                }
            }
            Integer ns = shortRange == null ? null : goodShort;
            Double ds = shortRange == null ? null : (goodShort == 0 ? 0.0 : lastShort - firstShort);
            return new ObjectStats(good, good == 0 ? 0 : last - first, ns, ds, min, max, good == 0 ? Double.NaN : sum / good);
        }
    }

    private void writeReleases(Connection c) throws SQLException {
        String latest = config.releases().get(config.releases().size() - 1).name();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO data_release VALUES (?, ?, ?, ?, "
                + "(SELECT min(hmjd) FROM ztf_detection WHERE dr = ?), "
                + "(SELECT max(hmjd) FROM ztf_detection WHERE dr = ? AND hmjd <= ?), "
                + "'simulated', ?, ?, ?, now())")) {
            for (ReleaseSpec r : config.releases()) {
                DataRelease dr = DataRelease.of(r.name());
                ps.setString(1, r.name());
                ps.setBoolean(2, r.isDefault());
                MjdRange shortRange = dr.shortRange().orElse(null);
                if (shortRange != null && shortRange.isBounded()) {
                    ps.setDouble(3, shortRange.min());
                    ps.setDouble(4, shortRange.max());
                } else {
                    ps.setNull(3, java.sql.Types.DOUBLE);
                    ps.setNull(4, java.sql.Types.DOUBLE);
                }
                ps.setString(5, latest);
                ps.setString(6, latest);
                ps.setDouble(7, r.endHmjd());
                boolean shared = !r.name().equals(latest);
                ps.setString(8, shared ? latest : null);
                if (shared) {
                    ps.setDouble(9, r.endHmjd());
                } else {
                    ps.setNull(9, java.sql.Types.DOUBLE);
                }
                ps.setString(10, "simulated ZTF " + r.name() + ": survey start to HMJD " + r.endHmjd()
                        + " (seed " + config.seed() + ")");
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Every simulated exposure's start, as the archive's day directories list them (§3.2). */
    private void writeDayListings(DuckDBConnection c) throws SQLException {
        java.util.TreeSet<Long> listing = new java.util.TreeSet<>();
        for (Survey.Exposures ex : survey.scheduled()) {
            for (double start : ex.mjdStart()) {
                listing.add(Mjd.filefracday(start));
            }
        }
        try (DuckDBAppender a = c.createAppender("main", "ztf_day_listing")) {
            for (long ffd : listing) {
                a.beginRow().append((int) (ffd / 1_000_000L)).append((int) (ffd % 1_000_000L)).endRow();
            }
        }
    }

    private static void writeTruth(DuckDBConnection c, List<SimSource> sources) throws SQLException {
        try (DuckDBAppender s = c.createAppender("main", "sim_source");
             DuckDBAppender so = c.createAppender("main", "sim_source_oid")) {
            for (SimSource src : sources) {
                SourceModel m = src.model();
                s.beginRow().append(src.id());
                if (src.name() == null) {
                    s.appendNull();
                } else {
                    s.append(src.name());
                }
                s.append(m.className()).append(src.ra()).append(src.dec()).append(SkyIndex.hpx29(src.ra(), src.dec()))
                        .append(m.baseline(Band.ZTF_G)).append(m.baseline(Band.ZTF_R)).append(m.baseline(Band.ZTF_I));
                appendNullable(s, m.periodDays());
                appendNullable(s, m.amplitudeMag());
                appendNullable(s, m.epochHmjd());
                s.append(m.paramsJson()).endRow();
                for (SimObject o : src.objects()) {
                    so.beginRow().append(src.id()).append(o.oid().value()).endRow();
                }
            }
        }
    }

    private static void appendNullable(DuckDBAppender a, double v) throws SQLException {
        if (Double.isNaN(v)) {
            a.appendNull();
        } else {
            a.append(v);
        }
    }

    private static void writeNames(Connection c, List<SimSource> sources) throws SQLException {
        Map<String, SimSource> byName = new HashMap<>();
        for (SimSource s : sources) {
            if (s.name() != null) {
                byName.put(s.name(), s);
            }
        }
        try (PreparedStatement alias = c.prepareStatement("INSERT INTO name_alias VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement snad = c.prepareStatement("INSERT INTO snad_catalog VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (RealObjects.RealObject real : RealObjects.all()) {
                SimSource src = byName.get(real.name());
                long oid = real.oid() != 0 ? real.oid()
                        : src.objects().stream().filter(o -> o.oid().band() == Band.ZTF_R).findFirst()
                                .orElse(src.objects().get(0)).oid().value();
                for (RealObjects.Alias a : real.aliases()) {
                    alias.setString(1, a.alias());
                    alias.setString(2, EmbeddedStore.normalizeName(a.alias()));
                    alias.setString(3, a.kind());
                    alias.setDouble(4, real.ra());
                    alias.setDouble(5, real.dec());
                    if (a.withOid()) {
                        alias.setLong(6, oid);
                    } else {
                        alias.setNull(6, java.sql.Types.BIGINT);
                    }
                    alias.setString(7, real.snad() != null ? "snad" : null);
                    alias.setString(8, real.snad() != null ? real.snad().name() : null);
                    alias.addBatch();
                }
                RealObjects.SnadRow row = real.snad();
                if (row != null) {
                    snad.setString(1, row.name());
                    snad.setDouble(2, real.ra());
                    snad.setDouble(3, real.dec());
                    snad.setLong(4, SkyIndex.hpx29(real.ra(), real.dec()));
                    snad.setLong(5, real.oid());
                    snad.setTimestamp(6, Timestamp.valueOf(row.discovery()));
                    snad.setDouble(7, row.mag());
                    snad.setDouble(8, row.errDown());
                    snad.setDouble(9, row.errUp());
                    snad.setDouble(10, row.ref());
                    snad.setDouble(11, row.errRef());
                    snad.setString(12, row.tns());
                    snad.setString(13, row.type());
                    snad.setString(14, row.comments());
                    snad.addBatch();
                }
            }
            alias.executeBatch();
            snad.executeBatch();
        }
    }
}
