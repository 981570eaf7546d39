package org.ztfkit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.errors.NameNotResolvedException;
import org.ztfkit.errors.ObjectNotFoundException;
import org.ztfkit.model.DataRelease;
import org.ztfkit.model.Oid;
import org.ztfkit.sky.Coordinates;
import org.ztfkit.sky.SkyPosition;
import org.ztfkit.source.AlertSource;
import org.ztfkit.source.CatalogSource;
import org.ztfkit.source.ClassificationSource;
import org.ztfkit.source.ExternalLightCurveSource;
import org.ztfkit.source.NameResolver;
import org.ztfkit.source.ObjectMeta;
import org.ztfkit.source.ReferenceMagnitudeSource;
import org.ztfkit.source.ResolvedName;
import org.ztfkit.source.SnadCatalogEntry;
import org.ztfkit.source.SolarSystemSource;
import org.ztfkit.source.ZtfDrSource;
import org.ztfkit.remote.RemoteService;
import org.ztfkit.remote.SnadDrClient;
import org.ztfkit.errors.ServiceUnavailableException;
import org.ztfkit.remote.IrsaProductsClient;
import org.ztfkit.snapshot.RecordedDrSource;
import org.ztfkit.remote.AlerceClient;
import org.ztfkit.remote.AntaresClient;
import org.ztfkit.remote.CatalogEndpoints;
import org.ztfkit.remote.NameResolvers;
import org.ztfkit.remote.OnlineCatalogs;
import org.ztfkit.remote.DustmapsClient;
import org.ztfkit.remote.FinkClient;
import org.ztfkit.remote.GaiaClient;
import org.ztfkit.remote.MastPs1Client;
import org.ztfkit.remote.ZtfReferenceClient;
import org.ztfkit.snapshot.RecordedAlerts;
import org.ztfkit.snapshot.RecordedCatalogs;
import org.ztfkit.snapshot.RecordedClassifications;
import org.ztfkit.snapshot.RecordedNames;
import org.ztfkit.snapshot.RecordedSnadCatalog;
import org.ztfkit.snapshot.RecordedGaia;
import org.ztfkit.snapshot.RecordedPanStarrs;
import org.ztfkit.snapshot.RecordedReferences;
import org.ztfkit.snapshot.RecordedExtinction;
import org.ztfkit.snapshot.RecordedImages;
import org.ztfkit.source.ExtinctionSource;
import org.ztfkit.source.ScienceImageSource;
import org.ztfkit.snapshot.Snapshot;
import org.ztfkit.store.CatalogTables;
import org.ztfkit.store.EmbeddedStore;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The entry point: which data, which data release. Everything about a ZTF object starts here.
 *
 * <pre>{@code
 * var ztf = Ztf.embedded();                          // the packaged demo sky (simulated), offline
 * var obj = ztf.object(633207400004730L);            // latest release of the sky; ztf.dr("dr8").object(…)
 * obj.meta();                                        // ra, dec, field, ccd, quadrant, rcid, passband, ngoodobs, …
 * obj.lightCurve().table();                          // Tablesaw table of DR detections
 * ztf.cone("16:29:49.3 +24:46:22", 5.0);             // Tablesaw table sorted by separation_arcsec
 * ztf.cone("Her X-1", 10.0);                         // names resolved from the embedded name table
 * ztf.object("SNAD101");                             // SNAD catalog names
 * obj.neighbours(1.5);                               // the other OIDs of the same sky source and its neighbours
 * obj.withNeighbours(1.0).lightCurve();              // DR + neighbours + alerts + Pan-STARRS + Gaia, one table
 * obj.alerts().latest();                             // the newest alert packet near the object
 * }</pre>
 *
 * <p>A {@code Ztf} is immutable: {@link #dr(String)} returns another view of the same data.
 */
public final class Ztf implements AutoCloseable {
    /** Default cone radius of the SNAD Viewer's search box, arcseconds. */
    public static final double DEFAULT_CONE_RADIUS_ARCSEC = 1.0;
    /**
     * Largest cone radius for ZTF DR objects, arcseconds. The SNAD ZTF DR API, ztfkit's online source, refuses
     * larger cones; keeping the same limit offline means a notebook behaves the same online and offline.
     */
    public static final double MAX_CONE_RADIUS_ARCSEC = 60.0;
    /**
     * Radius within which the merged light curve takes the closest alert object, Pan-STARRS object and Gaia source,
     * arcseconds (the SNAD Viewer's fixed 5″, §16.7).
     */
    public static final double EXTERNAL_MATCH_RADIUS_ARCSEC = 5.0;

    /**
     * The sources a view asks, one per kind of data; {@code images} and {@code extinction} are null for embedded
     * data, which hold neither.
     */
    record Sources(ZtfDrSource dr, List<NameResolver> resolvers, ReferenceMagnitudeSource references,
                   AlertSource alerts, List<ExternalLightCurveSource> lightCurves, ScienceImageSource images,
                   ExtinctionSource extinction, CatalogSource catalogs, SolarSystemSource solarSystem,
                   ClassificationSource classifications) {
        Sources {
            resolvers = List.copyOf(resolvers);
            lightCurves = List.copyOf(lightCurves);
        }

        Sources withResolvers(List<NameResolver> r) {
            return new Sources(dr, r, references, alerts, lightCurves, images, extinction, catalogs, solarSystem,
                    classifications);
        }

        Sources withLightCurves(List<ExternalLightCurveSource> l) {
            return new Sources(dr, resolvers, references, alerts, l, images, extinction, catalogs, solarSystem,
                    classifications);
        }

        Sources withExtinction(ExtinctionSource e) {
            return new Sources(dr, resolvers, references, alerts, lightCurves, images, e, catalogs, solarSystem,
                    classifications);
        }

        Sources withCatalogs(CatalogSource c, SolarSystemSource s) {
            return new Sources(dr, resolvers, references, alerts, lightCurves, images, extinction, c, s,
                    classifications);
        }

        Sources withClassifications(ClassificationSource c) {
            return new Sources(dr, resolvers, references, alerts, lightCurves, images, extinction, catalogs,
                    solarSystem, c);
        }
    }

    /** The alert brokers asked online, in order: the first that answers gives the alert light curve. */
    static final List<String> BROKERS = List.of("alerce", "fink", "antares");
    /** The brokers whose classifications the summary shows, in its order. */
    static final List<String> CLASSIFYING_BROKERS = List.of("alerce", "fink");

    private final EmbeddedStore store;
    private final ZtfDrSource drSource;
    private final List<NameResolver> resolvers;
    private final Sources sources;
    /** Where online answers are recorded (online) or read (offline); null for plain embedded data. */
    private final Snapshot snapshot;
    /** The release in use; null until first needed when none was chosen (online, finding the default is a call). */
    private volatile DataRelease release;

    Ztf(EmbeddedStore store, Sources sources, Snapshot snapshot, DataRelease release) {
        this.store = store;
        this.sources = sources;
        this.drSource = sources.dr();
        this.resolvers = sources.resolvers();
        this.snapshot = snapshot;
        this.release = release;
    }

    /** The packaged demo sky: simulated, offline, read-only (see the datasets module's README). */
    public static Ztf embedded() {
        return of(EmbeddedStore.demoSky());
    }

    /** An embedded database made by an importer or a snapshot, opened read-only like the demo sky. */
    public static Ztf open(Path duckdbFile) {
        return of(EmbeddedStore.openReadOnly(duckdbFile));
    }

    /** A {@code Ztf} over an already opened store. */
    public static Ztf of(EmbeddedStore store) {
        CatalogTables catalogs = new CatalogTables(store);
        return new Ztf(store, new Sources(store, List.of(store), store.referenceCatalog(), store.alerts(),
                List.of(store.alerts(), store.panStarrs(), store.gaia()), null, null, catalogs, catalogs,
                store.classifications()), null, null);
    }

    /**
     * The real services (SNAD ZTF DR API and the others of external-services.md), with a cache in memory for the
     * session: each call goes out once. Nothing is sent until a call needs it. Base URLs can be changed with
     * system properties {@code ztfkit.url.<service>} (see {@link RemoteService}).
     *
     * <pre>{@code
     * var ztf = Ztf.online();
     * ztf.object(633207400004730L).lightCurve();
     * }</pre>
     */
    public static Ztf online() {
        return recording(Snapshot.inMemory());
    }

    /**
     * This online view, recording everything it fetches into {@code duckdbFile} (created if missing): the fetched
     * rows in the embedded schema, images as compressed blobs, each call with its URL, fetch time and checksum.
     * Calls already in the file are answered from it. Later, {@link #offline(Path)} answers the same calls from the
     * file with identical tables, without network.
     *
     * <pre>{@code
     * var ztf = Ztf.online().snapshot(Path.of("analysis.duckdb"));
     * }</pre>
     *
     * @throws InvalidInputException when this view is not online
     */
    public Ztf snapshot(Path duckdbFile) {
        if (snapshot == null || snapshot.isOffline()) {
            throw InvalidInputException.of("the view snapshot(path) is called on", "online (Ztf.online())",
                    toString(), "write Ztf.online().snapshot(Path.of(\"" + duckdbFile + "\"))");
        }
        return recording(Snapshot.recording(duckdbFile));
    }

    /**
     * The calls recorded in a snapshot file, answered without network. A call that was never recorded raises
     * {@link org.ztfkit.errors.NotInSnapshotException} naming the call and the file.
     *
     * <pre>{@code
     * var ztf = Ztf.offline(Path.of("analysis.duckdb"));
     * }</pre>
     */
    public static Ztf offline(Path duckdbFile) {
        Snapshot s = Snapshot.offline(duckdbFile);
        RecordedAlerts alerts = new RecordedAlerts(s, BROKERS, null);
        RecordedCatalogs catalogs = new RecordedCatalogs(s, null);
        return new Ztf(s.store(), new Sources(new RecordedDrSource(s, null), List.of(s.store()),
                new RecordedReferences(s, null), alerts, List.of(alerts, new RecordedPanStarrs(s, null),
                new RecordedGaia(s, null)), new RecordedImages(s, null), new RecordedExtinction(s, null), catalogs,
                catalogs, new RecordedClassifications(s, alerts, CLASSIFYING_BROKERS, null)), s, null);
    }

    private static Ztf recording(Snapshot s) {
        AlerceClient alerce = new AlerceClient();
        FinkClient fink = new FinkClient();
        RecordedAlerts alerts = new RecordedAlerts(s, BROKERS, List.of(alerce, fink, new AntaresClient()));
        CatalogEndpoints endpoints = CatalogEndpoints.defaults();
        RecordedCatalogs catalogs = new RecordedCatalogs(s, OnlineCatalogs.at(endpoints));
        List<NameResolver> names = NameResolvers.online(endpoints, s.store()).stream()
                .map(r -> r == s.store() ? r : (NameResolver) new RecordedNames(s, r)).toList();
        return new Ztf(s.store(), new Sources(new RecordedDrSource(s, new SnadDrClient()), names,
                new RecordedReferences(s, new ZtfReferenceClient()), alerts, List.of(alerts,
                new RecordedPanStarrs(s, new MastPs1Client()), new RecordedGaia(s, new GaiaClient())),
                new RecordedImages(s, new IrsaProductsClient()), new RecordedExtinction(s, new DustmapsClient()),
                catalogs, catalogs, new RecordedClassifications(s, alerts, CLASSIFYING_BROKERS, List.of(alerce, fink))),
                s, null);
    }

    /** True for views over the remote services (recording or not); false for embedded data and offline snapshots. */
    public boolean isOnline() {
        return snapshot != null && !snapshot.isOffline();
    }

    /**
     * The same view with other catalog sources for {@code obj.xmatch()} and {@code obj.solarSystemObjects(…)}, e.g.
     * the online catalog services over embedded DR data.
     *
     * <pre>{@code
     * var ztf = Ztf.embedded().withCatalogs(OnlineCatalogs.defaults(), OnlineCatalogs.defaults());
     * }</pre>
     */
    public Ztf withCatalogs(CatalogSource catalogSource, SolarSystemSource solarSystemSource) {
        return new Ztf(store, sources.withCatalogs(catalogSource, solarSystemSource), snapshot, release);
    }

    /** The same view with other dust maps, e.g. the online service's over embedded DR data. */
    public Ztf withExtinction(ExtinctionSource extinctionSource) {
        return new Ztf(store, sources.withExtinction(extinctionSource), snapshot, release);
    }

    /**
     * The same view with other brokers' classifications for the summary (by default those of the view's own data:
     * the embedded store's, or the brokers' through the snapshot), e.g. the brokers online over embedded DR data.
     *
     * <pre>{@code
     * var ztf = Ztf.embedded().withClassifications(BrokerClassifications.online());
     * }</pre>
     */
    public Ztf withClassifications(ClassificationSource classificationSource) {
        return new Ztf(store, sources.withClassifications(classificationSource), snapshot, release);
    }

    /**
     * The same view resolving names with these resolvers, asked in order (the first that knows a name answers).
     *
     * <pre>{@code
     * var ztf = Ztf.embedded();
     * ztf = ztf.withNameResolvers(NameResolvers.online(CatalogEndpoints.defaults(), ztf.store()));
     * }</pre>
     */
    public Ztf withNameResolvers(List<NameResolver> nameResolvers) {
        if (nameResolvers == null || nameResolvers.isEmpty()) {
            throw InvalidInputException.of("name resolvers", "at least one resolver", nameResolvers,
                    "keep the embedded name table: ztf.store()");
        }
        return new Ztf(store, sources.withResolvers(nameResolvers), snapshot, release);
    }

    /** The name resolvers, in the order they are asked. */
    public List<NameResolver> nameResolvers() {
        return resolvers;
    }

    /** Where cross-match catalogs come from (embedded tables, online services, a snapshot). */
    public CatalogSource catalogSource() {
        return sources.catalogs();
    }

    /** Where known solar-system objects come from (SkyBoT online, recorded answers offline). */
    public SolarSystemSource solarSystemSource() {
        return sources.solarSystem();
    }

    Sources sources() {
        return sources;
    }

    /**
     * The store holding the SNAD catalog. With a snapshot, the published catalog is recorded into it on first use
     * (online) or read from it (offline); when it cannot be had, the store answers without it.
     */
    EmbeddedStore snadCatalog() {
        if (snapshot != null) {
            try {
                RecordedSnadCatalog.record(snapshot);
            } catch (ServiceUnavailableException e) {
                // SNAD names are then unknown to this view
            }
        }
        return store;
    }

    /** The same data in another release, e.g. {@code ztf.dr("dr8")}. */
    public Ztf dr(String name) {
        DataRelease wanted = DataRelease.of(name);
        List<DataRelease> have = drSource.releases();
        if (!have.contains(wanted)) {
            throw InvalidInputException.of("data release", "one of " + have + " in " + drSource.description(), name,
                    "");
        }
        return new Ztf(store, sources, snapshot, wanted);
    }

    /** The release objects and cones come from. */
    public DataRelease release() {
        DataRelease r = release;
        if (r == null) {
            r = drSource.defaultRelease();
            release = r;
        }
        return r;
    }

    /** Every release the data hold. */
    public List<DataRelease> releases() {
        return drSource.releases();
    }

    /** The embedded store behind this view (the demo sky, an imported file or a snapshot). */
    public EmbeddedStore store() {
        return store;
    }

    /**
     * The science-image source: IRSA's archive online (recorded in the snapshot), the snapshot offline.
     *
     * @throws ServiceUnavailableException for embedded data, which hold no science images
     */
    public ScienceImageSource images() {
        if (sources.images() == null) {
            throw new ServiceUnavailableException(RecordedImages.SERVICE, "science images are not part of "
                    + drSource.description() + "; use Ztf.online() (optionally recording into a snapshot)");
        }
        return sources.images();
    }

    /**
     * The dust maps: the SNAD dustmaps service online (recorded in the snapshot), the snapshot offline.
     *
     * @throws ServiceUnavailableException for embedded data, which hold no dust map
     */
    public ExtinctionSource extinction() {
        if (sources.extinction() == null) {
            throw new ServiceUnavailableException(RecordedExtinction.SERVICE, "dust maps are not part of "
                    + drSource.description() + "; use Ztf.online() (optionally recording into a snapshot)");
        }
        return sources.extinction();
    }

    /** The DR source (embedded store or online client). */
    public ZtfDrSource drSource() {
        return drSource;
    }

    /** The ZTF alert source (embedded store or a broker client). */
    public AlertSource alertSource() {
        return sources.alerts();
    }

    /**
     * The sources of the merged light curve besides the DR, in the order they are asked: ZTF alerts, Pan-STARRS DR2,
     * Gaia DR3.
     */
    public List<ExternalLightCurveSource> externalSources() {
        return sources.lightCurves();
    }

    /** The source of reference magnitudes per DR object. */
    public ReferenceMagnitudeSource referenceSource() {
        return sources.references();
    }

    /**
     * The object with this OID in the current release.
     *
     * @throws InvalidInputException   if {@code oid} is not a well-formed OID (the message says what is wrong)
     * @throws ObjectNotFoundException if the release has no such object
     */
    public ZtfObject object(long oid) {
        return object(Oid.of(oid));
    }

    public ZtfObject object(Oid oid) {
        Optional<ObjectMeta> found;
        if (release == null) {
            found = drSource.objectInDefaultRelease(oid);
            release = found.map(ObjectMeta::dr).orElseGet(drSource::defaultRelease);
        } else {
            found = drSource.object(release, oid);
        }
        ObjectMeta meta = found.orElseThrow(() -> new ObjectNotFoundException(
                "OID " + oid, "ZTF " + release() + " (" + drSource.description() + ")",
                otherReleasesHint(oid)));
        return new ZtfObject(this, meta);
    }

    /**
     * An object by an identifier written as text: an OID ({@code "633207400004730"}), a SNAD catalog name
     * ({@code "SNAD101"}, or its number {@code "101"} as the Viewer's OID box accepts), or a name that the name
     * table links to one OID (an alert name such as {@code "ZTF18abqkqdm"}).
     */
    public ZtfObject object(String idOrName) {
        if (idOrName == null || idOrName.isBlank()) {
            throw InvalidInputException.of("object identifier", "an OID, a SNAD name or an alert name", idOrName, "");
        }
        String s = idOrName.strip();
        if (s.matches("\\d{15,16}")) {
            return object(Oid.parse(s));
        }
        if (s.matches("\\d+") && s.length() > 4) {
            Oid.parse(s); // throws with the digit count explained
        }
        if (s.toUpperCase(Locale.ROOT).startsWith("SNAD") || s.matches("\\d{1,4}")) {
            SnadCatalogEntry entry = snadCatalog().snadEntry(s).orElseThrow(() -> new ObjectNotFoundException(
                    s, "the SNAD catalog (" + store.description() + ")", "SNAD names look like SNAD101"));
            return object(entry.oid());
        }
        ResolvedName resolved = resolveName(s);
        Oid oid = resolved.oid().orElseThrow(() -> new InvalidInputException("'" + s + "' names a sky position ("
                + resolved.position() + "), not one ZTF object: one sky source has an OID per field, quadrant and "
                + "passband. Use ztf.cone(\"" + s + "\", 1.0) and pick an OID."));
        return object(oid);
    }

    /**
     * A sky position from coordinates in any notation of {@link Coordinates}, a ZTF OID (its DR position), or a
     * name resolved by this view's resolvers.
     */
    public SkyPosition resolve(String target) {
        if (target == null || target.isBlank()) {
            throw InvalidInputException.of("target", "coordinates or an object name", target,
                    Coordinates.ACCEPTED_FORMS);
        }
        String s = target.strip();
        if (s.matches("\\d{15,16}")) {
            return object(Oid.parse(s)).position();
        }
        if (Coordinates.looksLikeCoordinates(s)) {
            return Coordinates.parse(s);
        }
        return resolveName(s).position();
    }

    /** The first resolver that knows the name answers; one that cannot answer is passed over and named. */
    private ResolvedName resolveName(String name) {
        List<String> tried = new ArrayList<>();
        for (NameResolver r : resolvers) {
            Optional<ResolvedName> found;
            try {
                found = r.resolve(name);
            } catch (ServiceUnavailableException e) {
                tried.add(r.resolverName() + " (unavailable: " + e.reason() + ")");
                continue;
            }
            tried.add(r.resolverName());
            if (found.isPresent()) {
                return found.get();
            }
        }
        throw new NameNotResolvedException(name, tried,
                "check the spelling, or give coordinates instead (decimal degrees, sexagesimal, a J-name or l=… b=…)");
    }

    /** {@link #cone(String, double)} with the Viewer's default radius of 1″. */
    public Table cone(String target) {
        return cone(target, DEFAULT_CONE_RADIUS_ARCSEC);
    }

    /**
     * Every DR object within {@code radiusArcsec} of the target, nearest first.
     *
     * <p>Three outcomes: the target cannot be parsed or resolved (an exception saying why); no match (an empty
     * table); or a table with columns {@code oid, separation_arcsec, ra, dec, band, filter, fieldid, rcid, ngoodobs,
     * duration_d}. The table's name records the centre, radius and release.
     *
     * @param target       coordinates (any notation of {@link Coordinates}), an OID, or an object name
     * @param radiusArcsec in (0, {@value #MAX_CONE_RADIUS_ARCSEC}]
     */
    public Table cone(String target, double radiusArcsec) {
        checkRadius(radiusArcsec);
        SkyPosition center = resolve(target);
        return coneTable(center, radiusArcsec, "'" + target.strip() + "' " + center);
    }

    public Table cone(SkyPosition center, double radiusArcsec) {
        checkRadius(radiusArcsec);
        return coneTable(center, radiusArcsec, center.toString());
    }

    public Table cone(double raDeg, double decDeg, double radiusArcsec) {
        return cone(SkyPosition.of(raDeg, decDeg), radiusArcsec);
    }

    /** The objects of a cone with their separations from the centre, nearest first. */
    List<Match> coneMatches(SkyPosition center, double radiusArcsec) {
        return drSource.cone(release(), center, radiusArcsec).stream()
                .map(m -> new Match(m, center.separationArcsec(m.position())))
                .sorted(Comparator.comparingDouble(Match::separationArcsec).thenComparing(m -> m.meta().oid()))
                .collect(Collectors.toList());
    }

    record Match(ObjectMeta meta, double separationArcsec) {
    }

    private Table coneTable(SkyPosition center, double radiusArcsec, String label) {
        List<Match> matches = coneMatches(center, radiusArcsec);
        String name = String.format(Locale.ROOT, "cone %s r=%s\" %s", label, trim(radiusArcsec), release());
        return matchTable(name, matches);
    }

    static Table matchTable(String name, List<Match> matches) {
        LongColumn oid = LongColumn.create("oid");
        DoubleColumn sep = DoubleColumn.create("separation_arcsec");
        DoubleColumn ra = DoubleColumn.create("ra");
        DoubleColumn dec = DoubleColumn.create("dec");
        StringColumn band = StringColumn.create("band");
        StringColumn filter = StringColumn.create("filter");
        IntColumn field = IntColumn.create("fieldid");
        IntColumn rcid = IntColumn.create("rcid");
        IntColumn ngood = IntColumn.create("ngoodobs");
        DoubleColumn duration = DoubleColumn.create("duration_d");
        for (Match m : matches) {
            ObjectMeta o = m.meta();
            oid.append(o.oid().value());
            sep.append(m.separationArcsec());
            ra.append(o.ra());
            dec.append(o.dec());
            band.append(o.band().id());
            filter.append(o.filter());
            field.append(o.fieldId());
            rcid.append(o.rcid());
            ngood.append(o.ngoodobs());
            duration.append(o.durationDays());
        }
        return Table.create(name, oid, sep, ra, dec, band, filter, field, rcid, ngood, duration);
    }

    static void checkRadius(double radiusArcsec) {
        if (!(radiusArcsec > 0 && radiusArcsec <= MAX_CONE_RADIUS_ARCSEC)) {
            throw InvalidInputException.of("radiusArcsec", "in (0, " + trim(MAX_CONE_RADIUS_ARCSEC) + "]", radiusArcsec,
                    "the SNAD ZTF DR API serves cones up to 60″, and ztfkit keeps that limit offline too; "
                            + "cover a larger area with several cones");
        }
    }

    private String otherReleasesHint(Oid oid) {
        if (snapshot != null) {
            // asking a remote service about every release would be one call per release
            return "check the OID, try another release with ztf.dr(\"dr…\").object(" + oid + "), or search by position"
                    + " with ztf.cone(…)";
        }
        List<String> found = new ArrayList<>();
        for (DataRelease other : drSource.releases()) {
            if (!other.equals(release()) && drSource.object(other, oid).isPresent()) {
                found.add(other.name());
            }
        }
        return found.isEmpty()
                ? "check the OID, or search by position with ztf.cone(…)"
                : "it is in " + String.join(", ", found) + "; use ztf.dr(\"" + found.get(found.size() - 1)
                        + "\").object(" + oid + ")";
    }

    static String trim(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    @Override
    public void close() {
        store.close();
    }

    @Override
    public String toString() {
        DataRelease r = release;
        return "Ztf[" + drSource.description() + ", " + (r == null ? "default release" : r.toString()) + "]";
    }
}
