package org.ztfkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.ztfkit.alerts.AlertPacket;
import org.ztfkit.alerts.Alerts;
import org.ztfkit.alerts.CutoutKind;
import org.ztfkit.datasets.DemoSkyFixture;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.errors.ServiceUnavailableException;
import org.ztfkit.lightcurve.LightCurve;
import org.ztfkit.lightcurve.LightCurveColumns;
import org.ztfkit.lightcurve.LightCurveSources;
import org.ztfkit.model.DataRelease;
import org.ztfkit.model.PhotometrySource;
import org.ztfkit.sky.SkyPosition;
import org.ztfkit.source.ExternalLightCurveSource;
import org.ztfkit.source.NearbyObject;
import org.ztfkit.store.EmbeddedStore;
import tech.tablesaw.api.Table;

/** {@code obj.withNeighbours(r).lightCurve()} and {@code obj.alerts()} on the packaged demo sky. */
class MergedLightCurveTest extends DemoSkyFixture {
    static final long RR_LYRAE = 686204100122720L;
    static final long SNAD183 = 783109400002438L;

    @Test
    void everySourceAnswersIntoOneTableOnOneTimeAxis() {
        ZtfObject obj = ztf.object(RR_LYRAE);
        Neighbourhood n = obj.withNeighbours(1.0);
        LightCurve lc = n.lightCurve();
        LightCurveSources sources = lc.sources();
        for (String s : List.of("ztf_dr", "ztf_ref", "ztf_alert", "ps1", "gaia")) {
            assertEquals(LightCurveSources.Outcome.ANSWERED, sources.get(s).orElseThrow().outcome(), s + ": " + sources);
            assertEquals(s.equals("ztf_ref") ? lc.references().size() : lc.source(s.equals("ztf_dr") ? "ztf_dr" : s)
                    .size(), sources.get(s).orElseThrow().rows(), "row counts of " + s);
        }
        assertTrue(sources.get("gaia").orElseThrow().detail().startsWith("Gaia DR3 2032894199774736256"),
                "the RR Lyrae star's real Gaia DR3 source");
        Table t = lc.table();
        assertTrue(t.columnNames().containsAll(LightCurveColumns.REQUIRED));
        Set<String> bands = new TreeSet<>(t.stringColumn("band").asList());
        assertTrue(bands.containsAll(List.of("ztf_g", "ztf_r", "gaia_G", "gaia_BP", "gaia_RP", "ps1_r")), bands.toString());
        double[] time = t.doubleColumn("time").asDoubleArray();
        for (int i = 1; i < time.length; i++) {
            assertTrue(time[i] >= time[i - 1], "one table sorted by the HMJD axis");
        }
        assertEquals(Optional.of(DataRelease.of("dr13")), lc.dataRelease());
        assertNativeScale(lc, "ztf_alert", "jd_utc_start");
        assertNativeScale(lc, "ps1", "mjd_tai_mid");
        assertNativeScale(lc, "gaia", "bjd_tcb_2010");
        assertTrue(lc.source("ztf_alert").upperLimits().size() > 0, "alert non-detections are marked upper limits");
    }

    private static void assertNativeScale(LightCurve lc, String source, String scale) {
        Table t = lc.source(source).table();
        assertTrue(t.rowCount() > 0, source);
        assertTrue(t.stringColumn("time_native_scale").asList().stream().allMatch(scale::equals), source);
    }

    @Test
    void neighboursAreChosenAsTheViewersTwoRadiiChooseThem() {
        ZtfObject obj = ztf.object(RR_LYRAE);
        Table all = obj.neighbours(1.0);
        Set<String> otherPassband = oidsWith(all, "other_passband");
        Set<String> otherField = oidsWith(all, "other_field");
        assertFalse(otherPassband.isEmpty());
        assertFalse(otherField.isEmpty());
        String target = Long.toString(RR_LYRAE);
        assertEquals(union(Set.of(target), otherPassband, otherField), drOids(obj.withNeighbours(1.0).lightCurve()));
        assertEquals(union(Set.of(target), otherPassband), drOids(obj.withNeighbours(NeighbourOptions.of(1.0, 0)).lightCurve()));
        assertEquals(union(Set.of(target), otherField), drOids(obj.withNeighbours(NeighbourOptions.of(0, 1.0)).lightCurve()));
        assertEquals(Set.of(target), drOids(obj.withNeighbours(NeighbourOptions.none()).lightCurve()));
        Table chosen = obj.withNeighbours(1.0).neighbours();
        assertFalse(chosen.stringColumn("relation").contains("same_field_same_passband"));
        var bad = assertThrows(InvalidInputException.class, () -> obj.withNeighbours(61));
        assertTrue(bad.getMessage().contains("[0, 60]"), bad.getMessage());
    }

