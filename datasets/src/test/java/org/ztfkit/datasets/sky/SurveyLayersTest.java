package org.ztfkit.datasets.sky;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ztfkit.model.Band;
import org.ztfkit.model.Oid;
import org.ztfkit.sky.SkyIndex;
import org.ztfkit.sky.SkyPosition;
import org.ztfkit.store.EmbeddedStore;
import org.ztfkit.time.LightTravelTime;
import org.ztfkit.time.Observatory;
import tech.tablesaw.api.Table;

/**
 * Pan-STARRS DR2, Gaia DR3 and the ZTF reference catalogs of the packaged demo sky, checked against each source's
 * truth and against the services' published conventions (zero points, time scales, identifiers).
 */
class SurveyLayersTest {
    /** Gaia EDR3 AB zero points (Riello et al. 2021), as published. */
    static final Map<String, Double> GAIA_ZP_AB = Map.of("G", 25.8010446445, "BP", 25.3539555559, "RP", 25.1039837393);

    static final DemoSkyTruth truth = DemoSkyTruth.get();
    static final EmbeddedStore store = truth.store;

    private static double fluxJy(double mag) {
        return Math.pow(10, -0.4 * (mag - 8.9));
    }

    private static double sd(List<Double> v, double mean) {
        return Math.sqrt(v.stream().mapToDouble(p -> (p - mean) * (p - mean)).average().orElseThrow());
    }

    private static double mean(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }

    // ------------------------------------------------------------------------------------------------ Pan-STARRS

    @Test
    void ps1FluxesFollowTheModelAtTheConvertedTime() {
        Table t = store.query("p", "SELECT o.ra_mean, o.dec_mean, d.filter_id, d.hmjd_utc, d.psf_flux_jy,"
                + " d.psf_flux_err_jy, d.mag, d.magerr FROM ps1_detection d JOIN ps1_object o USING (hpx29, objid)");
        assertTrue(t.rowCount() > 20_000);
        List<Double> pulls = new ArrayList<>();
        for (int i = 0; i < t.rowCount(); i++) {
            SkyGenerator.SimSource s = truth.near(t.doubleColumn("ra_mean").get(i), t.doubleColumn("dec_mean").get(i), 0.5);
            assertNotNull(s, "every PS1 object is a simulated source");
            Band band = Band.ps1(t.intColumn("filter_id").get(i));
            double expected = fluxJy(s.model().magnitude(t.doubleColumn("hmjd_utc").get(i), band));
            double flux = t.doubleColumn("psf_flux_jy").get(i);
            double err = t.doubleColumn("psf_flux_err_jy").get(i);
            assertTrue(flux >= 5 * err, "DR2 detections have S/N ≥ 5");
            assertEquals(8.9 - 2.5 * Math.log10(flux), t.doubleColumn("mag").get(i), 1e-4, "seed eq. 8");
            assertEquals(2.5 / Math.log(10) * err / flux, t.doubleColumn("magerr").get(i), 1e-5, "seed eq. 9");
            if (expected > 10 * err) {
                pulls.add((flux - expected) / err);
            }
        }
        double m = mean(pulls);
        assertEquals(0, m, 0.05);
        assertEquals(1, sd(pulls, m), 0.06);
    }

    @Test
    void ps1TimesAreTaiMidExposureConvertedToHeliocentricUtcAtHaleakala() {
        Table t = store.query("p", "SELECT obs_time_mjd_tai, hmjd_utc, ra, dec, filter_id, filter FROM ps1_detection"
                + " USING SAMPLE 3000 ROWS");
        for (int i = 0; i < t.rowCount(); i++) {
            double tai = t.doubleColumn("obs_time_mjd_tai").get(i);
            assertTrue(tai >= 55330 && tai <= 56731, "PS1 3π epochs are 2010–2014");
            double utc = tai - taiMinusUtc(tai - 35.0 / 86400) / 86400;
            double light = (t.doubleColumn("hmjd_utc").get(i) - utc) * 86400;
            SkyPosition p = SkyPosition.of(t.doubleColumn("ra").get(i), t.doubleColumn("dec").get(i));
            assertEquals(LightTravelTime.heliocentricSeconds(utc, p, Observatory.HALEAKALA), light, 2e-3);
            int filterId = t.intColumn("filter_id").get(i);
            assertEquals("ps_" + "grizy".charAt(filterId - 1), t.stringColumn("filter").get(i));
        }
    }

