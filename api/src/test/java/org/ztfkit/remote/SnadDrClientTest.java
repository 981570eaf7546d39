package org.ztfkit.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.errors.ServiceUnavailableException;
import org.ztfkit.model.DataRelease;
import org.ztfkit.model.Oid;
import org.ztfkit.net.ServicePolicy;
import org.ztfkit.sky.SkyPosition;
import org.ztfkit.store.DrRecord;

class SnadDrClientTest {
    static final DataRelease DR24 = DataRelease.of("dr24");
    static final Oid TARGET = Oid.of(633207400004730L);
    RecordedServices services;
    SnadDrClient client;

    @BeforeEach
    void start() {
        services = RecordedServices.start();
        client = new SnadDrClient(services.baseUrl(RemoteService.SNAD_ZTF_DR), quick());
    }

    @AfterEach
    void stop() {
        services.close();
    }

    static ServicePolicy quick() {
        return ServicePolicy.defaults("snad-ztf-dr").withBackoff(Duration.ofMillis(10), Duration.ofMillis(40))
                .withReadTimeout(Duration.ofSeconds(2)).withCallBudget(Duration.ofSeconds(5));
    }

    @Test
    void releasesAreTheListedNamesWithoutTheLatestAlias() {
        assertEquals(List.of("dr2", "dr3", "dr4", "dr8", "dr13", "dr17", "dr23", "dr24"),
                client.releases().stream().map(DataRelease::name).toList());
    }

    @Test
    void anObjectIsReadFromTheOidKeyedAnswerWithMjdAsTheDrHmjd() {
        JsonNode fixture = RecordedServices.read("snad-dr/oid_633207400004730_dr24.json").get("633207400004730");
        List<DrRecord> records = client.objects(DR24, List.of(TARGET));
        assertEquals(1, records.size());
        DrRecord r = records.get(0);
        assertEquals(TARGET, r.oid());
        assertEquals(fixture.get("meta").get("nobs").asInt(), r.nobs());
        assertEquals(fixture.get("meta").get("ngoodobs").asInt(), r.ngoodobs());
        assertEquals(fixture.get("meta").get("duration").asDouble(), r.durationDays());
        assertEquals(fixture.get("meta").get("coord").get("ra").asDouble(), r.position().ra());
        assertNull(r.ngoodobsShort(), "dr24 has no short-window meta");
        assertEquals(fixture.get("lc").size(), r.epochs().size());
        for (int i = 0; i < r.epochs().size(); i++) {
            JsonNode p = fixture.get("lc").get(i);
            DrRecord.Epoch e = r.epochs().get(i);
            assertEquals(p.get("mjd").asDouble(), e.hmjd(), 0.0, "the API's mjd is the DR's HMJD, stored unchanged");
            assertEquals((float) p.get("mag").asDouble(), e.mag());
            assertEquals(0, e.catflags(), "the API sends good epochs only");
        }
        assertTrue(services.fake.requests().get(0).endsWith("/api/v3/data/dr24/oid/full/json?oid=633207400004730"),
                services.fake.requests().toString());
    }

    @Test
    void anUnknownOidIsAnEmptyAnswerNotAnError() {
        assertEquals(List.of(), client.objects(DR24, List.of(Oid.of(633207400009999L))));
    }

    @Test
    void aConeReturnsEveryObjectWithinTheRadius() {
        List<DrRecord> near = client.cone(DR24, SkyPosition.of(247.4554247, 24.7728226), 1.5);
        assertEquals(List.of(633207400004730L, 633107400012873L, 1734208300001234L),
                near.stream().map(r -> r.oid().value()).toList());
        assertEquals(List.of(), client.cone(DR24, SkyPosition.of(10.0, 10.0), 5));
    }

    @Test
    void coneRadiiOutsideTheApiLimitAreRefusedBeforeAnyCall() {
        for (double bad : new double[] {0.0, -1.0, 60.5, Double.NaN}) {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> client.cone(DR24, SkyPosition.of(10, 10), bad));
            assertTrue(e.getMessage().contains("in (0, 60]"), e.getMessage());
        }
        assertEquals(0, services.fake.requests().size());
    }

    @Test
    void noneStringsForOptionalNumbersReadAsMissingAndForRequiredOnesAreABadPayload() {
        services.fake.routeFirst(FakeServices.path("/snad-ztf-dr/api/v3/data/dr24/oid/full/json?oid=633207400004731"),
                FakeServices.text("{\"633207400004731\": {\"meta\": {\"nobs\": 1, \"ngoodobs\": 1, \"duration\": 0,"
                        + " \"coord\": {\"ra\": 1.5, \"dec\": 2.5}}, \"lc\": [{\"mjd\": 58300.1, \"mag\": 19.5,"
                        + " \"magerr\": 0.1, \"clrcoeff\": \"None\"}]}}", "application/json"));
        services.fake.routeFirst(FakeServices.path("/snad-ztf-dr/api/v3/data/dr24/oid/full/json?oid=633207400004732"),
                FakeServices.text("{\"633207400004732\": {\"meta\": {\"nobs\": 1, \"ngoodobs\": 1, \"duration\": 0,"
                        + " \"coord\": {\"ra\": 1.5, \"dec\": 2.5}}, \"lc\": [{\"mjd\": 58300.1, \"mag\": \"None\","
                        + " \"magerr\": 0.1}]}}", "application/json"));
        DrRecord r = client.objects(DR24, List.of(Oid.of(633207400004731L))).get(0);
        assertTrue(Float.isNaN(r.epochs().get(0).clrcoeff()));
        ServiceUnavailableException e = assertThrows(ServiceUnavailableException.class,
                () -> client.objects(DR24, List.of(Oid.of(633207400004732L))));
        assertTrue(e.getMessage().contains("no value for 'mag'"), e.getMessage());
    }

    @Test
    void keysThatAreNotOidsAreABadPayload() {
        services.fake.routeFirst(FakeServices.path("/snad-ztf-dr/api/v3/data/dr24/oid/full/json"),
                FakeServices.text("{\"ZTF18abc\": {}}", "application/json"));
        ServiceUnavailableException e = assertThrows(ServiceUnavailableException.class,
                () -> client.objects(DR24, List.of(TARGET)));
        assertEquals("snad-ztf-dr", e.service());
        assertTrue(e.getMessage().contains("ZTF18abc"), e.getMessage());
    }

    @Test
    void anUnservedReleaseIsReportedWithTheServersReason() {
        ServiceUnavailableException e = assertThrows(ServiceUnavailableException.class,
                () -> client.objects(DataRelease.of("dr99"), List.of(TARGET)));
        assertTrue(e.getMessage().contains("HTTP 404"), e.getMessage());
    }
}
