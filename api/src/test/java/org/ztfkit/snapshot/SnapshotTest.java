package org.ztfkit.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ztfkit.Ztf;
import org.ztfkit.errors.NotInSnapshotException;
import org.ztfkit.errors.ServiceUnavailableException;
import org.ztfkit.remote.RecordedServices;
import org.ztfkit.store.DetectionZones;
import org.ztfkit.store.EmbeddedStore;
import tech.tablesaw.api.Table;

class SnapshotTest {
    static final long TARGET = 633207400004730L;

    @TempDir
    Path dir;

    /** Runs {@code sql} on every detection zone table ({@code %s}); returns the rows it changed. */
    private static int corruptDetections(Path file, String sql) {
        try (EmbeddedStore store = EmbeddedStore.open(file)) {
            return store.withConnection(c -> {
                int n = 0;
                for (String zone : DetectionZones.tables()) {
                    n += c.createStatement().executeUpdate(String.format(sql, zone));
                }
                return n;
            });
        }
    }

    @Test
    void entriesCarryFetchTimeSourceUrlAndChecksum() {
        Path file = dir.resolve("s.duckdb");
        Instant before = Instant.now();
        try (RecordedServices services = RecordedServices.start().useForZtfOnline();
             Ztf ztf = Ztf.online().snapshot(file)) {
            ztf.object(TARGET).lightCurve();
        }
        try (Snapshot s = Snapshot.offline(file)) {
            List<Entry> entries = s.entries();
            assertEquals(List.of("snad-ztf-dr/releases", "snad-ztf-dr/oid/dr24/633207400004730"),
                    entries.stream().map(Entry::key).toList());
            Entry oid = entries.get(1);
            assertTrue(oid.url().endsWith("/snad-ztf-dr/api/v3/data/latest/oid/full/json?oid=633207400004730"),
                    "asked for in the API's latest release, at the same time as the release list: " + oid.url());
            assertTrue(oid.checksum().matches("[0-9a-f]{64}"), oid.checksum());
            assertEquals(1 + 12, oid.rowCount(), "one object row and its 12 epochs");
            assertFalse(oid.fetchedAt().isBefore(before.minusSeconds(1)));
            assertFalse(oid.fetchedAt().isAfter(Instant.now()));
            assertEquals(List.of("dr24/633207400004730"), oid.members());
        }
    }

    @Test
    void aCorruptedEntryIsReportedOfflineAndFetchedAgainOnline() {
        Path file = dir.resolve("c.duckdb");
        Table recorded;
        try (RecordedServices services = RecordedServices.start().useForZtfOnline()) {
            try (Ztf ztf = Ztf.online().snapshot(file)) {
                recorded = ztf.object(TARGET).lightCurve().table();
            }
            assertEquals(1, corruptDetections(file, "UPDATE %s SET mag = mag + 1 WHERE oid = " + TARGET
                    + " AND hmjd = (SELECT min(hmjd) FROM ztf_detection)"));
            try (Ztf ztf = Ztf.offline(file)) {
                ServiceUnavailableException e = assertThrows(ServiceUnavailableException.class,
                        () -> ztf.object(TARGET));
                assertFalse(e instanceof NotInSnapshotException);
                assertTrue(e.getMessage().contains("corrupted") && e.getMessage().contains(file.toString()),
                        e.getMessage());
            }
            long oidCalls = services.fake.count("/oid/full/json");
            try (Ztf ztf = Ztf.online().snapshot(file)) {
                Table again = ztf.object(TARGET).lightCurve().table();
                assertEquals(recorded.doubleColumn("mag").asList(), again.doubleColumn("mag").asList());
            }
            assertEquals(oidCalls + 1, services.fake.count("/oid/full/json"), "the corrupted entry was fetched again");
        }
        try (Ztf ztf = Ztf.offline(file)) {
            assertEquals(recorded.doubleColumn("mag").asList(),
                    ztf.object(TARGET).lightCurve().table().doubleColumn("mag").asList());
        }
    }

    @Test
    void deletedRowsAreACorruptionToo() {
        Path file = dir.resolve("d.duckdb");
        try (RecordedServices services = RecordedServices.start().useForZtfOnline();
             Ztf ztf = Ztf.online().snapshot(file)) {
            ztf.object(TARGET).lightCurve();
        }
        assertEquals(1, corruptDetections(file, "DELETE FROM %s WHERE hmjd = (SELECT max(hmjd) FROM ztf_detection)"));
        try (Ztf ztf = Ztf.offline(file)) {
            ServiceUnavailableException e = assertThrows(ServiceUnavailableException.class, () -> ztf.object(TARGET));
            assertTrue(e.getMessage().contains("11 rows") || e.getMessage().contains("12 rows"), e.getMessage());
        }
    }

    @Test
    void aRecordingSnapshotAnswersKnownCallsWithoutTheNetwork() {
        Path file = dir.resolve("r.duckdb");
        try (RecordedServices services = RecordedServices.start().useForZtfOnline()) {
            try (Ztf ztf = Ztf.online().snapshot(file)) {
                ztf.object(TARGET).neighbours(1.5);
            }
            int calls = services.fake.requests().size();
            try (Ztf ztf = Ztf.online().snapshot(file)) {
                ztf.object(TARGET).neighbours(1.5);
            }
            assertEquals(calls, services.fake.requests().size());
        }
    }

    @Test
    void offlineWithoutTheFileSaysWhichFileIsMissing() {
        Path missing = dir.resolve("nothing-here.duckdb");
        var e = assertThrows(RuntimeException.class, () -> Ztf.offline(missing));
        assertTrue(e.getMessage().contains("nothing-here.duckdb"), e.getMessage());
    }

    @Test
    void snapshotIsOnlyForOnlineViews() {
        try (Ztf embedded = Ztf.of(EmbeddedStore.inMemory())) {
            var e = assertThrows(IllegalArgumentException.class, () -> embedded.snapshot(dir.resolve("x.duckdb")));
            assertTrue(e.getMessage().contains("Ztf.online().snapshot"), e.getMessage());
        }
    }

    @Test
    void onlineSendsNothingUntilACallNeedsIt() {
        try (RecordedServices services = RecordedServices.start().useForZtfOnline(); Ztf ztf = Ztf.online()) {
            assertTrue(ztf.isOnline());
            ztf.toString();
            assertEquals(0, services.fake.requests().size());
            ztf.release();
            assertEquals(List.of("GET /snad-ztf-dr/api/v3/dr/list/json"), services.fake.requests());
        }
    }
}
