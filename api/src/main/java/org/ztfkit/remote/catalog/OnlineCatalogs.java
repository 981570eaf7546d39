package org.ztfkit.remote.catalog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ztfkit.catalog.Catalog;
import org.ztfkit.catalog.CatalogRow;
import org.ztfkit.catalog.CatalogService;
import org.ztfkit.catalog.Catalogs;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.errors.ServiceUnavailableException;
import org.ztfkit.net.ServicePolicy;
import org.ztfkit.sky.SkyPosition;
import org.ztfkit.source.CatalogSource;
import org.ztfkit.source.SolarSystemSource;
import org.ztfkit.store.CatalogTables;
import org.ztfkit.vo.VoServiceException;

/**
 * The catalogs of the cross-match from their real services: VizieR, SIMBAD (TAP), the SNAD mirrors of TNS, the
 * ZTF periodic variables and OGLE-III, the astrocats API, OTTER, MAST and SkyBoT (external-services.md §5–§11).
 * Every request goes through {@link org.ztfkit.net.Http} with the service's {@link ServicePolicy}: the Viewer's
 * timeouts (10 s; SkyBoT 30 s), up to three attempts with backoff for connection errors, 5xx and 429, and, for the
 * CDS services (VizieR, SIMBAD, Sesame), one shared politeness limit: bursts of 8 requests (one object's catalogs
 * at once, as the Viewer sends them), then 2 per second.
 *
 * <p>A catalog whose service failed is not asked again for 5 minutes (the Viewer's rule, §17): its cones are
 * unavailable at once, with the first failure's reason. An answer that cannot be read (HTML, malformed rows)
 * counts as a failure.
 *
 * <pre>{@code
 * var ztf = Ztf.embedded().withCatalogs(OnlineCatalogs.defaults(), OnlineCatalogs.defaults());
 * ztf.object(686204100122720L).xmatch("vsx");
 * OnlineCatalogs local = OnlineCatalogs.at(CatalogEndpoints.under("http://localhost:8080"));
 * }</pre>
 */
public final class OnlineCatalogs implements CatalogSource, SolarSystemSource {
    /** How long a failed catalog is reported unavailable without being asked. */
    public static final Duration QUIET_AFTER_FAILURE = Duration.ofMinutes(5);
    private static final DateTimeFormatter HHMMSS = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    private final CatalogEndpoints endpoints;
    private final Map<CatalogService, ServicePolicy> policies;
    private final Clock clock;
    private final Map<String, Failure> failures = new ConcurrentHashMap<>();

    private OnlineCatalogs(CatalogEndpoints endpoints, Map<CatalogService, ServicePolicy> policies, Clock clock) {
        this.endpoints = endpoints;
        this.policies = new EnumMap<>(policies);
        this.clock = clock;
    }

    /** The public services. */
    public static OnlineCatalogs defaults() {
        return at(CatalogEndpoints.defaults());
    }

    /** The services at these URLs, with the default policies. */
    public static OnlineCatalogs at(CatalogEndpoints endpoints) {
        Map<CatalogService, ServicePolicy> p = new EnumMap<>(CatalogService.class);
        for (CatalogService s : CatalogService.values()) {
            p.put(s, defaultPolicy(s));
        }
        return new OnlineCatalogs(endpoints, p, Clock.systemUTC());
    }

    /**
     * The default policy of a service: read timeout and call budget 10 s (SkyBoT 30 s), three attempts; the CDS
     * services share the rate limit of the name {@code cds}.
     */
    public static ServicePolicy defaultPolicy(CatalogService service) {
        return switch (service) {
            case VIZIER, SIMBAD -> cdsPolicy();
            case SKYBOT -> ServicePolicy.defaults(service.id()).withReadTimeout(Duration.ofSeconds(30))
                    .withCallBudget(Duration.ofSeconds(30));
            default -> ServicePolicy.defaults(service.id()).withReadTimeout(Duration.ofSeconds(10))
                    .withCallBudget(Duration.ofSeconds(10));
        };
    }

    /** CDS (VizieR, SIMBAD, Sesame): 10 s, and politeness shared across the three: bursts of 8, then 2/s. */
    static ServicePolicy cdsPolicy() {
        return ServicePolicy.defaults("cds").withReadTimeout(Duration.ofSeconds(10))
                .withCallBudget(Duration.ofSeconds(10)).withMaxRequestsPerSecond(2).withRateBurst(8);
    }

    /** A copy that talks to one service with another policy (timeouts, retries, limits). */
    public OnlineCatalogs withPolicy(CatalogService service, ServicePolicy policy) {
        Map<CatalogService, ServicePolicy> p = new EnumMap<>(policies);
        p.put(service, policy);
        return new OnlineCatalogs(endpoints, p, clock);
    }

