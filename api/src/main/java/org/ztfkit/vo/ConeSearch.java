package org.ztfkit.vo;

import java.math.BigDecimal;
import okhttp3.HttpUrl;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.net.Http;
import org.ztfkit.net.ServicePolicy;
import org.ztfkit.sky.SkyPosition;

/**
 * A Simple Cone Search (IVOA SCS 1.03) service: {@code GET <url>?RA=…&DEC=…&SR=…[&VERB=…]}, all in degrees
 * (ICRS), answered with a VOTable. An error answer ({@code INFO name="Error"} or {@code QUERY_STATUS=ERROR}) becomes a
 * {@link VoServiceException}; an empty cone is a table with no rows. Immutable.
 *
 * <pre>{@code
 * ConeSearch vsx = Vo.coneSearch("https://vizier.cds.unistra.fr/viz-bin/conesearch/B/vsx/vsx").withVerbosity(3);
 * VoTable rows = vsx.search(298.0025, 29.8715, 10 / 3600.0);
 * }</pre>
 */
public final class ConeSearch {
    private final HttpUrl url;
    private final Http http;
    private final int verbosity;

    private ConeSearch(HttpUrl url, Http http, int verbosity) {
        this.url = url;
        this.http = http;
        this.verbosity = verbosity;
    }

    static ConeSearch at(String serviceUrl) {
        HttpUrl url = serviceUrl == null ? null : HttpUrl.parse(serviceUrl.strip());
        if (url == null) {
            throw InvalidInputException.of("cone search URL", "an http(s) URL", serviceUrl,
                    "e.g. https://vizier.cds.unistra.fr/viz-bin/conesearch/B/vsx/vsx");
        }
        return new ConeSearch(url, new Http(ServicePolicy.defaults("cone search " + url)), 0);
    }

    /** A copy that talks to the service with these timeouts, retries and limits. */
    public ConeSearch withPolicy(ServicePolicy policy) {
        return new ConeSearch(url, new Http(policy), verbosity);
    }

    /** A copy asking for fewer (1) or more (3) columns; without it the service chooses (usually 2). */
    public ConeSearch withVerbosity(int verb) {
        if (verb < 1 || verb > 3) {
            throw InvalidInputException.of("VERB", "1, 2 or 3", verb, "1 = fewest columns, 3 = all columns");
        }
        return new ConeSearch(url, http, verb);
    }

    /**
     * The sources within {@code radiusDeg} of ({@code raDeg}, {@code decDeg}).
     *
     * @param raDeg     right ascension in [0, 360)
     * @param decDeg    declination in [−90, 90]
     * @param radiusDeg search radius in (0, 180]
     */
    public VoTable search(double raDeg, double decDeg, double radiusDeg) {
        SkyPosition center = SkyPosition.of(raDeg, decDeg);
        if (!(radiusDeg > 0 && radiusDeg <= 180)) {
            throw InvalidInputException.of("radiusDeg", "in (0, 180] degrees", radiusDeg,
                    "SR is in degrees: 10 arcsec is 10 / 3600.0");
        }
        HttpUrl.Builder request = url.newBuilder()
                .setQueryParameter("RA", number(center.ra()))
                .setQueryParameter("DEC", number(center.dec()))
                .setQueryParameter("SR", number(radiusDeg));
        if (verbosity > 0) {
            request.setQueryParameter("VERB", Integer.toString(verbosity));
        }
        return VoResponses.votable(http.get(request.build().toString()), http.policy().service());
    }

    @Override
    public String toString() {
        return "ConeSearch[" + url + (verbosity > 0 ? ", VERB=" + verbosity : "") + "]";
    }

    private static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
