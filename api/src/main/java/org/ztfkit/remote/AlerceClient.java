package org.ztfkit.remote;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ztfkit.net.ServicePolicy;
import org.ztfkit.sky.SkyPosition;
import org.ztfkit.summary.BrokerClassification;
import org.ztfkit.time.Mjd;

/**
 * The ALeRCE ZTF API v1 (external-services.md §4.2): cone search over its objects, an object's light curve
 * ({@code detections} and {@code non_detections}) and its classifiers' probabilities. ALeRCE's {@code mjd} is the observer MJD at exposure start;
 * it is kept as {@code jd = mjd + 2400000.5}.
 *
 * <pre>{@code
 * AlerceClient alerce = new AlerceClient();
 * alerce.lightCurve(alerce.cone(SkyPosition.of(247.45543, 24.77282), 5.0).get(0));
 * }</pre>
 */
public final class AlerceClient implements BrokerClassifier {
    private final Endpoint endpoint;

    /** The client for the configured URL ({@link RemoteService#ALERCE}). */
    public AlerceClient() {
        this(RemoteService.ALERCE.baseUrl(), RemoteService.ALERCE.policy());
    }

    /** A client for the service at {@code baseUrl} (e.g. a mirror or a test server), with {@code policy}'s timeouts and retries. */
    public AlerceClient(String baseUrl, ServicePolicy policy) {
        this.endpoint = new Endpoint(baseUrl, policy);
    }

    @Override
    public String broker() {
        return "alerce";
    }

    @Override
    public String coneUrl(SkyPosition center, double radiusArcsec) {
        return endpoint.baseUrl + "/objects?ra=" + Responses.decimal(center.ra()) + "&dec=" + Responses.decimal(center.dec())
                + "&radius=" + Responses.decimal(radiusArcsec) + "&page_size=128";
    }

    @Override
    public List<BrokerObject> cone(SkyPosition center, double radiusArcsec) {
        JsonNode root = endpoint.getJson(coneUrl(center, radiusArcsec));
        JsonNode items = JsonPayloads.required(root, "items", endpoint.service, "the cone search answer");
        List<BrokerObject> out = new ArrayList<>();
        for (JsonNode o : items) {
            String oid = JsonPayloads.text(o, "oid");
            if (oid == null) {
                throw JsonPayloads.bad(endpoint.service, "sent an object without 'oid'");
            }
            out.add(new BrokerObject(broker(), oid, oid, SkyPosition.wrapped(
                    JsonPayloads.requiredNumber(o, "meanra", endpoint.service, oid),
                    JsonPayloads.requiredNumber(o, "meandec", endpoint.service, oid)),
                    (int) JsonPayloads.number(o, "ndet", endpoint.service).orElse(0), JsonPayloads.compact(o)));
        }
        return out;
    }

    @Override
    public String lightCurveUrl(BrokerObject object) {
        return endpoint.baseUrl + "/objects/" + Responses.encode(object.brokerOid()) + "/lightcurve";
    }

    @Override
    public List<BrokerEpoch> lightCurve(BrokerObject object) {
        Optional<JsonNode> found = endpoint.getJsonUnless404(lightCurveUrl(object));
        if (found.isEmpty()) {
            return List.of();
        }
        JsonNode root = found.get();
        String context = "the light curve of " + object.brokerOid();
        List<BrokerEpoch> out = new ArrayList<>();
        for (JsonNode d : JsonPayloads.required(root, "detections", endpoint.service, context)) {
            JsonPayloads.Fields f = JsonPayloads.fields(d, endpoint.service);
            out.add(new BrokerEpoch(BrokerEpoch.DETECTION, f.longOrNull("candid"), Mjd.toJd(f.required("mjd", context)),
                    (int) f.required("fid", context), passband(d), f.required("magpsf", context), f.num("sigmapsf"),
                    f.num("diffmaglim"), (int) Math.signum(JsonPayloads.number(d, "isdiffpos", endpoint.service).orElse(0)),
                    f.num("ra"), f.num("dec"), f.num("rb"), f.num("drb"), f.num("magpsf_corr"), f.num("sigmapsf_corr"),
                    f.num("sigmapsf_corr_ext"), f.intOrNull("field"), f.intOrNull("rcid"), null, JsonPayloads.compact(d)));
        }
        JsonNode upper = root.get("non_detections");
        if (upper != null && upper.isArray()) {
            for (JsonNode u : upper) {
                JsonPayloads.Fields f = JsonPayloads.fields(u, endpoint.service);
                out.add(new BrokerEpoch(BrokerEpoch.UPPER_LIMIT, null, Mjd.toJd(f.required("mjd", context)),
                        (int) f.required("fid", context), passband(u), Double.NaN, Double.NaN, f.num("diffmaglim"), 0,
                        Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, null, null,
                        null, JsonPayloads.compact(u)));
            }
        }
        return out;
    }

    @Override
    public String classificationsUrl(BrokerObject object) {
        return endpoint.baseUrl + "/objects/" + Responses.encode(object.brokerOid()) + "/probabilities";
    }

    /**
     * The rows of {@code /objects/{oid}/probabilities}: every class of every classifier version, with its
     * probability and ranking.
     */
    @Override
    public List<BrokerClassification> classifications(BrokerObject object) {
        Optional<JsonNode> found = endpoint.getJsonUnless404(classificationsUrl(object));
        if (found.isEmpty()) {
            return List.of();
        }
        String context = "the probabilities of " + object.brokerOid();
        List<BrokerClassification> out = new ArrayList<>();
        for (JsonNode p : JsonPayloads.array(found.get(), endpoint.service, context)) {
            String classifier = JsonPayloads.text(p, "classifier_name");
            String version = JsonPayloads.text(p, "classifier_version");
            String className = JsonPayloads.text(p, "class_name");
            if (classifier == null || version == null || className == null) {
                throw JsonPayloads.bad(endpoint.service, "sent a row without classifier_name, classifier_version or "
                        + "class_name in " + context + ": " + JsonPayloads.snippet(p.toString()));
            }
            double probability = JsonPayloads.requiredNumber(p, "probability", endpoint.service, context);
            if (!(probability >= 0 && probability <= 1)) {
                throw JsonPayloads.bad(endpoint.service, "sent probability " + probability + " of " + className
                        + " in " + context + " (a probability is in [0, 1])");
            }
            out.add(BrokerClassification.alerce(object.brokerOid(), classifier, version, className, probability,
                    (int) JsonPayloads.requiredInteger(p, "ranking", endpoint.service, context)));
        }
        return out;
    }

    private String passband(JsonNode n) {
        int fid = (int) JsonPayloads.number(n, "fid", endpoint.service).orElse(0);
        return fid == 1 ? "g" : fid == 2 ? "r" : fid == 3 ? "i" : String.valueOf(fid);
    }


    @Override
    public String toString() {
        return "AlerceClient[" + endpoint.baseUrl + "]";
    }
}
