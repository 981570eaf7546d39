package org.ztfkit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.ztfkit.errors.ServiceUnavailableException;
import org.ztfkit.lightcurve.DrLightCurves;
import org.ztfkit.lightcurve.LightCurve;
import org.ztfkit.lightcurve.LightCurveSources;
import org.ztfkit.lightcurve.LightCurveSources.Status;
import org.ztfkit.lightcurve.LightCurves;
import org.ztfkit.net.FetchPool;
import org.ztfkit.model.Oid;
import org.ztfkit.model.PhotometrySource;
import org.ztfkit.photometry.ReferenceMagnitude;
import org.ztfkit.source.ExternalLightCurveSource;
import org.ztfkit.source.NearbyObject;
import org.ztfkit.source.ObjectMeta;
import org.ztfkit.source.ReferenceCatalogEntry;
import tech.tablesaw.api.Table;

/**
 * A ZTF object with what surrounds it on the sky, the SNAD Viewer's light-curve plot as one value: the object's DR
 * light curve, the DR neighbours chosen by {@link NeighbourOptions}, and the closest ZTF alert object, Pan-STARRS
 * DR2 object and Gaia DR3 source with epoch photometry within {@value Ztf#EXTERNAL_MATCH_RADIUS_ARCSEC}″. Made by
 * {@link ZtfObject#withNeighbours(double)}; fetches lazily and keeps what it fetched.
 *
 * <pre>{@code
 * Neighbourhood n = ztf.object(686204100122720L).withNeighbours(1.0);
 * n.neighbours();                   // the chosen DR neighbours, nearest first, with their relation
 * LightCurve lc = n.lightCurve();   // every source in one table (LightCurveColumns), sorted by time
 * lc.sources();                     // Sources[ztf_dr: 4 objects, 1613 rows; ztf_ref: …; ztf_alert: …; ps1: …; gaia: …]
 * lc.source("gaia").fold(0.5537);
 * }</pre>
 *
 * <p>The merged light curve:
 * <ul>
 *   <li>rows of every source in the schema of {@code LightCurveColumns}, one time axis (HMJD, UTC, mid-exposure;
 *   every source's times were converted when ingested), unambiguous bands ({@code ztf_r}, {@code ps1_r},
 *   {@code gaia_G}, …), the {@code source} of each row;</li>
 *   <li>ZTF alert rows as apparent ("DC") magnitudes where the alert's reference source is the object's own
 *   counterpart, otherwise difference magnitudes with {@code is_difference} true, and upper limits
 *   ({@code is_upper_limit}) at the difference image's 5σ limit ({@code ExternalLightCurves.fromAlertPhotometry});</li>
 *   <li>the reference magnitude of each DR OID from the reference catalogs, used by {@code lc.difference()};</li>
 *   <li>the data release, and {@link LightCurve#sources()}: which sources answered with how many rows, which had
 *   nothing within the radius, which were unavailable and why. A source that fails does not stop the others.</li>
 * </ul>
 */
public final class Neighbourhood {
    private final Ztf ztf;
    private final ZtfObject target;
    private final NeighbourOptions options;
    private volatile List<Ztf.Match> chosen;
    private volatile LightCurve lightCurve;

    Neighbourhood(Ztf ztf, ZtfObject target, NeighbourOptions options) {
        this.ztf = ztf;
        this.target = target;
        this.options = options;
    }

    /** The object whose neighbourhood this is. */
    public ZtfObject target() {
        return target;
    }

    /** How its DR neighbours are chosen. */
    public NeighbourOptions options() {
        return options;
    }

    /**
     * The chosen DR neighbours, nearest first, in the columns of {@link ZtfObject#neighbours(double)} (with
     * {@code relation}: {@code other_passband} or {@code other_field}).
     */
    public Table neighbours() {
        return target.neighbourTable(String.format(Locale.ROOT, "neighbours of %s %s (%s)", target.oid(), target.dr(),
                options), chosen());
    }

    private List<Ztf.Match> chosen() {
        List<Ztf.Match> c = chosen;
        if (c == null) {
            ObjectMeta meta = target.meta();
            c = options.coneRadiusArcsec() == 0 ? List.of()
                    : ztf.coneMatches(meta.position(), options.coneRadiusArcsec()).stream()
                            .filter(m -> options.takes(meta, m.meta(), m.separationArcsec())).toList();
            chosen = c;
        }
        return c;
    }

    /** Every source's rows in one light curve (see the class description). */
    public LightCurve lightCurve() {
        LightCurve lc = lightCurve;
        if (lc == null) {
            if (ztf.isOnline()) {
                FetchPool.awaitAll(prefetchTasks());
            }
            lc = assemble();
            lightCurve = lc;
        }
        return lc;
    }

    /** The target's and the chosen neighbours' DR objects, the target first. */
    List<ObjectMeta> members() {
        List<ObjectMeta> members = new ArrayList<>();
        members.add(target.meta());
        chosen().forEach(m -> members.add(m.meta()));
        return members;
    }

