package org.ztfkit.alerts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ztfkit.RealData;
import org.ztfkit.alerts.io.AlertFiles;
import org.ztfkit.lightcurve.LightCurve;
import org.ztfkit.sky.SkyPosition;
import org.ztfkit.source.NearbyObject;
import org.ztfkit.store.EmbeddedAlerts;
import org.ztfkit.store.EmbeddedStore;
import org.ztfkit.time.LightTravelTime;
import org.ztfkit.time.Observatory;
import tech.tablesaw.api.Table;

/**
 * Every real alert file of ../shared/realdata/alerts loaded into the embedded store's alert tables
 * ({@link EmbeddedAlerts#load}), then read back as packets and as a light curve: the objects, histories and
 * per-band counts MANIFEST.md §1 lists (the table of {@link AlertFilesTest#manifest()}), the ZTF20aajcdad pair
 * merged to 5 detections (g 2, r 3).
 */
class AlertFilesInStoreTest {
    /** MANIFEST §1: the 31 objects of part-3-305711.avro. */
    static final Set<String> FINK_EXPORT = Set.of("ZTF26aamcbly", "ZTF26aaklfaa", "ZTF26aaooiia", "ZTF25acldfsf",
            "ZTF26aamcamo", "ZTF26aalkcfg", "ZTF26aalyvfn", "ZTF26aaoiphq", "ZTF26aamcffm", "ZTF26aaopuod",
            "ZTF26aakpnlx", "ZTF24aakjcqm", "ZTF26aakkrjv", "ZTF26aaomyle", "ZTF25aaroojs", "ZTF26aaopmfl",
            "ZTF26aamgikr", "ZTF26aaohljk", "ZTF26aajvsis", "ZTF26aaakzsi", "ZTF26aambtrj", "ZTF26aamupqq",
            "ZTF26aaoqcvo", "ZTF26aamcamp", "ZTF26aamcfne", "ZTF26aaavvtm", "ZTF25ackyyzk", "ZTF26aaaldio",
            "ZTF26aaoqfuv", "ZTF26aaoizvm", "ZTF26aaebysu");

    static EmbeddedStore store;
    static EmbeddedAlerts.LoadSummary first;
    static EmbeddedAlerts.LoadSummary again;

