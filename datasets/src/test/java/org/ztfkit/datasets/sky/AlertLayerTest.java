package org.ztfkit.datasets.sky;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.ztfkit.fits.FitsCodec;
import org.ztfkit.fits.Stamp;
import org.ztfkit.model.Band;
import org.ztfkit.sky.SkyPosition;
import org.ztfkit.store.EmbeddedStore;
import org.ztfkit.time.LightTravelTime;
import org.ztfkit.time.Mjd;
import org.ztfkit.time.Observatory;
import tech.tablesaw.api.Table;

/** The simulated public alert stream of the packaged demo sky, checked against each source's truth. */
class AlertLayerTest {
    static final DemoSkyTruth truth = DemoSkyTruth.get();
    static final EmbeddedStore store = truth.store;

    private static SkyGenerator.SimSource sourceOf(long candid) {
        return truth.byId((int) (candid % 1_000_000));
    }

    private static double fluxJy(double mag) {
        return Double.isFinite(mag) ? Math.pow(10, -0.4 * (mag - 8.9)) : 0.0;
    }

    @Test
    void detectionsMeasureTheTrueDifferenceFluxWithinTheirErrors() {
        Table t = store.query("d", "SELECT candid, fid, hmjd_mid, magpsf, sigmapsf, isdiffpos FROM alert_photometry"
                + " WHERE kind = 'detection'");
        List<Double> pulls = new ArrayList<>();
        for (int i = 0; i < t.rowCount(); i++) {
            SkyGenerator.SimSource s = sourceOf(t.longColumn("candid").get(i));
            Band band = Band.ztf(t.intColumn("fid").get(i));
            double trueDiff = fluxJy(s.model().magnitude(t.doubleColumn("hmjd_mid").get(i), band))
                    - fluxJy(s.model().baseline(band));
            double measured = t.intColumn("isdiffpos").get(i) * fluxJy(t.doubleColumn("magpsf").get(i));
            double sigma = Math.abs(measured) * t.doubleColumn("sigmapsf").get(i) / 1.0857362;
            assertTrue(Math.abs(measured - trueDiff) < 6 * sigma, "a 6σ outlier at row " + i);
            if (Math.abs(trueDiff) > 8 * sigma) { // clear of the 5σ selection, which biases pulls near it
                pulls.add((measured - trueDiff) / sigma);
            }
        }
        assertTrue(pulls.size() > 20_000, "detections: " + pulls.size());
        double mean = pulls.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double sd = Math.sqrt(pulls.stream().mapToDouble(p -> (p - mean) * (p - mean)).average().orElseThrow());
        assertEquals(0, mean, 0.05, "difference fluxes are unbiased");
        assertEquals(1, sd, 0.1, "sigmapsf is the measurement's error (rounded to 0.001 mag)");
    }

    @Test
    void upperLimitsAreWhereTheTrueDifferenceFluxWasTooFaintToDetect() {
        Table t = store.query("u", "SELECT p.fid, p.hmjd_mid, p.diffmaglim, o.ra, o.dec FROM alert_photometry p"
                + " JOIN alert_object o USING (hpx29) WHERE p.kind = 'upper_limit'");
        assertTrue(t.rowCount() > 20_000);
        int below = 0;
        for (int i = 0; i < t.rowCount(); i++) {
            SkyGenerator.SimSource s = truth.near(t.doubleColumn("ra").get(i), t.doubleColumn("dec").get(i), 1.0);
            Band band = Band.ztf(t.intColumn("fid").get(i));
            double science = fluxJy(s.model().magnitude(t.doubleColumn("hmjd_mid").get(i), band));
            double trueDiff = Math.abs(science - fluxJy(s.model().baseline(band)));
            double limit = fluxJy(t.doubleColumn("diffmaglim").get(i));
            double sigma = Math.hypot(limit / 5, 0.0155 * science); // background (diffmaglim is 5σ) and calibration
            assertTrue(trueDiff < 5 * sigma + 4 * sigma, "a non-detection 4σ above the detection threshold at row " + i);
            if (trueDiff < 5 * sigma) {
                below++;
            }
            assertTrue(limit > fluxJy(22.5) && limit < fluxJy(17.5), "diffmaglim in 17.5–22.5: " + limit);
        }
        assertTrue(below > 0.9 * t.rowCount(), "most non-detections lie below the 5σ threshold: " + below);
    }