    /**
     * The remote calls of {@link #lightCurve()}, started at once in the bounded pool, each source's second call
     * chained to its first: the DR cone, then the reference magnitudes of each member; per external source, the
     * closest object, then its light curve. Failures stay with the futures (the snapshot remembers them).
     */
    List<CompletableFuture<?>> prefetchTasks() {
        ObjectMeta meta = target.meta();
        List<CompletableFuture<?>> tasks = new ArrayList<>();
        tasks.add(FetchPool.submit(this::chosen).thenCompose(matches -> {
            List<ObjectMeta> members = new ArrayList<>();
            members.add(meta);
            matches.forEach(m -> members.add(m.meta()));
            return CompletableFuture.allOf(members.stream().map(m -> FetchPool.submit(
                    () -> ztf.referenceSource().references(List.of(m)))).toArray(CompletableFuture[]::new));
        }));
        for (ExternalLightCurveSource source : ztf.externalSources()) {
            tasks.add(FetchPool.submit(() -> source.closest(meta.position(), Ztf.EXTERNAL_MATCH_RADIUS_ARCSEC))
                    .thenCompose(closest -> closest.isEmpty() ? CompletableFuture.completedFuture(null)
                            : FetchPool.submit(() -> source.lightCurve(closest.get()))));
        }
        return tasks;
    }

    /** One source's share of the merged light curve: rows, references and what to report. */
    private record Part(LightCurve rows, Map<String, ReferenceMagnitude> references, List<Status> statuses) {
    }

    /**
     * The merged light curve from independent parts fetched at once (through {@link FetchPool}, so a read-only
     * store's queries overlap and an online call's latency hides behind the others): the DR chain — neighbours,
     * their detections and reference magnitudes — and each external source — its closest object, then its light
     * curve. Each part fails on its own and is reported in {@link LightCurve#sources()}.
     */
    private LightCurve assemble() {
        ObjectMeta meta = target.meta();
        String name = String.format(Locale.ROOT, "light curve of %s and its neighbourhood %s", meta.oid(), meta.dr());
        List<java.util.function.Supplier<Part>> tasks = new ArrayList<>();
        tasks.add(() -> drPart(meta, name));
        for (ExternalLightCurveSource source : ztf.externalSources()) {
            tasks.add(() -> externalPart(meta, source));
        }
        List<LightCurve> rows = new ArrayList<>();
        Map<String, ReferenceMagnitude> references = new HashMap<>();
        List<Status> statuses = new ArrayList<>();
        for (FetchPool.Outcome<Part> outcome : FetchPool.all(tasks)) {
            Part part = outcome.value();
            rows.add(part.rows());
            references.putAll(part.references());
            statuses.addAll(part.statuses());
        }
        return LightCurves.concat(rows).withReferences(references).withDataRelease(meta.dr())
                .withSources(LightCurveSources.of(statuses));
    }

    private Part drPart(ObjectMeta meta, String name) {
        List<ObjectMeta> members = List.of(meta);
        List<Status> statuses = new ArrayList<>();
        String drSource = PhotometrySource.ZTF_DR.id();
        LightCurve dr;
        try {
            members = members();
            Table detections = ztf.drSource().detections(meta.dr(), members);
            dr = DrLightCurves.fromDetections(detections, name);
            statuses.add(Status.answered(drSource, members.size() + (members.size() == 1 ? " object" : " objects"),
                    detections.rowCount()));
        } catch (RuntimeException e) {
            dr = LightCurve.empty();
            statuses.add(Status.unavailable(drSource, reason(e)));
        }
        Map<String, ReferenceMagnitude> references = new HashMap<>();
        try {
            Map<Oid, ReferenceCatalogEntry> found = ztf.referenceSource().references(members);
            found.forEach((oid, entry) -> references.put(oid.toString(), entry.magnitude()));
            statuses.add(Status.answered("ztf_ref", found.size() + " of " + members.size() + " objects",
                    found.size()));
        } catch (RuntimeException e) {
            statuses.add(Status.unavailable("ztf_ref", reason(e)));
        }
        return new Part(dr, references, statuses);
    }

    private Part externalPart(ObjectMeta meta, ExternalLightCurveSource source) {
        String kind = source.kind().id();
        try {
            Optional<NearbyObject> closest = source.closest(meta.position(), Ztf.EXTERNAL_MATCH_RADIUS_ARCSEC);
            if (closest.isEmpty()) {
                return new Part(LightCurve.empty(), Map.of(), List.of(Status.empty(kind, "no object within "
                        + Ztf.trim(Ztf.EXTERNAL_MATCH_RADIUS_ARCSEC) + "″ in " + source.description())));
            }
            LightCurve part = source.lightCurve(closest.get());
            return new Part(part, Map.of(), List.of(Status.answered(kind, String.format(Locale.ROOT, "%s at %.2f″",
                    closest.get().name(), closest.get().separationArcsec()), part.size())));
        } catch (RuntimeException e) {
            return new Part(LightCurve.empty(), Map.of(), List.of(Status.unavailable(kind, reason(e))));
        }
    }

    /** Why a source failed, in one line: what a notebook shows, never a stack trace. */
    private static String reason(RuntimeException e) {
        String message = e instanceof ServiceUnavailableException down ? down.service() + ": " + down.reason()
                : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    @Override
    public String toString() {
        List<Ztf.Match> c = chosen;
        return String.format(Locale.ROOT, "Neighbourhood[%s %s%s, %s]", target.oid(), target.dr(),
                c == null ? "" : " + " + c.size() + (c.size() == 1 ? " neighbour" : " neighbours"), options);
    }
}
