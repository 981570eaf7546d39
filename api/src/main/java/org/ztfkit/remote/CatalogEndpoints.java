package org.ztfkit.remote;

import okhttp3.HttpUrl;
import org.ztfkit.errors.InvalidInputException;

/**
 * The base URLs of the catalog and name services (external-services.md §5–§9, §11).
 *
 * <pre>{@code
 * CatalogEndpoints real = CatalogEndpoints.defaults();
 * CatalogEndpoints local = CatalogEndpoints.under("http://localhost:8080");   // every service under one server
 * }</pre>
 *
 * @param vizier          VizieR ASU VOTable endpoint ({@code …/viz-bin/votable})
 * @param simbadTap       SIMBAD TAP service (with {@code /sync} below it)
 * @param sesame          CDS Sesame name resolver ({@code …/cgi-bin/nph-sesame})
 * @param snadTns         SNAD mirror of the TNS public objects
 * @param snadZtfPeriodic SNAD mirror of the ZTF periodic variables
 * @param snadOgle3       SNAD mirror of the OGLE-III variables
 * @param astrocats       Open Astronomy Catalogs API
 * @param otter           OTTER (the ArangoDB API is under {@code /api/_db/otter})
 * @param mastPs1         MAST catalogs API, Pan-STARRS ({@code …/api/v0.1/panstarrs})
 * @param skybot          SkyBoT cone search ({@code …/skybot/api/conesearch.php})
 */
public record CatalogEndpoints(String vizier, String simbadTap, String sesame, String snadTns, String snadZtfPeriodic,
                               String snadOgle3, String astrocats, String otter, String mastPs1, String skybot) {
    public CatalogEndpoints {
        for (String url : new String[] {vizier, simbadTap, sesame, snadTns, snadZtfPeriodic, snadOgle3, astrocats,
            otter, mastPs1, skybot}) {
            if (url == null || HttpUrl.parse(url) == null) {
                throw InvalidInputException.of("service URL", "an http(s) URL", url, "");
            }
        }
    }

    /** The public services, or the URLs set for them ({@link RemoteService#baseUrl()}: system properties, environment). */
    public static CatalogEndpoints defaults() {
        return new CatalogEndpoints(RemoteService.VIZIER.baseUrl(), RemoteService.SIMBAD_TAP.baseUrl(),
                RemoteService.SESAME.baseUrl(), RemoteService.SNAD_TNS.baseUrl(),
                RemoteService.SNAD_ZTF_PERIODIC.baseUrl(), RemoteService.SNAD_OGLE3.baseUrl(),
                RemoteService.ASTROCATS.baseUrl(), RemoteService.OTTER.baseUrl(), RemoteService.MAST_PS1.baseUrl(),
                RemoteService.SKYBOT.baseUrl());
    }

    /** Every service under one base URL, at {@code <base>/<service>}: vizier, simbad, sesame, tns, … (tests, mirrors). */
    public static CatalogEndpoints under(String baseUrl) {
        String b = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return new CatalogEndpoints(b + "/vizier", b + "/simbad", b + "/sesame", b + "/tns", b + "/ztf-periodic",
                b + "/ogle3", b + "/astrocats", b + "/otter", b + "/mast", b + "/skybot");
    }
}