    @Test
    void alertTimesAreExposureStartsConvertedToHeliocentricMidExposure() {
        Table t = store.query("t", "SELECT p.jd, p.hmjd_mid, o.ra, o.dec FROM alert_photometry p JOIN alert_object o"
                + " USING (hpx29) USING SAMPLE 5000 ROWS");
        for (int i = 0; i < t.rowCount(); i++) {
            double midUtc = t.doubleColumn("jd").get(i) - 2400000.5 + 15.0 / 86400;
            SkyPosition p = SkyPosition.of(t.doubleColumn("ra").get(i), t.doubleColumn("dec").get(i));
            double lightSeconds = (t.doubleColumn("hmjd_mid").get(i) - midUtc) * 86400;
            assertTrue(Math.abs(lightSeconds) < 500, "light time toward a source is under 500 s: " + lightSeconds);
            assertEquals(LightTravelTime.heliocentricSeconds(midUtc, p, Observatory.PALOMAR), lightSeconds, 2e-3,
                    "+15 s to mid-exposure, then the heliocentric light time at Palomar");
        }
    }

    @Test
    void alertsComeFromTheExposuresOfTheDataRelease() {
        // Every alert detection made while the release ran is an exposure of the release: the source's DR object in
        // that field and band has a detection at the same time unless the DR's own cut dropped it.
        Table dr = store.query("d", "SELECT oid, hmjd FROM ztf_detection ORDER BY oid, hmjd");
        Map<Long, double[]> times = new HashMap<>();
        long[] oids = dr.longColumn("oid").asLongArray();
        double[] hmjd = dr.doubleColumn("hmjd").asDoubleArray();
        for (int i = 0; i < oids.length; ) {
            int j = i;
            while (j < oids.length && oids[j] == oids[i]) {
                j++;
            }
            times.put(oids[i], Arrays.copyOfRange(hmjd, i, j));
            i = j;
        }
        Table t = store.query("a", "SELECT candid, fid, field, hmjd_mid FROM alert_photometry WHERE kind = 'detection'"
                + " AND hmjd_mid < 59800");
        int matched = 0;
        int checked = 0;
        for (int i = 0; i < t.rowCount(); i++) {
            SkyGenerator.SimSource s = sourceOf(t.longColumn("candid").get(i));
            int field = t.intColumn("field").get(i);
            Band band = Band.ztf(t.intColumn("fid").get(i));
            var oid = s.objects().stream().filter(o -> o.oid().fieldId() == field && o.oid().band() == band).findFirst();
            if (oid.isEmpty()) {
                continue;
            }
            checked++;
            double[] drTimes = times.get(oid.get().oid().value());
            int k = Arrays.binarySearch(drTimes, t.doubleColumn("hmjd_mid").get(i));
            int at = k >= 0 ? k : -k - 1;
            for (int m = Math.max(0, at - 1); m <= Math.min(drTimes.length - 1, at); m++) {
                if (Math.abs(drTimes[m] - t.doubleColumn("hmjd_mid").get(i)) < 2e-5) {
                    matched++;
                    break;
                }
            }
        }
        assertTrue(checked > 20_000);
        assertTrue(matched > 0.97 * checked, matched + " of " + checked + " alerts at a DR epoch of the same object");
    }

