package org.ztfkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.Optional;
import org.ztfkit.alerts.Alerts;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.errors.ObjectNotFoundException;
import org.ztfkit.errors.ServiceUnavailableException;
import org.ztfkit.features.FeatureSet;
import org.ztfkit.features.Features;
import org.ztfkit.images.DayListing;
import org.ztfkit.images.FileFracDay;
import org.ztfkit.images.ScienceImage;
import org.ztfkit.images.ThumbnailLinks;
import org.ztfkit.images.ThumbnailSurveys;
import org.ztfkit.lightcurve.DrLightCurves;
import org.ztfkit.lightcurve.LightCurveColumns;
import org.ztfkit.net.FetchPool;
import org.ztfkit.photometry.Extinction;
import org.ztfkit.source.ScienceImageSource;
import org.ztfkit.source.ScienceStamp;
import tech.tablesaw.api.DoubleColumn;
import org.ztfkit.lightcurve.LightCurve;
import org.ztfkit.lightcurve.LightCurveSources;
import org.ztfkit.model.DataRelease;
import org.ztfkit.model.Oid;
import org.ztfkit.model.PhotometrySource;
import org.ztfkit.period.Periodogram;
import org.ztfkit.sky.SkyPosition;
import org.ztfkit.source.AlertSource;
import org.ztfkit.source.ObjectMeta;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ztfkit.catalog.Catalog;
import org.ztfkit.catalog.CatalogRadii;
import org.ztfkit.catalog.CatalogRow;
import org.ztfkit.catalog.Catalogs;
import org.ztfkit.catalog.XmatchReport;
import org.ztfkit.catalog.XmatchResult;
import org.ztfkit.model.Band;
import org.ztfkit.source.Crossmatcher;
import org.ztfkit.time.Mjd;
import org.ztfkit.summary.ObjectSummary;
import org.ztfkit.summary.SummaryOptions;
import org.ztfkit.time.SurveyTimes;

/**
 * A handle on one ZTF DR object in one data release. Made by {@link Ztf#object(long)}, which has already checked
 * that the object exists; the handle fetches the rest lazily and keeps what it fetched.
 *
 * <pre>{@code
 * ZtfObject obj = Ztf.embedded().object(633207400004730L);
 * obj.meta();              // field, rcid, ngoodobs, duration, …
 * obj.lightCurve();        // the object's own DR detections as a LightCurve
 * obj.neighbours(1.5);     // the other OIDs within 1.5″, nearest first
 * obj.withNeighbours(1.0).lightCurve();   // DR target + chosen neighbours + alerts + Pan-STARRS + Gaia
 * obj.alerts();            // the alert packets of the closest alert object within 5″
 * obj.xmatch();            // every catalog: rows, empty, or unavailable (reason)
 * obj.xmatch("vsx", 20.0); // one catalog at a radius of yours
 * obj.summary();           // names, types, periods, distances, classes, mean magnitudes, broker links
 * }</pre>
 *
 * <p>{@link #lightCurve()} is the object's DR light curve alone, the value the periodogram, features and fits use;
 * {@link #withNeighbours(double)} gives the merged light curve of the SNAD Viewer's plot.
 */
public final class ZtfObject {
    private final Ztf ztf;
    private final ObjectMeta meta;
    private volatile LightCurve lightCurve;
    private final Map<CatalogRadii, XmatchReport> xmatches = new ConcurrentHashMap<>();
    private final Map<SummaryOptions, ObjectSummary> summaries = new ConcurrentHashMap<>();
    private volatile Alerts alerts;

    ZtfObject(Ztf ztf, ObjectMeta meta) {
        this.ztf = ztf;
        this.meta = meta;
    }

    public Oid oid() {
        return meta.oid();
    }

    public DataRelease dr() {
        return meta.dr();
    }

    /** What the data release says about the object: position, field, rcid, passband, epochs, duration. */
    public ObjectMeta meta() {
        return meta;
    }

    public SkyPosition position() {
        return meta.position();
    }