    @BeforeAll
    static void load() {
        store = EmbeddedStore.inMemory();
        Path alerts = RealData.root().resolve("alerts");
        first = store.alerts().load(alerts);
        again = store.alerts().load(alerts);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static NearbyObject object(double ra, double dec) {
        return store.alerts().closest(SkyPosition.of(ra, dec), 1.0).orElseThrow();
    }

    @Test
    void everyPacketOfEveryFileIsStoredOnce() {
        assertEquals(43, first.packets(), "12 packets in the MANIFEST table and 31 in the Fink export");
        assertEquals(42, first.objects(), "ZTF20aajcdad has two packets");
        assertEquals(43, first.newPackets());
        assertEquals(3 * 43, first.newCutouts(), "science, template and difference of each");
        assertEquals(new EmbeddedAlerts.LoadSummary(43, 42, 0, 0, 0, 0), again, "loading again adds nothing");
        Table names = store.query("n", "SELECT ztf_name FROM alert_object WHERE broker = 'avro'");
        Set<String> stored = new TreeSet<>(names.stringColumn("ztf_name").asList());
        AlertFilesTest.manifest().forEach(e -> assertTrue(stored.contains(e.objectId()), e.objectId()));
        assertTrue(stored.containsAll(FINK_EXPORT));
        assertEquals(42, stored.size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.ztfkit.alerts.AlertFilesTest#manifest")
    void eachPacketComesBackWithItsHistory(AlertFilesTest.Expected e) {
        NearbyObject o = object(e.ra(), e.dec());
        assertEquals(e.objectId(), o.name());
        AlertPacket p = store.alerts().alerts(o).packets().stream().filter(x -> x.candid() == e.candid()).findFirst()
                .orElseThrow();
        assertEquals(e.prvDetections(), p.previousDetections().size(), "history detections");
        assertEquals(e.prvUpperLimits(), p.upperLimits().size(), "history upper limits");
        assertEquals(e.magpsf(), p.candidate().magpsf(), 5e-4);
        assertEquals(e.schema(), p.schemaVersion());
        assertEquals(3, p.rawCutouts().size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.ztfkit.alerts.AlertFilesTest#manifest")
    void eachObjectsLightCurveHasItsDetectionsPerBand(AlertFilesTest.Expected e) {
        if (e.objectId().equals("ZTF20aajcdad")) {
            return; // merged from two packets: see the next test
        }
        LightCurve lc = store.alerts().lightCurve(object(e.ra(), e.dec()));
        Map<String, Integer> byBand = lc.detections().countsByBand();
        assertEquals(e.g(), byBand.getOrDefault("ztf_g", 0));
        assertEquals(e.r(), byBand.getOrDefault("ztf_r", 0));
        assertEquals(e.prvUpperLimits(), lc.upperLimits().size());
    }

    @Test
    void theZtf20aajcdadPairMergesToFiveDetections() {
        NearbyObject o = object(201.623564, 36.008657);
        LightCurve lc = store.alerts().lightCurve(o);
        assertEquals(Map.of("ztf_g", 2, "ztf_r", 3), lc.detections().countsByBand());
        assertEquals(12, lc.upperLimits().size(), "the pair's limits are the same 12 epochs");
        Alerts packets = store.alerts().alerts(o);
        assertEquals(2, packets.size());
        assertEquals(AlertLightCurve.merge(AlertFiles.readDirectory(RealData.root().resolve("alerts/kowalski")).stream()
                .filter(p -> p.objectId().equals("ZTF20aajcdad")).toList()).candids(), packets.lightCurve().candids(),
                "the store keeps the candidates the merge of the files keeps");
    }

    @Test
    void cutoutsAreTheDeliveredBytes() {
        AlertPacket file = AlertFiles.read(RealData.file("alerts/kowalski/2475433850315015009.avro")).get(0);
        AlertPacket stored = store.alerts().alerts(object(47.108066, 8.083928)).latest();
        for (CutoutKind kind : CutoutKind.values()) {
            assertArrayEquals(file.rawCutout(kind).orElseThrow().gzippedFits(),
                    stored.rawCutout(kind).orElseThrow().gzippedFits(), kind.toString());
            assertEquals(file.rawCutout(kind).orElseThrow().fileName(), stored.rawCutout(kind).orElseThrow().fileName());
        }
        assertEquals(63, stored.cutouts().difference().width());
    }

    @Test
    void everyDeliveredFieldIsKeptAndTimesAreConvertedAtIngestion() {
        NearbyObject o = object(75.200780, 35.361395);
        AlertPacket p = store.alerts().alerts(o).latest();
        AlertPacket file = AlertFiles.read(RealData.file("alerts/ztf-avro-alert/2019_01_10_739260766315010006.avro"))
                .get(0);
        assertEquals(file.candidate().raw().keySet(), p.candidate().raw().keySet(), "schema 3.2's 101 fields");
        assertEquals(14.319, p.candidate().magnr().orElseThrow(), 5e-4, "MANIFEST: magnr 14.319");
        Table t = store.alerts().lightCurve(o).table();
        for (int i = 0; i < t.rowCount(); i++) {
            double midUtc = t.doubleColumn("time_native").get(i) - 2400000.5 + 15.0 / 86400;
            assertEquals(LightTravelTime.heliocentricSeconds(midUtc, o.position(), Observatory.PALOMAR),
                    (t.doubleColumn("time").get(i) - midUtc) * 86400, 1e-3, "jd + 15 s + light time at Palomar");
        }
    }

    @Test
    void aVariableStarOnItsReferenceSourceReadsAsApparentMagnitudes() {
        // ZTF17aaacxxf: a variable star (sgscore1 0.99) on its own reference source (14.32 in r, 16.75 in g). Its
        // apparent flux is the reference flux plus or minus the difference flux (AB, any common zero point).
        NearbyObject o = object(75.200780, 35.361395);
        Map<Long, AlertCandidate> detections = new java.util.HashMap<>();
        for (AlertPacket p : store.alerts().alerts(o).packets()) {
            p.detections().forEach(d -> detections.putIfAbsent(d.candid(), d));
        }
        Table t = store.alerts().lightCurve(o).detections().table();
        assertEquals(23, t.rowCount());
        int difference = 0;
        for (int i = 0; i < t.rowCount(); i++) {
            AlertCandidate d = detections.get(t.longColumn("candid").get(i));
            if (d.distnr().orElseThrow() > 1.4) {
                // One g detection lies 1.51 px from the reference source: not provably the same star.
                difference++;
                assertTrue(t.booleanColumn("is_difference").get(i));
                assertEquals(d.magpsf(), t.doubleColumn("mag").get(i), 1e-9);
                continue;
            }
            assertTrue(!t.booleanColumn("is_difference").get(i));
            double apparent = Math.pow(10, -0.4 * d.magnr().orElseThrow())
                    + d.isdiffpos() * Math.pow(10, -0.4 * d.magpsf());
            assertEquals(-2.5 * Math.log10(apparent), t.doubleColumn("mag").get(i), 1e-9);
        }
        assertEquals(1, difference);
    }
}
