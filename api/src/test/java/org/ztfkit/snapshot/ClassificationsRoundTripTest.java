package org.ztfkit.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ztfkit.Ztf;
import org.ztfkit.errors.ServiceUnavailableException;
import org.ztfkit.remote.AlerceClient;
import org.ztfkit.remote.BrokerClassifier;
import org.ztfkit.remote.FinkClient;
import org.ztfkit.remote.RecordedServices;
import org.ztfkit.remote.RemoteService;
import org.ztfkit.net.ServicePolicy;
import org.ztfkit.sky.SkyPosition;
import org.ztfkit.summary.Classification;
import tech.tablesaw.api.Table;

/** Brokers' classifications fetched online into a snapshot, then served offline from it identically. */
class ClassificationsRoundTripTest {
    static final SkyPosition TARGET = SkyPosition.of(247.4554247, 24.7728226);
    static final List<String> BROKERS = List.of("alerce", "fink");

    @TempDir
    Path dir;

    static RecordedClassifications source(Snapshot s, List<BrokerClassifier> clients) {
        return new RecordedClassifications(s, new RecordedAlerts(s, BROKERS, clients == null ? null
                : List.copyOf(clients)), BROKERS, clients);
    }

    @Test
    void classesRecordedOnlineAreServedOfflineIdentically() {
        Path file = dir.resolve("classes.duckdb");
        List<Classification> online;
        try (RecordedServices services = RecordedServices.start()) {
            List<BrokerClassifier> clients = List.of(
                    new AlerceClient(services.baseUrl(RemoteService.ALERCE), ServicePolicy.defaults("alerce")),
                    new FinkClient(services.baseUrl(RemoteService.FINK), ServicePolicy.defaults("fink")));
            try (Snapshot s = Snapshot.recording(file)) {
                online = source(s, clients).classifications(TARGET, 1.0);
                assertEquals(online, source(s, clients).classifications(TARGET, 1.0));
                // 14 ALeRCE rows as sent and Fink's three scores are stored
                Table stored = s.store().query("rows", "SELECT broker, count(*) AS n FROM alert_classification "
                        + "GROUP BY broker ORDER BY broker");
                assertEquals(List.of("alerce", "fink"), stored.stringColumn("broker").asList());
                assertEquals(RecordedServices.read("alerce/probabilities_ZTF18abqkqdm.json").size(),
                        stored.longColumn("n").get(0));
                assertEquals(3L, stored.longColumn("n").get(1));
            }
            assertEquals(1, services.fake.count("/probabilities"), "the second session answered from the file");
        }
        assertEquals(5, online.size(), online.toString());
        assertEquals(new Classification("ALeRCE light curve", "SNIa", 0.612), online.get(1));
        try (Snapshot s = Snapshot.offline(file)) {
            assertEquals(online, source(s, null).classifications(TARGET, 1.0));
            ServiceUnavailableException e = assertThrows(ServiceUnavailableException.class,
                    () -> source(s, null).classifications(SkyPosition.of(10, 10), 1.0));
            assertTrue(e.getMessage().contains("alerce cone 10.00000 +10.00000 r=1.0\" was never fetched into snapshot")
                    && e.getMessage().contains("fink cone"), e.getMessage());
        }
    }

    @Test
    void theOnlineSummaryShowsTheBrokersClassesAndTheOfflineOneTheSame() {
        Path file = dir.resolve("summary.duckdb");
        List<Classification> online;
        try (RecordedServices services = RecordedServices.start().useForZtfOnline();
             Ztf ztf = Ztf.online().snapshot(file)) {
            online = ztf.object(SnapshotRoundTripTest.TARGET).summary().classifications();
        }
        // at least 0.5: ALeRCE stamp SN 0.547, light curve SNIa 0.612, Fink SN 0.88 (μLens 0.0 and KN 0.02 are not),
        // then Gaia DR3's classes
        assertEquals(List.of("55% SN (ALeRCE stamp)", "61% SNIa (ALeRCE light curve)", "88% SN (Fink)"),
                online.stream().limit(3).map(Classification::toString).toList());
        assertTrue(online.stream().skip(3).allMatch(c -> c.source().equals("Gaia DR3 DSC")), online.toString());
        try (Ztf ztf = Ztf.offline(file)) {
            assertEquals(online, ztf.object(SnapshotRoundTripTest.TARGET).summary().classifications());
            assertFalse(ztf.isOnline());
        }
    }
}