    @Test
    void ps1ObjectsAreNamedAndNumberedAsPanStarrsDoes() {
        Table t = store.query("o", "SELECT objid, objname, ra_mean, dec_mean FROM ps1_object");
        for (int i = 0; i < t.rowCount(); i++) {
            double ra = t.doubleColumn("ra_mean").get(i);
            double dec = t.doubleColumn("dec_mean").get(i);
            long objid = t.longColumn("objid").get(i);
            assertTrue(dec > -30, "the 3π survey covers dec > −30°");
            // objID = zone · 10^13 + ⌊ra·10^6⌋ · 10^4 + ⌊residual·10^4⌋ with zones of 0.0083333° (PS1 documentation).
            assertEquals((long) Math.floor((dec + 90) / 0.0083333), objid / 10_000_000_000_000L);
            assertEquals((long) (ra * 1e6), objid / 10_000 % 1_000_000_000L);
            String name = t.stringColumn("objname").get(i);
            if (!name.equals("PSO J253.1577+25.8226")) {
                assertEquals(String.format(java.util.Locale.ROOT, "PSO J%08.4f", Math.floor(ra * 1e4) / 1e4),
                        name.substring(0, 13));
            }
        }
        Table snad158 = store.query("s", "SELECT objname FROM ps1_object WHERE abs(ra_mean - 253.15763) < 0.0001"
                + " AND abs(dec_mean - 25.82260) < 0.0001");
        assertEquals("PSO J253.1577+25.8226", snad158.stringColumn("objname").get(0), "SNAD158's real PS1 name");
    }

    /**
     * TAI − UTC at a UTC MJD of 2010–2017 (IERS Bulletin C: 34 s, 35 s from 2012-07-01, 36 s from 2015-07-01, 37 s
     * from 2017-01-01), growing through the day that ends with a leap second as ERFA (so astropy) counts it.
     */
    static double taiMinusUtc(double mjdUtc) {
        double[] steps = {56109, 57204, 57754};
        double value = 34;
        for (double step : steps) {
            if (mjdUtc >= step) {
                value++;
            } else if (mjdUtc >= step - 1) {
                value += mjdUtc - (step - 1);
            }
        }
        return value;
    }

    // ------------------------------------------------------------------------------------------------ Gaia

    @Test
    void gaiaEpochFluxesFollowTheModelThroughTheEdr3ZeroPoints() {
        Table t = store.query("g", "SELECT s.ra_ep2016 ra, s.dec_ep2016 dec, e.band, e.filter, e.mjd_utc, e.flux, e.flux_error,"
                + " e.flux_over_error, e.mag_ab, e.magerr_ab FROM gaia_epoch e JOIN gaia_source s USING (hpx29, source_id)"
                + " WHERE e.flux IS NOT NULL");
        assertTrue(t.rowCount() > 20_000);
        List<Double> pulls = new ArrayList<>();
        Map<String, SkyGenerator.SimSource> cache = new HashMap<>();
        for (int i = 0; i < t.rowCount(); i++) {
            double ra = t.doubleColumn("ra").get(i);
            double dec = t.doubleColumn("dec").get(i);
            SkyGenerator.SimSource s = cache.computeIfAbsent(ra + "/" + dec, k -> truth.near(ra, dec, 0.5));
            String band = t.stringColumn("band").get(i);
            assertEquals("gaia_" + band, t.stringColumn("filter").get(i));
            double zp = GAIA_ZP_AB.get(band);
            double flux = t.doubleColumn("flux").get(i);
            double magTrue = s.model().magnitude(t.doubleColumn("mjd_utc").get(i), Band.of("gaia_" + band));
            double expected = Math.pow(10, -0.4 * (magTrue - zp));
            pulls.add((flux - expected) / t.doubleColumn("flux_error").get(i));
            assertEquals(zp - 2.5 * Math.log10(flux), t.doubleColumn("mag_ab").get(i), 1e-4, "seed eq. 10");
            double zpErr = band.equals("G") ? 0.0027590522 : band.equals("BP") ? 0.0023065687 : 0.0015800349;
            assertEquals(Math.hypot(1.0857362 / t.doubleColumn("flux_over_error").get(i), zpErr),
                    t.doubleColumn("magerr_ab").get(i), 1e-5, "seed eq. 11");
        }
        double m = mean(pulls);
        assertEquals(0, m, 0.05);
        assertEquals(1, sd(pulls, m), 0.06);
    }