    /** The same OID in another release of the same data. */
    public ZtfObject inRelease(String dr) {
        return ztf.dr(dr).object(meta.oid());
    }

    /**
     * The object's own DR light curve: its good epochs ({@code catflags = 0}, {@code magerr > 0}), nothing else. For
     * neighbours, alerts, Pan-STARRS and Gaia in the same table use {@link #withNeighbours(double)}.
     */
    public LightCurve lightCurve() {
        LightCurve lc = lightCurve;
        if (lc == null) {
            Table detections = ztf.drSource().detections(meta.dr(), List.of(meta));
            lc = DrLightCurves.fromDetections(detections, "light curve of " + meta.oid() + " " + meta.dr())
                    .withDataRelease(meta.dr())
                    .withSources(LightCurveSources.of(List.of(LightCurveSources.Status.answered(
                            PhotometrySource.ZTF_DR.id(), meta.oid() + " " + meta.dr(), detections.rowCount()))));
            lightCurve = lc;
        }
        return lc;
    }

    /**
     * The Lomb–Scargle periodogram of the object's DR light curve (one band: its OID's), with astropy's automatic
     * grid; {@code obj.lightCurve().periodogram(options)} sets the grid.
     */
    public Periodogram periodogram() {
        return lightCurve().periodogram();
    }

    /** Features of the object's DR light curve in ztfkit's default set ({@link FeatureSet#defaultSet()}). */
    public Features features() {
        return lightCurve().features();
    }

    /** Features of the object's DR light curve in a named set, e.g. {@code FeatureSet.version("v0.2")}. */
    public Features features(FeatureSet set) {
        return lightCurve().features(set);
    }

    /** {@link #neighbours(double)} with the Viewer's default radius of 1″. */
    public Table neighbours() {
        return neighbours(Ztf.DEFAULT_CONE_RADIUS_ARCSEC);
    }

    /**
     * The other DR objects within {@code radiusArcsec}: the same sky source seen in other passbands and fields,
     * and nearby sources. Columns as {@link Ztf#cone(String, double)} plus {@code relation}:
     * {@code other_passband} (same field, other filter), {@code other_field} (another field, any filter),
     * {@code same_field_same_passband} (another source in this field and filter).
     *
     * @param radiusArcsec in (0, 60]
     */
    public Table neighbours(double radiusArcsec) {
        Ztf.checkRadius(radiusArcsec);
        List<Ztf.Match> matches = ztf.coneMatches(meta.position(), radiusArcsec).stream()
                .filter(m -> !m.meta().oid().equals(meta.oid())).toList();
        return neighbourTable(String.format(Locale.ROOT, "neighbours of %s within %s\" %s", meta.oid(),
                Ztf.trim(radiusArcsec), meta.dr()), matches);
    }

    /** Matches as {@link #neighbours(double)} shows them. */
    Table neighbourTable(String name, List<Ztf.Match> matches) {
        Table t = Ztf.matchTable(name, matches);
        StringColumn relation = StringColumn.create("relation");
        for (Ztf.Match m : matches) {
            relation.append(relation(m.meta()));
        }
        t.addColumns(relation);
        return t;
    }

    private String relation(ObjectMeta other) {
        if (other.fieldId() != meta.fieldId()) {
            return "other_field";
        }
        return other.band() != meta.band() ? "other_passband" : "same_field_same_passband";
    }

    /** Galactic extinction toward the object from the CSFD map, with the ZTF band extinctions (§10). */
    public Extinction extinction() {
        return ztf.extinction().csfd(meta.position());
    }

    /**
     * Galactic extinction toward the object up to a distance, from the 3-D Bayestar19 map; empty outside its
     * footprint (south of about dec −30°).
     *
     * @param distancePc e.g. the Gaia EDR3 geometric distance {@code rgeo}
     */
    public Optional<Extinction> extinction(double distancePc) {
        return ztf.extinction().bayestar(meta.position(), distancePc);
    }

