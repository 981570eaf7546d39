package org.ztfkit.remote;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A MockWebServer that answers like the remote services, from recorded-response fixtures under
 * {@code org/ztfkit/remote/} (written for ztfkit, shaped as external-services.md documents each service). Routes
 * are tried in order; an unrouted request gets HTTP 404. It can delay every answer (to measure concurrency) and
 * counts requests and the peak number answered at once.
 *
 * <pre>{@code
 * try (FakeServices fake = FakeServices.start()) {
 *     fake.route(r -> r.getPath().startsWith("/dr/api/v3/dr/list"), json("snad-dr/dr_list.json"));
 *     String base = fake.url("/dr");
 * }
 * }</pre>
 */
public final class FakeServices implements AutoCloseable {
    private record Route(Predicate<RecordedRequest> when, Function<RecordedRequest, MockResponse> answer) {
    }

    private final MockWebServer server = new MockWebServer();
    private final List<Route> routes = new CopyOnWriteArrayList<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger peak = new AtomicInteger();
    private final List<long[]> spans = new CopyOnWriteArrayList<>();
    private volatile int minDelayMs;
    private volatile int maxDelayMs;
    private final Random random = new Random(7);

    private FakeServices() {
    }

    public static FakeServices start() {
        FakeServices f = new FakeServices();
        f.server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                return f.answer(request);
            }
        });
        try {
            f.server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return f;
    }

    private MockResponse answer(RecordedRequest request) throws InterruptedException {
        requests.add(request.getMethod() + " " + request.getPath());
        int now = inFlight.incrementAndGet();
        peak.accumulateAndGet(now, Math::max);
        long start = System.nanoTime();
        try {
            if (maxDelayMs > 0) {
                int delay;
                synchronized (random) {
                    delay = minDelayMs + random.nextInt(maxDelayMs - minDelayMs + 1);
                }
                Thread.sleep(delay);
            }
            for (Route r : routes) {
                if (r.when().test(request)) {
                    return r.answer().apply(request);
                }
            }
            return new MockResponse().setResponseCode(404).setBody("no route for " + request.getPath());
        } finally {
            inFlight.decrementAndGet();
            spans.add(new long[] {start, System.nanoTime()});
        }
    }

    /** Start and end ({@link System#nanoTime()}) of every answer, in the order they finished. */
    public List<long[]> answerSpans() {
        return new ArrayList<>(spans);
    }

    /** Adds a route (tried after those added before). */
    public FakeServices route(Predicate<RecordedRequest> when, Function<RecordedRequest, MockResponse> answer) {
        routes.add(new Route(when, answer));
        return this;
    }

    /** Adds a route to the front, e.g. to make one call fail. */
    public FakeServices routeFirst(Predicate<RecordedRequest> when, Function<RecordedRequest, MockResponse> answer) {
        routes.add(0, new Route(when, answer));
        return this;
    }

    /** Every answer waits a random time in [minMs, maxMs]. */
    public FakeServices delay(int minMs, int maxMs) {
        this.minDelayMs = minMs;
        this.maxDelayMs = maxMs;
        return this;
    }

    /** The server's URL for a path, e.g. {@code url("/dr")}, without a trailing slash. */
    public String url(String path) {
        String u = server.url(path).toString();
        return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
    }

    /** Requests received so far, {@code "GET /path?query"}. */
    public List<String> requests() {
        return new ArrayList<>(requests);
    }

    /** Requests whose path contains {@code part}. */
    public long count(String part) {
        return requests.stream().filter(r -> r.contains(part)).count();
    }

    /** The most requests that were being answered at the same time. */
    public int peakConcurrent() {
        return peak.get();
    }

    public void resetCounts() {
        requests.clear();
        spans.clear();
        peak.set(0);
    }

    /** Requests whose path starts with {@code prefix}. */
    public static Predicate<RecordedRequest> path(String prefix) {
        return r -> r.getPath() != null && r.getPath().startsWith(prefix);
    }

    /** A 200 answer with a fixture file's bytes. */
    public static Function<RecordedRequest, MockResponse> fixture(String resource, String contentType) {
        byte[] body = read(resource);
        return r -> new MockResponse().setHeader("Content-Type", contentType).setBody(new okio.Buffer().write(body));
    }

    /** A 200 JSON answer from a fixture. */
    public static Function<RecordedRequest, MockResponse> json(String resource) {
        return fixture(resource, "application/json");
    }

    /** A 200 answer with literal text. */
    public static Function<RecordedRequest, MockResponse> text(String body, String contentType) {
        return r -> new MockResponse().setHeader("Content-Type", contentType).setBody(body);
    }

    /** An answer with a status and body. */
    public static Function<RecordedRequest, MockResponse> status(int code, String body) {
        return r -> new MockResponse().setResponseCode(code).setBody(body);
    }

    /** The bytes of a fixture under {@code org/ztfkit/remote/}. */
    public static byte[] read(String resource) {
        try (InputStream in = FakeServices.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("fixture org/ztfkit/remote/" + resource + " is missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            server.shutdown();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
