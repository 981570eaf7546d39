package org.ztfkit.remote;

import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * ZTF periodic variables and OGLE-III, the astrocats API, OTTER, MAST (through {@link MastPs1Client}) and SkyBoT
 * (external-services.md §5–§11); Gaia DR3 sources and EDR3 distances through {@link GaiaClient}. Every request
 * goes through {@link org.ztfkit.net.Http} with the service's {@link ServicePolicy}: the timeouts of
 * {@link RemoteService}, up to three attempts with backoff for connection errors, 5xx and 429, and, for the CDS
 * services (VizieR, SIMBAD, Sesame), one shared politeness limit: bursts of 8 requests (one object's catalogs at
 * once, as the Viewer sends them), then 2 per second. An answer that cannot be read (HTML, malformed rows) makes
 * the catalog unavailable with the reason. Recorded in a snapshot ({@code Ztf.online()}), a failed call is not sent
 * again for 5 minutes.
 *
 * <pre>{@code
 * var ztf = Ztf.embedded().withCatalogs(OnlineCatalogs.defaults(), OnlineCatalogs.defaults());
 * ztf.object(686204100122720L).xmatch("vsx");
 * OnlineCatalogs local = OnlineCatalogs.at(CatalogEndpoints.under("http://localhost:8080"));
 * }</pre>
 */
public final class OnlineCatalogs implements CatalogSource, SolarSystemSource {
    private final CatalogEndpoints endpoints;
    private final Map<CatalogService, ServicePolicy> policies;

    private OnlineCatalogs(CatalogEndpoints endpoints, Map<CatalogService, ServicePolicy> policies) {
        this.endpoints = endpoints;
        this.policies = new EnumMap<>(policies);
    }

    /** The public services (or the URLs set for them, see {@link CatalogEndpoints#defaults()}). */
    public static OnlineCatalogs defaults() {
        return at(CatalogEndpoints.defaults());
    }

    /** The services at these URLs, with the default policies. */
    public static OnlineCatalogs at(CatalogEndpoints endpoints) {
        Map<CatalogService, ServicePolicy> p = new EnumMap<>(CatalogService.class);
        for (CatalogService s : CatalogService.values()) {
            p.put(s, defaultPolicy(s));
        }
        return new OnlineCatalogs(endpoints, p);
    }