    /**
     * Online, fetches everything about the object at once, the independent sources at the same time in the bounded
     * {@link FetchPool}, so that the calls that follow read them from the snapshot (and a recording snapshot keeps
     * them for offline use): what {@code withNeighbours(radiusArcsec).lightCurve()} needs (the DR cone, whose objects
     * come with their light curves; the reference magnitudes; the closest alert object, Pan-STARRS object and Gaia
     * source, and their light curves) and the CSFD extinction. A source that fails is remembered as unavailable (see
     * {@link org.ztfkit.snapshot.Snapshot#FAILURE_MEMORY}) and reported by the call that needs it. Offline and for
     * embedded data it does nothing.
     *
     * <pre>{@code
     * Ztf.online().snapshot(Path.of("sn.duckdb")).object(633207400004730L).prefetch(1.5);   // recorded for later
     * }</pre>
     *
     * @return this handle
     */
    public ZtfObject prefetch(double radiusArcsec) {
        Ztf.checkRadius(radiusArcsec);
        if (ztf.isOnline()) {
            List<CompletableFuture<?>> tasks = new ArrayList<>(withNeighbours(radiusArcsec).prefetchTasks());
            tasks.add(FetchPool.submit(() -> ztf.extinction().csfd(meta.position())));
            FetchPool.awaitAll(tasks);
        }
        return this;
    }

    /** Side of {@link #stamp(double)} cutouts, pixels (as the alert stamps: 63 px ≈ 64″). */
    public static final int DEFAULT_STAMP_PX = 63;

    /** {@link #stamp(double, int)} with {@value #DEFAULT_STAMP_PX}-pixel cutouts. */
    public ScienceStamp stamp(double hmjd) {
        return stamp(hmjd, DEFAULT_STAMP_PX);
    }

    /**
     * The science-image cutout around this object at one of its light-curve epochs, as the Viewer shows it when a
     * point is clicked: the exposure comes from the epoch's {@code filefracday} when the data have it, else from
     * the archive's day listing (the observer's mid-exposure time snapped down, external-services.md §3.2).
     *
     * @param hmjd   the time of one of this object's epochs (the {@code time} column of its light curve), within
     *               a minute
     * @param sizePx cutout side, pixels, in [1, 3072]
     * @throws InvalidInputException       when the object has no epoch at {@code hmjd}
     * @throws ObjectNotFoundException     when the archive has no such image
     * @throws ServiceUnavailableException when the images cannot be fetched (or this view has none)
     */
    public ScienceStamp stamp(double hmjd, int sizePx) {
        ScienceImageSource images = ztf.images();
        Table detections = ztf.drSource().detections(meta.dr(), List.of(meta));
        int nearest = -1;
        for (int i = 0; i < detections.rowCount(); i++) {
            double dt = Math.abs(detections.doubleColumn("hmjd").getDouble(i) - hmjd);
            if (nearest < 0 || dt < Math.abs(detections.doubleColumn("hmjd").getDouble(nearest) - hmjd)) {
                nearest = i;
            }
        }
        if (nearest < 0 || Math.abs(detections.doubleColumn("hmjd").getDouble(nearest) - hmjd) > ONE_MINUTE_DAYS) {
            throw InvalidInputException.of("hmjd", "the time of one of the epochs of " + meta.oid() + " (within a "
                    + "minute)", hmjd, nearest < 0 ? "the object has no good epoch"
                    : "the nearest epoch is at " + detections.doubleColumn("hmjd").getDouble(nearest)
                    + "; take times from lightCurve().table().doubleColumn(\"time\")");
        }
        double epoch = detections.doubleColumn("hmjd").getDouble(nearest);
        Optional<FileFracDay> exposure = detections.longColumn("filefracday").isMissing(nearest)
                ? DayListing.exposureOfDrPoint(epoch, meta.position(), images::dayListing)
                : Optional.of(FileFracDay.parse(Long.toString(detections.longColumn("filefracday").getLong(nearest))));
        ScienceImage image = ScienceImage.of(exposure.orElseThrow(() -> new ObjectNotFoundException(
                "the exposure of HMJD " + epoch, "the science-image listings of " + images.description(),
                "the archive lists no exposure before that time")), meta.oid());
        return images.cutout(image, meta.position(), sizePx).orElseThrow(() -> new ObjectNotFoundException(
                image.fileName(), images.description(), "the archive has no such image"));
    }

