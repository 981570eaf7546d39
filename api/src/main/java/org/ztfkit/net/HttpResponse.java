package org.ztfkit.net;

import java.nio.charset.StandardCharsets;

/**
 * A complete HTTP response that reached ztfkit: any status except those retried away (5xx, 429).
 *
 * @param url         the final URL (after redirects)
 * @param status      HTTP status code
 * @param contentType the {@code Content-Type} header, or empty
 * @param body        the whole body
 */
public record HttpResponse(String url, int status, String contentType, byte[] body) {
    public boolean isSuccessful() {
        return status >= 200 && status < 300;
    }

    /** The body decoded as UTF-8. */
    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** True when the service sent an HTML page (an error page where data was expected, typically). */
    public boolean isHtml() {
        String head = text().stripLeading();
        return contentType.toLowerCase().contains("text/html") || head.regionMatches(true, 0, "<!doctype html", 0, 14)
                || head.regionMatches(true, 0, "<html", 0, 5);
    }

    @Override
    public String toString() {
        return "HttpResponse[" + status + " " + contentType + ", " + body.length + " bytes from " + url + "]";
    }
}