    /** A copy reading the time from {@code clock} (for the 5-minute quiet period). */
    public OnlineCatalogs withClock(Clock newClock) {
        return new OnlineCatalogs(endpoints, policies, newClock);
    }

    /** The services' URLs. */
    public CatalogEndpoints endpoints() {
        return endpoints;
    }

    @Override
    public String description() {
        return "online catalog services (VizieR " + endpoints.vizier() + ", SIMBAD " + endpoints.simbadTap() + ", …)";
    }

    @Override
    public List<CatalogRow> cone(Catalog catalog, SkyPosition center, double radiusArcsec) {
        catalog.checkRadius(radiusArcsec);
        if (catalog.service() == CatalogService.SKYBOT) {
            throw InvalidInputException.of("catalog", "a catalog queried by cone alone", catalog.id(),
                    "SkyBoT needs an epoch: use solarSystemObjects(center, epochJdUtc, radiusArcsec)");
        }
        return guarded(catalog.id(), catalog.service(), () -> query(catalog, center, radiusArcsec));
    }

    private List<CatalogRow> query(Catalog catalog, SkyPosition center, double radiusArcsec) {
        ServicePolicy policy = policies.get(catalog.service());
        return switch (catalog.service()) {
            case VIZIER -> new VizierClient(endpoints.vizier(), policy).cone(catalog, center, radiusArcsec);
            case SIMBAD -> new SimbadClient(endpoints.simbadTap(), policy).cone(center, radiusArcsec);
            case SNAD_TNS -> new SnadMirrorClient(endpoints.snadTns(), policy).cone(catalog, center, radiusArcsec, false);
            case SNAD_ZTF_PERIODIC -> new SnadMirrorClient(endpoints.snadZtfPeriodic(), policy)
                    .cone(catalog, center, radiusArcsec, false);
            case SNAD_OGLE3 -> new SnadMirrorClient(endpoints.snadOgle3(), policy).cone(catalog, center, radiusArcsec, true);
            case ASTROCATS -> new AstrocatsClient(endpoints.astrocats(), policy).cone(center, radiusArcsec);
            case OTTER -> new OtterClient(endpoints.otter(), policy).cone(center, radiusArcsec);
            case MAST_PS1 -> new MastPs1Client(endpoints.mastPs1(), policy).cone(center, radiusArcsec);
            case SKYBOT -> throw new IllegalStateException("SkyBoT cones are refused before they are sent");
        };
    }

    /** SkyBoT's answer at the ZTF site (I41). */
    @Override
    public List<CatalogRow> solarSystemObjects(SkyPosition center, double epochJdUtc, double radiusArcsec) {
        Catalogs.SKYBOT.checkRadius(radiusArcsec);
        return guarded(Catalogs.SKYBOT.id(), CatalogService.SKYBOT, () -> new SkybotClient(endpoints.skybot(),
                policies.get(CatalogService.SKYBOT)).cone(center, epochJdUtc, radiusArcsec, CatalogTables.ZTF_SITE));
    }

    private record Failure(Instant at, String reason) {
    }

    private interface Call {
        List<CatalogRow> run();
    }

    /** Runs a catalog's call unless it failed less than 5 minutes ago; records a failure. */
    private List<CatalogRow> guarded(String catalogId, CatalogService service, Call call) {
        Failure earlier = failures.get(catalogId);
        Instant now = clock.instant();
        if (earlier != null && now.isBefore(earlier.at().plus(QUIET_AFTER_FAILURE))) {
            throw new ServiceUnavailableException(service.id(), earlier.reason() + " (at " + HHMMSS.format(earlier.at())
                    + " UTC; not asked again until " + HHMMSS.format(earlier.at().plus(QUIET_AFTER_FAILURE)) + " UTC)");
        }
        try {
            List<CatalogRow> rows = call.run();
            failures.remove(catalogId);
            return rows;
        } catch (ServiceUnavailableException e) {
            // a query cut short by the cross-match budget is not a failure of the service
            if (!Thread.currentThread().isInterrupted()) {
                failures.put(catalogId, new Failure(now, e.reason()));
            }
            throw e;
        } catch (VoServiceException e) {
            failures.put(catalogId, new Failure(now, e.getMessage()));
            throw new ServiceUnavailableException(service.id(), e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            String reason = "answered with records ztfkit cannot read: " + e.getMessage();
            failures.put(catalogId, new Failure(now, reason));
            throw new ServiceUnavailableException(service.id(), reason, e);
        }
    }

    @Override
    public String toString() {
        return "OnlineCatalogs[" + description() + "]";
    }
}