    /** True when the object comes from the remote services ({@link Ztf#isOnline()}): its calls may take seconds. */
    public boolean isOnline() {
        return ztf.isOnline();
    }

    /**
     * Survey thumbnails of the object's position in the current releases (SDSS DR18, Legacy Survey DR10, Pan-STARRS1
     * 3π), as links the notebook's browser loads, e.g. {@code obj.thumbnails().imageUrl(ThumbnailType.LS)}.
     */
    public ThumbnailLinks thumbnails() {
        return ThumbnailLinks.of(position(), ThumbnailSurveys.standard());
    }

    /**
     * Cutouts at the object's brightest and faintest good epochs (fetched at the same time): the object at maximum
     * and minimum light, e.g. a transient at peak and its host.
     */
    public List<ScienceStamp> stamps() {
        Table lc = lightCurve().table();
        if (lc.rowCount() == 0) {
            return List.of();
        }
        DoubleColumn mag = lc.doubleColumn(LightCurveColumns.MAG);
        DoubleColumn time = lc.doubleColumn(LightCurveColumns.TIME);
        int brightest = 0;
        int faintest = 0;
        for (int i = 1; i < lc.rowCount(); i++) {
            brightest = mag.getDouble(i) < mag.getDouble(brightest) ? i : brightest;
            faintest = mag.getDouble(i) > mag.getDouble(faintest) ? i : faintest;
        }
        List<Double> times = brightest == faintest ? List.of(time.getDouble(brightest))
                : List.of(time.getDouble(brightest), time.getDouble(faintest));
        List<FetchPool.Outcome<ScienceStamp>> got = FetchPool.all(times.stream()
                .<java.util.function.Supplier<ScienceStamp>>map(t -> () -> stamp(t)).toList());
        for (FetchPool.Outcome<ScienceStamp> o : got) {
            if (!o.isSuccess()) {
                throw o.failure();
            }
        }
        return got.stream().map(FetchPool.Outcome::value).toList();
    }

    private static final double ONE_MINUTE_DAYS = 60.0 / 86400.0;

    /**
     * The object together with DR neighbours chosen by radius, the closest ZTF alert object, Pan-STARRS object and
     * Gaia source with epoch photometry within 5″: {@code obj.withNeighbours(1.0).lightCurve()} is the SNAD Viewer's
     * light-curve plot as one table. Neighbours within {@code radiusArcsec} in another passband of the same field and
     * in other fields join ({@link NeighbourOptions#within}); 0 takes none.
     *
     * @param radiusArcsec in [0, 60]
     */
    public Neighbourhood withNeighbours(double radiusArcsec) {
        return withNeighbours(NeighbourOptions.within(radiusArcsec));
    }

    /** {@link #withNeighbours(double)} with the two radii of the Viewer set separately. */
    public Neighbourhood withNeighbours(NeighbourOptions options) {
        return new Neighbourhood(ztf, this, options);
    }

    /**
     * The alert packets of the closest ZTF alert object within 5″ ({@link Ztf#EXTERNAL_MATCH_RADIUS_ARCSEC}), oldest
     * first, each with its candidate, its 30-day history and its cutouts where kept; {@code Alerts[none]} when no alert
     * object is that close. Alert names and DR OIDs are unrelated, so the match is by position.
     *
     * @throws org.ztfkit.errors.ServiceUnavailableException if an online alert source fails
     */
    public Alerts alerts() {
        Alerts a = alerts;
        if (a == null) {
            AlertSource source = ztf.alertSource();
            a = source.closest(meta.position(), Ztf.EXTERNAL_MATCH_RADIUS_ARCSEC).map(source::alerts)
                    .orElse(Alerts.of(List.of()));
            alerts = a;
        }
        return a;
    }

