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

    /** Percent-encoding of a query-string value. */
    static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A coordinate or radius as URL text: the shortest decimal that round-trips, never exponent notation. */
    static String decimal(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