    @Test
    void gaiaTimesAreBarycentricTcbDaysConvertedToUtc() {
        Table t = store.query("g", "SELECT time_tcb_d, mjd_utc FROM gaia_epoch USING SAMPLE 3000 ROWS");
        for (int i = 0; i < t.rowCount(); i++) {
            double tcbMjd = t.doubleColumn("time_tcb_d").get(i) + 55197.0; // JD 2455197.5
            assertTrue(tcbMjd > 57228 && tcbMjd < 57902, "DR3 epochs are 2014-07-25 to 2017-05-28");
            // TCB − UTC = (TAI − UTC) + 32.184 s + L_B · (MJD − 43144.0003725) days (IAU 2006 B3 with TDB ≈ TT to
            // 2 ms).
            double tcbMinusUtc = taiMinusUtc(tcbMjd - 88.0 / 86400) + 32.184
                    + 1.550519768e-8 * (tcbMjd - 43144.0003725) * 86400;
            assertEquals(tcbMinusUtc, (tcbMjd - t.doubleColumn("mjd_utc").get(i)) * 86400, 0.01);
        }
    }

    @Test
    void gaiaHoldsTheSourcesBrighterThanG20p5AndEpochsForTheBrightVariables() {
        // Matched on the epoch-2016 positions: the J2000 ones (the Viewer's) are moved back by the proper motion.
        Table t = store.query("g", "SELECT source_id, ra_ep2016 ra, dec_ep2016 dec, has_epoch_phot, (SELECT count(*) FROM gaia_epoch e"
                + " WHERE e.source_id = s.source_id) epochs FROM gaia_source s");
        int found = 0;
        for (SkyGenerator.SimSource s : truth.sources) {
            double g = s.model().baseline(Band.GAIA_G);
            int row = -1;
            for (int i = 0; i < t.rowCount(); i++) {
                if (SkyPosition.separationDeg(s.ra(), s.dec(), t.doubleColumn("ra").get(i), t.doubleColumn("dec").get(i))
                        * 3600 < 0.3) {
                    row = i;
                }
            }
            assertEquals(g < 20.5, row >= 0, "a Gaia source exactly for G < 20.5: G = " + g);
            if (row >= 0) {
                found++;
                boolean variable = !(s.model() instanceof SourceModel.Constant)
                        && !(s.model() instanceof SourceModel.Supernova);
                assertEquals(variable && g < 19, t.booleanColumn("has_epoch_phot").get(row));
                assertEquals(variable && g < 19, t.longColumn("epochs").get(row) > 0);
            }
        }
        assertEquals(found, t.rowCount());
        Table rr = store.query("r", "SELECT ra_ep2016 ra, dec_ep2016 dec, has_epoch_phot FROM gaia_source"
                + " WHERE source_id = 2032894199774736256");
        assertEquals(1, rr.rowCount(), "the RR Lyrae star keeps its real Gaia DR3 id");
        assertTrue(SkyPosition.of(295.2685546875, 30.65905964912447).separationArcsec(
                SkyPosition.of(rr.doubleColumn("ra").get(0), rr.doubleColumn("dec").get(0))) < 1);
        assertTrue(rr.booleanColumn("has_epoch_phot").get(0));
    }

    @Test
    void gaiaSourceIdsCarryTheirHealpixLevel12Cell() {
        Table t = store.query("g", "SELECT source_id, ra_ep2016, dec_ep2016 FROM gaia_source");
        for (int i = 0; i < t.rowCount(); i++) {
            long cell = t.longColumn("source_id").get(i) / 34_359_738_368L; // 2^35
            long expected = SkyIndex.hpx29(t.doubleColumn("ra_ep2016").get(i), t.doubleColumn("dec_ep2016").get(i)) >>> 34;
            assertEquals(expected, cell, "level-12 cell of the 2016 position");
        }
    }

    // ------------------------------------------------------------------------------------------------ reference catalogs

