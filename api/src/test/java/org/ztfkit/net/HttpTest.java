package org.ztfkit.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ztfkit.errors.ServiceUnavailableException;

class HttpTest {
    MockWebServer server;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    /** Fast retries so the tests do not wait: 20 ms doubling, three attempts, 5 s budget. */
    static ServicePolicy quick(String name) {
        return ServicePolicy.defaults(name).withBackoff(Duration.ofMillis(20), Duration.ofMillis(80))
                .withReadTimeout(Duration.ofMillis(500)).withCallBudget(Duration.ofSeconds(5));
    }

    @Test
    void retriesServerErrorsThenReturnsTheAnswer() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(503));
        server.enqueue(new MockResponse().setResponseCode(502));
        server.enqueue(new MockResponse().setBody("{\"ok\":true}").setHeader("Content-Type", "application/json"));
        HttpResponse r = new Http(quick("t1")).get(server.url("/api").toString());
        assertEquals(200, r.status());
        assertEquals("{\"ok\":true}", r.text());
        assertEquals(3, server.getRequestCount());
    }

    @Test
    void givesUpAfterMaxAttemptsAndSaysWhy() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse().setResponseCode(500));
        }
        var e = assertThrows(ServiceUnavailableException.class, () -> new Http(quick("snad-ztf-dr")).get(server.url("/x").toString()));
        assertEquals("snad-ztf-dr", e.service());
        assertTrue(e.getMessage().contains("HTTP 500") && e.getMessage().contains("after 3 attempts"), e.getMessage());
        assertEquals(3, server.getRequestCount());
    }

    @Test
    void clientErrorsAreReturnedNotRetried() {
        server.enqueue(new MockResponse().setResponseCode(404).setBody("no such oid"));
        HttpResponse r = new Http(quick("t2")).get(server.url("/x").toString());
        assertEquals(404, r.status());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void honoursRetryAfterOn429() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "1"));
        server.enqueue(new MockResponse().setBody("done"));
        long start = System.nanoTime();
        HttpResponse r = new Http(quick("t3")).get(server.url("/x").toString());
        double waited = (System.nanoTime() - start) / 1e9;
        assertEquals("done", r.text());
        assertTrue(waited >= 0.95, "waited " + waited + " s, Retry-After asked for 1 s");
    }

    @Test
    void aRetryAfterLongerThanTheBudgetFailsAtOnceWithTheReason() {
        server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "3600"));
        var e = assertThrows(ServiceUnavailableException.class, () -> new Http(quick("t4")).get(server.url("/x").toString()));
        assertTrue(e.getMessage().contains("429") && e.getMessage().contains("retry after 3600 s"), e.getMessage());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void refusesResponsesAboveTheSizeLimit() {
        server.enqueue(new MockResponse().setBody("x".repeat(5000)));
        Http http = new Http(quick("t5").withMaxResponseBytes(1024));
        var e = assertThrows(ServiceUnavailableException.class, () -> http.get(server.url("/big").toString()));
        assertTrue(e.getMessage().contains("larger than 1 KiB"), e.getMessage());
    }

    @Test
    void timeoutsAreRetriedThenReported() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
        }
        var e = assertThrows(ServiceUnavailableException.class, () -> new Http(quick("t6")).get(server.url("/slow").toString()));
        assertTrue(e.getMessage().contains("no answer") && e.getMessage().contains("after 3 attempts"), e.getMessage());
        assertEquals(3, server.getRequestCount());
    }

    @Test
    void aClosedPortIsReportedAsUnreachable() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        var e = assertThrows(ServiceUnavailableException.class,
                () -> new Http(quick("t7")).get("http://127.0.0.1:" + port + "/x"));
        assertTrue(e.getMessage().contains("refused or unreachable"), e.getMessage());
    }

    @Test
    void theRateLimitSpacesRequests() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse().setBody("ok"));
        }
        Http http = new Http(quick("t8").withMaxRequestsPerSecond(10));
        long start = System.nanoTime();
        for (int i = 0; i < 3; i++) {
            http.get(server.url("/x").toString());
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        assertTrue(elapsed >= 0.19, "3 requests at 10/s need at least 0.2 s, took " + elapsed);
    }

    @Test
    void aRateBurstLetsThatManyRequestsStartAtOnceThenSpacesTheRest() {
        Http.RateLimiter twoPerSecondBurstThree = new Http.RateLimiter(2, 3);
        long s = 1_000_000_000L;
        assertEquals(0, twoPerSecondBurstThree.reserve(0));
        assertEquals(0, twoPerSecondBurstThree.reserve(0));
        assertEquals(0, twoPerSecondBurstThree.reserve(0));
        assertEquals(s / 2, twoPerSecondBurstThree.reserve(0), "the fourth waits one interval");
        assertEquals(s, twoPerSecondBurstThree.reserve(0));
        assertEquals(0, twoPerSecondBurstThree.reserve(10 * s), "after a quiet while the burst is back");
        assertEquals(0, twoPerSecondBurstThree.reserve(10 * s));
        assertEquals(0, twoPerSecondBurstThree.reserve(10 * s));
        assertEquals(s / 2, twoPerSecondBurstThree.reserve(10 * s), "but never more than the burst");
        Http.RateLimiter plain = new Http.RateLimiter(10, 1);
        assertEquals(0, plain.reserve(0));
        assertEquals(s / 10, plain.reserve(0), "a burst of 1 spaces every request");
        assertEquals(0, new Http.RateLimiter(0, 1).reserve(0), "rate 0: no limit");
        assertEquals(3, ServicePolicy.defaults("x").withRateBurst(3).rateBurst());
        assertThrows(org.ztfkit.errors.InvalidInputException.class, () -> ServicePolicy.defaults("x").withRateBurst(0));
    }

    @Test
    void readsRetryAfterDates() {
        assertEquals(Duration.ofSeconds(120), Http.retryAfter("120"));
        assertTrue(Http.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT").isZero(), "a past date means now");
        assertEquals(null, Http.retryAfter("soon"));
    }
}
