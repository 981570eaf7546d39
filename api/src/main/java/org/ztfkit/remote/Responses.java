package org.ztfkit.remote;

import org.ztfkit.errors.ServiceUnavailableException;
import org.ztfkit.net.HttpResponse;

/** Status checks shared by the clients: anything but 2xx is the service's problem, said in its own words. */
final class Responses {
    private Responses() {
    }

    /** The response if it is 2xx; otherwise "answered HTTP n for url: text". */
    static HttpResponse requireOk(HttpResponse r, String service) {
        if (r.isSuccessful()) {
            return r;
        }
        throw new ServiceUnavailableException(service, "answered HTTP " + r.status() + " for " + r.url() + ": "
                + JsonPayloads.snippet(r.text()));
    }

    /** Throws when the service sent an HTML page (an error page, typically) where data were expected. */
    static void rejectHtml(HttpResponse r, String service, String expected) {
        if (r.isHtml()) {
            java.util.regex.Matcher title = TITLE.matcher(r.text());
            throw new ServiceUnavailableException(service, "answered HTTP " + r.status() + " with an HTML page instead of "
                    + expected + (title.find() ? ": '" + JsonPayloads.snippet(title.group(1)) + "'"
                    : ": " + JsonPayloads.snippet(r.text())));
        }
    }

    private static final java.util.regex.Pattern TITLE = java.util.regex.Pattern.compile("(?is)<title[^>]*>(.*?)</title>");

    /** Percent-encoding of a query-string value. */
    static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A coordinate or radius as URL text: the shortest decimal that round-trips, never exponent notation. */
    static String decimal(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
