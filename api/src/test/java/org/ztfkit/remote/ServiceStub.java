package org.ztfkit.remote;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A local stand-in for every catalog service: one MockWebServer whose first path segment names the service
 * ({@code /vizier}, {@code /simbad}, … as {@link CatalogEndpoints#under} lays them out), each answering as the test
 * says. Requests are kept per service.
 */
final class ServiceStub implements AutoCloseable {
    final MockWebServer server = new MockWebServer();
    private final Map<String, Function<RecordedRequest, MockResponse>> routes = new ConcurrentHashMap<>();
    final Map<String, List<RecordedRequest>> requests = new ConcurrentHashMap<>();

    ServiceStub() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String service = request.getRequestUrl().pathSegments().get(0);
                requests.computeIfAbsent(service, k -> new CopyOnWriteArrayList<>()).add(request);
                Function<RecordedRequest, MockResponse> route = routes.get(service);
                return route == null ? new MockResponse().setResponseCode(404).setBody("no route for " + service)
                        : route.apply(request);
            }
        });
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The endpoints of every service on this stub. */
    CatalogEndpoints endpoints() {
        return CatalogEndpoints.under(server.url("/").toString());
    }

    ServiceStub on(String service, Function<RecordedRequest, MockResponse> answer) {
        routes.put(service, answer);
        return this;
    }

    /** Answers {@code service} with a fixture file of {@code catalogs/} beside this class, after {@code delayMillis}. */
    ServiceStub fixture(String service, String file, String contentType, long delayMillis) {
        String body = read(file);
        return on(service, r -> new MockResponse().setBody(body).setHeader("Content-Type", contentType)
                .setHeadersDelay(delayMillis, TimeUnit.MILLISECONDS));
    }

    ServiceStub fixture(String service, String file, String contentType) {
        return fixture(service, file, contentType, 0);
    }

    List<RecordedRequest> requestsTo(String service) {
        return requests.getOrDefault(service, List.of());
    }

    static String read(String file) {
        return new String(FakeServices.read("catalogs/" + file), StandardCharsets.UTF_8);
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
