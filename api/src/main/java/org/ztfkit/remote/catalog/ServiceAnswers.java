package org.ztfkit.remote.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.ztfkit.errors.ServiceUnavailableException;
import org.ztfkit.net.HttpResponse;

/** What a catalog service's HTTP answer means: a usable body, or a reason the catalog is unavailable. */
final class ServiceAnswers {
    static final ObjectMapper JSON = new ObjectMapper();

    private ServiceAnswers() {
    }

    /** The response when it is a 2xx answer that is not an HTML page. */
    static HttpResponse ok(HttpResponse r, String service) {
        if (r.isHtml()) {
            throw new ServiceUnavailableException(service, "answered HTTP " + r.status() + " with an HTML page instead "
                    + "of data: " + snippet(r.text()));
        }
        if (!r.isSuccessful()) {
            throw new ServiceUnavailableException(service, "answered HTTP " + r.status() + ": " + snippet(r.text()));
        }
        return r;
    }

    /** The body of a 2xx answer as JSON. */
    static JsonNode json(HttpResponse r, String service) {
        ok(r, service);
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new ServiceUnavailableException(service, "answered with something that is not JSON: "
                    + snippet(r.text()));
        }
    }

    /** The first 200 characters of a body without markup, on one line. */
    static String snippet(String text) {
        String plain = text.replaceAll("(?s)<[^>]*>", " ").replaceAll("\\s+", " ").strip();
        return plain.isEmpty() ? "(empty body)" : plain.length() <= 200 ? plain : plain.substring(0, 200) + "…";
    }

    /** A number for a query string: plain decimal, no exponent, dot as separator. */
    static String number(double v) {
        return new java.math.BigDecimal(v).round(new java.math.MathContext(12)).stripTrailingZeros().toPlainString();
    }

    /** {@code 295.26855 +30.65906} for services that take one position string. */
    static String position(double ra, double dec) {
        return number(ra) + " " + (dec >= 0 ? "+" : "") + number(dec);
    }
}
