package org.ztfkit.remote;

import java.time.Duration;
import java.util.Locale;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.net.ServicePolicy;

/**
 * The remote services ztfkit talks to, with their base URLs and reliability budgets (external-services.md §0, §17:
 * the SNAD Viewer's timeouts). A base URL is overridden by the system property {@code ztfkit.url.<id>} or the
 * environment variable {@code ZTFKIT_URL_<ID>} (upper case, dashes as underscores), e.g. to use a mirror or a test
 * server.
 *
 * <pre>{@code
 * System.setProperty("ztfkit.url.snad-ztf-dr", "http://localhost:8080");
 * RemoteService.SNAD_ZTF_DR.baseUrl();   // "http://localhost:8080"
 * RemoteService.MAST_PS1.policy();       // read timeout 600 s, as the Viewer allows for MAST cones
 * }</pre>
 */
public enum RemoteService {
    /** SNAD ZTF DR light-curve API (§1). */
    SNAD_ZTF_DR("snad-ztf-dr", "https://db.ztf.snad.space", 60, 120),
    /** SNAD ZTF reference-catalog service (§2.4). */
    SNAD_ZTF_REF("snad-ztf-ref", "https://ref.ztf.snad.space", 60, 120),
    /** IRSA ZTF light-curve API (§3, {@code nph_light_curves}). */
    IRSA_LIGHT_CURVES("irsa-lc", "https://irsa.ipac.caltech.edu/cgi-bin/ZTF/nph_light_curves", 60, 120),
    /** IRSA ZTF product archive: day listings, science images and cutouts (§3.1–3.4). */
    IRSA_PRODUCTS("irsa-ibe", "https://irsa.ipac.caltech.edu/ibe/data/ztf/products", 60, 120),
    /** ANTARES broker REST API (§4.1). */
    ANTARES("antares", "https://api.antares.noirlab.edu/v1", 60, 120),
    /** ALeRCE ZTF API v1 (§4.2). */
    ALERCE("alerce", "https://api.alerce.online/ztf/v1", 30, 60),
    /** Fink ZTF API (§4.3). */
    FINK("fink", "https://api.ztf.fink-portal.org", 10, 30),
    /** MAST catalogs API, Pan-STARRS (§5): cone searches may take minutes. */
    MAST_PS1("mast-ps1", "https://catalogs.mast.stsci.edu/api/v0.1/panstarrs", 600, 900),
    /** Gaia archive data server: DataLink epoch photometry (§6.2). */
    GAIA_DATALINK("gaia-datalink", "https://gea.esac.esa.int/data-server", 60, 120),
    /** VizieR VOTable queries: Gaia DR3 sources and EDR3 distances (§6.1, §6.3). */
    VIZIER("vizier", "https://vizier.cds.unistra.fr/viz-bin/votable", 10, 30),
    /** SNAD dustmaps service: CSFD and Bayestar19 E(B−V) (§10). */
    SNAD_DUSTMAPS("snad-dustmaps", "https://dustmaps.snad.space", 10, 30),
    /** SIMBAD's TAP service: cones in ADQL and name lookups (§8.1). */
    SIMBAD_TAP("simbad", "https://simbad.cds.unistra.fr/simbad/sim-tap", 10, 30),
    /** CDS Sesame name resolver: SIMBAD, NED and VizieR (§8.2). */
    SESAME("sesame", "https://cds.unistra.fr/cgi-bin/nph-sesame", 10, 30),
    /** SNAD mirror of the TNS public objects (§9.1). */
    SNAD_TNS("snad-tns", "https://tns.snad.space", 10, 30),
    /** SNAD mirror of the ZTF Catalog of Periodic Variable Stars (§7.3). */
    SNAD_ZTF_PERIODIC("snad-ztf-periodic", "https://periodic.ztf.snad.space", 10, 30),
    /** SNAD mirror of the OGLE-III Catalog of Variable Stars (§7.4). */
    SNAD_OGLE3("snad-ogle3", "https://ogle3.snad.space", 10, 30),
    /** Open Astronomy Catalogs API: the Open Supernova Catalog (§9.2). */
    ASTROCATS("astrocats", "https://api.astrocats.space", 10, 30),
    /** OTTER transient repository, ArangoDB API (§9.3). */
    OTTER("otter", "https://otter.idies.jhu.edu", 10, 30),
    /** IMCCE SkyBoT cone search (§11). */
    SKYBOT("skybot", "https://ssp.imcce.fr/webservices/skybot/api/conesearch.php", 30, 60),
    /** The SNAD catalog of ZTF DR objects, a CSV file (§8.3). */
    SNAD_CATALOG("snad-catalog", "https://snad.space/catalog/snad_catalog.csv", 10, 30);

    private final String id;
    private final String defaultUrl;
    private final int readTimeoutSeconds;
    private final int callBudgetSeconds;

    RemoteService(String id, String defaultUrl, int readTimeoutSeconds, int callBudgetSeconds) {
        this.id = id;
        this.defaultUrl = defaultUrl;
        this.readTimeoutSeconds = readTimeoutSeconds;
        this.callBudgetSeconds = callBudgetSeconds;
    }

    /** Short name used in messages and configuration keys, e.g. {@code snad-ztf-dr}. */
    public String id() {
        return id;
    }

    /** The system property that overrides the base URL. */
    public String urlProperty() {
        return "ztfkit.url." + id;
    }

    /** The environment variable that overrides the base URL. */
    public String urlEnvironmentVariable() {
        return "ZTFKIT_URL_" + id.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    /** The base URL in use (without a trailing slash): the system property, else the environment, else the default. */
    public String baseUrl() {
        String url = System.getProperty(urlProperty());
        if (url == null || url.isBlank()) {
            url = System.getenv(urlEnvironmentVariable());
        }
        if (url == null || url.isBlank()) {
            url = defaultUrl;
        }
        url = url.strip();
        if (!url.startsWith("http://") && !url.startsWith("https://")) {
            throw InvalidInputException.of(urlProperty(), "an http(s) URL", url, "set it to the service's base URL, e.g. "
                    + defaultUrl);
        }
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** Timeouts and call budget of the service; three attempts with backoff (see {@link ServicePolicy}). */
    public ServicePolicy policy() {
        return ServicePolicy.defaults(id).withReadTimeout(Duration.ofSeconds(readTimeoutSeconds))
                .withCallBudget(Duration.ofSeconds(callBudgetSeconds));
    }

    @Override
    public String toString() {
        return id;
    }
}
