package org.ztfkit.remote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.Credentials;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.ztfkit.catalog.CatalogRow;
import org.ztfkit.catalog.Catalogs;
import org.ztfkit.errors.ServiceUnavailableException;
import org.ztfkit.net.ServicePolicy;
import org.ztfkit.sky.SkyPosition;

/**
 * OTTER transients through the repository's ArangoDB cursor API (external-services.md §9.3), with its public
 * guest account: {@code POST /api/_db/otter/_api/cursor} with an AQL cone (a declination and right-ascension box,
 * then {@code ASTRO::CONE_SEARCH}); the first batch (≤ 100 documents) is read, as the Viewer does. Each document
 * becomes a record of {@code name} ({@code name.default_name}), {@code ra}, {@code dec} ({@code _ra}, {@code _dec},
 * degrees), {@code classification}, {@code redshift} and {@code discovery_date}: of each list the entry flagged
 * {@code default}, else the first.
 */
final class OtterClient {
    static final String AQL = "FOR t IN transients FILTER ABS(t._dec - @dec) <= @r "
            + "FILTER @pole OR ABS(((t._ra - @ra + 540) % 360) - 180) * COS(RADIANS(ABS(@dec) + @r)) <= @r "
            + "FILTER ASTRO::CONE_SEARCH(t._ra, t._dec, @ra, @dec, @r) LIMIT 100 RETURN t";
    private final HttpUrl cursor;
    private final Endpoint endpoint;

    OtterClient(String baseUrl, ServicePolicy policy) {
        this.endpoint = new Endpoint(baseUrl, policy);
        this.cursor = HttpUrl.get(endpoint.baseUrl).newBuilder().addPathSegments("api/_db/otter/_api/cursor").build();
    }

    /** The request body of one cone. */
    static String body(SkyPosition center, double radiusArcsec) {
        double r = radiusArcsec / 3600;
        ObjectNode body = JsonPayloads.mapper().createObjectNode();
        body.put("query", AQL).put("count", true).put("batchSize", 100);
        body.putObject("bindVars").put("ra", center.ra()).put("dec", center.dec()).put("r", r)
                .put("pole", Math.abs(center.dec()) + r >= 90);
        return body.toString();
    }

    List<CatalogRow> cone(SkyPosition center, double radiusArcsec) {
        Request request = new Request.Builder().url(cursor)
                .post(RequestBody.create(body(center, radiusArcsec), MediaType.get("application/json")))
                .header("Accept", "application/json").header("Authorization", Credentials.basic("user-guest", "test"))
                .build();
        JsonNode answer = JsonPayloads.parse(Responses.requireOk(endpoint.http.send(request), endpoint.service),
                endpoint.service);
        JsonNode result = answer.path("result");
        if (!result.isArray()) {
            throw JsonPayloads.bad(endpoint.service, "answered without a result list: "
                    + JsonPayloads.snippet(answer.toString()));
        }
        List<CatalogRow> rows = new ArrayList<>();
        result.forEach(doc -> rows.add(Catalogs.OTTER.row(flatten(doc))));
        return rows;
    }

    /** One OTTER document as a flat record. */
    static Map<String, Object> flatten(JsonNode doc) {
        Map<String, Object> r = new LinkedHashMap<>();
        Records.scalar(doc.path("name").path("default_name")).ifPresent(v -> r.put("name", v));
        Records.scalar(doc.path("_ra")).ifPresent(v -> r.put("ra", v));
        Records.scalar(doc.path("_dec")).ifPresent(v -> r.put("dec", v));
        preferred(doc.path("classification").path("value"), null, null)
                .flatMap(c -> Records.scalar(c.path("object_class"))).ifPresent(v -> r.put("classification", v));
        preferred(doc.path("distance"), "distance_type", "redshift").flatMap(d -> Records.scalar(d.path("value")))
                .ifPresent(v -> r.put("redshift", v));
        preferred(doc.path("date_reference"), "date_type", "discovery")
                .flatMap(d -> Records.scalar(d.path("value"))).ifPresent(v -> r.put("discovery_date", v));
        return r;
    }

    /** Of the list's entries (those whose {@code key} is {@code wanted}), the one flagged default, else the first. */
    private static Optional<JsonNode> preferred(JsonNode list, String key, String wanted) {
        List<JsonNode> candidates = new ArrayList<>();
        list.forEach(e -> {
            if (key == null || wanted.equals(e.path(key).asText())) {
                candidates.add(e);
            }
        });
        return candidates.stream().filter(e -> e.path("default").asBoolean(false)).findFirst()
                .or(() -> candidates.stream().findFirst());
    }
}
