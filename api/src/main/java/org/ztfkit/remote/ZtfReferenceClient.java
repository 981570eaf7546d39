package org.ztfkit.remote;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.ztfkit.model.Oid;
import org.ztfkit.net.HttpResponse;
import org.ztfkit.net.ServicePolicy;
import org.ztfkit.sky.SkyPosition;

/**
 * The SNAD ZTF reference-catalog service ({@code ref.ztf.snad.space}, external-services.md §2.4): the reference
 * PSF-fit catalog row of one DR object, with its quadrant's zero point, without downloading the quadrant's FITS
 * catalog. NaN floats arrive as {@code null}. An OID the catalogs do not hold is HTTP 404.
 *
 * <pre>{@code
 * new ZtfReferenceClient().object(Oid.of(633207400004730L)).map(ReferenceSourceRow::refMag);   // 20.839
 * }</pre>
 */
public final class ZtfReferenceClient {
    private final Endpoint endpoint;

    /** The client for the configured URL ({@link RemoteService#SNAD_ZTF_REF}). */
    public ZtfReferenceClient() {
        this(RemoteService.SNAD_ZTF_REF.baseUrl(), RemoteService.SNAD_ZTF_REF.policy());
    }

    /** A client for the service at {@code baseUrl} (e.g. a mirror or a test server), with {@code policy}'s timeouts and retries. */
    public ZtfReferenceClient(String baseUrl, ServicePolicy policy) {
        this.endpoint = new Endpoint(baseUrl, policy);
    }

    /** The service's base URL, without a trailing slash. */
    public String baseUrl() {
        return endpoint.baseUrl;
    }

    /** The request this client sends for the call of the same name (for the record of calls). */
    public String objectUrl(Oid oid) {
        return endpoint.baseUrl + "/api/v1/object?oid=" + oid.value();
    }

    /** The object's catalog row; empty when the reference catalogs do not hold it. */
    public Optional<ReferenceSourceRow> object(Oid oid) {
        HttpResponse r = endpoint.http.get(objectUrl(oid));
        if (r.status() == 404) {
            return Optional.empty();
        }
        JsonNode o = JsonPayloads.parse(Responses.requireOk(r, endpoint.service), endpoint.service);
        if (o.isObject() && o.isEmpty()) {
            return Optional.empty();
        }
        String context = "the reference row of " + oid;
        long sourceId = JsonPayloads.requiredInteger(o, "sourceid", endpoint.service, context);
        if (sourceId != oid.sourceId() || JsonPayloads.requiredInteger(o, "fieldid", endpoint.service, context) != oid.fieldId()) {
            throw JsonPayloads.bad(endpoint.service, "answered " + objectUrl(oid) + " with the row of field "
                    + o.path("fieldid") + " source " + sourceId);
        }
        JsonPayloads.Fields f = JsonPayloads.fields(o, endpoint.service);
        return Optional.of(new ReferenceSourceRow(oid, SkyPosition.wrapped(f.required("ra", context),
                f.required("dec", context)), f.num("xpos"), f.num("ypos"), f.num("flux"), f.num("sigflux"),
                f.required("mag", context), f.required("sigmag", context), f.num("snr"), f.num("chi"), f.num("sharp"),
                (int) JsonPayloads.number(o, "flags", endpoint.service).orElse(0), f.required("magzp", context),
                f.num("magzp_rms"), f.num("magzp_unc"), (int) JsonPayloads.number(o, "infobits", endpoint.service).orElse(0)));
    }

    @Override
    public String toString() {
        return "ZtfReferenceClient[" + endpoint.baseUrl + "]";
    }
}