    @Test
    void referenceMagnitudesAreTheBaselinesMeasuredWithTheReferenceNoise() {
        Table t = store.query("r", "SELECT oid, fieldid, filter, ccdid, qid, sourceid, ref_mag, ref_magerr, magzp"
                + " FROM ztf_ref_mag");
        Map<Long, SkyGenerator.SimSource> byOid = new HashMap<>();
        truth.sources.forEach(s -> s.objects().forEach(o -> byOid.put(o.oid().value(), s)));
        List<Double> pulls = new ArrayList<>();
        for (int i = 0; i < t.rowCount(); i++) {
            long oid = t.longColumn("oid").get(i);
            Oid parsed = Oid.of(oid);
            assertEquals(parsed.fieldId(), t.intColumn("fieldid").get(i));
            assertEquals(parsed.filterCode(), t.stringColumn("filter").get(i));
            assertEquals(parsed.ccdId(), t.intColumn("ccdid").get(i));
            assertEquals(parsed.qid(), t.intColumn("qid").get(i));
            assertEquals(oid % 100_000_000L, (long) t.intColumn("sourceid").get(i), "sourceid = oid mod 10^8");
            double zp = t.doubleColumn("magzp").get(i);
            assertTrue(zp >= 26.2 && zp <= 26.3, "zero point " + zp);
            SkyGenerator.SimSource s = byOid.get(oid);
            assertNotNull(s, "a catalog row per DR object");
            if (s.name() == null) {
                pulls.add((t.doubleColumn("ref_mag").get(i) - s.model().baseline(parsed.band()))
                        / t.doubleColumn("ref_magerr").get(i));
            }
        }
        double m = mean(pulls);
        assertEquals(0, m, 0.05);
        assertEquals(1, sd(pulls, m), 0.05);
        Table snad101 = store.query("s", "SELECT ref_mag, ref_magerr, magzp, magzp_rms FROM ztf_ref_mag"
                + " WHERE oid = 633207400004730");
        assertEquals(20.84, snad101.doubleColumn("ref_mag").get(0), 0.005, "the SNAD catalog's 20.84 ± 0.06");
        assertEquals(20.839, snad101.doubleColumn("ref_mag").get(0), 1e-4, "−5.436 + 26.275 (external-services §2.2)");
        assertEquals(0.061, snad101.doubleColumn("ref_magerr").get(0), 1e-6);
        assertEquals(0.0257, snad101.doubleColumn("magzp_rms").get(0), 1e-6);
    }

    // ------------------------------------------------------------------------------------------------ every table

    @Test
    void everyPositionedTableIsIndexedByItsCoordinatesAndStoredInIndexOrder() {
        for (String[] table : new String[][] {{"alert_object", "ra", "dec"}, {"ps1_object", "ra_mean", "dec_mean"},
            {"gaia_source", "ra", "dec"}, {"gaia_distance_edr3", "ra", "dec"}, {"ztf_ref_source", "ra", "dec"}}) {
            Table t = store.query("t", "SELECT hpx29, " + table[1] + " ra, " + table[2] + " dec FROM " + table[0]
                    + " ORDER BY rowid");
            assertTrue(t.rowCount() > 100, table[0]);
            long previous = Long.MIN_VALUE;
            for (int i = 0; i < t.rowCount(); i++) {
                long cell = t.longColumn("hpx29").get(i);
                assertEquals(SkyIndex.hpx29(t.doubleColumn("ra").get(i), t.doubleColumn("dec").get(i)), cell, table[0]);
                assertTrue(cell >= previous, table[0] + " is stored sorted by hpx29");
                previous = cell;
            }
        }
        for (String[] rows : new String[][] {{"alert_photometry", "alert_object", "broker_oid"},
            {"ps1_detection", "ps1_object", "objid"}, {"gaia_epoch", "gaia_source", "source_id"}}) {
            Table orphans = store.query("o", "SELECT count(*) n FROM " + rows[0] + " r WHERE NOT EXISTS (SELECT 1 FROM "
                    + rows[1] + " o WHERE o.hpx29 = r.hpx29 AND o." + rows[2] + " = r." + rows[2] + ")");
            assertEquals(0L, orphans.longColumn("n").get(0), rows[0] + " rows carry their object's hpx29");
        }
    }
}