    /**
     * Every catalog of {@link Catalogs#all()} around the object, each at the Viewer's default radius, queried in
     * parallel with a budget of 10 s each: every catalog is labelled ok (rows), empty, or unavailable (reason).
     * Answers are kept by the handle.
     */
    public XmatchReport xmatch() {
        return xmatch(CatalogRadii.defaults());
    }

    /** Every catalog around the object at the given radii (the defaults where none is given). */
    public XmatchReport xmatch(CatalogRadii radii) {
        return xmatches.computeIfAbsent(radii, r -> Crossmatcher.of(ztf.catalogSource()).run(position(),
                Catalogs.all(), r));
    }

    /** One catalog around the object at its default radius, e.g. {@code obj.xmatch("vsx")}. */
    public XmatchResult xmatch(String catalogId) {
        Catalog c = Catalogs.byId(catalogId);
        return xmatch(catalogId, c.defaultRadiusArcsec());
    }

    /**
     * One catalog around the object at a radius of the user's, e.g. {@code obj.xmatch("vsx", 10.0)}: the catalog's
     * shown columns and a link to each source's full record, nearest first.
     *
     * @param catalogId    one of {@link Catalogs#ids()} except {@code skybot} (which needs an epoch:
     *                     {@link #solarSystemObjects(double)})
     * @param radiusArcsec in (0, the catalog's limit]
     */
    public XmatchResult xmatch(String catalogId, double radiusArcsec) {
        Catalog c = Catalogs.byId(catalogId);
        if (c == Catalogs.SKYBOT) {
            throw InvalidInputException.of("catalog id", "a catalog of Catalogs.all()", catalogId,
                    "solar-system objects depend on the epoch: use obj.solarSystemObjects(hmjd) with a detection's time");
        }
        c.checkRadius(radiusArcsec);
        CatalogRadii radii = CatalogRadii.defaults().with(c.id(), radiusArcsec);
        XmatchReport known = xmatches.get(radii);
        return known != null ? known.get(c.id()) : Crossmatcher.of(ztf.catalogSource()).run(c, position(), radiusArcsec);
    }

    /**
     * Known solar-system objects within 15″ (plus three times each ephemeris uncertainty) of the object at the time
     * of one of its detections (IMCCE SkyBoT, external-services.md §11), as the Viewer shows when a point is clicked.
     *
     * @param hmjd the detection's time, heliocentric MJD at mid-exposure (the light curve's {@code time})
     */
    public XmatchResult solarSystemObjects(double hmjd) {
        return solarSystemObjects(hmjd, Catalogs.SKYBOT.defaultRadiusArcsec());
    }

    /**
     * Known solar-system objects within {@code radiusArcsec} (plus three times each ephemeris uncertainty) at the time
     * of a detection. SkyBoT is asked for 120″ at the observer time of the exposure's middle at Palomar (I41):
     * {@code HMJD − heliocentric light-travel time}, UTC.
     *
     * @param hmjd         heliocentric MJD at mid-exposure, within the ZTF survey (58000 to 70000)
     * @param radiusArcsec in (0, 120]
     */
    public XmatchResult solarSystemObjects(double hmjd, double radiusArcsec) {
        if (!(hmjd >= 58000 && hmjd <= 70000)) {
            throw InvalidInputException.of("hmjd", "a detection time of the ZTF survey, HMJD in [58000, 70000]", hmjd,
                    "take it from obj.lightCurve().table().doubleColumn(\"time\")");
        }
        Catalog skybot = Catalogs.SKYBOT;
        skybot.checkRadius(radiusArcsec);
        double mjdUtc = SurveyTimes.ztfMidExposureMjdUtcFromHmjd(hmjd, position());
        double jd = Mjd.toJd(mjdUtc);
        String note = String.format(Locale.ROOT, "at HMJD %.5f (JD %.5f UTC at Palomar)", hmjd, jd);
        try {
            List<CatalogRow> all = ztf.solarSystemSource().solarSystemObjects(position(), jd,
                    skybot.maxRadiusArcsec());
            List<CatalogRow> near = all.stream().filter(r -> r.separationArcsec(position())
                    <= radiusArcsec + 3 * r.column("posunc").map(v -> ((Number) v).doubleValue()).orElse(0.0)).toList();
            return XmatchResult.of(skybot, position(), radiusArcsec, near, note);
        } catch (ServiceUnavailableException e) {
            return XmatchResult.unavailable(skybot, position(), radiusArcsec, e.reason());
        }
    }

