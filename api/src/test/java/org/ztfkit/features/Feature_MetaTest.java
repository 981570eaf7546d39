package org.ztfkit.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.ztfkit.errors.InvalidInputException;

/** Transformers, bins, bootstrap, the model-fit hook, periodogram peaks, flux conversion and bulk extraction. */
class Feature_MetaTest {
    static final double[] T = Feature_DefinitionTest.T;
    static final double[] M = Feature_DefinitionTest.M;
    static final double[] E = Feature_DefinitionTest.E;

    @Test
    void transformersApplyTheirFunctionsAndPrefixes() {
        double ipr = Feature_DefinitionTest.value(Feature.interPercentileRange(0.25f));
        Features f = FeatureExtractor.of(Feature.transformed(Feature.interPercentileRange(0.25f), Transformer.lg()),
                Feature.transformed(Feature.skew(), Transformer.arcsinh()),
                Feature.transformed(Feature.reducedChi2(), Transformer.ln1p()),
                Feature.transformed(Feature.standardDeviation(), Transformer.sqrt()),
                Feature.transformed(Feature.beyondNStd(3), Transformer.clippedLg())).extract(T, M, E);
        double skew = Feature_DefinitionTest.value(Feature.skew());
        assertEquals(Math.log10(ipr), f.get("lg_inter_percentile_range_25"), 1e-12);
        assertEquals(Math.log(skew + Math.sqrt(skew * skew + 1)), f.get("arcsinh_skew"), 1e-12);
        assertEquals(Math.log(1 + Feature_DefinitionTest.value(Feature.reducedChi2())), f.get("ln1p_chi2"), 1e-12);
        assertEquals(Math.sqrt(Feature_DefinitionTest.value(Feature.standardDeviation())),
                f.get("sqrt_standard_deviation"), 1e-12);
        assertEquals(0, Feature_DefinitionTest.value(Feature.beyondNStd(3)));
        assertEquals(Math.log10(Double.MIN_NORMAL), f.get("clipped_lg_beyond_3_std"), 1e-12);
        var e = assertThrows(InvalidInputException.class,
                () -> Feature.transformed(Feature.linearFit(), Transformer.composed(Transformer.lg())));
        assertTrue(e.getMessage().contains("one that takes 3 outputs"), e.getMessage());
    }

    @Test
    void binsAverageByWeightWithinWindowsAsTheCrate() {
        double[] t = {0.0, 1.0, 1.1, 1.2, 2.0, 2.1, 2.2, 2.3, 2.4, 2.5, 5.0};
        double[] m = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        double[] w = {10, 5, 10, 5, 10, 5, 10, 5, 10, 5, 10};
        Sample binned = new Bins(1.0, 0.0, List.of(Feature.mean())).bin(new Sample(t, m, w));
        assertArrayEquals(new double[] {0.5, 1.5, 2.5, 5.5}, binned.t, 1e-12);
        assertArrayEquals(new double[] {0.0, 2.0, 6.333333333333333, 10.0}, binned.m, 1e-12);
        assertArrayEquals(new double[] {10.0, 6.666666666666667, 7.5, 10.0}, binned.w, 1e-12);
        double[] err = Arrays.stream(w).map(x -> 1 / Math.sqrt(x)).toArray();
        assertEquals((0 + 2 + 6.333333333333333 + 10) / 4,
                FeatureExtractor.of(Feature.bins(1, 0, Feature.mean())).extract(t, m, err).values()[0], 1e-9);
        var ex = assertThrows(InvalidInputException.class,
                () -> FeatureExtractor.of(Feature.bins(10, 0, Feature.linearFit())).extract(t, m, err));
        assertTrue(ex.getMessage().contains("binned in 10.0-day windows: 1 bins"), ex.getMessage());
    }

