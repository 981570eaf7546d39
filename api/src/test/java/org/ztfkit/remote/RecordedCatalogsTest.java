package org.ztfkit.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ztfkit.catalog.CatalogRadii;
import org.ztfkit.catalog.CatalogRow;
import org.ztfkit.catalog.Catalogs;
import org.ztfkit.catalog.XmatchReport;
import org.ztfkit.errors.NotInSnapshotException;
import org.ztfkit.errors.ServiceUnavailableException;
import org.ztfkit.net.ServicePolicy;
import org.ztfkit.sky.SkyPosition;
import org.ztfkit.snapshot.RecordedCatalogs;
import org.ztfkit.snapshot.RecordedNames;
import org.ztfkit.snapshot.Snapshot;
import org.ztfkit.source.Crossmatcher;
import org.ztfkit.source.ResolvedName;

/** Catalog, SkyBoT and name answers recorded into a snapshot file and answered from it offline, identically. */
class RecordedCatalogsTest {
    static final SkyPosition RR = OnlineCatalogsTest.RR;
    final ServiceStub stub = new ServiceStub();

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void aRecordedSnapshotAnswersTheSameCallsOffline(@TempDir Path dir) {
        stub.fixture("vizier", "vizier_vsx.vot", OnlineCatalogsTest.VOTABLE);
        stub.fixture("skybot", "skybot.vot", OnlineCatalogsTest.VOTABLE);
        stub.fixture("sesame", "sesame_herx1.txt", "text/plain");
        stub.on("tns", r -> new MockResponse().setBody("[]"));
        Path file = dir.resolve("analysis.duckdb");
        List<CatalogRow> vsx;
        List<CatalogRow> asteroids;
        ResolvedName her;
        SkyPosition at = SkyPosition.of(247.45543, 24.77282);
        try (Snapshot s = Snapshot.recording(file)) {
            RecordedCatalogs online = new RecordedCatalogs(s, OnlineCatalogs.at(stub.endpoints()));
            vsx = online.cone(Catalogs.VSX, RR, 10);
            assertEquals(2, vsx.size());
            assertEquals(vsx, online.cone(Catalogs.VSX, RR, 10));
            assertEquals(1, stub.requestsTo("vizier").size(), "asked once, then answered from the snapshot");
            assertTrue(online.cone(Catalogs.TNS, RR, 5).isEmpty());
            asteroids = online.solarSystemObjects(at, 2458216.9123456, 120);
            assertEquals(2, asteroids.size());
            her = new RecordedNames(s, new SesameResolver(stub.endpoints().sesame())).resolve("Her X-1").orElseThrow();
        }
        try (Snapshot s = Snapshot.offline(file)) {
            RecordedCatalogs offline = new RecordedCatalogs(s, null);
            assertEquals(vsx, offline.cone(Catalogs.VSX, RR, 10), "the same rows, the same order");
            assertTrue(offline.cone(Catalogs.TNS, RR, 5).isEmpty(), "an empty answer stays empty");
            assertEquals(asteroids, offline.solarSystemObjects(at, 2458216.9123456, 120));
            assertThrows(NotInSnapshotException.class, () -> offline.cone(Catalogs.GCVS, RR, 10));
            XmatchReport report = Crossmatcher.of(offline).run(RR, List.of(Catalogs.VSX, Catalogs.GCVS),
                    CatalogRadii.defaults());
            assertEquals(2, report.get("vsx").rows().size());
            assertTrue(report.get("gcvs").status().toString().contains("not in the snapshot")
                    || report.get("gcvs").status().toString().contains("never"), report.get("gcvs").status().toString());
            ResolvedName again = s.store().resolve("Her X-1").orElseThrow();
            assertEquals(her.position(), again.position(), "the snapshot's name table knows the name offline");
            assertEquals("V* HZ Her", again.name());
        }
        assertEquals(1, stub.requestsTo("sesame").size());
    }

    @Test
    void aFailedCatalogCallIsNotSentAgainForFiveMinutes() {
        stub.on("tns", r -> new MockResponse().setResponseCode(503));
        OnlineCatalogs quick = OnlineCatalogs.at(stub.endpoints()).withPolicy(org.ztfkit.catalog.CatalogService.SNAD_TNS,
                ServicePolicy.defaults("snad-tns").withBackoff(Duration.ofMillis(5), Duration.ofMillis(10)));
        try (Snapshot s = Snapshot.inMemory()) {
            RecordedCatalogs online = new RecordedCatalogs(s, quick);
            assertThrows(ServiceUnavailableException.class, () -> online.cone(Catalogs.TNS, RR, 5));
            int asked = stub.requestsTo("tns").size();
            stub.on("tns", r -> new MockResponse().setBody("[]"));
            ServiceUnavailableException again = assertThrows(ServiceUnavailableException.class,
                    () -> online.cone(Catalogs.TNS, RR, 5));
            assertTrue(again.reason().contains("HTTP 503"), again.getMessage());
            assertEquals(asked, stub.requestsTo("tns").size(), "not sent again within 5 minutes");
        }
    }
}
