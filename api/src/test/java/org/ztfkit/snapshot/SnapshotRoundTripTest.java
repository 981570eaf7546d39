package org.ztfkit.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ztfkit.Ztf;
import org.ztfkit.ZtfObject;
import org.ztfkit.errors.NotInSnapshotException;
import org.ztfkit.errors.ObjectNotFoundException;
import org.ztfkit.remote.RecordedServices;
import tech.tablesaw.api.Table;

/** Online against recorded responses, into a snapshot; then offline from it: the same calls, identical tables. */
class SnapshotRoundTripTest {
    static final long TARGET = 633207400004730L;

    @TempDir
    Path dir;

    /** Everything the DR source gives about one object, as tables. */
    static List<Table> assemble(Ztf ztf) {
        List<Table> out = new ArrayList<>();
        ZtfObject obj = ztf.object(TARGET);
        out.add(Table.create("meta").addColumns(
                tech.tablesaw.api.StringColumn.create("meta", List.of(obj.meta().toString()))));
        out.add(obj.lightCurve().table());
        Table neighbours = obj.neighbours(1.5);
        out.add(neighbours);
        for (long oid : neighbours.longColumn("oid")) {
            out.add(ztf.object(oid).lightCurve().table());
        }
        out.add(ztf.cone(obj.position(), 1.0));
        return out;
    }

    static void assertSameCells(List<Table> expected, List<Table> actual) {
        assertEquals(expected.size(), actual.size());
        for (int t = 0; t < expected.size(); t++) {
            Table e = expected.get(t);
            Table a = actual.get(t);
            assertEquals(e.name(), a.name());
            assertEquals(e.columnNames(), a.columnNames(), e.name());
            assertEquals(e.rowCount(), a.rowCount(), e.name());
            for (int c = 0; c < e.columnCount(); c++) {
                assertEquals(e.column(c).type(), a.column(c).type(), e.name() + "." + e.column(c).name());
                for (int r = 0; r < e.rowCount(); r++) {
                    assertEquals(e.get(r, c), a.get(r, c), e.name() + " row " + r + " column " + e.column(c).name());
                }
            }
        }
    }

    @Test
    void anObjectAssembledOnlineIsAssembledIdenticallyOfflineFromTheSnapshot() {
        Path file = dir.resolve("analysis.duckdb");
        List<Table> online;
        try (RecordedServices services = RecordedServices.start().useForZtfOnline()) {
            try (Ztf ztf = Ztf.online().snapshot(file)) {
                online = assemble(ztf);
            }
            assertEquals(RecordedServices.read("snad-dr/oid_633207400004730_dr24.json").get("633207400004730")
                    .get("lc").size(), online.get(1).rowCount());
            assertEquals(2, online.get(2).rowCount(), "two neighbours within 1.5\"");
            List<String> requests = services.fake.requests();
            assertEquals(2, requests.stream().filter(r -> r.contains("/circle/")).count(), "two cones: " + requests);
            assertEquals(1, requests.stream().filter(r -> r.contains("/oid/")).count(),
                    "the neighbours' light curves came with the cone: " + requests);
        }
        // the fake services are gone: offline must not need them
        try (Ztf ztf = Ztf.offline(file)) {
            assertSameCells(online, assemble(ztf));
        }
    }

    @Test
    void offlineACallNeverRecordedSaysSoAndNamesTheSnapshot() {
        Path file = dir.resolve("partial.duckdb");
        try (RecordedServices services = RecordedServices.start().useForZtfOnline();
             Ztf ztf = Ztf.online().snapshot(file)) {
            ztf.object(TARGET);
        }
        try (Ztf ztf = Ztf.offline(file)) {
            NotInSnapshotException e = assertThrows(NotInSnapshotException.class,
                    () -> ztf.object(TARGET).neighbours(1.5));
            assertEquals(file.toString(), e.snapshot());
            assertTrue(e.getMessage().contains("never fetched into snapshot " + file), e.getMessage());
            assertTrue(e.getMessage().contains("cone"), e.getMessage());
        }
    }

    @Test
    void anUnknownOidIsRecordedAsNotFoundAndAnsweredSoOffline() {
        Path file = dir.resolve("notfound.duckdb");
        try (RecordedServices services = RecordedServices.start().useForZtfOnline();
             Ztf ztf = Ztf.online().snapshot(file)) {
            assertThrows(ObjectNotFoundException.class, () -> ztf.dr("dr24").object(633207400009999L));
        }
        try (Ztf ztf = Ztf.offline(file)) {
            ObjectNotFoundException e = assertThrows(ObjectNotFoundException.class,
                    () -> ztf.dr("dr24").object(633207400009999L));
            assertTrue(e.getMessage().contains("633207400009999"), e.getMessage());
        }
    }

    @Test
    void aSnapshotFileOpensAsAnEmbeddedDatabase() {
        Path file = dir.resolve("open.duckdb");
        List<Table> online;
        try (RecordedServices services = RecordedServices.start().useForZtfOnline();
             Ztf ztf = Ztf.online().snapshot(file)) {
            online = assemble(ztf);
        }
        try (Ztf ztf = Ztf.open(file)) {
            assertEquals("dr24", ztf.release().name());
            assertEquals(online.get(1).rowCount(), ztf.object(TARGET).lightCurve().size());
            assertFalse(ztf.isOnline());
        }
    }
}
