package org.ztfkit.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ztfkit.RealData;
import org.ztfkit.alerts.io.AlertFiles;
import org.ztfkit.errors.InvalidInputException;

/**
 * Every real alert file of ../shared/realdata/alerts decodes with its embedded writer schema (3.2, 3.3, 4.01, 4.02,
 * Fink republications) to the values MANIFEST.md §1 lists (read there with Debian's python3-avro): objectId,
 * candid, ra/dec (6 decimals), jd (7), fid, magpsf±sigmapsf (3), isdiffpos, field/rcid, history det/ulim and
 * per-filter detection counts (candidate included).
 */
class AlertFilesTest {
    /** One row of the MANIFEST §1 table. */
    record Expected(String file, int index, String objectId, long candid, double ra, double dec, double jd, int fid,
                    double magpsf, double sigmapsf, int isdiffpos, int field, int rcid, int prvDetections,
                    int prvUpperLimits, int g, int r, String schema) {
        @Override
        public String toString() {
            return objectId + " (" + file.substring(file.lastIndexOf('/') + 1) + "#" + index + ")";
        }
    }

    static final String ZAA = "alerts/ztf-avro-alert/";
    static final String KOW = "alerts/kowalski/";
    static final String FCL = "alerts/fink-client/";

    static Stream<Expected> manifest() {
        return Stream.of(
                new Expected(ZAA + "2019_01_10_739260766315010006.avro", 0, "ZTF17aaacxxf", 739260766315010006L,
                        75.200780, 35.361395, 2458493.7607639, 2, 15.371, 0.044, -1, 658, 63, 22, 6, 10, 13, "3.2"),
                new Expected(ZAA + "472263571115115000.avro", 0, "ZTF17aaajnnn", 472263571115115000L,
                        179.640201, 52.029720, 2458226.7635764, 2, 18.362, 0.094, 1, 789, 11, 0, 11, 0, 1, "3.3"),
                new Expected(KOW + "2475433850315015009.avro", 0, "ZTF17aadcuwj", 2475433850315015009L,
                        47.108066, 8.083928, 2460229.9338542, 1, 16.628, 0.054, 1, 505, 3, 37, 28, 16, 22, "4.01"),
                new Expected(KOW + "2475433850215010008.avro", 0, "ZTF19aainpua", 2475433850215010008L,
                        46.046142, 8.148149, 2460229.9338542, 1, 19.919, 0.198, -1, 505, 2, 29, 12, 17, 13, "4.01"),
                new Expected(KOW + "1127495406315015005.avro", 0, "ZTF20aajcdad", 1127495406315015005L,
                        201.623564, 36.008657, 2458881.9954051, 1, 17.547, 0.050, 1, 674, 63, 3, 12, 2, 2, "3.3"),
                new Expected(KOW + "1127536316315015004.avro", 0, "ZTF20aajcdad", 1127536316315015004L,
                        201.623563, 36.008652, 2458882.0363194, 2, 17.506, 0.055, 1, 674, 63, 4, 12, 2, 3, "3.3"),
                new Expected(KOW + "1127561443215015014.avro", 0, "ZTF20aadyyvk", 1127561443215015014L,
                        214.724554, 63.162540, 2458882.0614468, 2, 19.060, 0.096, 1, 821, 32, 61, 5, 30, 32, "3.3"),
                new Expected(FCL + "ZTF19acihgng.avro", 0, "ZTF19acihgng", 1060135832015015002L,
                        289.893759, 61.846928, 2458814.6358333, 2, 18.632, 0.135, 1, 827, 20, 32, 2, 15, 18, "3.3"),
                new Expected(FCL + "avro_multi_alerts_other.avro", 0, "ZTF19abbpaqb", 1788116342915015046L,
                        307.462987, 18.128911, 2459542.6163426, 1, 18.716, 0.211, 1, 593, 29, 1, 13, 2, 0, "3.3"),
                new Expected(FCL + "avro_multi_alerts_other.avro", 1, "ZTF18acjzbxi", 1788115871115010062L,
                        307.491767, 22.470701, 2459542.6158796, 1, 15.173, 0.032, -1, 641, 11, 6, 7, 7, 0, "3.3"),
                new Expected(FCL + "avro_multi_alerts_other.avro", 2, "ZTF18abecvir", 1788110916115010009L,
                        357.720651, 50.992644, 2459542.6109144, 1, 18.002, 0.183, -1, 736, 61, 2, 30, 2, 1, "3.3"),
                new Expected(FCL + "fink-broker-sample-alert-1.avro", 0, "ZTF18abvcdqu", 1048092120315015012L,
                        315.856286, -20.710286, 2458802.5921296, 1, 18.029, 0.114, 1, 338, 3, 6, 17, 4, 3, "3.3"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("manifest")
    void packetMatchesManifest(Expected e) {
        AlertPacket p = AlertFiles.read(RealData.file(e.file())).get(e.index());
        AlertCandidate c = p.candidate();
        assertEquals(e.objectId(), p.objectId());
        assertEquals(e.candid(), p.candid());
        assertEquals(e.candid(), c.candid());
        assertEquals(e.schema(), p.schemaVersion());
        assertEquals(e.ra(), c.ra(), 5e-7);
        assertEquals(e.dec(), c.dec(), 5e-7);
        assertEquals(e.jd(), c.jd(), 5e-8);
        assertEquals(e.fid(), c.fid());
        assertEquals(e.magpsf(), c.magpsf(), 5e-4);
        assertEquals(e.sigmapsf(), c.sigmapsf(), 5e-4);
        assertEquals(e.isdiffpos(), c.isdiffpos());
        assertEquals(e.field(), c.field().orElseThrow());
        assertEquals(e.rcid(), c.rcid().orElseThrow());
        assertEquals(e.prvDetections(), p.previousDetections().size(), "previous detections");
        assertEquals(e.prvUpperLimits(), p.upperLimits().size(), "previous upper limits");
        Map<Integer, Long> perFid = p.detections().stream()
                .collect(Collectors.groupingBy(AlertCandidate::fid, Collectors.counting()));
        assertEquals(e.g(), perFid.getOrDefault(1, 0L).intValue(), "g detections");
        assertEquals(e.r(), perFid.getOrDefault(2, 0L).intValue(), "r detections");
        assertEquals(3, p.rawCutouts().size(), "science, template and difference cutouts");
    }

    @Test
    void everyFileDecodesAndContainersYieldEveryRecord() {
        Path dir = RealData.root().resolve("alerts");
        List<AlertPacket> all = AlertFiles.readDirectory(dir);
        // 2 (ztf-avro-alert) + 5 (kowalski) + 1 + 3 + 1 + 31 (fink-client)
        assertEquals(43, all.size());
        assertEquals(3, AlertFiles.read(RealData.file(FCL + "avro_multi_alerts_other.avro")).size());
    }

    @Test
    void finkExportWithSchema402YieldsAll31Alerts() {
        List<AlertPacket> part = AlertFiles.read(RealData.file(FCL + "part-3-305711.avro"));
        assertEquals(31, part.size());
        assertEquals(List.of("ZTF26aamcbly", "ZTF26aaklfaa", "ZTF26aaooiia", "ZTF25acldfsf", "ZTF26aamcamo",
                "ZTF26aalkcfg", "ZTF26aalyvfn", "ZTF26aaoiphq", "ZTF26aamcffm", "ZTF26aaopuod", "ZTF26aakpnlx",
                "ZTF24aakjcqm", "ZTF26aakkrjv", "ZTF26aaomyle", "ZTF25aaroojs", "ZTF26aaopmfl", "ZTF26aamgikr",
                "ZTF26aaohljk", "ZTF26aajvsis", "ZTF26aaakzsi", "ZTF26aambtrj", "ZTF26aamupqq", "ZTF26aaoqcvo",
                "ZTF26aamcamp", "ZTF26aamcfne", "ZTF26aaavvtm", "ZTF25ackyyzk", "ZTF26aaaldio", "ZTF26aaoqfuv",
                "ZTF26aaoizvm", "ZTF26aaebysu"), part.stream().map(AlertPacket::objectId).toList());
        for (AlertPacket p : part) {
            assertEquals("4.02", p.schemaVersion());
            assertEquals("Fink", p.publisher());
            int history = p.previousDetections().size() + p.upperLimits().size();
            assertTrue(history >= 8 && history <= 88, p + " history " + history);
            // observed in the night of 2026-03-21/22 (MANIFEST's "MJD about 61121.6–61122.0" are JD − 2400000)
            double mjd = p.candidate().jd() - 2400000.5;
            assertTrue(mjd > 61121.1 && mjd < 61121.6, p + " MJD " + mjd);
            assertTrue(p.forcedPhotometry().isEmpty(), "no fp_hists in this export");
        }
        Map<String, Integer> detections = part.stream()
                .collect(Collectors.toMap(AlertPacket::objectId, p -> p.previousDetections().size()));
        assertEquals(52, detections.get("ZTF26aaaldio"));
        assertEquals(50, detections.get("ZTF25acldfsf"));
        assertTrue(part.stream().anyMatch(p -> p.previousDetections().stream().anyMatch(c -> c.fid() == 3)),
                "i-band detections in the history");
    }

    @Test
    void forcedPhotometryCountsAndSentinels() {
        AlertPacket a = AlertFiles.read(RealData.file(KOW + "2475433850315015009.avro")).get(0);
        List<ForcedPhotometry> fp = a.forcedPhotometry();
        assertEquals(21, fp.size());
        assertEquals(10, fp.stream().filter(f -> f.fid() == 1).count());
        assertEquals(11, fp.stream().filter(f -> f.fid() == 2).count());
        assertEquals(15, fp.stream().filter(ForcedPhotometry::isValid).count());
        List<ForcedPhotometry> failed = fp.stream().filter(f -> !f.isValid()).toList();
        assertEquals(6, failed.size());
        for (ForcedPhotometry f : failed) {
            assertEquals("61", f.procstatus());
            assertTrue(f.forcediffimflux().isEmpty());
            assertEquals(-99999.0, ((Number) f.raw().get("forcediffimflux")).doubleValue(), "raw keeps the sentinel");
        }
        AlertPacket b = AlertFiles.read(RealData.file(KOW + "2475433850215010008.avro")).get(0);
        assertEquals(20, b.forcedPhotometry().size());
        assertEquals(15, b.forcedPhotometry().stream().filter(ForcedPhotometry::isValid).count());
    }

    @Test
    void sentinelsAndStringNullAreMissing() {
        AlertCandidate c = AlertFiles.read(RealData.file(KOW + "2475433850315015009.avro")).get(0).candidate();
        assertTrue(c.ssnamenr().isEmpty(), "ssnamenr is the string \"null\"");
        assertEquals("null", c.raw().get("ssnamenr"));
        assertTrue(c.ssdistnr().isEmpty(), "ssdistnr −999");
        assertTrue(c.sgmag2().isEmpty(), "sgmag2 −999");
        assertEquals(-999.0, ((Number) c.raw().get("sgmag2")).doubleValue());
        assertTrue(c.number("objectidps2").isEmpty(), "objectidps2 −999");
        assertEquals(14.308, c.magnr().orElseThrow(), 5e-4);
        assertEquals(1.0, c.sgscore1().orElseThrow());
        assertEquals(12.919, c.maggaia().orElseThrow(), 5e-4);
        assertEquals("ztf_20231012433727_000505_zg_c01_o_q4_scimrefdiffimg.fits", c.pdiffimfilename().orElseThrow());
    }

    @Test
    void floatFieldsReadAsTheDecimalTheProducerWrote() {
        AlertCandidate c = AlertFiles.read(RealData.file(KOW + "2475433850315015009.avro")).get(0).candidate();
        assertEquals(16.628078f, (Float) c.raw().get("magpsf"), "raw keeps Avro's float");
        assertEquals(16.628078, c.magpsf(), 0.0, "not 16.628077697753906");
        assertEquals(0.053554174, c.sigmapsf(), 0.0);
        assertEquals(47.1080664, c.ra(), 0.0, "ra is an Avro double, kept as is");
    }

    @Test
    void schema32HasNoDrbAnd101CandidateFields() {
        AlertCandidate c = AlertFiles.read(RealData.file(ZAA + "2019_01_10_739260766315010006.avro")).get(0)
                .candidate();
        assertEquals(101, c.raw().size());
        assertTrue(c.drb().isEmpty());
        assertEquals(14.319, c.magnr().orElseThrow(), 5e-4);
        assertEquals(0.99, c.sgscore1().orElseThrow(), 5e-3);
    }

    @Test
    void previousDetectionsKeepTheirSolarSystemNames() {
        List<AlertPacket> all = AlertFiles.readDirectory(RealData.root().resolve("alerts"));
        List<String> names = all.stream().flatMap(p -> p.previousDetections().stream())
                .flatMap(c -> c.ssnamenr().stream()).distinct().sorted().toList();
        assertTrue(names.containsAll(List.of("340736", "444851", "496822")), names.toString());
    }

    @Test
    void cutoutsKeepTheirFileNamesAndBytes() throws IOException {
        AlertPacket p = AlertFiles.read(RealData.file(KOW + "2475433850315015009.avro")).get(0);
        AlertCutout sci = p.rawCutout(CutoutKind.SCIENCE).orElseThrow();
        assertEquals("candid2475433850315015009_pid2475433850315_targ_sci.fits.gz", sci.fileName());
        assertEquals("candid2475433850315015009_ref.fits.gz", p.rawCutout(CutoutKind.TEMPLATE).orElseThrow().fileName());
        // MANIFEST §2: the files under cutouts/ are the exact stampData bytes of this packet
        for (CutoutKind kind : CutoutKind.values()) {
            String name = "cutouts/ZTF17aadcuwj_2475433850315015009_" + kind.field() + ".fits.gz";
            byte[] expected = Files.readAllBytes(RealData.file(name));
            assertTrue(Arrays.equals(expected, p.rawCutout(kind).orElseThrow().gzippedFits()), name);
        }
    }

    @Test
    void notAnAvroFileFailsWithAClearMessage() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> AlertFiles.read("{\"objectId\": \"ZTF17aadcuwj\"}".getBytes()));
        assertTrue(e.getMessage().contains("not an Avro container of ZTF alerts"), e.getMessage());
        assertThrows(InvalidInputException.class, () -> AlertFiles.readDirectory(RealData.root().resolve("nowhere")));
    }

    @Test
    void truncatedContainerFailsInsteadOfDroppingPackets() throws IOException {
        byte[] bytes = Files.readAllBytes(RealData.file(FCL + "part-3-305711.avro"));
        for (int length : new int[] {bytes.length / 2, bytes.length - 1}) {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> AlertFiles.read(Arrays.copyOf(bytes, length)));
            assertTrue(e.getMessage().contains("truncated"), e.getMessage());
        }
    }
}
