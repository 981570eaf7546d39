package org.ztfkit.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The crate's periodogram feature: its grid, the exact power against a textbook Lomb–Scargle (Scargle 1982) computed
 * here, peaks and S/N by their definition, period recovery, and the multicolour periodogram.
 */
class PeriodogramFeatureTest {
    final Random rng = new Random(17);
    final double period = 0.7345;
    final double[] t = new double[120];
    final double[] m = new double[120];

    PeriodogramFeatureTest() {
        for (int i = 0; i < t.length; i++) {
            t[i] = 58000 + i * 1.9 + 0.6 * rng.nextDouble();
            m[i] = 17 + 0.3 * Math.sin(2 * Math.PI * t[i] / period) + 0.05 * rng.nextGaussian();
        }
    }

    /** Scargle's (1982) power ½[(Σh cos)²/Σcos² + (Σh sin)²/Σsin²]/σ² with tan 2ωτ = Σsin 2ωt/Σcos 2ωt. */
    static double scargle(double[] t, double[] m, double omega) {
        double mean = 0;
        for (double x : m) {
            mean += x / m.length;
        }
        double var = 0;
        for (double x : m) {
            var += (x - mean) * (x - mean) / (m.length - 1);
        }
        double s2 = 0, c2 = 0;
        for (double x : t) {
            s2 += Math.sin(2 * omega * x);
            c2 += Math.cos(2 * omega * x);
        }
        double tau = Math.atan2(s2, c2) / (2 * omega);
        double hc = 0, hs = 0, cc = 0, ss = 0;
        for (int i = 0; i < t.length; i++) {
            double c = Math.cos(omega * (t[i] - tau));
            double s = Math.sin(omega * (t[i] - tau));
            hc += (m[i] - mean) * c;
            hs += (m[i] - mean) * s;
            cc += c * c;
            ss += s * s;
        }
        return 0.5 * (hc * hc / cc + hs * hs / ss) / var;
    }

    @Test
    void directPowerPeaksAndSignalToNoiseFollowTheDefinitions() {
        PeriodogramFeature pf = PeriodogramFeature.builder().peaks(3).maxFreqFactor(2).nyquist(Nyquist.fixed(12))
                .algorithm(PeriodogramFeature.Algorithm.DIRECT).spectrumFeatures(Feature.amplitude(), Feature.mean())
                .build();
        double[] v = FeatureExtractor.of(pf).extract(t, m, null).values();
        // the grid: step 2π(N−1)/(N·10·duration), 2^round(log2(24/step)) + 1 points from 0
        double step = 2 * Math.PI * (t.length - 1) / (t.length * 10 * (t[t.length - 1] - t[0]));
        int size = (1 << (int) Math.round(Math.log(24 / step) / Math.log(2))) + 1;
        double[] power = new double[size];
        double max = Double.NEGATIVE_INFINITY, min = Double.POSITIVE_INFINITY, mean = 0;
        for (int i = 1; i < size; i++) {
            power[i] = scargle(t, m, i * step);
        }
        for (double p : power) {
            max = Math.max(max, p);
            min = Math.min(min, p);
            mean += p / size;
        }
        double sd = 0;
        for (double p : power) {
            sd += (p - mean) * (p - mean) / (size - 1);
        }
        sd = Math.sqrt(sd);
        int best = 0;
        for (int i = 1; i < size - 1; i++) {
            if (power[i] > power[i - 1] && power[i] >= power[i + 1] && power[i] > power[best]) {
                best = i;
            }
        }
        assertEquals(2 * Math.PI / (best * step), v[0], 1e-9);
        assertEquals((power[best] - mean) / sd, v[1], 1e-6);
        assertEquals(0.5 * (max - min), v[6], 1e-6);
        assertEquals(mean, v[7], 1e-6);
        assertEquals(period, v[0], period * period * step / (2 * Math.PI));
    }

    @Test
    void fftSchemeFindsTheSamePeakAsTheDirectPower() {
        PeriodogramFeature.Builder b = PeriodogramFeature.builder().peaks(1).maxFreqFactor(2).nyquist(Nyquist.fixed(12));
        double fft = FeatureExtractor.of(b.build()).extract(t, m, null).values()[0];
        double direct = FeatureExtractor.of(b.algorithm(PeriodogramFeature.Algorithm.DIRECT).build())
                .extract(t, m, null).values()[0];
        assertEquals(direct, fft, 1e-12);
        assertEquals(period, fft, 0.002);
    }

