package org.ztfkit.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ztfkit.RealData;
import org.ztfkit.errors.ServiceUnavailableException;
import org.ztfkit.model.Oid;
import org.ztfkit.net.ServicePolicy;
import org.ztfkit.sky.SkyPosition;
import org.ztfkit.store.DrRecord;
import org.ztfkit.vo.Vo;

/** The IRSA light-curve VOTable (MANIFEST §3a, TimeSeriesZTF_irsa.xml) through the client's parser. */
class IrsaLightCurvesTest {
    static final String FILE = "lightcurves/ztf_dr/TimeSeriesZTF_irsa.xml";

    static List<DrRecord> realRecords() {
        return IrsaLightCurves.records(Vo.readVotable(RealData.file(FILE)), FILE);
    }

    @Test
    void theRealFileGivesTwoObjectsWithEveryEpochAndItsFlags() {
        List<DrRecord> records = realRecords();
        assertEquals(List.of(686103400034440L, 686103400106565L), records.stream().map(r -> r.oid().value()).toList());
        assertEquals(147, records.get(0).epochs().size());
        assertEquals(150, records.get(1).epochs().size());
        long flagged = records.stream().flatMap(r -> r.epochs().stream()).filter(e -> e.catflags() != 0).count();
        assertEquals(17, flagged, "MANIFEST: 17 rows have catflags != 0");
        assertEquals(147, records.get(0).nobs());
    }

    @Test
    void hexCcdAndQuadrantAgreeWithTheOid() {
        Oid oid = realRecords().get(0).oid();
        assertEquals(686, oid.fieldId());
        assertEquals(3, oid.ccdId(), "ccdid is written 0x3");
        assertEquals(4, oid.qid(), "qid is written 0x4");
    }

    @Test
    void timesAreHeliocentricMjdFromHjdAndFilefracdayIsKept() {
        DrRecord.Epoch first = realRecords().get(0).epochs().get(0);
        assertEquals(2458205.0119003966 - 2400000.5, first.hmjd(), 1e-9, "first row's hjd");
        assertEquals(20180327513854L, first.filefracday());
        double min = realRecords().stream().flatMap(r -> r.epochs().stream()).mapToDouble(DrRecord.Epoch::hmjd).min()
                .orElseThrow();
        double max = realRecords().stream().flatMap(r -> r.epochs().stream()).mapToDouble(DrRecord.Epoch::hmjd).max()
                .orElseThrow();
        assertEquals(2458205.012 - 2400000.5, min, 1e-3, "MANIFEST: hjd runs 2458205.012–2458469.617");
        assertEquals(2458469.617 - 2400000.5, max, 1e-3);
    }

    @Test
    void theObjectPositionIsTheMeanOfItsEpochs() {
        DrRecord r = realRecords().get(0);
        assertTrue(r.position().separationArcsec(SkyPosition.of(298.002521, 29.871470)) < 0.1, r.position().toString());
        DrRecord s = realRecords().get(1);
        assertTrue(s.position().separationArcsec(SkyPosition.of(298.003745, 29.870628)) < 0.1, s.position().toString());
    }

    @Test
    void theClientReadsTheServiceAnswerAndReportsErrorsAsUnavailable() throws Exception {
        byte[] real = Files.readAllBytes(RealData.file(FILE));
        try (FakeServices fake = FakeServices.start()) {
            fake.route(r -> r.getPath().contains("ID=686103400034440"),
                    r -> new okhttp3.mockwebserver.MockResponse().setHeader("Content-Type", "text/xml")
                            .setBody(new okio.Buffer().write(real)));
            fake.route(r -> r.getPath().contains("POS=CIRCLE"), FakeServices.fixture("irsa-lc/error.xml", "text/xml"));
            fake.route(r -> r.getPath().contains("ID=1"), FakeServices.text("<html><head><title>Service down for "
                    + "maintenance</title></head></html>", "text/html"));
            ServicePolicy quick = ServicePolicy.defaults("irsa-lc").withBackoff(Duration.ofMillis(5), Duration.ofMillis(10));
            IrsaLightCurveClient irsa = new IrsaLightCurveClient(fake.url("/nph_light_curves"), quick);
            assertEquals(2, irsa.object(Oid.of(686103400034440L)).size());
            ServiceUnavailableException error = assertThrows(ServiceUnavailableException.class,
                    () -> irsa.cone(SkyPosition.of(298, 29.8), 5));
            assertTrue(error.getMessage().contains("radius exceeds the maximum"), error.getMessage());
            ServiceUnavailableException html = assertThrows(ServiceUnavailableException.class,
                    () -> irsa.object(Oid.of(100101100000001L)));
            assertTrue(html.getMessage().contains("Service down for maintenance"), html.getMessage());
        }
    }
}
