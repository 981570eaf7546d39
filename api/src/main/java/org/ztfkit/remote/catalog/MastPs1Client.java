package org.ztfkit.remote.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import org.ztfkit.catalog.CatalogRow;
import org.ztfkit.catalog.Catalogs;
import org.ztfkit.errors.ServiceUnavailableException;
import org.ztfkit.net.ServicePolicy;
import org.ztfkit.sky.SkyPosition;

/**
 * Pan-STARRS DR2 stacked objects from the MAST catalogs API (external-services.md §5): {@code POST
 * …/dr2/stack.json} with {@code {"ra", "dec", "radius" (degrees)}}. The answer's envelope is
 * {@code {"info": [column descriptions], "data": [rows]}}, rows as objects or as arrays in the order of
 * {@code info}; missing numbers arrive as {@code null} or the string {@code "None"}; {@code objID} may be a string.
 * Only primary detections are kept, and the rows of one {@code objID} from overlapping sky cells are merged as the
 * Viewer merges them (§5.3): per band and photometry type, over rows with magnitude ≥ 0 and error > 0, the weighted mean
 * with weights 1/err² and the error {@code 1/sqrt(mean w)}.
 */
final class MastPs1Client {
    static final String[] BANDS = {"g", "r", "i", "z", "y"};
    private final HttpUrl stack;
    private final Endpoint endpoint;

    MastPs1Client(String baseUrl, ServicePolicy policy) {
        this.endpoint = Endpoint.of(baseUrl, policy);
        this.stack = endpoint.base().newBuilder().addPathSegments("dr2/stack.json").build();
    }

    List<CatalogRow> cone(SkyPosition center, double radiusArcsec) {
        ObjectNode body = ServiceAnswers.JSON.createObjectNode().put("ra", center.ra()).put("dec", center.dec())
                .put("radius", radiusArcsec / 3600);
        JsonNode answer = ServiceAnswers.json(endpoint.http().postJson(stack.toString(), body.toString()),
                endpoint.service());
        return merge(rows(answer, endpoint.service())).stream().map(Catalogs.PANSTARRS::row).toList();
    }

    /** The rows of a MAST catalogs envelope, as records (objects, or arrays named by {@code info}). */
    static List<Map<String, Object>> rows(JsonNode answer, String service) {
        JsonNode data = answer.path("data");
        if (!data.isArray()) {
            throw new ServiceUnavailableException(service, "answered without a data list: "
                    + ServiceAnswers.snippet(answer.toString()));
        }
        List<String> names = new ArrayList<>();
        answer.path("info").forEach(i -> names.add(i.has("name") ? i.get("name").asText()
                : i.path("column_name").asText()));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (JsonNode row : data) {
            if (row.isObject()) {
                rows.add(Records.of(row));
            } else {
                Map<String, Object> r = new LinkedHashMap<>();
                for (int i = 0; i < row.size() && i < names.size(); i++) {
                    String name = names.get(i);
                    Records.scalar(row.get(i)).ifPresent(v -> r.put(name, v));
                }
                rows.add(r);
            }
        }
        return rows;
    }

    /** One record per {@code objID} of the primary detections, photometry merged (§5.3). */
    static List<Map<String, Object>> merge(List<Map<String, Object>> rows) {
        Map<String, List<Map<String, Object>>> byObject = new LinkedHashMap<>();
        for (Map<String, Object> r : rows) {
            Object primary = r.get("primaryDetection");
            if (primary != null && number(primary) != 1) {
                continue;
            }
            byObject.computeIfAbsent(String.valueOf(r.get("objID")), k -> new ArrayList<>()).add(r);
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (List<Map<String, Object>> group : byObject.values()) {
            Map<String, Object> first = group.get(0);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("objName", first.get("objName"));
            m.put("objID", first.get("objID") instanceof String s ? Long.parseLong(s.strip()) : first.get("objID"));
            m.put("raMean", first.get("raMean"));
            m.put("decMean", first.get("decMean"));
            for (String b : BANDS) {
                for (String kind : new String[] {"PSF", "Ap"}) {
                    double sumW = 0;
                    double sumWm = 0;
                    int n = 0;
                    for (Map<String, Object> r : group) {
                        double mag = number(r.get(b + kind + "Mag"));
                        double err = number(r.get(b + kind + "MagErr"));
                        if (mag >= 0 && err > 0) {
                            double w = 1 / (err * err);
                            sumW += w;
                            sumWm += w * mag;
                            n++;
                        }
                    }
                    if (n > 0) {
                        m.put(b + kind + "Mag", sumWm / sumW);
                        m.put(b + kind + "MagErr", 1 / Math.sqrt(sumW / n));
                    }
                }
            }
            m.values().removeIf(java.util.Objects::isNull);
            out.add(m);
        }
        return out;
    }

    /** A number from a MAST value; NaN for null, "None" and text that is not a number. */
    private static double number(Object v) {
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        try {
            return v == null ? Double.NaN : Double.parseDouble(v.toString().strip());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
