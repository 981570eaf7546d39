package org.ztfkit.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.Test;
import org.ztfkit.RealData;
import org.ztfkit.errors.ServiceUnavailableException;
import org.ztfkit.net.ServicePolicy;
import org.ztfkit.sky.SkyPosition;
import org.ztfkit.vo.Vo;

/** Gaia epoch photometry (the real DR2 file of MANIFEST §3c and a DR3-layout answer) and VizieR Gaia cones. */
class GaiaTest {
    static final String REAL = "lightcurves/gaia/gaia_dr2_epoch_photometry_5813181197970338560.xml";
    static final SkyPosition TARGET = SkyPosition.of(247.4554247, 24.7728226);

    static GaiaClient client(RecordedServices s) {
        return new GaiaClient(s.baseUrl(RemoteService.GAIA_DATALINK), ServicePolicy.defaults("gaia-datalink"),
                s.baseUrl(RemoteService.VIZIER), ServicePolicy.defaults("vizier"));
    }

    @Test
    void theRealEpochPhotometryParsesBandByBand() {
        List<GaiaEpoch> epochs = GaiaEpochPhotometry.epochs(Vo.readVotable(RealData.file(REAL)), REAL);
        assertEquals(251, epochs.size(), "MANIFEST: 251 rows");
        Map<String, Long> byBand = epochs.stream().collect(Collectors.groupingBy(GaiaEpoch::band, Collectors.counting()));
        assertEquals(Map.of("G", 85L, "BP", 83L, "RP", 83L), byBand);
        assertEquals(0, epochs.stream().filter(GaiaEpoch::rejectedByPhotometry).count());
        assertEquals(2, epochs.stream().filter(GaiaEpoch::rejectedByVariability).count());
        assertEquals(1705.944, epochs.stream().mapToDouble(GaiaEpoch::timeTcbDays).min().orElseThrow(), 1e-3);
        assertEquals(2320.203, epochs.stream().mapToDouble(GaiaEpoch::timeTcbDays).max().orElseThrow(), 1e-3);
        assertTrue(epochs.stream().allMatch(e -> e.sourceId() == 5813181197970338560L));
        assertEquals(15442.456273273616, epochs.get(0).flux(), 0.01, "declared float: float32 precision");
    }

    @Test
    void dr3RowsHoldThreeBandsAndTheViewersSelectionApplies() {
        try (RecordedServices s = RecordedServices.start()) {
            List<GaiaEpoch> epochs = client(s).epochPhotometry(1299840417592340992L);
            assertEquals(15, epochs.size());
            Map<String, Long> usable = epochs.stream().filter(GaiaEpoch::isUsable)
                    .collect(Collectors.groupingBy(GaiaEpoch::band, Collectors.counting()));
            // G: transit 3 variability-rejected, transit 4 rejected by photometry; BP: transit 4, and transit 5 has no flux
            assertEquals(Map.of("G", 3L, "BP", 3L, "RP", 4L), usable);
            assertTrue(s.fake.requests().get(0).contains("ID=Gaia+DR3+1299840417592340992"), s.fake.requests().toString());
        }
    }

    @Test
    void aZippedAnswerIsOpened() throws Exception {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("EPOCH_PHOTOMETRY-Gaia DR3 1299840417592340992.xml"));
            z.write(FakeServices.read("gaia/epoch_photometry_1299840417592340992.vot"));
        }
        try (RecordedServices s = RecordedServices.start()) {
            s.fake.routeFirst(r -> r.getPath().contains("EPOCH_PHOTOMETRY"), r -> new MockResponse()
                    .setHeader("Content-Type", "application/zip").setBody(new okio.Buffer().write(zip.toByteArray())));
            assertEquals(15, client(s).epochPhotometry(1299840417592340992L).size());
        }
    }

    @Test
    void vizierConesGiveSourcesAndDistances() {
        try (RecordedServices s = RecordedServices.start()) {
            List<GaiaSource> sources = client(s).sources(TARGET, 5);
            assertEquals(2, sources.size());
            GaiaSource first = sources.get(0);
            assertEquals(1299840417592340992L, first.sourceId());
            assertTrue(first.hasEpochPhot());
            assertFalse(sources.get(1).hasEpochPhot());
            assertEquals(247.45542563, first.position().ra(), 1e-9, "the J2000 position VizieR computes");
            assertEquals(247.45542471, first.raEp2016(), 1e-9);
            assertEquals(-0.31, first.feh(), 1e-9);
            assertTrue(Double.isNaN(sources.get(1).plx()), "empty cells are NaN");
            GaiaDistance d = client(s).distances(TARGET, 1).get(0);
            assertEquals(2156.7, d.rgeo(), 1e-9);
            assertEquals(1612.9, d.rgeoLo(), 1e-9);
            assertEquals("10033", d.flag());
        }
    }

    @Test
    void aVizierErrorIsTheServiceBeingUnavailable() {
        try (RecordedServices s = RecordedServices.start()) {
            s.fake.routeFirst(r -> r.getPath().contains("I/352/gedr3dis"), FakeServices.fixture("irsa-lc/error.xml", "text/xml"));
            ServiceUnavailableException e = assertThrows(ServiceUnavailableException.class,
                    () -> client(s).distances(TARGET, 1));
            assertEquals("vizier", e.service());
            assertTrue(e.getMessage().contains("radius exceeds"), e.getMessage());
        }
    }
}
