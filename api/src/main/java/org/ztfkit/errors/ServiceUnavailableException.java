package org.ztfkit.errors;

/**
 * A remote service (or a snapshot standing in for it) could not answer: timeout, connection refused, HTTP 5xx
 * after retries, a payload that cannot be parsed. Multi-source calls never throw this for one source; they report
 * that source as unavailable and answer with the rest.
 */
public class ServiceUnavailableException extends ZtfException {
    private final String service;
    private final String reason;

    public ServiceUnavailableException(String service, String reason) {
        this(service, reason, null);
    }

    public ServiceUnavailableException(String service, String reason, Throwable cause) {
        super(service + " is unavailable: " + reason, cause);
        this.service = service;
        this.reason = reason;
    }

    /** The service's short name, e.g. {@code "snad-ztf-dr"}. */
    public String service() {
        return service;
    }

    /** Why it could not answer, in words fit for a user. */
    public String reason() {
        return reason;
    }
}
