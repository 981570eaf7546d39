package org.ztfkit.datasets.importers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ztfkit.RealData;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.lightcurve.LightCurve;
import org.ztfkit.sky.SkyPosition;
import org.ztfkit.source.NearbyObject;
import org.ztfkit.store.EmbeddedStore;

/** Alert, Pan-STARRS and Gaia importers on the real files (MANIFEST §1, §3c, §4) and the recorded fixtures. */
class SurveyImportersTest {
    @TempDir
    Path dir;

    static long count(Path db, String sql) {
        try (EmbeddedStore store = EmbeddedStore.openReadOnly(db)) {
            return store.withConnection(c -> {
                try (ResultSet rs = c.createStatement().executeQuery(sql)) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
        }
    }

    /** A recorded-response fixture of api's tests (org/ztfkit/remote/ in its test jar). */
    static byte[] fixture(String resource) throws IOException {
        try (var in = SurveyImportersTest.class.getResourceAsStream("/org/ztfkit/remote/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("fixture " + resource + " is missing from ztfkit-api's test jar");
            }
            return in.readAllBytes();
        }
    }

    @Test
    void alertPacketsImportOnceAndTheirPairMergesIntoOneLightCurve() {
        Path db = dir.resolve("alerts.duckdb");
        ImportReport first = Importers.alerts(RealData.file("alerts/kowalski/1127495406315015005.avro").getParent()
                .getParent()).into(db);
        assertEquals(11, first.files().size(), "MANIFEST §1: 11 Avro files");
        assertEquals(43, count(db, "SELECT count(*) FROM alert_packet"), "2 + 5 + 1 + 3 + 1 + 31 alerts");
        ImportReport again = Importers.alerts(RealData.file("alerts/kowalski/1127495406315015005.avro").getParent()
                .getParent()).into(db);
        assertTrue(again.files().stream().allMatch(ImportReport.FileResult::alreadyImported));
        assertEquals(43, count(db, "SELECT count(*) FROM alert_packet"));
        try (EmbeddedStore store = EmbeddedStore.openReadOnly(db)) {
            NearbyObject pair = store.alerts().closest(SkyPosition.of(201.623564, 36.008657), 5).orElseThrow();
            assertEquals("ZTF20aajcdad", pair.name());
            LightCurve lc = store.alerts().lightCurve(pair).detections();
            assertEquals(5, lc.size(), "MANIFEST: the pair merges into 5 detections");
            assertEquals(2, lc.band("ztf_g").size());
            assertEquals(3, lc.band("ztf_r").size());
        }
    }

    @Test
    void ps1StackAndDetectionTablesImportInTheirOrder() throws IOException {
        Path files = Files.createDirectory(dir.resolve("ps1"));
        Files.write(files.resolve("a_detections.json"), fixture("mast-ps1/detection_137732474554134521.json"));
        Files.write(files.resolve("b_stack.json"), fixture("mast-ps1/stack_cone.json"));
        Path db = dir.resolve("ps1.duckdb");
        ImportReport r = Importers.ps1(files).into(db);
        assertEquals(2, count(db, "SELECT count(*) FROM ps1_object"), "two objects, duplicates merged");
        assertEquals(6, count(db, "SELECT count(*) FROM ps1_detection"), "7 detections, one without a flux");
        assertEquals("b_stack.json", r.files().get(0).file().getFileName().toString(), "stack rows first");
        try (EmbeddedStore store = EmbeddedStore.openReadOnly(db)) {
            NearbyObject o = store.panStarrs().closest(SkyPosition.of(247.4554247, 24.7728226), 5).orElseThrow();
            assertEquals(5, store.panStarrs().lightCurve(o).size(), "positive fluxes only");
        }
    }

    @Test
    void theRealMastMeanTableIsNotAStackOrDetectionTable() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Importers.ps1(
                RealData.file("catalogs/panstarrs/ps1_dr2_mean_cone.json")).into(dir.resolve("mean.duckdb")));
        assertTrue(e.getMessage().contains("ps1_dr2_mean_cone.json") && e.getMessage().contains("stack table"),
                e.getMessage());
    }

    @Test
    void gaiaSourcesFromTheArchiveAndEpochsNeedTheirSource() throws IOException {
        Path db = dir.resolve("gaia.duckdb");
        Importers.gaia(RealData.file("catalogs/gaia/gaiadr3_gaia_source_2rows.vot")).into(db);
        assertEquals(2, count(db, "SELECT count(*) FROM gaia_source WHERE has_epoch_phot"),
                "MANIFEST: both have has_epoch_photometry = True");
        assertEquals(1, count(db, "SELECT count(*) FROM gaia_source WHERE source_id = 4583627001381815936 "
                + "AND abs(ra - 268.067665) < 1e-5 AND abs(g_mag - 7.012) < 1e-3"), "MANIFEST: ra 268.067665, G 7.012");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Importers.gaia(RealData.file(
                "lightcurves/gaia/gaia_dr2_epoch_photometry_5813181197970338560.xml")).into(db));
        assertTrue(e.getMessage().contains("5813181197970338560") && e.getMessage().contains("source table"),
                e.getMessage());
        Path dir2 = Files.createDirectory(dir.resolve("gaia"));
        Files.write(dir2.resolve("1_epochs.vot"), fixture("gaia/epoch_photometry_1299840417592340992.vot"));
        Files.write(dir2.resolve("2_sources.vot"), fixture("gaia/gaiadr3_cone.vot"));
        Importers.gaia(dir2).into(db);
        assertEquals(15, count(db, "SELECT count(*) FROM gaia_epoch"), "5 transits x 3 bands");
        try (EmbeddedStore store = EmbeddedStore.openReadOnly(db)) {
            NearbyObject s = store.gaia().closest(SkyPosition.of(247.4554247, 24.7728226), 5).orElseThrow();
            assertEquals("1299840417592340992", s.id());
            assertEquals(10, store.gaia().lightCurve(s).size(), "rejected and flux-less measurements left out");
        }
    }
}