    private static Set<String> oidsWith(Table neighbours, String relation) {
        Set<String> out = new TreeSet<>();
        for (int i = 0; i < neighbours.rowCount(); i++) {
            if (neighbours.stringColumn("relation").get(i).equals(relation)) {
                out.add(Long.toString(neighbours.longColumn("oid").get(i)));
            }
        }
        return out;
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> out = new TreeSet<>();
        for (Set<String> s : sets) {
            out.addAll(s);
        }
        return out;
    }

    private static Set<String> drOids(LightCurve lc) {
        return new TreeSet<>(lc.source("ztf_dr").oids());
    }

    @Test
    void referencesComeFromTheReferenceCatalogs() {
        LightCurve lc = ztf.object(633207400004730L).withNeighbours(1.0).lightCurve();
        assertEquals(20.839, lc.reference("633207400004730").mag(), 1e-6, "SNAD101: −5.436 + 26.275");
        assertEquals(0.061, lc.reference("633207400004730").magErr(), 1e-6);
        Table refs = ztf.store().query("r", "SELECT oid, ref_mag FROM ztf_ref_mag");
        for (String oid : lc.source("ztf_dr").oids()) {
            int row = refs.longColumn("oid").asList().indexOf(Long.parseLong(oid));
            if (row >= 0) {
                assertEquals(refs.doubleColumn("ref_mag").get(row), lc.reference(oid).mag(), 1e-6, oid);
            } else {
                assertTrue(lc.reference(oid).isNone());
            }
        }
        LightCurve diff = lc.difference();
        assertTrue(diff.table().columnNames().contains("diffmag"), "seed eqs. 3–7 use the catalog references");
    }

    @Test
    void alertDetectionsAreApparentMagnitudesThatAgreeWithTheSameExposuresInTheRelease() {
        LightCurve lc = ztf.object(RR_LYRAE).withNeighbours(1.0).lightCurve();
        Table alerts = lc.source("ztf_alert").detections().table();
        Table dr = lc.source("ztf_dr").table();
        int compared = 0;
        int agree = 0;
        for (int i = 0; i < alerts.rowCount(); i++) {
            assertFalse(alerts.booleanColumn("is_difference").get(i), "the RR Lyrae star is its reference's source");
            double t = alerts.doubleColumn("time").get(i);
            for (int j = 0; j < dr.rowCount(); j++) {
                if (Math.abs(dr.doubleColumn("time").get(j) - t) < 2e-5
                        && dr.stringColumn("band").get(j).equals(alerts.stringColumn("band").get(i))) {
                    compared++;
                    double err = Math.hypot(dr.doubleColumn("magerr").get(j), alerts.doubleColumn("magerr").get(i));
                    if (Math.abs(dr.doubleColumn("mag").get(j) - alerts.doubleColumn("mag").get(i)) < 4 * err + 0.02) {
                        agree++;
                    }
                }
            }
        }
        assertTrue(compared > 100, "alerts share the release's exposures: " + compared);
        assertTrue(agree > 0.97 * compared, agree + " of " + compared + " DC magnitudes agree with the DR epoch");
    }

    @Test
    void alertsWithoutACounterpartStayDifferenceMagnitudesClearlyMarked() {
        Table noCounterpart = ztf.store().query("n", "SELECT o.ra, o.dec FROM alert_object o WHERE NOT EXISTS"
                + " (SELECT 1 FROM alert_photometry p WHERE p.hpx29 = o.hpx29 AND p.magnr IS NOT NULL) LIMIT 1");
        assertEquals(1, noCounterpart.rowCount(), "the demo sky has alert objects on no reference source");
        EmbeddedStore store = ztf.store();
        SkyPosition p = SkyPosition.of(noCounterpart.doubleColumn("ra").get(0), noCounterpart.doubleColumn("dec").get(0));
        NearbyObject o = store.alerts().closest(p, 1.0).orElseThrow();
        Table rows = store.alerts().lightCurve(o).detections().table();
        Table raw = store.query("r", "SELECT magpsf, isdiffpos FROM alert_photometry WHERE hpx29 = ? AND kind = 'detection'"
                + " ORDER BY hmjd_mid", org.ztfkit.sky.SkyIndex.hpx29(o.position()));
        assertEquals(raw.rowCount(), rows.rowCount());
        for (int i = 0; i < rows.rowCount(); i++) {
            assertTrue(rows.booleanColumn("is_difference").get(i));
            assertEquals(raw.doubleColumn("magpsf").get(i), rows.doubleColumn("mag").get(i), 1e-9);
            assertEquals(Math.signum(raw.intColumn("isdiffpos").get(i)), Math.signum(rows.doubleColumn("flux").get(i)));
        }
    }

