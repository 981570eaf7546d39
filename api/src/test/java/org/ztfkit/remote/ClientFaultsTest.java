package org.ztfkit.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ztfkit.errors.ServiceUnavailableException;
import org.ztfkit.images.FileFracDay;
import org.ztfkit.images.ScienceImage;
import org.ztfkit.model.DataRelease;
import org.ztfkit.model.Oid;
import org.ztfkit.net.ServicePolicy;
import org.ztfkit.sky.SkyPosition;

/**
 * Every client against every kind of bad answer (issue 7, "Reliability"): a truncated document, an HTML error page
 * (with 200 and with 502), an empty body, a body larger than the policy allows, and transient failures (503, 429 with
 * Retry-After) that must be retried into the right answer. A bad answer is always a {@link ServiceUnavailableException}
 * naming the service, never an exception from inside a parser.
 */
class ClientFaultsTest {
    static final SkyPosition TARGET = SkyPosition.of(247.4554247, 24.7728226);

    /** One client call, with the fixture its good answer is. */
    record Case(String name, String service, Supplier<byte[]> fixture, String contentType,
                BiFunction<String, ServicePolicy, Object> call) {
        Case(String name, String service, String fixture, String contentType,
             BiFunction<String, ServicePolicy, Object> call) {
            this(name, service, () -> FakeServices.read(fixture), contentType, call);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static ServicePolicy quick(String service) {
        return ServicePolicy.defaults(service).withBackoff(Duration.ofMillis(5), Duration.ofMillis(20))
                .withReadTimeout(Duration.ofSeconds(2)).withCallBudget(Duration.ofSeconds(10));
    }

    static final ScienceImage IMAGE = ScienceImage.of(FileFracDay.parse("20180512305811"), Oid.of(633207400004730L));

    static List<Case> cases() {
        return List.of(
                new Case("SNAD DR objects", "snad-ztf-dr", "snad-dr/oid_633207400004730_dr24.json", "application/json",
                        (u, p) -> new SnadDrClient(u, p).objects(DataRelease.of("dr24"), List.of(Oid.of(633207400004730L)))),
                new Case("SNAD DR releases", "snad-ztf-dr", "snad-dr/dr_list.json", "application/json",
                        (u, p) -> new SnadDrClient(u, p).releases()),
                new Case("IRSA light curves", "irsa-lc", () -> realFile("lightcurves/ztf_dr/TimeSeriesZTF_irsa.xml"),
                        "text/xml", (u, p) -> new IrsaLightCurveClient(u, p).object(Oid.of(686103400034440L))),
                new Case("IRSA cutout", "irsa-ibe", "irsa-ibe/cutout_63.fits", "image/fits",
                        (u, p) -> new IrsaProductsClient(u, p).cutout(IMAGE, TARGET, 63).orElseThrow()),
                new Case("IRSA day listing", "irsa-ibe", "irsa-ibe/day_20180512.html", "text/html",
                        (u, p) -> new IrsaProductsClient(u, p).dayListing(LocalDate.of(2018, 5, 12))),
                new Case("dustmaps CSFD", "snad-dustmaps", "snad-dustmaps/csfd.json", "application/json",
                        (u, p) -> new DustmapsClient(u, p).csfd(TARGET)),
                new Case("MAST PS1 stack", "mast-ps1", "mast-ps1/stack_cone.json", "application/json",
                        (u, p) -> new MastPs1Client(u, p).stackCone(TARGET, 5)),
                new Case("MAST PS1 detections", "mast-ps1", "mast-ps1/detection_137732474554134521.json",
                        "application/json", (u, p) -> new MastPs1Client(u, p).detections(137732474554134521L)),
                new Case("Gaia epoch photometry", "gaia-datalink", "gaia/epoch_photometry_1299840417592340992.vot",
                        "text/xml", (u, p) -> new GaiaClient(u, p, u, p).epochPhotometry(1299840417592340992L)),
                new Case("Gaia VizieR distances", "vizier", "gaia/gedr3dis_cone.vot", "text/xml",
                        (u, p) -> new GaiaClient(u, p, u, p).distances(TARGET, 1)),
                new Case("ALeRCE cone", "alerce", "alerce/objects_cone.json", "application/json",
                        (u, p) -> new AlerceClient(u, p).cone(TARGET, 5)),
                new Case("ALeRCE light curve", "alerce", "alerce/lightcurve_ZTF18abqkqdm.json", "application/json",
                        (u, p) -> new AlerceClient(u, p).lightCurve(broker("alerce"))),
                new Case("Fink cone", "fink", "fink/conesearch.json", "application/json",
                        (u, p) -> new FinkClient(u, p).cone(TARGET, 5)),
                new Case("Fink alerts", "fink", "fink/objects_ZTF18abqkqdm.json", "application/json",
                        (u, p) -> new FinkClient(u, p).lightCurve(broker("fink"))),
                new Case("ANTARES locus", "antares", "antares/locus_ANT2018aabqkqd.json", "application/json",
                        (u, p) -> new AntaresClient(u, p).lightCurve(new BrokerObject("antares", "ANT2018aabqkqd",
                                "ZTF18abqkqdm", TARGET, 4, "{}"))),
                new Case("SNAD reference", "snad-ztf-ref", "snad-ztf-ref/object_633207400004730.json", "application/json",
                        (u, p) -> new ZtfReferenceClient(u, p).object(Oid.of(633207400004730L)).orElseThrow()));
    }

    static byte[] realFile(String relative) {
        try {
            return java.nio.file.Files.readAllBytes(org.ztfkit.RealData.file(relative));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static BrokerObject broker(String broker) {
        return new BrokerObject(broker, "ZTF18abqkqdm", "ZTF18abqkqdm", TARGET, 4, "{}");
    }

    /** A sequence of answers, one per request (the last repeats). */
    enum Fault {
        TRUNCATED, HTML_200, HTML_502, EMPTY_BODY, TOO_LARGE, RETRIED_503, RETRIED_429;

        boolean recovers() {
            return this == RETRIED_503 || this == RETRIED_429;
        }
    }

    static Stream<Arguments> combinations() {
        List<Arguments> out = new ArrayList<>();
        for (Case c : cases()) {
            for (Fault f : Fault.values()) {
                if (f == Fault.EMPTY_BODY && (c.name().equals("IRSA day listing")
                        || c.name().equals("Gaia epoch photometry"))) {
                    continue; // an empty listing is a day without exposures; an empty data-server answer, no products
                }
                if ((f == Fault.TRUNCATED || f == Fault.HTML_200) && c.name().equals("IRSA day listing")) {
                    continue; // an HTML listing cut short still lists what it lists
                }
                out.add(Arguments.of(c, f));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("combinations")
    void badAnswersAreUnavailableWithAReasonAndTransientOnesAreRetried(Case c, Fault fault) {
        byte[] good = c.fixture().get();
        AtomicInteger n = new AtomicInteger();
        Function<RecordedRequest, MockResponse> answer = r -> {
            int i = n.getAndIncrement();
            MockResponse ok = new MockResponse().setHeader("Content-Type", c.contentType())
                    .setBody(new okio.Buffer().write(good));
            String html = "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>";
            return switch (fault) {
                case TRUNCATED -> new MockResponse().setHeader("Content-Type", c.contentType())
                        .setBody(new okio.Buffer().write(Arrays.copyOf(good, good.length / 2)));
                case HTML_200 -> new MockResponse().setHeader("Content-Type", "text/html").setBody(html);
                case HTML_502 -> new MockResponse().setResponseCode(502).setHeader("Content-Type", "text/html").setBody(html);
                case EMPTY_BODY -> new MockResponse().setHeader("Content-Type", c.contentType()).setBody("");
                case TOO_LARGE -> ok;
                case RETRIED_503 -> i == 0 ? new MockResponse().setResponseCode(503).setBody("busy") : ok;
                case RETRIED_429 -> i == 0 ? new MockResponse().setResponseCode(429).setHeader("Retry-After", "0") : ok;
            };
        };
        try (FakeServices fake = FakeServices.start()) {
            Predicate<RecordedRequest> any = r -> true;
            fake.route(any, answer);
            ServicePolicy policy = quick(c.service());
            if (fault == Fault.TOO_LARGE) {
                policy = policy.withMaxResponseBytes(Math.max(1, good.length / 3));
            }
            String base = fake.url("/" + c.service());
            if (fault.recovers()) {
                assertNotNull(c.call().apply(base, policy));
                assertEquals(2, fake.requests().size(), "one failed attempt, one good one");
                return;
            }
            ServicePolicy p = policy;
            ServiceUnavailableException e = assertThrows(ServiceUnavailableException.class, () -> c.call().apply(base, p));
            assertEquals(c.service(), e.service());
            String m = e.getMessage();
            assertFalse(m.contains("Exception") || m.contains("\tat "), "a reason for people: " + m);
            assertTrue(m.length() > c.service().length() + 20, m);
            switch (fault) {
                case HTML_200, HTML_502 -> assertTrue(m.contains("502 Bad Gateway") || m.contains("HTTP 502"), m);
                case TOO_LARGE -> assertTrue(m.contains("larger than"), m);
                default -> { }
            }
        }
    }
}