    @Test
    void bootstrapReportsTheValueAndItsResampledSpread() {
        Random rng = new Random(2);
        int n = 2000;
        double[] t = new double[n];
        double[] m = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = i;
            m[i] = 15 + rng.nextGaussian();
        }
        double[] v = FeatureExtractor.of(Feature.bootstrap(200, 7, Feature.mean())).extract(t, m, null).values();
        assertEquals(Arrays.stream(m).average().orElseThrow(), v[0], 1e-12);
        assertEquals(1 / Math.sqrt(n), v[1], 0.2 / Math.sqrt(n));
        double[] q = FeatureExtractor.of(Feature.bootstrapQuantiles(200, 7, new float[] {0.16f, 0.84f}, Feature.mean()))
                .extract(t, m, null).values();
        assertEquals(2 / Math.sqrt(n), q[2] - q[1], 0.3 / Math.sqrt(n));
        assertThrows(InvalidInputException.class, () -> Feature.bootstrap(10, 1, Feature.cusum()));
    }

    @Test
    void v05NeedsABazinFitterAndTransformsItsOutputs() {
        double[] t = new double[20];
        double[] m = new double[20];
        double[] e = new double[20];
        for (int i = 0; i < 20; i++) {
            t[i] = i;
            m[i] = 18 + 0.1 * Math.sin(i);
            e[i] = 0.05;
        }
        var ex = assertThrows(InvalidInputException.class, () -> FeatureSet.latest().extract(t, m, e));
        assertTrue(ex.getMessage().contains("withModelFit(ModelFit.Model.BAZIN"), ex.getMessage());
        double[][] seen = new double[1][];
        FeatureSet set = FeatureSet.latest().withModelFit(ModelFit.Model.BAZIN, (tt, flux, w) -> {
            seen[0] = flux;
            return new double[] {250, -50, 5, 3, 20, 1.7};
        });
        Features f = set.extract(t, m, e);
        assertEquals(23.9 - 2.5 * Math.log10(500), f.get("bazin_fit_mag_full_amplitude_flux"), 1e-12);
        assertEquals(-0.2, f.get("bazin_fit_baseline_amplitude_ratio_flux"), 1e-12);
        assertEquals(3, f.get("bazin_fit_rise_time_flux"));
        assertEquals(20, f.get("bazin_fit_fall_time_flux"));
        assertEquals(Math.log(2.7), f.get("ln1p_bazin_fit_reduced_chi2_flux"), 1e-12);
        assertEquals(Math.pow(10, -0.4 * (m[0] - 23.9)), seen[0][0], 1e-9, "fluxes reach the fitter in μJy");
    }

    @Test
    void villarAndLinexpTransformersFollowTheCrate() {
        double[] t = new double[10];
        double[] f = new double[10];
        for (int i = 0; i < 10; i++) {
            t[i] = i;
            f[i] = 100 + i;
        }
        Features v = FeatureExtractor.of(Feature.transformed(
                Feature.villarFit((tt, ff, w) -> new double[] {40, 8, 3, 2, 15, 0.3, 12, 0.9}), Transformer.villarFit(8.9)))
                .extract(t, f, null);
        assertEquals(List.of("villar_fit_mag_full_amplitude", "villar_fit_baseline_amplitude_ratio",
                "villar_fit_rise_time", "villar_fit_fall_time", "villar_fit_plateau_rel_amplitude",
                "villar_fit_plateau_duration", "ln1p_villar_fit_reduced_chi2"), v.names());
        assertArrayEquals(new double[] {8.9 - 2.5 * Math.log10(80), 0.2, 2, 15, 0.3, 12, Math.log(1.9)}, v.values(),
                1e-12);
        Features l = FeatureExtractor.of(Feature.transformed(
                Feature.linexpFit((tt, ff, w) -> new double[] {50, 4, 9, -5, 1.2}), Transformer.linexpFit(23.9)))
                .extract(t, f, null);
        assertEquals(List.of("linexp_fit_amplitude", "linexp_fit_fall_time", "linexp_fit_baseline",
                "ln1p_linexp_fit_reduced_chi2"), l.names());
        assertArrayEquals(new double[] {23.9 - 2.5 * Math.log10(100), 9, -0.1, Math.log(2.2)}, l.values(), 1e-12);
    }

    @Test
    void fluxFeaturesSeeFluxesAndPropagatedWeights() {
        double[] f = new double[M.length];
        double[] fe = new double[M.length];
        for (int i = 0; i < M.length; i++) {
            f[i] = Math.pow(10, -0.4 * M[i]);
            fe[i] = 0.4 * Math.log(10) * f[i] * E[i];
        }
        FeatureSet v02 = FeatureSet.version("v0.2");
        Features all = v02.extract(T, M, E);
        Features flux = v02.fluxFeatures().extract(T, f, fe);
        for (String name : flux.names()) {
            assertEquals(flux.get(name), all.get(name + "_flux"), 1e-12 * Math.max(1, Math.abs(flux.get(name))), name);
        }
        Features magn = v02.magnitudeFeatures().extract(T, M, E);
        assertEquals(magn.get("stetson_K"), all.get("stetson_K_magn"));
    }

    @Test
    void setsNeedFiveObservations() {
        var e = assertThrows(InvalidInputException.class,
                () -> FeatureSet.version("v0.2").extract(new double[] {1, 2, 3, 4}, new double[] {1, 2, 3, 4},
                        new double[] {1, 1, 1, 1}));
        assertTrue(e.getMessage().startsWith("number of finite observations for feature set v0.2 must be at least 5, "
                + "got 4"), e.getMessage());
    }

    @Test
    void bulkExtractionMatchesSingleExtractionAndReportsProgress() {
        Random rng = new Random(5);
        List<Observations> curves = new ArrayList<>();
        for (int c = 0; c < 40; c++) {
            int n = c == 7 ? 3 : 50;
            double[] t = new double[n];
            double[] m = new double[n];
            double[] e = new double[n];
            for (int i = 0; i < n; i++) {
                t[i] = 58000 + i * 1.7 + rng.nextDouble();
                m[i] = 17 + 0.3 * Math.sin(t[i] / 0.37) + 0.05 * rng.nextGaussian();
                e[i] = 0.05;
            }
            curves.add(new Observations("lc" + c, t, m, e));
        }
        List<int[]> calls = new ArrayList<>();
        FeatureSet set = FeatureSet.version("v0.2");
        List<Features> result = Features.extract(curves, set, (done, total) -> calls.add(new int[] {done, total}));
        assertEquals(40, result.size());
        assertEquals(40, calls.size());
        for (int i = 0; i < calls.size(); i++) {
            assertArrayEquals(new int[] {i + 1, 40}, calls.get(i));
        }
        for (int c = 0; c < 40; c++) {
            assertEquals("lc" + c, result.get(c).id());
            if (c == 7) {
                assertTrue(result.get(c).failure().orElseThrow().contains("at least 5"));
                assertTrue(Double.isNaN(result.get(c).get("mean_magn")));
            } else {
                Observations o = curves.get(c);
                assertArrayEquals(set.extract(o.t(), o.m(), o.err()).values(), result.get(c).values(), 0);
            }
        }
        var table = Features.toTable(result);
        assertEquals(40, table.rowCount());
        assertEquals(set.names().size() + 2, table.columnCount());
        assertEquals("lc3", table.stringColumn("id").get(3));
    }
}
