package org.ztfkit.remote;

import org.ztfkit.net.Http;
import org.ztfkit.net.ServicePolicy;

/** Where a client sends its requests and how: the base URL (no trailing slash), the HTTP layer, the service name. */
final class Endpoint {
    final String baseUrl;
    final Http http;
    final String service;

    Endpoint(String baseUrl, ServicePolicy policy) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.http = new Http(policy);
        this.service = policy.service();
    }

    /** GET a URL that answers with JSON (any status but 2xx, an HTML page or bad JSON: unavailable). */
    com.fasterxml.jackson.databind.JsonNode getJson(String url) {
        return JsonPayloads.parse(Responses.requireOk(http.get(url), service), service);
    }

    /** GET a URL that answers with JSON, or HTTP 404 when it has nothing: empty then. */
    java.util.Optional<com.fasterxml.jackson.databind.JsonNode> getJsonUnless404(String url) {
        org.ztfkit.net.HttpResponse r = http.get(url);
        if (r.status() == 404) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(JsonPayloads.parse(Responses.requireOk(r, service), service));
    }

    /** POST a JSON body to a URL that answers with JSON. */
    com.fasterxml.jackson.databind.JsonNode postJson(String url, String body) {
        return JsonPayloads.parse(Responses.requireOk(http.postJson(url, body), service), service);
    }

    @Override
    public String toString() {
        return service + " at " + baseUrl;
    }
}
