package org.ztfkit.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ztfkit.RealData;
import org.ztfkit.Ztf;
import org.ztfkit.errors.NameNotResolvedException;
import org.ztfkit.errors.ServiceUnavailableException;
import org.ztfkit.net.ServicePolicy;
import org.ztfkit.sky.SkyPosition;
import org.ztfkit.source.ResolvedName;
import org.ztfkit.store.EmbeddedStore;

/** Online name resolution against a local stub: Sesame, SIMBAD TAP, the TNS mirror, then the embedded table. */
class NameResolversTest {
    final ServiceStub stub = new ServiceStub();

    @AfterEach
    void stop() {
        stub.close();
    }

    static ServicePolicy quick(String name) {
        return ServicePolicy.defaults(name).withBackoff(Duration.ofMillis(10), Duration.ofMillis(20))
                .withReadTimeout(Duration.ofMillis(300)).withCallBudget(Duration.ofSeconds(2));
    }

    @Test
    void sesameReadsTheJ2000LineOfItsTextAnswer() {
        stub.fixture("sesame", "sesame_herx1.txt", "text/plain");
        ResolvedName r = new SesameResolver(stub.endpoints().sesame(), quick("cds")).resolve("Her X-1").orElseThrow();
        assertEquals("/sesame/-oI/A?Her%20X-1", stub.requestsTo("sesame").get(0).getPath());
        assertEquals(254.45754625, r.position().ra(), 0);
        assertEquals(35.34235806, r.position().dec(), 0);
        assertEquals("V* HZ Her", r.name());
        assertEquals("Sesame (SIMBAD, NED, VizieR)", r.resolver());
        stub.fixture("sesame", "sesame_unknown.txt", "text/plain");
        assertTrue(new SesameResolver(stub.endpoints().sesame(), quick("cds")).resolve("no such object").isEmpty());
    }

