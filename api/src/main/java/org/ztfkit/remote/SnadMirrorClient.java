package org.ztfkit.remote;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.HttpUrl;
import org.ztfkit.catalog.Catalog;
import org.ztfkit.catalog.CatalogRow;
import org.ztfkit.errors.ServiceUnavailableException;
import org.ztfkit.net.HttpResponse;
import org.ztfkit.net.ServicePolicy;
import org.ztfkit.sky.SkyPosition;

/**
 * The SNAD mirrors that replace VizieR for three catalogs: TNS public objects (§9.1), ZTF periodic variables
 * (§7.3) and OGLE-III variables (§7.4). Each answers {@code GET /api/v1/circle?ra=&dec=&radius_arcsec=}: a JSON
 * array of rows (TNS, ZTF periodic) or, asked with {@code format=tsv}, a tab-separated table with a header
 * (OGLE-III, whose RA is sexagesimal hours).
 */
final class SnadMirrorClient {
    private final Endpoint endpoint;

    SnadMirrorClient(String baseUrl, ServicePolicy policy) {
        this.endpoint = new Endpoint(baseUrl, policy);
    }

    String circleUrl(SkyPosition center, double radiusArcsec, boolean tsv) {
        HttpUrl.Builder b = HttpUrl.get(endpoint.baseUrl).newBuilder().addPathSegments("api/v1/circle")
                .addQueryParameter("ra", Responses.decimal(center.ra()))
                .addQueryParameter("dec", Responses.decimal(center.dec()))
                .addQueryParameter("radius_arcsec", Responses.decimal(radiusArcsec));
        if (tsv) {
            b.addQueryParameter("format", "tsv");
        }
        return b.build().toString();
    }

    /** The catalog's rows within the cone. */
    List<CatalogRow> cone(Catalog catalog, SkyPosition center, double radiusArcsec, boolean tsv) {
        String url = circleUrl(center, radiusArcsec, tsv);
        List<Map<String, Object>> records;
        if (tsv) {
            HttpResponse r = endpoint.http.get(url);
            Responses.rejectHtml(r, endpoint.service, "a TSV table");
            records = Records.delimited(Responses.requireOk(r, endpoint.service).text(), '\t');
        } else {
            records = jsonRows(endpoint.getJson(url));
        }
        return records.stream().map(catalog::row).toList();
    }

    /**
     * One TNS object by its name without the AT/SN prefix ({@code 2018lwh}); empty for any answer but 200, as the
     * mirror answers an unknown name with a server error (§9.1).
     */
    Optional<Map<String, Object>> tnsObject(String nameWithoutPrefix) {
        String url = HttpUrl.get(endpoint.baseUrl).newBuilder().addPathSegments("api/v1/object")
                .addQueryParameter("name", nameWithoutPrefix).build().toString();
        HttpResponse r;
        try {
            r = endpoint.http.get(url);
        } catch (ServiceUnavailableException e) {
            if (e.reason().startsWith("HTTP 5")) {
                return Optional.empty();
            }
            throw e;
        }
        if (r.status() != 200 || r.isHtml()) {
            return Optional.empty();
        }
        JsonNode node = JsonPayloads.parse(r, endpoint.service);
        JsonNode row = node.isArray() ? (node.isEmpty() ? null : node.get(0)) : node;
        return row == null || !row.isObject() || row.isEmpty() ? Optional.empty() : Optional.of(Records.of(row));
    }

    private List<Map<String, Object>> jsonRows(JsonNode node) {
        if (!node.isArray()) {
            throw JsonPayloads.bad(endpoint.service, "answered with JSON that is not an array of rows: "
                    + JsonPayloads.snippet(node.toString()));
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        node.forEach(n -> rows.add(Records.of(n)));
        return rows;
    }
}