    @Test
    void missingPeaksAreFilledWithZeros() {
        double[] tt = {0, 1, 2, 3, 4, 5};
        double[] mm = {1, 2, 1, 2, 1, 2};
        double[] v = FeatureExtractor.of(PeriodogramFeature.builder().peaks(50).resolution(1).build())
                .extract(tt, mm, null).values();
        assertEquals(0, v[98]);
        assertEquals(0, v[99]);
    }

    @Test
    void oneBasedGridOfTheOldCrateStartsAtTheStep() {
        CratePeriodogram.Grid g = PeriodogramFeature.builder().oneBasedGrid().maxFreqFactor(2)
                .nyquist(Nyquist.average()).build().grid(t);
        double duration = t[t.length - 1] - t[0];
        double step = 2 * Math.PI * (t.length - 1) / (t.length * 10 * duration);
        long rounded = Math.round(Math.PI * (t.length - 1) / duration * 2 / step); // average Nyquist × 2
        assertEquals(step, g.frequency(0), 1e-15);
        assertEquals(Long.highestOneBit(rounded - 1) * 2, g.size());
    }

    @Test
    void phaseFeaturesSeeTheCurveFoldedAtTheBestPeriod() {
        PeriodogramFeature pf = PeriodogramFeature.builder().maxFreqFactor(2).nyquist(Nyquist.fixed(12))
                .phaseFeatures(Feature.laflerKinmanStringLength(), Feature.amplitude()).build();
        Features f = FeatureExtractor.of(pf).extract(t, m, null);
        assertTrue(f.get("period_folded_lafler_kinman_string_length") < 0.2, f.toString());
        assertEquals(Feature_DefinitionTest.value(Feature.amplitude(), t, m, null), f.get("period_folded_amplitude"),
                1e-12);
    }

    @Test
    void multicolourPeriodogramCombinesBandsOnOneGrid() {
        String[] bands = new String[t.length];
        double[] mm = m.clone();
        for (int i = 0; i < t.length; i++) {
            bands[i] = i % 3 == 0 ? "g" : "r";
            if (i % 3 == 0) {
                mm[i] += 0.6;
            }
        }
        PeriodogramFeature.Builder settings = PeriodogramFeature.builder().peaks(2).maxFreqFactor(2)
                .nyquist(Nyquist.fixed(12));
        Features mc = MulticolorExtractor.of(
                MulticolorFeature.periodogram(settings, MulticolorFeature.PeriodogramWeights.COUNT, "g", "r"),
                MulticolorFeature.colorOfMedian("g", "r"), MulticolorFeature.colorOfMaximum("g", "r"),
                MulticolorFeature.colorOfMinimum("g", "r"), MulticolorFeature.colorSpread())
                .extract(t, mm, null, bands);
        assertEquals(period, mc.get("period_0"), 0.002);
        double[] g = java.util.stream.IntStream.range(0, t.length).filter(i -> i % 3 == 0).mapToDouble(i -> mm[i])
                .toArray();
        double[] r = java.util.stream.IntStream.range(0, t.length).filter(i -> i % 3 != 0).mapToDouble(i -> mm[i])
                .toArray();
        assertEquals(Feature_DefinitionTest.median(g) - Feature_DefinitionTest.median(r),
                mc.get("color_median_g_r"), 1e-12);
        assertEquals(java.util.Arrays.stream(g).max().orElseThrow() - java.util.Arrays.stream(r).max().orElseThrow(),
                mc.get("color_max_g_r"), 1e-12);
        assertEquals(java.util.Arrays.stream(g).min().orElseThrow() - java.util.Arrays.stream(r).min().orElseThrow(),
                mc.get("color_min_g_r"), 1e-12);
        double mg = java.util.Arrays.stream(g).average().orElseThrow();
        double mr = java.util.Arrays.stream(r).average().orElseThrow();
        assertEquals(Math.abs(mg - mr) / 2, mc.get("color_spread"), 1e-12);
        // one band alone: the multicolour periodogram is that band's periodogram
        String[] one = new String[t.length];
        java.util.Arrays.fill(one, "r");
        double[] single = FeatureExtractor.of(settings.build()).extract(t, m, null).values();
        double[] multi = MulticolorExtractor.of(MulticolorFeature.periodogram(settings,
                MulticolorFeature.PeriodogramWeights.CHI2, "r")).extract(t, m, null, one).values();
        assertEquals(single[0], multi[0], 1e-12);
        assertEquals(single[1], multi[1], 1e-9);
    }
}