    /** {@link #summary(SummaryOptions)} with the Viewer's radii, the latest feature set and neighbours within 1″. */
    public ObjectSummary summary() {
        return summary(SummaryOptions.defaults());
    }

    /**
     * Everything known about the object at a glance (seed 001 §3.8): SNAD and catalog names, types, brokers' and
     * Gaia's classifications, periods (features first, when shorter than the span observed), distances, extinction,
     * mean magnitudes and g−r over the object and its neighbours, coordinates and broker links. Missing values are left out. The summary is
     * recomputed for other options (a catalog radius, a feature set), and kept for the same ones.
     *
     * <pre>{@code
     * obj.summary(SummaryOptions.builder().radius("vsx", 20.0).featureSet(FeatureSet.version("v0.2")).build());
     * }</pre>
     */
    public ObjectSummary summary(SummaryOptions options) {
        return summaries.computeIfAbsent(options, this::summarise);
    }

    private ObjectSummary summarise(SummaryOptions o) {
        ObjectSummary.Builder b = ObjectSummary.builder(oid(), dr(), position());
        ztf.snadCatalog().snadNear(position(), ObjectSummary.SNAD_NAME_RADIUS_ARCSEC).stream().findFirst().ifPresent(b::snad);
        b.xmatch(xmatch(o.radii()));
        try {
            Features f = features(o.featureSet());
            String period = f.names().contains("period_0_magn") ? "period_0_magn" : "period_0";
            String sToN = f.names().contains("period_s_to_n_0_magn") ? "period_s_to_n_0_magn" : "period_s_to_n_0";
            // A periodogram always has a highest peak; one longer than the light curve's span is no period.
            if (f.names().contains(period) && f.get(period) < meta.durationDays()) {
                b.featurePeriod(f.get(period), f.get(sToN), "features " + o.featureSet().version());
            }
        } catch (InvalidInputException tooFewPoints) {
            // no period from features: the summary leaves it out
        }
        if (ztf.sources().extinction() != null) {
            try {
                b.extinction(extinction());
            } catch (ServiceUnavailableException e) {
                // the extinction line is left out
            }
        }
        try {
            b.classifications(ztf.sources().classifications().classifications(position(),
                    Ztf.DEFAULT_CONE_RADIUS_ARCSEC));
        } catch (ServiceUnavailableException e) {
            // no broker classes
        }
        List<ObjectMeta> averaged = withNeighbours(o.neighbours()).members();
        b.meanMagnitudes(meanMagnitudes(ztf.drSource().detections(dr(), averaged)), averaged.size());
        return b.build();
    }

    /** The arithmetic mean of the magnitudes of each ZTF passband (the passband of each detection's OID). */
    private static Map<Band, Double> meanMagnitudes(Table detections) {
        Map<Band, double[]> sums = new java.util.EnumMap<>(Band.class);
        for (int i = 0; i < detections.rowCount(); i++) {
            Band band = Oid.of(detections.longColumn("oid").get(i)).band();
            double[] s = sums.computeIfAbsent(band, k -> new double[2]);
            s[0] += detections.doubleColumn("mag").get(i);
            s[1]++;
        }
        Map<Band, Double> means = new java.util.EnumMap<>(Band.class);
        sums.forEach((band, s) -> means.put(band, s[0] / s[1]));
        return means;
    }

    /** Link to this object in the SNAD ZTF Viewer. */
    public String viewerUrl() {
        return "https://ztf.snad.space/" + meta.dr() + "/view/" + meta.oid();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "ZtfObject[%s %s %s %s, %d good epochs over %.0f d]", meta.oid(), meta.dr(),
                meta.filter(), meta.position(), meta.ngoodobs(), meta.durationDays());
    }

}
