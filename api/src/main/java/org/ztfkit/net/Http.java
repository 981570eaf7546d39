package org.ztfkit.net;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.ztfkit.errors.ServiceUnavailableException;

/**
 * Reliable HTTP for one service (OkHttp underneath). Every call:
 * <ul>
 *   <li>respects the service's rate limit (a token bucket: bursts of {@link ServicePolicy#rateBurst()}, then
 *       {@link ServicePolicy#maxRequestsPerSecond()}), shared by every {@code Http} of the same service name;</li>
 *   <li>retries connection errors, timeouts and 5xx answers with exponential backoff and jitter, up to
 *       {@link ServicePolicy#maxAttempts()};</li>
 *   <li>honours {@code 429 Too Many Requests} and its {@code Retry-After} (seconds or an HTTP date);</li>
 *   <li>stops when the call budget is spent and refuses bodies above {@link ServicePolicy#maxResponseBytes()};</li>
 *   <li>returns any other status (2xx, 3xx, 4xx) to the caller, who decides what "404" means for its service.</li>
 * </ul>
 * A call that cannot get an answer throws {@link ServiceUnavailableException} with the service name and a reason a
 * user can read ("HTTP 503 from … after 3 attempts", "timed out after 10 s", "response larger than 64 MiB").
 *
 * <pre>{@code
 * Http dr = new Http(ServicePolicy.defaults("snad-ztf-dr"));
 * HttpResponse r = dr.get("https://db.ztf.snad.space/api/v3/data/latest/oid/full/json?oid=633207400004730");
 * }</pre>
 */
public final class Http {
    private static final OkHttpClient BASE = new OkHttpClient.Builder()
            .retryOnConnectionFailure(false)
            .followRedirects(true)
            .build();
    private static final Map<String, RateLimiter> LIMITERS = new ConcurrentHashMap<>();

    private final ServicePolicy policy;
    private final OkHttpClient client;

    public Http(ServicePolicy policy) {
        this.policy = policy;
        this.client = BASE.newBuilder()
                .connectTimeout(policy.connectTimeout())
                .readTimeout(policy.readTimeout())
                .writeTimeout(policy.readTimeout())
                .build();
    }

    public ServicePolicy policy() {
        return policy;
    }

    public HttpResponse get(String url) {
        return send(new Request.Builder().url(url).get().header("Accept", "*/*").build());
    }

    public HttpResponse post(String url, String contentType, byte[] body) {
        return send(new Request.Builder().url(url).post(RequestBody.create(body, MediaType.get(contentType))).build());
    }

    public HttpResponse postJson(String url, String json) {
        return send(new Request.Builder().url(url)
                .post(RequestBody.create(json, MediaType.get("application/json")))
                .header("Accept", "application/json").build());
    }

    /** Sends any request with this service's reliability rules. */
    public HttpResponse send(Request request) {
        long deadline = System.nanoTime() + policy.callBudget().toNanos();
        Duration backoff = policy.initialBackoff();
        String lastProblem = "no attempt made";
        for (int attempt = 1; attempt <= policy.maxAttempts(); attempt++) {
            limiter().acquire(deadline, policy.service());
            Duration wait;
            try (Response response = client.newCall(request).execute()) {
                int status = response.code();
                if (status == 429) {
                    Duration retryAfter = retryAfter(response.header("Retry-After"));
                    lastProblem = "HTTP 429 (rate limited) from " + request.url()
                            + (retryAfter != null ? ", asked to retry after " + retryAfter.toSeconds() + " s" : "");
                    wait = retryAfter != null ? retryAfter : jittered(backoff);
                } else if (status >= 500) {
                    lastProblem = "HTTP " + status + " from " + request.url();
                    wait = jittered(backoff);
                } else {
                    return new HttpResponse(response.request().url().toString(), status,
                            response.header("Content-Type", ""), readBody(response, request));
                }
            } catch (ServiceUnavailableException e) {
                throw e;
            } catch (IOException e) {
                lastProblem = describe(e, request);
                wait = jittered(backoff);
            }
            if (attempt == policy.maxAttempts()) {
                break;
            }
            long remaining = deadline - System.nanoTime();
            if (wait.toNanos() >= remaining) {
                throw new ServiceUnavailableException(policy.service(), lastProblem
                        + "; the call budget of " + policy.callBudget().toSeconds() + " s does not allow waiting "
                        + Math.max(1, wait.toSeconds()) + " s to retry");
            }
            sleep(wait);
            backoff = min(backoff.multipliedBy(2), policy.maxBackoff());
        }
        throw new ServiceUnavailableException(policy.service(), lastProblem + " (after " + policy.maxAttempts()
                + (policy.maxAttempts() == 1 ? " attempt)" : " attempts)"));
    }

