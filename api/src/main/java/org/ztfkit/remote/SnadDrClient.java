package org.ztfkit.remote;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.errors.ServiceUnavailableException;
import org.ztfkit.model.DataRelease;
import org.ztfkit.model.Oid;
import org.ztfkit.net.ServicePolicy;
import org.ztfkit.sky.SkyPosition;
import org.ztfkit.store.DrRecord;

/**
 * The SNAD ZTF DR API v3 ({@code db.ztf.snad.space}, external-services.md §1): releases, objects by OID and cones,
 * read into {@link DrRecord}s in the embedded schema's terms. The API's {@code mjd} is the DR's HMJD at
 * mid-exposure, the schema's {@code hmjd}, so times are stored as they come. The quirks handled: the answer is
 * keyed by the OID as a string; an unknown OID (or an empty cone) is {@code {}} with HTTP 200; the cone radius must
 * be in (0, 60]″; only good epochs are sent, so every stored epoch has {@code catflags = 0}.
 *
 * <pre>{@code
 * SnadDrClient dr = new SnadDrClient();
 * dr.releases();                                                        // [dr2, dr3, …, dr24]
 * dr.objects(DataRelease.of("dr24"), List.of(Oid.of(633207400004730L)));  // [DrRecord[…, 1143 epochs]]
 * dr.cone(DataRelease.of("dr24"), SkyPosition.of(247.45543, 24.77282), 1.5);
 * }</pre>
 */
public final class SnadDrClient {
    private final Endpoint endpoint;

    /** The client for the configured base URL ({@link RemoteService#SNAD_ZTF_DR}). */
    public SnadDrClient() {
        this(RemoteService.SNAD_ZTF_DR.baseUrl(), RemoteService.SNAD_ZTF_DR.policy());
    }

    /** A client for the service at {@code baseUrl} (e.g. a mirror or a test server), with {@code policy}'s timeouts and retries. */
    public SnadDrClient(String baseUrl, ServicePolicy policy) {
        this.endpoint = new Endpoint(baseUrl, policy);
    }

    /** The service name used in messages. */
    public String service() {
        return endpoint.service;
    }

    /** The service's base URL, without a trailing slash. */
    public String baseUrl() {
        return endpoint.baseUrl;
    }

    /** The request this client sends for the call of the same name (for the record of calls). */
    public String releasesUrl() {
        return endpoint.baseUrl + "/api/v3/dr/list/json";
    }

    /** The releases the deployment serves, oldest first ({@code latest} is an alias and left out). */
    public List<DataRelease> releases() {
        JsonNode root = endpoint.getJson(releasesUrl());
        if (!root.isArray()) {
            throw JsonPayloads.bad(endpoint.service, "sent " + JsonPayloads.snippet(root.toString())
                    + " where a JSON array of release names was expected");
        }
        List<DataRelease> out = new ArrayList<>();
        for (JsonNode n : root) {
            String name = n.asText("");
            if (name.matches("dr\\d{1,2}")) {
                out.add(DataRelease.of(name));
            } else if (!name.equals("latest")) {
                throw JsonPayloads.bad(endpoint.service, "listed '" + JsonPayloads.snippet(n.toString()) + "' as a data release");
            }
        }
        out.sort(null);
        return out;
    }

    /** The API's name of the newest release it serves (an alias of it in every URL). */
    public static final String LATEST = "latest";

    /** The request this client sends for the call of the same name (for the record of calls). */
    public String objectsUrl(DataRelease dr, Collection<Oid> oids) {
        return objectsUrl(dr.name(), oids);
    }

    /** @param release a release name or {@link #LATEST} */
    public String objectsUrl(String release, Collection<Oid> oids) {
        return endpoint.baseUrl + "/api/v3/data/" + release + "/oid/full/json?"
                + oids.stream().map(o -> "oid=" + o.value()).collect(Collectors.joining("&"));
    }

    /** The objects among {@code oids} that the release has, with their good epochs; unknown OIDs are left out. */
    public List<DrRecord> objects(DataRelease dr, Collection<Oid> oids) {
        return objects(dr.name(), oids);
    }

