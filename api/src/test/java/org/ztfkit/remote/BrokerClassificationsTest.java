package org.ztfkit.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ztfkit.errors.ServiceUnavailableException;
import org.ztfkit.net.ServicePolicy;
import org.ztfkit.summary.BrokerClassification;
import org.ztfkit.summary.Classification;

/**
 * ALeRCE's probabilities and Fink's scores against fixtures shaped as external-services.md §4.2 and §4.3 document
 * ({@code alerce/probabilities_ZTF18abqkqdm.json}: two versions of each classifier; {@code fink/conesearch.json}).
 */
class BrokerClassificationsTest {
    RecordedServices services;
    AlerceClient alerce;
    FinkClient fink;

    @BeforeEach
    void start() {
        services = RecordedServices.start();
        alerce = new AlerceClient(services.baseUrl(RemoteService.ALERCE), ServicePolicy.defaults("alerce"));
        fink = new FinkClient(services.baseUrl(RemoteService.FINK), ServicePolicy.defaults("fink"));
    }

    @AfterEach
    void stop() {
        services.close();
    }

    @Test
    void alerceSendsEveryClassOfEveryClassifierVersion() {
        List<BrokerClassification> rows = alerce.classifications(alerce.cone(BrokersTest.TARGET, 1.0).get(0));
        JsonNode fixture = RecordedServices.read("alerce/probabilities_ZTF18abqkqdm.json");
        assertEquals(fixture.size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            JsonNode f = fixture.get(i);
            BrokerClassification r = rows.get(i);
            assertEquals(f.get("classifier_name").asText(), r.classifier());
            assertEquals(f.get("classifier_version").asText(), r.classifierVersion());
            assertEquals(f.get("class_name").asText(), r.className());
            assertEquals(f.get("probability").asDouble(), r.probability());
            assertEquals(f.get("ranking").asInt(), r.ranking().orElseThrow());
            assertEquals("ZTF18abqkqdm", r.brokerOid());
        }
        assertTrue(services.fake.requests().stream().anyMatch(q -> q.contains("/objects/ZTF18abqkqdm/probabilities")));
    }

    @Test
    void finkScoresComeFromTheConeRecordOfTheLatestAlert() {
        List<BrokerClassification> rows = fink.classifications(fink.cone(BrokersTest.TARGET, 1.0).get(0));
        JsonNode record = RecordedServices.read("fink/conesearch.json").get(0);
        assertEquals(List.of("d:mulens", "d:rf_kn_vs_nonkn", "d:snn_sn_vs_all"),
                rows.stream().map(BrokerClassification::classifier).toList());
        assertEquals(List.of("μLens", "KN", "SN"), rows.stream().map(BrokerClassification::className).toList());
        for (BrokerClassification r : rows) {
            assertEquals(record.get(r.classifier()).asDouble(), r.probability(), r.toString());
            assertEquals(record.get("i:jd").asDouble(), r.jd().orElseThrow());
        }
        assertEquals(1, services.fake.count("/conesearch"), "the scores need no other request");
    }

    @Test
    void theSummaryClassesAreTheNewestVersionsTopClassesThenFinksScores() {
        List<Classification> classes = BrokerClassifications.online(List.of(alerce, fink))
                .classifications(BrokersTest.TARGET, 1.0);
        // stamp_classifier_1.0.4 beats stamp_classifier_beta (0.0.0), hierarchical_rf_1.1.0 beats 1.0.1
        assertEquals(List.of(new Classification("ALeRCE stamp", "SN", 0.547),
                new Classification("ALeRCE light curve", "SNIa", 0.612), new Classification("Fink", "μLens", 0.0),
                new Classification("Fink", "KN", 0.02), new Classification("Fink", "SN", 0.88)), classes);
    }

    @Test
    void anHtmlErrorPageFromAlerceLeavesFinksClasses() {
        services.fake.routeFirst(FakeServices.path("/" + RemoteService.ALERCE.id() + "/objects/ZTF18abqkqdm/probabilities"),
                FakeServices.text("<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>",
                        "text/html"));
        List<Classification> classes = BrokerClassifications.online(List.of(alerce, fink))
                .classifications(BrokersTest.TARGET, 1.0);
        assertEquals(List.of("Fink", "Fink", "Fink"), classes.stream().map(Classification::source).toList());
        ServiceUnavailableException e = assertThrows(ServiceUnavailableException.class,
                () -> alerce.classifications(alerce.cone(BrokersTest.TARGET, 1.0).get(0)));
        assertTrue(e.reason().contains("502 Bad Gateway") || e.reason().toLowerCase().contains("html"), e.reason());
    }

    @Test
    void truncatedJsonFromFinkLeavesAlercesClasses() {
        String whole = new String(FakeServices.read("fink/conesearch.json"), java.nio.charset.StandardCharsets.UTF_8);
        services.fake.routeFirst(FakeServices.path("/" + RemoteService.FINK.id() + "/api/v1/conesearch"),
                FakeServices.text(whole.substring(0, whole.length() / 2), "application/json"));
        List<Classification> classes = BrokerClassifications.online(List.of(alerce, fink))
                .classifications(BrokersTest.TARGET, 1.0);
        assertEquals(List.of("ALeRCE stamp", "ALeRCE light curve"),
                classes.stream().map(Classification::source).toList());
        ServiceUnavailableException e = assertThrows(ServiceUnavailableException.class,
                () -> fink.cone(BrokersTest.TARGET, 1.0));
        assertTrue(e.reason().contains("truncated or malformed"), e.reason());
    }

    @Test
    void whenNoBrokerAnswersTheReasonNamesEach() {
        services.fake.routeFirst(FakeServices.path("/" + RemoteService.ALERCE.id() + "/objects?"),
                FakeServices.text("{\"items\": [", "application/json"));
        services.fake.routeFirst(FakeServices.path("/" + RemoteService.FINK.id() + "/api/v1/conesearch"),
                FakeServices.text("<html><body>Service Unavailable</body></html>", "text/html"));
        ServiceUnavailableException e = assertThrows(ServiceUnavailableException.class,
                () -> BrokerClassifications.online(List.of(alerce, fink)).classifications(BrokersTest.TARGET, 1.0));
        assertTrue(e.reason().contains("alerce") && e.reason().contains("fink"), e.reason());
    }

    @Test
    void anObjectBeyondTheRadiusHasNoClasses() {
        // the fixture's object is 0.02″ from the target; 2″ away nothing is within 1″
        JsonNode item = RecordedServices.read("alerce/objects_cone.json").get("items").get(0);
        var far = org.ztfkit.sky.SkyPosition.of(item.get("meanra").asDouble(), item.get("meandec").asDouble() + 2 / 3600.0);
        assertTrue(BrokerClassifications.online(List.of(alerce, fink)).classifications(far, 1.0).isEmpty());
        assertFalse(services.fake.requests().stream().anyMatch(q -> q.contains("/probabilities")));
    }
}
