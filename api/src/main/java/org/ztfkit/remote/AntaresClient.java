package org.ztfkit.remote;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ztfkit.net.ServicePolicy;
import org.ztfkit.sky.SkyPosition;
import org.ztfkit.time.Mjd;

/**
 * The ANTARES broker (external-services.md §4.1): a JSON:API search over loci with an Elasticsearch
 * {@code sky_distance} filter (pages followed through {@code links.next}), and a locus' light curve, which ANTARES
 * sends as a CSV string inside the JSON. Rows with a magnitude are detections, rows without one upper limits;
 * ANTARES writes ZTF r as {@code R}. {@code ant_mjd} is the observer MJD at exposure start, kept as a JD.
 *
 * <pre>{@code
 * AntaresClient antares = new AntaresClient();
 * antares.lightCurve(antares.cone(SkyPosition.of(247.45543, 24.77282), 5.0).get(0));
 * }</pre>
 */
public final class AntaresClient implements BrokerClient {
    private static final int MAX_PAGES = 20;

    private final Endpoint endpoint;

    /** The client for the configured URL ({@link RemoteService#ANTARES}). */
    public AntaresClient() {
        this(RemoteService.ANTARES.baseUrl(), RemoteService.ANTARES.policy());
    }

    /** A client for the service at {@code baseUrl} (e.g. a mirror or a test server), with {@code policy}'s timeouts and retries. */
    public AntaresClient(String baseUrl, ServicePolicy policy) {
        this.endpoint = new Endpoint(baseUrl, policy);
    }

    @Override
    public String broker() {
        return "antares";
    }

    @Override
    public String coneUrl(SkyPosition center, double radiusArcsec) {
        String query = "{\"query\":{\"bool\":{\"filter\":{\"sky_distance\":{\"distance\":\""
                + Responses.decimal(radiusArcsec / 3600.0) + " degree\",\"htm16\":{\"center\":\""
                + Responses.decimal(center.ra()) + " " + Responses.decimal(center.dec()) + "\"}}}}}}";
        return endpoint.baseUrl + "/loci?sort=-properties.newest_alert_observation_time&elasticsearch_query%5Blocus_listing%5D="
                + Responses.encode(query);
    }

    @Override
    public List<BrokerObject> cone(SkyPosition center, double radiusArcsec) {
        List<BrokerObject> out = new ArrayList<>();
        String url = coneUrl(center, radiusArcsec);
        for (int page = 0; url != null; page++) {
            if (page == MAX_PAGES) {
                throw JsonPayloads.bad(endpoint.service, "sent more than " + MAX_PAGES + " pages of loci for one cone");
            }
            JsonNode root = endpoint.getJson(url);
            for (JsonNode locus : JsonPayloads.required(root, "data", endpoint.service, "the loci search answer")) {
                out.add(locus(locus));
            }
            JsonNode next = root.path("links").get("next");
            url = next == null || next.isNull() || next.asText().isBlank() ? null : absolute(next.asText());
        }
        return out;
    }

    private BrokerObject locus(JsonNode locus) {
        String id = JsonPayloads.text(locus, "id");
        if (id == null) {
            throw JsonPayloads.bad(endpoint.service, "sent a locus without 'id'");
        }
        JsonNode attributes = JsonPayloads.required(locus, "attributes", endpoint.service, "locus " + id);
        JsonNode properties = attributes.path("properties");
        return new BrokerObject(broker(), id, JsonPayloads.text(properties, "ztf_object_id"), SkyPosition.wrapped(
                JsonPayloads.requiredNumber(attributes, "ra", endpoint.service, "locus " + id),
                JsonPayloads.requiredNumber(attributes, "dec", endpoint.service, "locus " + id)),
                (int) JsonPayloads.number(properties, "num_mag_values", endpoint.service).orElse(0), JsonPayloads.compact(locus));
    }