    /** The default policy of a service: {@link RemoteService}'s; the CDS services share the {@code cds} limit. */
    public static ServicePolicy defaultPolicy(CatalogService service) {
        return switch (service) {
            case VIZIER, SIMBAD -> cdsPolicy();
            case SNAD_TNS -> RemoteService.SNAD_TNS.policy();
            case SNAD_ZTF_PERIODIC -> RemoteService.SNAD_ZTF_PERIODIC.policy();
            case SNAD_OGLE3 -> RemoteService.SNAD_OGLE3.policy();
            case ASTROCATS -> RemoteService.ASTROCATS.policy();
            case OTTER -> RemoteService.OTTER.policy();
            case MAST_PS1 -> RemoteService.MAST_PS1.policy();
            case SKYBOT -> RemoteService.SKYBOT.policy();
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
        return new OnlineCatalogs(endpoints, p);
    }

    /** The services' URLs. */
    public CatalogEndpoints endpoints() {
        return endpoints;
    }

    @Override
    public String description() {
        return "online catalog services (VizieR " + endpoints.vizier() + ", SIMBAD " + endpoints.simbadTap() + ", …)";
    }

    /**
     * The catalog's sources within the cone, from its service.
     *
     * @throws ServiceUnavailableException when the service fails or answers with something unreadable
     */
    @Override
    public List<CatalogRow> cone(Catalog catalog, SkyPosition center, double radiusArcsec) {
        catalog.checkRadius(radiusArcsec);
        if (catalog.service() == CatalogService.SKYBOT) {
            throw InvalidInputException.of("catalog", "a catalog queried by cone alone", catalog.id(),
                    "SkyBoT needs an epoch: use solarSystemObjects(center, epochJdUtc, radiusArcsec)");
        }
        ServicePolicy policy = policies.get(catalog.service());
        return readable(catalog.service(), () -> switch (catalog.service()) {
            case VIZIER -> catalog == Catalogs.GAIA_DR3 || catalog == Catalogs.GAIA_EDR3_DISTANCES
                    ? gaia(catalog, center, radiusArcsec, policy)
                    : new VizierClient(endpoints.vizier(), policy).cone(catalog, center, radiusArcsec);
            case SIMBAD -> new SimbadClient(endpoints.simbadTap(), policy).cone(center, radiusArcsec);
            case SNAD_TNS -> new SnadMirrorClient(endpoints.snadTns(), policy).cone(catalog, center, radiusArcsec, false);
            case SNAD_ZTF_PERIODIC -> new SnadMirrorClient(endpoints.snadZtfPeriodic(), policy)
                    .cone(catalog, center, radiusArcsec, false);
            case SNAD_OGLE3 -> new SnadMirrorClient(endpoints.snadOgle3(), policy).cone(catalog, center, radiusArcsec, true);
            case ASTROCATS -> new AstrocatsClient(endpoints.astrocats(), policy).cone(center, radiusArcsec);
            case OTTER -> new OtterClient(endpoints.otter(), policy).cone(center, radiusArcsec);
            case MAST_PS1 -> new MastPs1Client(endpoints.mastPs1(), policy).stackCone(center, radiusArcsec).stream()
                    .map(OnlineCatalogs::panStarrsRow).toList();
            case SKYBOT -> throw new IllegalStateException("SkyBoT cones are refused before they are sent");
        });
    }

    /** The request a cone of this catalog sends (for the record of calls). */
    public String request(Catalog catalog, SkyPosition center, double radiusArcsec) {
        ServicePolicy policy = policies.get(catalog.service());
        return switch (catalog.service()) {
            case VIZIER -> catalog == Catalogs.GAIA_DR3 ? gaiaClient(policy).sourcesUrl(center, radiusArcsec)
                    : catalog == Catalogs.GAIA_EDR3_DISTANCES ? gaiaClient(policy).distancesUrl(center, radiusArcsec)
                    : new VizierClient(endpoints.vizier(), policy).url(catalog, center, radiusArcsec);
            case SIMBAD -> endpoints.simbadTap() + "/sync " + SimbadClient.adql(center, radiusArcsec);
            case SNAD_TNS -> new SnadMirrorClient(endpoints.snadTns(), policy).circleUrl(center, radiusArcsec, false);
            case SNAD_ZTF_PERIODIC -> new SnadMirrorClient(endpoints.snadZtfPeriodic(), policy)
                    .circleUrl(center, radiusArcsec, false);
            case SNAD_OGLE3 -> new SnadMirrorClient(endpoints.snadOgle3(), policy).circleUrl(center, radiusArcsec, true);
            case ASTROCATS -> new AstrocatsClient(endpoints.astrocats(), policy).url(center, radiusArcsec);
            case OTTER -> endpoints.otter() + "/api/_db/otter/_api/cursor " + OtterClient.body(center, radiusArcsec);
            case MAST_PS1 -> new MastPs1Client(endpoints.mastPs1(), policy).stackUrl() + " "
                    + MastPs1Client.stackConeBody(center, radiusArcsec);
            case SKYBOT -> endpoints.skybot();
        };
    }

    /** The request of a SkyBoT cone (for the record of calls). */
    public String solarSystemRequest(SkyPosition center, double epochJdUtc, double radiusArcsec) {
        return new SkybotClient(endpoints.skybot(), policies.get(CatalogService.SKYBOT)).url(center, epochJdUtc,
                radiusArcsec, CatalogTables.ZTF_SITE);
    }

    /** SkyBoT's answer at the ZTF site (I41). */
    @Override
    public List<CatalogRow> solarSystemObjects(SkyPosition center, double epochJdUtc, double radiusArcsec) {
        Catalogs.SKYBOT.checkRadius(radiusArcsec);
        return readable(CatalogService.SKYBOT, () -> new SkybotClient(endpoints.skybot(),
                policies.get(CatalogService.SKYBOT)).cone(center, epochJdUtc, radiusArcsec, CatalogTables.ZTF_SITE));
    }

    /** Gaia DR3 sources or EDR3 distances through the Gaia client's VizieR queries, as catalog rows. */
    private List<CatalogRow> gaia(Catalog catalog, SkyPosition center, double radiusArcsec, ServicePolicy policy) {
        GaiaClient gaia = gaiaClient(policy);
        if (catalog == Catalogs.GAIA_EDR3_DISTANCES) {
            return gaia.distances(center, radiusArcsec).stream().map(d -> catalog.row(record("Source", d.sourceId(),
                    "_RAJ2000", d.position().ra(), "_DEJ2000", d.position().dec(), "rgeo", d.rgeo(), "b_rgeo",
                    d.rgeoLo(), "B_rgeo", d.rgeoHi(), "rpgeo", d.rpgeo(), "b_rpgeo", d.rpgeoLo(), "B_rpgeo",
                    d.rpgeoHi(), "Flag", d.flag()))).toList();
        }
        return gaia.sources(center, radiusArcsec).stream().map(g -> catalog.row(record("Source", g.sourceId(),
                "_RAJ2000", g.position().ra(), "_DEJ2000", g.position().dec(), "Gmag", g.gMag(), "BPmag", g.bpMag(),
                "RPmag", g.rpMag(), "Plx", g.plx(), "e_Plx", g.ePlx(), "pmRA", g.pmra(), "e_pmRA", g.ePmra(),
                "pmDE", g.pmdec(), "e_pmDE", g.ePmdec(), "Teff", g.teff(), "b_Teff", g.teffLo(), "B_Teff",
                g.teffHi(), "logg", g.logg(), "b_logg", g.loggLo(), "B_logg", g.loggHi(), "[Fe/H]", g.feh(),
                "b_[Fe/H]", g.fehLo(), "B_[Fe/H]", g.fehHi(), "A0", g.a0(), "b_A0", g.a0Lo(), "B_A0", g.a0Hi(),
                "PQSO", g.pqso(), "PGal", g.pgal(), "PSS", g.pss(), "EpochPh", g.hasEpochPhot() ? 1L : 0L)))
                .toList();
    }

    private GaiaClient gaiaClient(ServicePolicy vizierPolicy) {
        return new GaiaClient(RemoteService.GAIA_DATALINK.baseUrl(), RemoteService.GAIA_DATALINK.policy(),
                endpoints.vizier(), vizierPolicy);
    }

    /** A merged Pan-STARRS stack object under MAST's column names. */
    private static CatalogRow panStarrsRow(Ps1StackObject o) {
        Map<String, Object> r = record("objName", o.objName(), "objID", o.objId(), "raMean", o.position().ra(),
                "decMean", o.position().dec());
        for (int i = 0; i < Ps1StackObject.BAND_NAMES.size(); i++) {
            String b = Ps1StackObject.BAND_NAMES.get(i);
            Ps1StackObject.Magnitudes m = o.bands().get(i);
            r.putAll(record(b + "PSFMag", m.psfMag(), b + "PSFMagErr", m.psfMagErr(), b + "ApMag", m.apMag(),
                    b + "ApMagErr", m.apMagErr()));
        }
        return Catalogs.PANSTARRS.row(r);
    }

    /** A record from names and values; NaN values are left out. */
    private static Map<String, Object> record(Object... nameThenValue) {
        Map<String, Object> r = new LinkedHashMap<>();
        for (int i = 0; i < nameThenValue.length; i += 2) {
            Object v = nameThenValue[i + 1];
            if (v != null && !(v instanceof Double d && d.isNaN())) {
                r.put((String) nameThenValue[i], v);
            }
        }
        return r;
    }

    private interface Call {
        List<CatalogRow> run();
    }

    /** Runs a call; a VO error document or a record that cannot be read makes the catalog unavailable. */
    private static List<CatalogRow> readable(CatalogService service, Call call) {
        try {
            return call.run();
        } catch (VoServiceException e) {
            throw new ServiceUnavailableException(service.id(), e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new ServiceUnavailableException(service.id(), "answered with records ztfkit cannot read: "
                    + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "OnlineCatalogs[" + description() + "]";
    }
}