    @Test
    void magnrIsTheReferenceCatalogRowOfTheSourcesDrObject() {
        Table refs = store.query("r", "SELECT oid, ref_mag, ra, dec FROM ztf_ref_mag");
        Map<Long, double[]> byOid = new HashMap<>();
        for (int i = 0; i < refs.rowCount(); i++) {
            byOid.put(refs.longColumn("oid").get(i), new double[] {refs.doubleColumn("ref_mag").get(i),
                refs.doubleColumn("ra").get(i), refs.doubleColumn("dec").get(i)});
        }
        Table t = store.query("a", "SELECT candid, fid, field, ra, dec, magnr, distnr FROM alert_photometry"
                + " WHERE kind = 'detection' USING SAMPLE 5000 ROWS");
        int withCounterpart = 0;
        for (int i = 0; i < t.rowCount(); i++) {
            SkyGenerator.SimSource s = sourceOf(t.longColumn("candid").get(i));
            int field = t.intColumn("field").get(i);
            Band band = Band.ztf(t.intColumn("fid").get(i));
            double[] ref = s.objects().stream().filter(o -> o.oid().fieldId() == field && o.oid().band() == band)
                    .map(o -> byOid.get(o.oid().value())).filter(r -> r != null).findFirst().orElse(null);
            double magnr = t.doubleColumn("magnr").getDouble(i);
            if (ref == null) {
                assertTrue(Double.isNaN(magnr), "no reference row, no magnr");
                continue;
            }
            withCounterpart++;
            assertEquals(ref[0], magnr, 1e-4);
            double distArcsec = SkyPosition.separationDeg(t.doubleColumn("ra").get(i), t.doubleColumn("dec").get(i),
                    ref[1], ref[2]) * 3600;
            assertEquals(distArcsec / 1.012, t.doubleColumn("distnr").getDouble(i), 2e-3, "distnr in 1.012″ pixels");
        }
        assertTrue(withCounterpart > 0.8 * t.rowCount());
    }

    @Test
    void realObjectsKeepTheirAlertNamesAndSimulatedNamesCannotBeReal() {
        Table objects = store.query("o", "SELECT broker_oid, ztf_name, ra, dec, first_mjd FROM alert_object");
        Map<String, String> nameNear = new HashMap<>();
        for (RealObjects.RealObject r : RealObjects.all()) {
            for (int i = 0; i < objects.rowCount(); i++) {
                if (SkyPosition.separationDeg(r.ra(), r.dec(), objects.doubleColumn("ra").get(i),
                        objects.doubleColumn("dec").get(i)) * 3600 < 0.5) {
                    nameNear.put(r.name(), objects.stringColumn("ztf_name").get(i));
                }
            }
        }
        assertEquals("ZTF18acewtzj", nameNear.get("SNAD183"));
        assertEquals("ZTF18abvtemh", nameNear.get("AT 2017hue"));
        assertTrue(!nameNear.containsKey("SNAD101"), "SNAD101's simulated supernova (peak HMJD 58232) has faded below"
                + " the alert threshold by the start of the public stream (HMJD 58270)");
        Set<String> names = new TreeSet<>();
        for (int i = 0; i < objects.rowCount(); i++) {
            String name = objects.stringColumn("ztf_name").get(i);
            assertTrue(names.add(name), "names are unique: " + name);
            if (!nameNear.containsValue(name)) {
                assertTrue(name.matches("ZTF\\d\\dzz[a-z]{5}"), name);
                int year = Mjd.toDateUtc(objects.doubleColumn("first_mjd").get(i)).getYear() % 100;
                assertEquals(year, Integer.parseInt(name.substring(3, 5)), "yy is the year of the first detection");
            }
        }
    }

    @Test
    void everyDetectionIsAPacketWhoseHistoryIsTheThirtyDaysBeforeIt() {
        Table counts = store.query("c", "SELECT (SELECT count(*) FROM alert_packet) packets, (SELECT count(*) FROM"
                + " alert_photometry WHERE kind = 'detection') detections, (SELECT count(*) FROM alert_packet p WHERE"
                + " NOT EXISTS (SELECT 1 FROM alert_photometry a WHERE a.candid = p.candid AND a.jd = p.jd))"
                + " orphans, (SELECT count(*) FROM alert_photometry a WHERE a.kind <> 'detection' AND NOT EXISTS"
                + " (SELECT 1 FROM alert_packet p WHERE p.hpx29 = a.hpx29 AND p.jd > a.jd AND p.jd - a.jd <= 30))"
                + " unreferenced");
        assertEquals(counts.longColumn("detections").get(0), counts.longColumn("packets").get(0));
        assertEquals(0L, counts.longColumn("orphans").get(0), "each packet's candidate is a stored detection");
        assertEquals(0L, counts.longColumn("unreferenced").get(0),
                "non-detections are kept only inside some packet's 30-day history");
    }

