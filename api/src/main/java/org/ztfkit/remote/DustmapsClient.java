package org.ztfkit.remote;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.OptionalDouble;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.errors.ServiceUnavailableException;
import org.ztfkit.net.HttpResponse;
import org.ztfkit.net.ServicePolicy;
import org.ztfkit.sky.SkyPosition;

/**
 * The SNAD dustmaps service (external-services.md §10): E(B−V) from the CSFD map and from Bayestar19 at a distance.
 * Bayestar answers {@code {"ebv": null}} outside its footprint, which is an empty answer, not an error.
 *
 * <pre>{@code
 * DustmapsClient dust = new DustmapsClient();
 * dust.csfd(SkyPosition.of(247.45543, 24.77282));                // OptionalDouble[0.0562]
 * dust.bayestar(SkyPosition.of(247.45543, 24.77282), 850.0);
 * }</pre>
 */
public final class DustmapsClient {
    private final Endpoint endpoint;

    /** The client for the configured URL ({@link RemoteService#SNAD_DUSTMAPS}). */
    public DustmapsClient() {
        this(RemoteService.SNAD_DUSTMAPS.baseUrl(), RemoteService.SNAD_DUSTMAPS.policy());
    }

    /** A client for the service at {@code baseUrl} (e.g. a mirror or a test server), with {@code policy}'s timeouts and retries. */
    public DustmapsClient(String baseUrl, ServicePolicy policy) {
        this.endpoint = new Endpoint(baseUrl, policy);
    }

    /** The service's base URL, without a trailing slash. */
    public String baseUrl() {
        return endpoint.baseUrl;
    }

    /** The request this client sends for the call of the same name (for the record of calls). */
    public String csfdUrl(SkyPosition p) {
        return endpoint.baseUrl + "/api/v1/csfd?ra=" + Responses.decimal(p.ra()) + "&dec=" + Responses.decimal(p.dec());
    }

    /** CSFD E(B−V), mag. */
    public OptionalDouble csfd(SkyPosition p) {
        return ebv(csfdUrl(p));
    }

    /** The request this client sends for the call of the same name (for the record of calls). */
    public String bayestarUrl(SkyPosition p, double distancePc) {
        return endpoint.baseUrl + "/api/v1/bayestar2019?ra=" + Responses.decimal(p.ra()) + "&dec=" + Responses.decimal(p.dec())
                + "&distance=" + Responses.decimal(distancePc);
    }

    /** Bayestar19 E(B−V) (SFD scale, the service applies the 0.884 factor); empty outside the footprint. */
    public OptionalDouble bayestar(SkyPosition p, double distancePc) {
        if (!(distancePc > 0 && Double.isFinite(distancePc))) {
            throw InvalidInputException.of("distancePc", "a positive number of parsecs", distancePc, "");
        }
        return ebv(bayestarUrl(p, distancePc));
    }

    private OptionalDouble ebv(String url) {
        HttpResponse r = endpoint.http.get(url);
        if (r.status() == 400) {
            JsonNode error = JsonPayloads.parse(r, endpoint.service);
            throw new ServiceUnavailableException(endpoint.service, "refused " + url + ": "
                    + (error.has("error") ? error.get("error").asText() : JsonPayloads.snippet(r.text())));
        }
        JsonNode root = JsonPayloads.parse(Responses.requireOk(r, endpoint.service), endpoint.service);
        if (!root.isObject() || !root.has("ebv")) {
            throw JsonPayloads.bad(endpoint.service, "sent " + JsonPayloads.snippet(root.toString()) + " for " + url
                    + " where {\"ebv\": …} was expected");
        }
        return JsonPayloads.number(root, "ebv", endpoint.service);
    }

    @Override
    public String toString() {
        return "DustmapsClient[" + endpoint.baseUrl + "]";
    }
}
