package org.ztfkit.remote;

import okhttp3.HttpUrl;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.ztfkit.catalog.CatalogRow;
import org.ztfkit.catalog.Catalogs;
import org.ztfkit.errors.ServiceUnavailableException;
import org.ztfkit.net.HttpResponse;
import org.ztfkit.net.ServicePolicy;
import org.ztfkit.sky.SkyPosition;

/**
 * The Open Supernova Catalog through the Open Astronomy Catalogs API (external-services.md §9.2):
 * {@code GET /all?ra=&dec=&radius=<arcsec>&format=csv&item=0}, one CSV row per event with sexagesimal positions
 * (RA in hours). Nothing found is a small JSON object {@code {"message": "No objects found …"}} instead of CSV.
 */
final class AstrocatsClient {
    private final Endpoint endpoint;

    AstrocatsClient(String baseUrl, ServicePolicy policy) {
        this.endpoint = new Endpoint(baseUrl, policy);
    }

    String url(SkyPosition center, double radiusArcsec) {
        return HttpUrl.get(endpoint.baseUrl).newBuilder().addPathSegment("all")
                .addQueryParameter("ra", Responses.decimal(center.ra()))
                .addQueryParameter("dec", Responses.decimal(center.dec()))
                .addQueryParameter("radius", Responses.decimal(radiusArcsec)).addQueryParameter("format", "csv")
                .addQueryParameter("item", "0").build().toString();
    }

    List<CatalogRow> cone(SkyPosition center, double radiusArcsec) {
        HttpResponse r = endpoint.http.get(url(center, radiusArcsec));
        Responses.rejectHtml(r, endpoint.service, "CSV");
        Responses.requireOk(r, endpoint.service);
        if (r.text().stripLeading().startsWith("{")) {
            JsonNode message = JsonPayloads.parse(r, endpoint.service).path("message");
            if (message.asText().startsWith("No objects found")) {
                return List.of();
            }
            throw new ServiceUnavailableException(endpoint.service, "answered " + JsonPayloads.snippet(r.text()));
        }
        return Records.delimited(r.text(), ',').stream().map(Catalogs.OSC::row).toList();
    }
}
