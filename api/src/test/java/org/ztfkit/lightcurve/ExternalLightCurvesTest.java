package org.ztfkit.lightcurve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Alert, Pan-STARRS and Gaia rows as light curves, against values worked by hand from the formulas: AB fluxes
 * {@code f = 10^(−0.4 (m − 8.9))} Jy (seed 001 eq. 1), the alert's apparent flux {@code f(magnr) ± f(magpsf)}
 * (ALeRCE's magpsf_corr), and the filtering rules of external-services.md §5.4 and §6.2.
 */
class ExternalLightCurvesTest {
    private static double jy(double mag) {
        return Math.pow(10, -0.4 * (mag - 8.9));
    }

    /** Alert rows: name, candid (0 = none), kind, jd, hmjd, fid, magpsf, sigmapsf, diffmaglim, isdiffpos, magnr, sigmagnr, distnr. */
    private static Table alertRows(Object[]... rows) {
        StringColumn name = StringColumn.create("ztf_name");
        LongColumn candid = LongColumn.create("candid");
        StringColumn kind = StringColumn.create("kind");
        DoubleColumn[] numbers = {DoubleColumn.create("jd"), DoubleColumn.create("hmjd_mid")};
        IntColumn fid = IntColumn.create("fid");
        DoubleColumn[] phot = {DoubleColumn.create("magpsf"), DoubleColumn.create("sigmapsf"),
            DoubleColumn.create("diffmaglim")};
        IntColumn isdiffpos = IntColumn.create("isdiffpos");
        DoubleColumn[] ref = {DoubleColumn.create("magnr"), DoubleColumn.create("sigmagnr"), DoubleColumn.create("distnr")};
        for (Object[] r : rows) {
            name.append((String) r[0]);
            if ((long) r[1] == 0) {
                candid.appendMissing();
            } else {
                candid.append((long) r[1]);
            }
            kind.append((String) r[2]);
            numbers[0].append((double) r[3]);
            numbers[1].append((double) r[4]);
            fid.append((int) r[5]);
            for (int k = 0; k < 3; k++) {
                phot[k].append((double) r[6 + k]);
            }
            if ((int) r[9] == 0) {
                isdiffpos.appendMissing();
            } else {
                isdiffpos.append((int) r[9]);
            }
            for (int k = 0; k < 3; k++) {
                ref[k].append((double) r[10 + k]);
            }
        }
        return Table.create("alerts", name, candid, kind, numbers[0], numbers[1], fid, phot[0], phot[1], phot[2],
                isdiffpos, ref[0], ref[1], ref[2]);
    }

    private static final double NAN = Double.NaN;

    @Test
    void alertDetectionsOnTheirCounterpartBecomeApparentMagnitudes() {
        LightCurve lc = ExternalLightCurves.fromAlertPhotometry(alertRows(
                new Object[] {"ZTF18aaaaaaa", 11L, "detection", 2458300.5, 58300.003, 2, 18.0, 0.05, 20.5, 1, 17.0, 0.02, 0.3},
                new Object[] {"ZTF18aaaaaaa", 12L, "detection", 2458301.5, 58301.003, 2, 18.0, 0.05, 20.5, -1, 17.0, 0.02, 1.4}),
                "a");
        Table t = lc.table();
        double ref = Math.pow(10, -0.4 * 17.0);
        double diff = Math.pow(10, -0.4 * 18.0);
        assertEquals(-2.5 * Math.log10(ref + diff), t.doubleColumn("mag").get(0), 1e-12, "1.585e-7 + 6.310e-8");
        assertEquals(-2.5 * Math.log10(ref - diff), t.doubleColumn("mag").get(1), 1e-12, "distnr 1.4 px still counts");
        assertEquals(Math.hypot(diff * 0.05, ref * 0.02) / (ref + diff), t.doubleColumn("magerr").get(0), 1e-12);
        assertEquals(jy(t.doubleColumn("mag").get(0)), t.doubleColumn("flux").get(0), 1e-20);
        assertEquals(List.of(false, false), t.booleanColumn("is_difference").asList());
        assertEquals(List.of(58300.003, 58301.003), t.doubleColumn("time").asList(), "time is the converted hmjd_mid");
        assertEquals(List.of(2458300.5, 2458301.5), t.doubleColumn("time_native").asList());
        assertEquals("jd_utc_start", t.stringColumn("time_native_scale").get(0));
        assertEquals(List.of("ztf_r", "ztf_r"), t.stringColumn("band").asList());
        assertEquals(List.of("ztf_alert", "ztf_alert"), t.stringColumn("source").asList());
        assertEquals(List.of(11L, 12L), t.longColumn("candid").asList());
    }

    @Test
    void withoutACounterpartTheDifferenceMagnitudeStaysAndIsMarked() {
        LightCurve lc = ExternalLightCurves.fromAlertPhotometry(alertRows(
                new Object[] {"ZTF19zzaaaaa", 21L, "detection", 2458700.5, 58700.0, 1, 19.0, 0.1, 20.5, 1, 17.0, 0.02, 1.5},
                new Object[] {"ZTF19zzaaaaa", 22L, "detection", 2458701.5, 58701.0, 1, 19.5, 0.1, 20.5, -1, NAN, NAN, NAN},
                new Object[] {"ZTF19zzaaaaa", 23L, "detection", 2458702.5, 58702.0, 1, 16.5, 0.05, 20.5, -1, 17.0, 0.02, 0.2}),
                "b");
        Table t = lc.table();
        assertEquals(List.of(true, true, true), t.booleanColumn("is_difference").asList(),
                "1.5 px away, no reference source, and a fall larger than the reference flux");
        assertEquals(List.of(19.0, 19.5, 16.5), t.doubleColumn("mag").asList());
        assertEquals(List.of(0.1, 0.1, 0.05), t.doubleColumn("magerr").asList());
        assertEquals(jy(19.0), t.doubleColumn("flux").get(0), 1e-20);
        assertEquals(-jy(19.5), t.doubleColumn("flux").get(1), 1e-20, "a negative difference is a negative flux");
        assertEquals(0.4 * Math.log(10) * jy(19.5) * 0.1, t.doubleColumn("fluxerr").get(1), 1e-20, "seed eq. 2");
    }

    @Test
    void upperLimitsCarryTheDifferenceImageLimitAndBadCandidatesAreLeftOut() {
        LightCurve lc = ExternalLightCurves.fromAlertPhotometry(alertRows(
                new Object[] {"ZTF18aaaaaab", 0L, "upper_limit", 2458300.5, 58300.0, 1, NAN, NAN, 20.7, 0, NAN, NAN, NAN},
                new Object[] {"ZTF18aaaaaab", 31L, "bad_quality", 2458301.5, 58301.0, 1, 18.0, 0.1, 20.5, 1, NAN, NAN, NAN}),
                "c");
        assertEquals(1, lc.size());
        Table t = lc.table();
        assertTrue(t.booleanColumn("is_upper_limit").get(0));
        assertTrue(t.booleanColumn("is_difference").get(0));
        assertEquals(20.7, t.doubleColumn("mag").get(0));
        assertTrue(Double.isNaN(t.doubleColumn("magerr").getDouble(0)));
        assertEquals(jy(20.7), t.doubleColumn("flux").get(0), 1e-20);
        assertTrue(t.longColumn("candid").isMissing(0));
    }

    @Test
    void panStarrsDetectionsKeepTheirFluxesAndPositiveOnesOnly() {
        Table rows = Table.create("ps1", LongColumn.create("objid", new long[] {7L, 7L, 7L}),
                IntColumn.create("filter_id", new int[] {1, 5, 2}),
                DoubleColumn.create("obs_time_mjd_tai", new double[] {55500.1, 55600.1, 55700.1}),
                DoubleColumn.create("hmjd_utc", new double[] {55500.0996, 55600.1002, 55700.1}),
                DoubleColumn.create("psf_flux_jy", new double[] {1e-5, 2e-5, -1e-6}),
                DoubleColumn.create("psf_flux_err_jy", new double[] {1e-7, 4e-7, 1e-6}),
                DoubleColumn.create("mag", new double[] {21.4, 20.647425, NAN}),
                DoubleColumn.create("magerr", new double[] {0.010857, 0.021715, NAN}));
        Table t = ExternalLightCurves.fromPs1Detections(rows, "ps1").table();
        assertEquals(2, t.rowCount(), "psfFlux ≤ 0 is left out, as the Viewer does");
        assertEquals(List.of("ps1_g", "ps1_y"), t.stringColumn("band").asList());
        assertEquals(List.of(1e-5, 2e-5), t.doubleColumn("flux").asList());
        assertEquals(List.of(55500.0996, 55600.1002), t.doubleColumn("time").asList());
        assertEquals(List.of(55500.1, 55600.1), t.doubleColumn("time_native").asList());
        assertEquals("mjd_tai_mid", t.stringColumn("time_native_scale").get(0));
        assertEquals(List.of("7", "7"), t.stringColumn("oid").asList());
    }

    @Test
    void gaiaEpochsDropRejectedAndMissingFluxesAndUseEquationsOneAndTwo() {
        Table rows = Table.create("gaia", LongColumn.create("source_id", new long[] {5L, 5L, 5L, 5L}),
                StringColumn.create("band", "G", "BP", "RP", "G"),
                DoubleColumn.create("time_tcb_d", new double[] {2100.0, 2100.0005, 2100.0006, 2150.0}),
                DoubleColumn.create("mjd_utc", new double[] {57296.999, 57297.0, 57297.0001, 57346.999}),
                DoubleColumn.create("flux", new double[] {1000, NAN, 800, 1000}),
                DoubleColumn.create("mag_ab", new double[] {18.301, NAN, 17.8, 18.301}),
                DoubleColumn.create("magerr_ab", new double[] {0.01, NAN, 0.02, 0.01}),
                BooleanColumn.create("rejected_by_photometry", new boolean[] {false, false, false, true}),
                BooleanColumn.create("variability_reject", new boolean[] {false, false, true, false}));
        Table t = ExternalLightCurves.fromGaiaEpochs(rows, "gaia").table();
        assertEquals(1, t.rowCount(), "BP without flux, RP rejected by variability, G rejected by photometry");
        assertEquals("gaia_G", t.stringColumn("band").get(0));
        assertEquals(57296.999, t.doubleColumn("time").get(0));
        assertEquals(jy(18.301), t.doubleColumn("flux").get(0), 1e-20);
        assertEquals(0.4 * Math.log(10) * jy(18.301) * 0.01, t.doubleColumn("fluxerr").get(0), 1e-20);
        assertEquals("bjd_tcb_2010", t.stringColumn("time_native_scale").get(0));
        assertFalse(t.booleanColumn("is_upper_limit").get(0));
    }
}