    /** A {@code links.next} resolved as a browser would: absolute, host-relative or relative to the API root. */
    private String absolute(String link) {
        okhttp3.HttpUrl resolved = okhttp3.HttpUrl.get(endpoint.baseUrl + "/").resolve(link);
        if (resolved == null) {
            throw JsonPayloads.bad(endpoint.service, "sent a next-page link that is not a URL: '" + link + "'");
        }
        return resolved.toString();
    }

    @Override
    public String lightCurveUrl(BrokerObject object) {
        return endpoint.baseUrl + "/loci/" + Responses.encode(object.brokerOid());
    }

    @Override
    public List<BrokerEpoch> lightCurve(BrokerObject object) {
        Optional<JsonNode> found = endpoint.getJsonUnless404(lightCurveUrl(object));
        if (found.isEmpty()) {
            return List.of();
        }
        JsonNode root = found.get();
        String context = "locus " + object.brokerOid();
        JsonNode attributes = JsonPayloads.required(JsonPayloads.required(root, "data", endpoint.service, context), "attributes",
                endpoint.service, context);
        String csv = JsonPayloads.text(attributes, "lightcurve");
        if (csv == null) {
            return List.of();
        }
        List<BrokerEpoch> out = new ArrayList<>();
        for (Map<String, String> row : csv(csv, context)) {
            String alertId = row.getOrDefault("alert_id", "");
            String passband = row.getOrDefault("ant_passband", "").strip();
            int fid = switch (passband.toLowerCase(Locale.ROOT)) {
                case "g" -> 1;
                case "r" -> 2;
                case "i" -> 3;
                default -> throw JsonPayloads.bad(endpoint.service, "sent passband '" + passband + "' in " + context);
            };
            double mag = number(row, "ant_mag", context);
            boolean detection = Double.isFinite(mag);
            Long candid = detection && alertId.startsWith("ztf_candidate:")
                    ? parseLong(alertId.substring("ztf_candidate:".length()), context) : null;
            out.add(new BrokerEpoch(detection ? BrokerEpoch.DETECTION : BrokerEpoch.UPPER_LIMIT, candid,
                    Mjd.toJd(required(row, "ant_mjd", context)), fid, passband, mag, number(row, "ant_magerr", context),
                    number(row, "ant_maglim", context), 0, number(row, "ant_ra", context), number(row, "ant_dec", context),
                    Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, null, null, null,
                    JsonPayloads.compact(JsonPayloads.mapper().valueToTree(row))));
        }
        return out;
    }

    private long parseLong(String s, String context) {
        try {
            return Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            throw JsonPayloads.bad(endpoint.service, "sent alert id '" + s + "' in " + context);
        }
    }

    private double required(Map<String, String> row, String column, String context) {
        double v = number(row, column, context);
        if (Double.isNaN(v)) {
            throw JsonPayloads.bad(endpoint.service, "sent no '" + column + "' in a light-curve row of " + context);
        }
        return v;
    }

    private double number(Map<String, String> row, String column, String context) {
        String v = row.get(column);
        if (v == null || v.isBlank() || v.equalsIgnoreCase("nan") || v.equalsIgnoreCase("none")) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(v.strip());
        } catch (NumberFormatException e) {
            throw JsonPayloads.bad(endpoint.service, "sent '" + v + "' as " + column + " in " + context);
        }
    }

    /** A CSV text with a header row; fields may be double-quoted. */
    private List<Map<String, String>> csv(String text, String context) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                cell.append(ch);
            }
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        rows.removeIf(r -> r.size() == 1 && r.get(0).isBlank());
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> header = rows.get(0);
        List<Map<String, String>> out = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            if (rows.get(r).size() != header.size()) {
                throw JsonPayloads.bad(endpoint.service, "sent a light-curve CSV whose row " + r + " has " + rows.get(r).size()
                        + " fields for " + header.size() + " columns in " + context + " (truncated?)");
            }
            Map<String, String> m = new HashMap<>();
            for (int c = 0; c < header.size(); c++) {
                m.put(header.get(c).strip(), rows.get(r).get(c));
            }
            out.add(m);
        }
        return out;
    }

    @Override
    public String toString() {
        return "AntaresClient[" + endpoint.baseUrl + "]";
    }
}