    private byte[] readBody(Response response, Request request) throws IOException {
        ResponseBody body = response.body();
        if (body == null) {
            return new byte[0];
        }
        long declared = body.contentLength();
        if (declared > policy.maxResponseBytes()) {
            throw tooLarge(request, declared);
        }
        try (InputStream in = body.byteStream()) {
            byte[] buffer = new byte[8192];
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(declared > 0 ? (int) declared : 8192);
            long total = 0;
            int n;
            while ((n = in.read(buffer)) >= 0) {
                total += n;
                if (total > policy.maxResponseBytes()) {
                    throw tooLarge(request, total);
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        }
    }

    private ServiceUnavailableException tooLarge(Request request, long bytes) {
        return new ServiceUnavailableException(policy.service(), "response from " + request.url() + " is larger than "
                + humanBytes(policy.maxResponseBytes()) + " (" + (bytes > 0 ? "at least " + humanBytes(bytes) : "unknown")
                + "); narrow the query or raise ServicePolicy.maxResponseBytes");
    }

    private String describe(IOException e, Request request) {
        String host = request.url().host() + ":" + request.url().port();
        if (e instanceof UnknownHostException) {
            return "cannot resolve host " + request.url().host() + " (no network?)";
        }
        if (e instanceof ConnectException) {
            return "connection to " + host + " refused or unreachable";
        }
        if (e instanceof SocketTimeoutException || e instanceof InterruptedIOException) {
            return "no answer from " + host + " within " + policy.readTimeout().toSeconds() + " s";
        }
        return "network error talking to " + host + ": " + e.getMessage();
    }

    private RateLimiter limiter() {
        return LIMITERS.compute(policy.service(), (k, existing) ->
                existing != null && existing.rate == policy.maxRequestsPerSecond() && existing.burst == policy.rateBurst()
                        ? existing : new RateLimiter(policy.maxRequestsPerSecond(), policy.rateBurst()));
    }

    static Duration retryAfter(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String v = header.strip();
        if (v.matches("\\d+")) {
            return Duration.ofSeconds(Long.parseLong(v));
        }
        try {
            Instant when = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration d = Duration.between(Instant.now(), when);
            return d.isNegative() ? Duration.ZERO : d;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Duration jittered(Duration d) {
        double factor = 0.5 + ThreadLocalRandom.current().nextDouble();
        return Duration.ofNanos((long) (d.toNanos() * factor));
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static void sleep(Duration d) {
        try {
            TimeUnit.NANOSECONDS.sleep(d.toNanos());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceUnavailableException("http", "interrupted while waiting to retry", e);
        }
    }

    private static String humanBytes(long bytes) {
        if (bytes >= 1 << 20) {
            return (bytes >> 20) + " MiB";
        }
        if (bytes >= 1 << 10) {
            return (bytes >> 10) + " KiB";
        }
        return bytes + " bytes";
    }

    /**
     * At most {@code burst} request starts at once and {@code rate} per second on average for one service, across
     * threads: the generic cell rate algorithm (a token bucket of {@code burst} tokens refilled at {@code rate}).
     */
    static final class RateLimiter {
        final double rate;
        final int burst;
        /** Theoretical arrival time of the next request, nanoseconds; the bucket is full when it is in the past. */
        private long nextArrival = Long.MIN_VALUE;

        RateLimiter(double rate, int burst) {
            this.rate = rate;
            this.burst = burst;
        }

        /** Takes a slot for a request arriving at {@code nowNanos}; returns how long it must wait, nanoseconds. */
        synchronized long reserve(long nowNanos) {
            if (rate <= 0) {
                return 0;
            }
            long interval = (long) (1e9 / rate);
            if (nextArrival == Long.MIN_VALUE) {
                nextArrival = nowNanos;
            }
            long start = Math.max(nowNanos, nextArrival - (burst - 1) * interval);
            nextArrival = Math.max(nowNanos, nextArrival) + interval;
            return start - nowNanos;
        }

        void acquire(long deadlineNanos, String service) {
            long wait = reserve(System.nanoTime());
            if (wait > 0) {
                if (System.nanoTime() + wait > deadlineNanos) {
                    throw new ServiceUnavailableException(service, "rate limit of " + rate
                            + " requests/s leaves no time within the call budget");
                }
                sleep(Duration.ofNanos(wait));
            }
        }
    }
}