    @Test
    void aFailingSourceIsReportedWhileTheOthersAnswer() {
        EmbeddedStore store = ztf.store();
        ExternalLightCurveSource failing = new ExternalLightCurveSource() {
            @Override
            public PhotometrySource kind() {
                return PhotometrySource.PS1;
            }

            @Override
            public String description() {
                return "a MAST that is down";
            }

            @Override
            public Optional<NearbyObject> closest(SkyPosition center, double radiusArcsec) {
                throw new ServiceUnavailableException("MAST Pan-STARRS", "HTTP 503 after 3 attempts\n\tat somewhere");
            }

            @Override
            public LightCurve lightCurve(NearbyObject object) {
                throw new AssertionError("never asked");
            }
        };
        Ztf degraded = new Ztf(store, Ztf.of(store).sources().withLightCurves(List.of(store.alerts(), failing,
                store.gaia())), null, ztf.release());
        LightCurve lc = degraded.object(RR_LYRAE).withNeighbours(1.0).lightCurve();
        List<LightCurveSources.Status> down = lc.sources().unavailable();
        assertEquals(1, down.size());
        assertEquals("ps1", down.get(0).source());
        assertEquals("MAST Pan-STARRS: HTTP 503 after 3 attempts", down.get(0).detail(), "one line, no stack trace");
        assertEquals(0, lc.source("ps1").size());
        assertTrue(lc.source("gaia").size() > 0 && lc.source("ztf_alert").size() > 0, "the others still answer");
        assertTrue(lc.toString().contains("ps1 unavailable"), lc.toString());
        assertTrue(lc.band("gaia_G").sources().get("ps1").isPresent(), "selections keep the record of sources");
    }

    @Test
    void theObjectsOwnLightCurveStaysItsDrLightCurve() {
        ZtfObject obj = ztf.object(RR_LYRAE);
        LightCurve own = obj.lightCurve();
        assertEquals(List.of(Long.toString(RR_LYRAE)), own.oids());
        assertEquals(List.of("ztf_dr"), own.sources().all().stream().map(LightCurveSources.Status::source).toList());
        assertEquals(own.size(), obj.withNeighbours(NeighbourOptions.none()).lightCurve().source("ztf_dr").size());
    }

    @Test
    void alertPacketsCarryTheirHistoryAndCutouts() {
        Alerts alerts = ztf.object(SNAD183).alerts();
        assertFalse(alerts.isEmpty());
        assertEquals("ZTF18acewtzj", alerts.latest().objectId());
        double previousJd = 0;
        for (AlertPacket p : alerts.packets()) {
            double jd = p.candidate().jd();
            assertTrue(jd >= previousJd, "oldest first");
            previousJd = jd;
            p.previousDetections().forEach(d -> assertTrue(d.jd() < jd && d.jd() >= jd - 30, "30-day history"));
            p.upperLimits().forEach(u -> assertTrue(u.jd() < jd && u.jd() >= jd - 30, "30-day history"));
            assertEquals(3, p.rawCutouts().size(), "SNAD183 is a real transient: every packet keeps its cutouts");
        }
        assertTrue(alerts.packets().stream().anyMatch(p -> !p.upperLimits().isEmpty()));
        var triplet = alerts.latest().cutouts();
        assertEquals(63, triplet.science().width());
        assertTrue(alerts.latest().rawCutout(CutoutKind.DIFFERENCE).orElseThrow().gzippedFits().length > 1000);
        assertEquals(alerts.size(), ztf.object(SNAD183).withNeighbours(0).lightCurve().source("ztf_alert").detections()
                .size(), "one packet per detection");
        assertTrue(alerts.toString().startsWith("Alerts[ZTF18acewtzj, "), alerts.toString());
    }

    @Test
    void anObjectWithNoAlertObjectNearbyHasNoPackets() {
        Table quiet = ztf.store().query("q", "SELECT oid FROM ztf_object o WHERE dr = 'dr13' AND NOT EXISTS (SELECT 1"
                + " FROM alert_object a WHERE abs(a.dec - o.dec) < 0.002 AND abs(a.ra - o.ra) < 0.01) LIMIT 1");
        Alerts none = ztf.object(quiet.longColumn("oid").get(0)).alerts();
        assertTrue(none.isEmpty());
        assertEquals("Alerts[none]", none.toString());
        LightCurve lc = ztf.object(quiet.longColumn("oid").get(0)).withNeighbours(1.0).lightCurve();
        assertEquals(LightCurveSources.Outcome.EMPTY, lc.sources().get("ztf_alert").orElseThrow().outcome());
        assertTrue(lc.sources().get("ztf_alert").orElseThrow().detail().startsWith("no object within 5″"));
    }
}