    @Test
    void simbadTapFindsAnIdentifierWhateverItsSpacing() throws Exception {
        // the real SIMBAD TAP answer for WHERE id = 'M1' (MANIFEST §4)
        String m1 = Files.readString(RealData.file("catalogs/simbad/simbad_tap_M1.vot"));
        stub.on("simbad", r -> new MockResponse().setBody(m1).setHeader("Content-Type", "application/x-votable+xml"));
        ResolvedName r = new SimbadResolver(stub.endpoints().simbadTap(), quick("cds")).resolve("M1").orElseThrow();
        String form = java.net.URLDecoder.decode(stub.requestsTo("simbad").get(0).getBody().readUtf8(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(form.contains("JOIN ident ON basic.oid = ident.oidref WHERE id = 'M1'"), form);
        assertEquals("M 1", r.name());
        assertEquals(83.6287, r.position().ra(), 0);
        assertEquals(22.0147, r.position().dec(), 0);
        assertTrue(SimbadResolver.adql("Barnard's Star").contains("'Barnard''s Star'"), "quotes are escaped");
    }

    @Test
    void tnsNamesAreAskedWithoutTheirPrefixAndAnyNon200IsNotFound() {
        stub.on("tns", r -> "2018lwh".equals(r.getRequestUrl().queryParameter("name"))
                ? new MockResponse().setBody("{\"objid\":200001,\"name_prefix\":\"AT\",\"name\":\"2018lwh\","
                + "\"ra\":247.45543,\"declination\":24.77282,\"coord\":{\"ra\":247.45543,\"dec\":24.77282}}")
                : new MockResponse().setResponseCode(500).setBody("Internal Server Error"));
        TnsNameResolver tns = new TnsNameResolver(stub.endpoints().snadTns());
        ResolvedName r = tns.resolve("AT 2018lwh").orElseThrow();
        assertEquals("/tns/api/v1/object?name=2018lwh", stub.requestsTo("tns").get(0).getPath());
        assertEquals("AT 2018lwh", r.name());
        assertEquals(0, r.position().separationArcsec(SkyPosition.of(247.45543, 24.77282)), 1e-9);
        assertTrue(tns.resolve("SN2018lwh").isPresent(), "prefix without a space, or none");
        assertTrue(tns.resolve("at 2099zzz").isEmpty(), "a server error means: not found");
        int asked = stub.requestsTo("tns").size();
        assertTrue(tns.resolve("Her X-1").isEmpty());
        assertEquals(asked, stub.requestsTo("tns").size(), "names not shaped like TNS names are not asked");
    }

    @Test
    void theTnsMirrorGetsOneSecond() {
        stub.on("tns", r -> new MockResponse().setBody("{}").setHeadersDelay(3, TimeUnit.SECONDS));
        ServiceUnavailableException e = assertThrows(ServiceUnavailableException.class,
                () -> new TnsNameResolver(stub.endpoints().snadTns()).resolve("AT 2018lwh"));
        assertTrue(e.reason().contains("within 1 s"), e.getMessage());
        assertEquals(1, stub.requestsTo("tns").size(), "no retry");
    }

    /** A store with one release and the name table's Her X-1, as the embedded demo sky has it. */
    static EmbeddedStore storeWithHerX1() {
        EmbeddedStore store = EmbeddedStore.inMemory();
        store.inTransaction(c -> {
            try (var st = c.createStatement()) {
                st.execute("INSERT INTO data_release VALUES ('dr13', true, NULL, NULL, 58194, 59800, 'simulated', NULL, "
                        + "NULL, '', now())");
                st.execute("INSERT INTO name_alias VALUES ('Her X-1', 'HERX1', 'simbad', 254.457546, 35.342358, NULL, "
                        + "NULL, NULL)");
            }
            return null;
        });
        return store;
    }

    @Test
    void theOnlineChainFallsThroughFailingResolversToTheEmbeddedTable() {
        stub.on("sesame", r -> new MockResponse().setResponseCode(503));
        stub.on("simbad", r -> new MockResponse().setResponseCode(503));
        try (EmbeddedStore store = storeWithHerX1()) {
            Ztf ztf = Ztf.of(store).withNameResolvers(List.of(new SesameResolver(stub.endpoints().sesame(),
                    quick("sesame-t")), new SimbadResolver(stub.endpoints().simbadTap(), quick("simbad-t")),
                    new TnsNameResolver(stub.endpoints().snadTns()), store));
            SkyPosition p = ztf.resolve("Her X-1");
            assertEquals(0, p.separationArcsec(SkyPosition.of(254.457546, 35.342358)), 1e-9);
            assertEquals(3, stub.requestsTo("sesame").size(), "asked, with retries");
            assertTrue(stub.requestsTo("tns").isEmpty(), "not a TNS name");

            NameNotResolvedException e = assertThrows(NameNotResolvedException.class, () -> ztf.resolve("Nowhere Star"));
            assertEquals(4, e.resolversTried().size());
            assertTrue(e.resolversTried().get(0).startsWith("Sesame (SIMBAD, NED, VizieR) (unavailable: HTTP 503"),
                    e.resolversTried().toString());
            assertTrue(e.resolversTried().get(1).startsWith("SIMBAD (TAP) (unavailable: HTTP 503"));
            assertEquals("TNS (SNAD mirror)", e.resolversTried().get(2));
            assertTrue(e.getMessage().contains("name table of the in-memory database"), e.getMessage());
        }
    }

    @Test
    void sesameAnswersFirstWhenItKnowsTheName() {
        stub.fixture("sesame", "sesame_herx1.txt", "text/plain");
        try (EmbeddedStore store = storeWithHerX1()) {
            Ztf ztf = Ztf.of(store).withNameResolvers(NameResolvers.online(stub.endpoints(), store));
            assertEquals(254.45754625, ztf.resolve("Her X-1").ra(), 0, "Sesame's position, not the table's");
            assertTrue(stub.requestsTo("simbad").isEmpty(), "the chain stops at the first answer");
        }
    }
}
