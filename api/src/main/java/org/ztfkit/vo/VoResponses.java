package org.ztfkit.vo;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.errors.ServiceUnavailableException;
import org.ztfkit.net.HttpResponse;

/** What a VO service's HTTP answer means: a VOTable, a VO error document, or an unusable page. */
final class VoResponses {
    private static final Pattern TITLE = Pattern.compile("(?is)<title[^>]*>(.*?)</title>");

    private VoResponses() {
    }

    /**
     * Every TABLE of a VOTable answer, in document order.
     *
     * @throws VoServiceException          for a VOTable error document (any HTTP status)
     * @throws ServiceUnavailableException for an HTML page or anything else that is not a VOTable
     */
    static List<VoTable> votables(HttpResponse response, String service) {
        rejectHtml(response, service);
        List<VoTable> tables;
        try {
            tables = VotableReader.readAll(new ByteArrayInputStream(response.body()), service, "result");
        } catch (InvalidInputException e) {
            throw new ServiceUnavailableException(service, "answered HTTP " + response.status()
                    + " with something that is not a VOTable: " + snippet(response.text()));
        }
        if (!response.isSuccessful()) {
            throw new VoServiceException(service, "HTTP " + response.status() + " (the VOTable gives no reason)");
        }
        return tables;
    }

    /** The first TABLE of a VOTable answer; an answer without any TABLE is a bad payload. */
    static VoTable votable(HttpResponse response, String service) {
        List<VoTable> tables = votables(response, service);
        if (tables.isEmpty()) {
            throw new ServiceUnavailableException(service, "answered with a VOTable that holds no TABLE: "
                    + snippet(response.text()));
        }
        return tables.get(0);
    }

    /**
     * Checks a non-VOTable answer (UWS job document, phase text): an error status becomes the service's error
     * message when it sent a VOTable error document, else an unavailable-service error with what it sent.
     */
    static HttpResponse requireOk(HttpResponse response, String service) {
        rejectHtml(response, service);
        if (response.isSuccessful()) {
            return response;
        }
        try {
            VotableReader.readAll(new ByteArrayInputStream(response.body()), service, "error");
        } catch (InvalidInputException notVotable) {
            // fall through: report the status and the text
        }
        throw new ServiceUnavailableException(service, "answered HTTP " + response.status() + ": "
                + snippet(response.text()));
    }

    private static void rejectHtml(HttpResponse response, String service) {
        if (response.isHtml()) {
            Matcher title = TITLE.matcher(response.text());
            String what = title.find() ? "'" + snippet(title.group(1)) + "'" : snippet(response.text());
            throw new ServiceUnavailableException(service, "answered HTTP " + response.status()
                    + " with an HTML page instead of VO data: " + what + "; check the service URL");
        }
    }

    /** The first 300 characters of a text without markup, on one line. */
    static String snippet(String text) {
        String plain = text.replaceAll("(?s)<[^>]*>", " ").replaceAll("\\s+", " ").strip();
        if (plain.isEmpty()) {
            return "(empty body)";
        }
        return plain.length() <= 300 ? plain : plain.substring(0, 300) + "…";
    }
}
