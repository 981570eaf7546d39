package org.ztfkit.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ztfkit.Ztf;
import org.ztfkit.lightcurve.LightCurve;
import org.ztfkit.lightcurve.LightCurveColumns;
import org.ztfkit.lightcurve.LightCurveSources;
import org.ztfkit.remote.FakeServices;
import org.ztfkit.remote.RecordedServices;
import tech.tablesaw.api.Table;

/**
 * The merged light curve of an object (DR + neighbours + references + alerts + Pan-STARRS + Gaia) assembled online
 * against recorded answers into a snapshot, then offline from it: identical cell by cell. Times of the external
 * sources are checked against astropy (reference/external_times_reference.py).
 */
class MergedLightCurveRoundTripTest {
    static final long TARGET = 633207400004730L;

    @TempDir
    Path dir;

    static JsonNode times() throws IOException {
        return new ObjectMapper().readTree(MergedLightCurveRoundTripTest.class.getResourceAsStream(
                "/reference/external_times_reference.json"));
    }

    static List<Table> assemble(Ztf ztf) {
        LightCurve lc = ztf.object(TARGET).withNeighbours(1.5).lightCurve();
        return List.of(lc.table(), Table.create("sources").addColumns(tech.tablesaw.api.StringColumn.create("status",
                lc.sources().all().stream().map(LightCurveSources.Status::toString).toList())));
    }

    @Test
    void everySourceIsRecordedAndTheOfflineLightCurveIsIdentical() throws IOException {
        Path file = dir.resolve("merged.duckdb");
        List<Table> online;
        LightCurve lc;
        try (RecordedServices services = RecordedServices.start().useForZtfOnline()) {
            try (Ztf ztf = Ztf.online().snapshot(file)) {
                online = assemble(ztf);
                lc = ztf.object(TARGET).withNeighbours(1.5).lightCurve();
                int calls = services.fake.requests().size();
                assemble(ztf);
                assertEquals(calls, services.fake.requests().size(), "a second assembly reads the snapshot only");
            }
            List<String> requests = services.fake.requests();
            assertTrue(requests.stream().noneMatch(r -> r.contains("/fink/") || r.contains("/antares/")),
                    "ALeRCE answered, so the other brokers were not asked: " + requests);
        }
        assertEquals(List.of(), lc.sources().unavailable(), lc.sources().toString());
        assertEquals(12 + 9 + 7, lc.source("ztf_dr").size(), "the target and its two neighbours");
        assertEquals(4 + 2, lc.source("ztf_alert").size(), "ALeRCE: 4 detections, 2 upper limits");
        assertEquals(2, lc.source("ztf_alert").upperLimits().size());
        assertEquals(5, lc.source("ps1").size(), "7 detections, one without flux, one with a negative flux");
        assertEquals(10, lc.source("gaia").size(), "15 measurements, 5 rejected or without flux");
        assertEquals(20.839, lc.reference("633207400004730").mag(), 1e-6, "the SNAD reference row: -5.436 + 26.275");
        try (Ztf ztf = Ztf.offline(file)) {
            SnapshotRoundTripTest.assertSameCells(online, assemble(ztf));
        }
    }

    @Test
    void externalTimesAreOnTheHmjdAxisAsAstropyPutsThem() throws IOException {
        JsonNode ref = times();
        try (RecordedServices services = RecordedServices.start().useForZtfOnline(); Ztf ztf = Ztf.online()) {
            LightCurve lc = ztf.object(TARGET).withNeighbours(1.5).lightCurve();
            assertEquals(ref.get("ps1_first_detection_hmjd").asDouble(),
                    lc.source("ps1").table().doubleColumn(LightCurveColumns.TIME).min(), 2e-7, "TAI→UTC + Haleakala");
            Table gaiaG = lc.source("gaia").band("gaia_G").table();
            assertEquals(ref.get("gaia_first_g_mjd_utc").asDouble(), gaiaG.doubleColumn(LightCurveColumns.TIME).min(),
                    2e-8, "TCB→UTC");
            Table detections = lc.source("ztf_alert").detections().table();
            assertEquals(ref.get("alerce_first_detection_hmjd").asDouble(),
                    detections.doubleColumn(LightCurveColumns.TIME).min(), 2e-7, "+15 s + Palomar light time");
        }
    }

    @Test
    void aBrokerThatIsDownGivesWayToTheNext() {
        try (RecordedServices services = RecordedServices.start().useForZtfOnline(); Ztf ztf = Ztf.online()) {
            services.fake.routeFirst(FakeServices.path("/alerce/"), FakeServices.status(503, "maintenance"));
            LightCurve lc = ztf.object(TARGET).withNeighbours(1.5).lightCurve();
            assertEquals(List.of(), lc.sources().unavailable(), lc.sources().toString());
            assertEquals(4 + 2, lc.source("ztf_alert").size(), "Fink: 4 detections, 2 upper limits (its bad-quality "
                    + "row is stored, not plotted)");
            assertEquals(1, services.fake.count("/fink/api/v1/objects"), services.fake.requests().toString());
        }
    }

    @Test
    void aSourceThatFailsIsReportedAndTheRestAssembles() {
        try (RecordedServices services = RecordedServices.start().useForZtfOnline(); Ztf ztf = Ztf.online()) {
            services.fake.routeFirst(FakeServices.path("/mast-ps1/"), FakeServices.text("{\"info\": [", "application/json"));
            LightCurve lc = ztf.object(TARGET).withNeighbours(1.5).lightCurve();
            List<LightCurveSources.Status> down = lc.sources().unavailable();
            assertEquals(1, down.size(), lc.sources().toString());
            assertEquals("ps1", down.get(0).source());
            assertTrue(down.get(0).detail().contains("mast-ps1") && down.get(0).detail().contains("truncated"),
                    down.get(0).detail());
            assertEquals(10, lc.source("gaia").size());
        }
    }
}