    /** As {@link #objects(DataRelease, Collection)}, the release given by name or as {@link #LATEST}. */
    public List<DrRecord> objects(String release, Collection<Oid> oids) {
        if (oids.isEmpty()) {
            return List.of();
        }
        return records(objectsUrl(release, oids), "OIDs " + oids + " in " + release);
    }

    /** The request this client sends for the call of the same name (for the record of calls). */
    public String coneUrl(DataRelease dr, SkyPosition center, double radiusArcsec) {
        return endpoint.baseUrl + "/api/v3/data/" + dr.name() + "/circle/full/json?ra=" + Responses.decimal(center.ra())
                + "&dec=" + Responses.decimal(center.dec()) + "&radius_arcsec=" + Responses.decimal(radiusArcsec);
    }

    /**
     * Every object of the release within {@code radiusArcsec} of {@code center}, with its good epochs, in the
     * service's order.
     *
     * @param radiusArcsec in (0, 60], the API's limit
     */
    public List<DrRecord> cone(DataRelease dr, SkyPosition center, double radiusArcsec) {
        if (!(radiusArcsec > 0 && radiusArcsec <= 60)) {
            throw InvalidInputException.of("radiusArcsec", "in (0, 60]", radiusArcsec,
                    "the SNAD ZTF DR API serves cones up to 60″; cover a larger area with several cones");
        }
        return records(coneUrl(dr, center, radiusArcsec), "the cone " + center + " r=" + radiusArcsec + "″ in " + dr);
    }

    private List<DrRecord> records(String url, String what) {
        JsonNode root = endpoint.getJson(url);
        if (!root.isObject()) {
            throw JsonPayloads.bad(endpoint.service, "sent " + JsonPayloads.snippet(root.toString()) + " for " + what
                    + " where a JSON object keyed by OID was expected");
        }
        List<DrRecord> out = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> fields = root.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            out.add(record(f.getKey(), f.getValue()));
        }
        return out;
    }

    private DrRecord record(String key, JsonNode value) {
        String context = "OID " + key;
        try {
            Oid oid = Oid.parse(key);
            JsonNode meta = JsonPayloads.required(value, "meta", endpoint.service, context);
            JsonNode coord = JsonPayloads.required(meta, "coord", endpoint.service, context + " meta");
            SkyPosition position = SkyPosition.of(JsonPayloads.requiredNumber(coord, "ra", endpoint.service, context),
                    JsonPayloads.requiredNumber(coord, "dec", endpoint.service, context));
            int nobs = (int) JsonPayloads.requiredInteger(meta, "nobs", endpoint.service, context);
            int ngood = (int) JsonPayloads.requiredInteger(meta, "ngoodobs", endpoint.service, context);
            double duration = JsonPayloads.requiredNumber(meta, "duration", endpoint.service, context);
            OptionalDouble ngoodShort = JsonPayloads.number(meta, "ngoodobs_short", endpoint.service);
            OptionalDouble durationShort = JsonPayloads.number(meta, "duration_short", endpoint.service);
            JsonNode lc = JsonPayloads.required(value, "lc", endpoint.service, context);
            if (!lc.isArray()) {
                throw JsonPayloads.bad(endpoint.service, "sent a non-array 'lc' for " + context);
            }
            List<DrRecord.Epoch> epochs = new ArrayList<>(lc.size());
            for (JsonNode p : lc) {
                epochs.add(new DrRecord.Epoch(JsonPayloads.requiredNumber(p, "mjd", endpoint.service, context + " lc"),
                        (float) JsonPayloads.requiredNumber(p, "mag", endpoint.service, context + " lc"),
                        (float) JsonPayloads.requiredNumber(p, "magerr", endpoint.service, context + " lc"),
                        (float) JsonPayloads.number(p, "clrcoeff", endpoint.service).orElse(Double.NaN), 0, null));
            }
            return new DrRecord(oid, position, nobs, ngood, duration,
                    ngoodShort.isPresent() ? (int) ngoodShort.getAsDouble() : null,
                    durationShort.isPresent() ? durationShort.getAsDouble() : null, epochs);
        } catch (InvalidInputException e) {
            throw new ServiceUnavailableException(endpoint.service, "sent an invalid value for " + context + ": "
                    + e.getMessage());
        }
    }

    @Override
    public String toString() {
        return "SnadDrClient[" + endpoint.baseUrl + "]";
    }
}
