package org.ztfkit.net;

import java.time.Duration;
import org.ztfkit.errors.InvalidInputException;

/**
 * How ztfkit talks to one remote service: timeouts, retries, rate limit and the largest response it accepts.
 * Immutable; the {@code with…} methods return changed copies.
 *
 * <pre>{@code
 * ServicePolicy dr = ServicePolicy.defaults("snad-ztf-dr").withReadTimeout(Duration.ofSeconds(60));
 * ServicePolicy simbad = ServicePolicy.defaults("simbad").withMaxRequestsPerSecond(2);
 * }</pre>
 *
 * @param service              short name used in messages, e.g. {@code "snad-ztf-dr"}
 * @param connectTimeout       TCP connect timeout per attempt
 * @param readTimeout          longest silence while reading a response, per attempt
 * @param callBudget           total time for the call, all attempts and waits included
 * @param maxAttempts          attempts in all (1 = no retry); only connection errors, 5xx and 429 are retried
 * @param initialBackoff       wait before the second attempt; doubled each time, with ±50% jitter
 * @param maxBackoff           cap on one wait
 * @param maxRequestsPerSecond request rate limit for this service (0 = none)
 * @param rateBurst            requests that may start at once before the rate limit spaces them (at least 1); the
 *                             limit refills one request per {@code 1 / maxRequestsPerSecond} (a token bucket)
 * @param maxResponseBytes     larger responses are refused (the service is reported unavailable)
 */
public record ServicePolicy(
        String service,
        Duration connectTimeout,
        Duration readTimeout,
        Duration callBudget,
        int maxAttempts,
        Duration initialBackoff,
        Duration maxBackoff,
        double maxRequestsPerSecond,
        int rateBurst,
        long maxResponseBytes) {

    public ServicePolicy {
        if (service == null || service.isBlank()) {
            throw InvalidInputException.of("service name", "a non-empty name", service, "");
        }
        if (maxAttempts < 1) {
            throw InvalidInputException.of("maxAttempts", "at least 1", maxAttempts, "");
        }
        if (maxRequestsPerSecond < 0) {
            throw InvalidInputException.of("maxRequestsPerSecond", "0 (no limit) or positive", maxRequestsPerSecond, "");
        }
        if (rateBurst < 1) {
            throw InvalidInputException.of("rateBurst", "at least 1", rateBurst, "");
        }
        if (maxResponseBytes <= 0) {
            throw InvalidInputException.of("maxResponseBytes", "positive", maxResponseBytes, "");
        }
    }

    /**
     * Defaults: connect 10 s, read 60 s, call budget 120 s, 3 attempts, backoff 0.5 s doubling up to 8 s, no rate
     * limit (bursts of 1), responses up to 64 MiB.
     */
    public static ServicePolicy defaults(String service) {
        return new ServicePolicy(service, Duration.ofSeconds(10), Duration.ofSeconds(60), Duration.ofSeconds(120), 3,
                Duration.ofMillis(500), Duration.ofSeconds(8), 0, 1, 64L << 20);
    }

    public ServicePolicy withConnectTimeout(Duration d) {
        return new ServicePolicy(service, d, readTimeout, callBudget, maxAttempts, initialBackoff, maxBackoff,
                maxRequestsPerSecond, rateBurst, maxResponseBytes);
    }

    public ServicePolicy withReadTimeout(Duration d) {
        return new ServicePolicy(service, connectTimeout, d, callBudget, maxAttempts, initialBackoff, maxBackoff,
                maxRequestsPerSecond, rateBurst, maxResponseBytes);
    }

    public ServicePolicy withCallBudget(Duration d) {
        return new ServicePolicy(service, connectTimeout, readTimeout, d, maxAttempts, initialBackoff, maxBackoff,
                maxRequestsPerSecond, rateBurst, maxResponseBytes);
    }

    public ServicePolicy withMaxAttempts(int n) {
        return new ServicePolicy(service, connectTimeout, readTimeout, callBudget, n, initialBackoff, maxBackoff,
                maxRequestsPerSecond, rateBurst, maxResponseBytes);
    }

    public ServicePolicy withBackoff(Duration initial, Duration max) {
        return new ServicePolicy(service, connectTimeout, readTimeout, callBudget, maxAttempts, initial, max,
                maxRequestsPerSecond, rateBurst, maxResponseBytes);
    }

    public ServicePolicy withMaxRequestsPerSecond(double rate) {
        return new ServicePolicy(service, connectTimeout, readTimeout, callBudget, maxAttempts, initialBackoff,
                maxBackoff, rate, rateBurst, maxResponseBytes);
    }

    /** A copy letting {@code requests} start at once before the rate limit spaces them. */
    public ServicePolicy withRateBurst(int requests) {
        return new ServicePolicy(service, connectTimeout, readTimeout, callBudget, maxAttempts, initialBackoff,
                maxBackoff, maxRequestsPerSecond, requests, maxResponseBytes);
    }

    public ServicePolicy withMaxResponseBytes(long bytes) {
        return new ServicePolicy(service, connectTimeout, readTimeout, callBudget, maxAttempts, initialBackoff,
                maxBackoff, maxRequestsPerSecond, rateBurst, bytes);
    }
}
