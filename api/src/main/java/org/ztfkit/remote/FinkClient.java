package org.ztfkit.remote;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ztfkit.net.ServicePolicy;
import org.ztfkit.sky.SkyPosition;
import org.ztfkit.summary.BrokerClassification;

/**
 * The Fink ZTF API (external-services.md §4.3): cone search (one record per object, its latest alert, which carries
 * the μLens, KN and SN scores the summary shows) and all alerts of an object with upper limits ({@code withupperlim}); columns are family-prefixed ({@code i:}, {@code d:}, {@code v:}). An alert's
 * kind is {@code d:tag}: {@code valid}, {@code upperlim} or {@code badquality}; upper limits carry {@code i:candid
 * = -1}, stored as no candid.
 *
 * <pre>{@code
 * FinkClient fink = new FinkClient();
 * fink.lightCurve(fink.cone(SkyPosition.of(247.45543, 24.77282), 5.0).get(0));
 * }</pre>
 */
public final class FinkClient implements BrokerClassifier {
    private final Endpoint endpoint;

    /** The client for the configured URL ({@link RemoteService#FINK}). */
    public FinkClient() {
        this(RemoteService.FINK.baseUrl(), RemoteService.FINK.policy());
    }

    /** A client for the service at {@code baseUrl} (e.g. a mirror or a test server), with {@code policy}'s timeouts and retries. */
    public FinkClient(String baseUrl, ServicePolicy policy) {
        this.endpoint = new Endpoint(baseUrl, policy);
    }

    @Override
    public String broker() {
        return "fink";
    }

    private static String coneBody(SkyPosition center, double radiusArcsec) {
        return "{\"ra\": " + Responses.decimal(center.ra()) + ", \"dec\": " + Responses.decimal(center.dec())
                + ", \"radius\": " + Responses.decimal(radiusArcsec) + ", \"output-format\": \"json\"}";
    }

    @Override
    public String coneUrl(SkyPosition center, double radiusArcsec) {
        return "POST " + endpoint.baseUrl + "/api/v1/conesearch " + coneBody(center, radiusArcsec);
    }

    @Override
    public List<BrokerObject> cone(SkyPosition center, double radiusArcsec) {
        JsonNode root = endpoint.postJson(endpoint.baseUrl + "/api/v1/conesearch",
                coneBody(center, radiusArcsec));
        List<BrokerObject> out = new ArrayList<>();
        for (JsonNode o : JsonPayloads.array(root, endpoint.service, "the cone search answer")) {
            String id = JsonPayloads.text(o, "i:objectId");
            if (id == null) {
                throw JsonPayloads.bad(endpoint.service, "sent a record without 'i:objectId'");
            }
            out.add(new BrokerObject(broker(), id, id, SkyPosition.wrapped(
                    JsonPayloads.requiredNumber(o, "i:ra", endpoint.service, id), JsonPayloads.requiredNumber(o, "i:dec", endpoint.service, id)),
                    (int) JsonPayloads.number(o, "i:ndethist", endpoint.service).orElse(0), JsonPayloads.compact(o)));
        }
        return out;
    }

    private static String objectBody(BrokerObject object) {
        return "{\"objectId\": \"" + object.brokerOid().replace("\"", "") + "\", \"output-format\": \"json\", "
                + "\"withupperlim\": true}";
    }

    @Override
    public String lightCurveUrl(BrokerObject object) {
        return "POST " + endpoint.baseUrl + "/api/v1/objects " + objectBody(object);
    }

    @Override
    public List<BrokerEpoch> lightCurve(BrokerObject object) {
        JsonNode root = endpoint.postJson(endpoint.baseUrl + "/api/v1/objects",
                objectBody(object));
        String context = "the alerts of " + object.brokerOid();
        List<BrokerEpoch> out = new ArrayList<>();
        for (JsonNode a : JsonPayloads.array(root, endpoint.service, context)) {
            String tag = JsonPayloads.text(a, "d:tag");
            String kind = tag == null || tag.equals("valid") ? BrokerEpoch.DETECTION
                    : tag.equals("upperlim") ? BrokerEpoch.UPPER_LIMIT : BrokerEpoch.BAD_QUALITY;
            JsonPayloads.Fields f = JsonPayloads.fields(a, endpoint.service);
            Long candid = f.longOrNull("i:candid");
            int fid = (int) f.required("i:fid", context);
            out.add(new BrokerEpoch(kind, candid != null && candid > 0 ? candid : null, f.required("i:jd", context), fid,
                    fid == 1 ? "g" : fid == 2 ? "r" : "i", f.num("i:magpsf"), f.num("i:sigmapsf"), f.num("i:diffmaglim"),
                    isDiffPos(a), f.num("i:ra"), f.num("i:dec"), f.num("i:rb"), f.num("i:drb"), Double.NaN, Double.NaN,
                    Double.NaN, f.intOrNull("i:field"), f.intOrNull("i:rcid"), f.intOrNull("i:programid"),
                    JsonPayloads.compact(a)));
        }
        return out;
    }

    /** The cone search that brought the object: its record is the object's latest alert. */
    @Override
    public String classificationsUrl(BrokerObject object) {
        return "POST " + endpoint.baseUrl + "/api/v1/conesearch (the record of " + object.brokerOid() + ")";
    }

    /**
     * The scores {@code d:mulens}, {@code d:rf_kn_vs_nonkn} and {@code d:snn_sn_vs_all} of the object's latest
     * alert, read from its cone-search record (no request); a score missing or outside [0, 1] (not computed) is left
     * out.
     */
    @Override
    public List<BrokerClassification> classifications(BrokerObject object) {
        JsonNode record;
        try {
            record = JsonPayloads.mapper().readTree(object.raw());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw JsonPayloads.bad(endpoint.service, "sent a cone-search record of " + object.brokerOid()
                    + " that is not JSON");
        }
        String context = "the cone-search record of " + object.brokerOid();
        List<BrokerClassification> out = new ArrayList<>();
        for (String column : BrokerClassification.FINK_SCORES.keySet()) {
            double score = JsonPayloads.number(record, column, endpoint.service).orElse(Double.NaN);
            if (score >= 0 && score <= 1) {
                out.add(BrokerClassification.fink(object.brokerOid(), column, score,
                        JsonPayloads.requiredNumber(record, "i:jd", endpoint.service, context)));
            }
        }
        return out;
    }

    /** ZTF writes {@code isdiffpos} as {@code t}/{@code f} (or {@code 1}/{@code 0}). */
    private int isDiffPos(JsonNode a) {
        String v = JsonPayloads.text(a, "i:isdiffpos");
        if (v == null) {
            return 0;
        }
        return switch (v.strip().toLowerCase(Locale.ROOT)) {
            case "t", "1", "true" -> 1;
            case "f", "0", "false", "-1" -> -1;
            default -> throw JsonPayloads.bad(endpoint.service, "sent i:isdiffpos = '" + v + "'");
        };
    }



    @Override
    public String toString() {
        return "FinkClient[" + endpoint.baseUrl + "]";
    }
}