    @Test
    void cutoutsAreTripletsForTheLatestPacketsAndEveryPacketOfTheRealTransients() {
        Table latest = store.query("l", "SELECT count(*) n FROM (SELECT hpx29, max(jd) jd FROM alert_packet GROUP BY"
                + " hpx29) l WHERE NOT EXISTS (SELECT 1 FROM alert_packet p JOIN alert_cutout c USING (candid) WHERE"
                + " p.hpx29 = l.hpx29 AND p.jd = l.jd AND c.kind = 'difference')");
        assertEquals(0L, latest.longColumn("n").get(0), "every object's latest packet has cutouts");
        Table perReal = store.query("r", "SELECT o.ztf_name, count(DISTINCT p.candid) packets, count(DISTINCT c.candid)"
                + " with_cutouts FROM alert_object o JOIN alert_packet p USING (hpx29) LEFT JOIN alert_cutout c"
                + " ON c.candid = p.candid WHERE o.ztf_name IN ('ZTF18acewtzj', 'ZTF18abvtemh') GROUP BY o.ztf_name");
        assertEquals(2, perReal.rowCount());
        for (int i = 0; i < 2; i++) {
            assertEquals(perReal.longColumn("packets").get(i), perReal.longColumn("with_cutouts").get(i));
        }
        Table kinds = store.query("k", "SELECT candid, count(*) n FROM alert_cutout GROUP BY candid HAVING n <> 3");
        assertEquals(0, kinds.rowCount(), "science, template and difference for each");
    }

    @Test
    void aCutoutTripletShowsTheObjectsTrueDifferenceFlux() {
        Map<Long, Map<String, Stamp>> triplets = new HashMap<>();
        Map<Long, double[]> epochs = new HashMap<>();
        store.withConnection(c -> {
            try (var ps = c.prepareStatement("SELECT c.candid, c.kind, c.data, a.fid, a.hmjd_mid FROM alert_cutout c"
                    + " JOIN alert_photometry a ON a.candid = c.candid AND a.kind = 'detection' ORDER BY c.candid"
                    + " LIMIT 600"); var rs = ps.executeQuery()) {
                while (rs.next()) {
                    long candid = rs.getLong(1);
                    triplets.computeIfAbsent(candid, k -> new HashMap<>()).put(rs.getString(2),
                            FitsCodec.read(rs.getBytes(3)));
                    epochs.put(candid, new double[] {rs.getInt(4), rs.getDouble(5)});
                }
            }
            return null;
        });
        int checked = 0;
        for (var e : triplets.entrySet()) {
            Stamp sci = e.getValue().get("science");
            Stamp ref = e.getValue().get("template");
            Stamp diff = e.getValue().get("difference");
            assertEquals(63, sci.width());
            assertEquals(63, sci.height());
            double sum = 0;
            for (int y = 0; y < 63; y++) {
                for (int x = 0; x < 63; x++) {
                    assertEquals(sci.pixel(x, y) - ref.pixel(x, y), diff.pixel(x, y), 1e-3, "difference = science − template");
                    if ((x - 31) * (x - 31) + (y - 31) * (y - 31) <= 64) {
                        sum += diff.pixel(x, y);
                    }
                }
            }
            double zp = sci.header().number("MAGZP").orElseThrow();
            SkyGenerator.SimSource s = sourceOf(e.getKey());
            Band band = Band.ztf((int) epochs.get(e.getKey())[0]);
            double hmjd = epochs.get(e.getKey())[1];
            double expected = dn(s.model().magnitude(hmjd, band), zp) - dn(s.model().baseline(band), zp);
            double noise = 1.2 * Math.sqrt(Math.PI * 64); // science 1 DN and template 0.5 DN per pixel, 8-pixel aperture
            assertEquals(expected, sum, 5 * noise + 0.05 * Math.abs(expected), "aperture flux of the difference stamp");
            checked++;
        }
        assertTrue(checked > 100);
    }

    private static double dn(double mag, double zeroPoint) {
        return Double.isFinite(mag) ? Math.pow(10, -0.4 * (mag - zeroPoint)) : 0;
    }
}
