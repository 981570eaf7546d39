package org.ztfkit.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ztfkit.Ztf;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.errors.ServiceUnavailableException;
import org.ztfkit.model.Band;
import org.ztfkit.net.ServicePolicy;
import org.ztfkit.photometry.Extinction;
import org.ztfkit.remote.DustmapsClient;
import org.ztfkit.remote.RecordedServices;
import org.ztfkit.remote.RemoteService;
import org.ztfkit.sky.SkyPosition;

/** Extinction from the SNAD dustmaps service (recorded answers), online and from the snapshot. */
class ExtinctionTest {
    static final long TARGET = 633207400004730L;

    @TempDir
    Path dir;

    @Test
    void bandExtinctionsFollowTheViewersRatios() {
        Extinction e = Extinction.of(0.0561, "csfd");
        // A_V = 3.1 E(B-V); A_band = A_V x (1.21, 0.848, 0.622), worked by hand
        assertEquals(0.17391, e.av(), 1e-12);
        assertEquals(0.2104311, e.a(Band.ZTF_G), 1e-12);
        assertEquals(0.14747568, e.a(Band.ZTF_R), 1e-12);
        assertEquals(0.10817202, e.a(Band.ZTF_I), 1e-12);
        assertThrows(InvalidInputException.class, () -> e.a(Band.of("ps1_g")));
    }

    @Test
    void theObjectsExtinctionIsRecordedAndAnsweredOffline() {
        Path file = dir.resolve("dust.duckdb");
        try (RecordedServices services = RecordedServices.start().useForZtfOnline();
             Ztf ztf = Ztf.online().snapshot(file)) {
            assertEquals(0.0561, ztf.object(TARGET).extinction().ebv(), 1e-7);
            assertEquals(0.0473, ztf.object(TARGET).extinction(850.0).orElseThrow().ebv(), 1e-7);
            assertEquals(Optional.empty(), ztf.extinction().bayestar(SkyPosition.of(10, -45), 850.0),
                    "Bayestar says null outside its footprint");
        }
        try (Ztf ztf = Ztf.offline(file)) {
            Extinction e = ztf.object(TARGET).extinction();
            assertEquals(0.0561, e.ebv(), 1e-7);
            assertEquals("csfd", e.map());
            assertEquals(0.0473, ztf.object(TARGET).extinction(850.0).orElseThrow().ebv(), 1e-7);
            assertEquals(Optional.empty(), ztf.extinction().bayestar(SkyPosition.of(10, -45), 850.0),
                    "an answer of 'outside the map' is recorded too");
        }
    }

    @Test
    void refusedParametersCarryTheServersReason() {
        try (RecordedServices services = RecordedServices.start()) {
            DustmapsClient dust = new DustmapsClient(services.baseUrl(RemoteService.SNAD_DUSTMAPS),
                    ServicePolicy.defaults("snad-dustmaps"));
            assertThrows(InvalidInputException.class, () -> dust.bayestar(SkyPosition.of(1, 1), -5));
            services.fake.routeFirst(r -> r.getPath().contains("csfd"), r -> new okhttp3.mockwebserver.MockResponse()
                    .setResponseCode(400).setBody("{\"error\": \"dec must be in [-90, 90]\"}"));
            ServiceUnavailableException e = assertThrows(ServiceUnavailableException.class,
                    () -> dust.csfd(SkyPosition.of(1, 1)));
            assertTrue(e.getMessage().contains("dec must be in [-90, 90]"), e.getMessage());
        }
    }
}
