package org.ztfkit.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ztfkit.net.ServicePolicy;
import org.ztfkit.sky.SkyPosition;

/** The three alert brokers against recorded answers (external-services.md §4): one object, three spellings. */
class BrokersTest {
    static final SkyPosition TARGET = SkyPosition.of(247.4554247, 24.7728226);
    RecordedServices services;

    @BeforeEach
    void start() {
        services = RecordedServices.start();
    }

    @AfterEach
    void stop() {
        services.close();
    }

    /** The fixture's detection times, as Fink sends them (JD at exposure start). */
    List<Double> finkDetectionJds() {
        JsonNode rows = RecordedServices.read("fink/objects_ZTF18abqkqdm.json");
        return java.util.stream.StreamSupport.stream(rows.spliterator(), false)
                .filter(r -> r.get("d:tag").asText().equals("valid")).map(r -> r.get("i:jd").asDouble()).sorted().toList();
    }

    static Map<String, Long> kinds(List<BrokerEpoch> lc) {
        return lc.stream().collect(Collectors.groupingBy(BrokerEpoch::kind, Collectors.counting()));
    }

    static List<Double> detectionJds(List<BrokerEpoch> lc) {
        return lc.stream().filter(e -> e.kind().equals(BrokerEpoch.DETECTION)).map(BrokerEpoch::jd).sorted().toList();
    }

    @Test
    void alerceMjdBecomesJdAndNonDetectionsAreUpperLimits() {
        AlerceClient alerce = new AlerceClient(services.baseUrl(RemoteService.ALERCE), ServicePolicy.defaults("alerce"));
        List<BrokerObject> near = alerce.cone(TARGET, 5);
        assertEquals(1, near.size());
        assertEquals("ZTF18abqkqdm", near.get(0).ztfName());
        List<BrokerEpoch> lc = alerce.lightCurve(near.get(0));
        assertEquals(Map.of("detection", 4L, "upper_limit", 2L), kinds(lc));
        List<Double> expected = finkDetectionJds();
        List<Double> got = detectionJds(lc);
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), got.get(i), 1e-7, "mjd + 2400000.5");
        }
        assertEquals(605192361515015004L, lc.get(0).candid(), "candid sent as a string, kept exact");
        assertEquals(1, lc.get(0).isdiffpos());
        assertEquals(18.91, lc.get(0).magpsfCorr(), 1e-9);
        BrokerEpoch upper = lc.get(4);
        assertNull(upper.candid());
        assertTrue(Double.isNaN(upper.magpsf()));
        assertEquals(20.12, upper.diffmaglim(), 1e-9);
    }

    @Test
    void finkTagsSayWhatEachRowIsAndMinusOneIsNoCandid() {
        FinkClient fink = new FinkClient(services.baseUrl(RemoteService.FINK), ServicePolicy.defaults("fink"));
        List<BrokerObject> near = fink.cone(TARGET, 5);
        assertEquals("ZTF18abqkqdm", near.get(0).brokerOid());
        List<BrokerEpoch> lc = fink.lightCurve(near.get(0));
        assertEquals(Map.of("detection", 4L, "upper_limit", 2L, "bad_quality", 1L), kinds(lc));
        assertTrue(lc.stream().filter(e -> e.kind().equals("upper_limit")).allMatch(e -> e.candid() == null));
        BrokerEpoch bad = lc.stream().filter(e -> e.kind().equals("bad_quality")).findFirst().orElseThrow();
        assertEquals(-1, bad.isdiffpos(), "isdiffpos 'f'");
        assertEquals(633, lc.get(0).field());
        assertEquals(finkDetectionJds(), detectionJds(lc));
        assertTrue(services.fake.requests().get(0).startsWith("POST /fink/api/v1/conesearch"));
    }

    @Test
    void antaresPagesAreFollowedAndTheCsvLightCurveIsRead() {
        AntaresClient antares = new AntaresClient(services.baseUrl(RemoteService.ANTARES), ServicePolicy.defaults("antares"));
        List<BrokerObject> near = antares.cone(TARGET, 5);
        assertEquals(List.of("ANT2018aabqkqd", "ANT2018aabqxyz"), near.stream().map(BrokerObject::brokerOid).toList());
        assertEquals(2, services.fake.count("/antares/loci?"), "two pages");
        assertTrue(services.fake.requests().get(0).contains("sky_distance"), services.fake.requests().get(0));
        List<BrokerEpoch> lc = antares.lightCurve(near.get(0));
        assertEquals(Map.of("detection", 4L, "upper_limit", 2L), kinds(lc));
        BrokerEpoch r = lc.stream().filter(e -> e.brokerPassband().equals("R")).findFirst().orElseThrow();
        assertEquals(2, r.fid(), "ANTARES writes ZTF r as R");
        List<Double> expected = finkDetectionJds();
        List<Double> got = detectionJds(lc);
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), got.get(i), 1e-7);
        }
        assertEquals(605192361515015004L, lc.stream().filter(e -> e.candid() != null).findFirst().orElseThrow().candid());
    }
}
