package org.ztfkit.vo;

import org.ztfkit.errors.ZtfException;

/**
 * A VO service answered, but with an error document: a VOTable whose {@code INFO name="QUERY_STATUS"} is
 * {@code ERROR}, a cone-search {@code INFO name="Error"}, or a UWS job that ended in phase {@code ERROR}. The
 * message carries the server's own text (often an ADQL syntax error), so the fix is usually in the query.
 *
 * <pre>{@code
 * try {
 *     Vo.tap(url).query("SELECT TOP 1 * FROM no_such_table");
 * } catch (VoServiceException e) {
 *     System.out.println(e.serverMessage());
 * }
 * }</pre>
 */
public class VoServiceException extends ZtfException {
    private final String service;
    private final String serverMessage;

    /** An error reported by {@code service}, in its own words. */
    public VoServiceException(String service, String serverMessage) {
        super(service + " reported an error: " + serverMessage);
        this.service = service;
        this.serverMessage = serverMessage;
    }

    /** The service that answered, e.g. {@code "TAP https://…/tap"}. */
    public String service() {
        return service;
    }

    /** The server's error text, as sent. */
    public String serverMessage() {
        return serverMessage;
    }
}
