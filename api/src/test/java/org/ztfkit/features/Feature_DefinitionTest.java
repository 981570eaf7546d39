package org.ztfkit.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.special.Gamma;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.junit.jupiter.api.Test;
import org.ztfkit.errors.InvalidInputException;

/**
 * Every single-band feature against its written definition (external-services.md §13.4) on small hand-checkable
 * inputs, with the expected value computed here independently: plain loops, or commons-math descriptive statistics
 * and regression. A few values from the light-curve-feature crate's own tests (computed there with scipy,
 * statsmodels or astropy) pin the crate's conventions.
 */
class Feature_DefinitionTest {
    static final double[] T = {0.1, 1.3, 2.2, 3.9, 4.4, 5.0, 6.8, 7.1, 8.6, 9.9, 11.2, 12.5};
    static final double[] M = {15.2, 15.9, 15.4, 16.8, 15.1, 15.6, 17.3, 15.5, 15.8, 16.1, 15.0, 15.45};
    static final double[] E = {0.1, 0.2, 0.15, 0.1, 0.3, 0.1, 0.25, 0.2, 0.1, 0.15, 0.2, 0.1};

    static double value(Feature f, double[] t, double[] m, double[] e) {
        return FeatureExtractor.of(f).extract(t, m, e).values()[0];
    }

    static double[] values(Feature f, double[] t, double[] m, double[] e) {
        return FeatureExtractor.of(f).extract(t, m, e).values();
    }

    static double value(Feature f) {
        return value(f, T, M, E);
    }

    static DescriptiveStatistics stats(double[] x) {
        return new DescriptiveStatistics(x);
    }

    /** Hyndman–Fan type 5: 1-based position p·N + ½, clamped to the ends, linear in between. */
    static double type5(double[] x, double p) {
        double[] s = x.clone();
        Arrays.sort(s);
        double pos = p * s.length + 0.5;
        if (pos <= 1) {
            return s[0];
        }
        if (pos >= s.length) {
            return s[s.length - 1];
        }
        int lo = (int) Math.floor(pos);
        return s[lo - 1] + (pos - lo) * (s[lo] - s[lo - 1]);
    }

    static double median(double[] x) {
        return new org.apache.commons.math3.stat.descriptive.rank.Median().evaluate(x);
    }

    static double weightedMean(double[] m, double[] e) {
        double sw = 0, swm = 0;
        for (int i = 0; i < m.length; i++) {
            sw += 1 / (e[i] * e[i]);
            swm += m[i] / (e[i] * e[i]);
        }
        return swm / sw;
    }

    static double chi2(double[] m, double[] e) {
        double mu = weightedMean(m, e);
        double s = 0;
        for (int i = 0; i < m.length; i++) {
            s += Math.pow((m[i] - mu) / e[i], 2);
        }
        return s;
    }

    @Test
    void momentsAndSpreadFollowTheirDefinitions() {
        DescriptiveStatistics d = stats(M);
        assertEquals(0.5 * (d.getMax() - d.getMin()), value(Feature.amplitude()), 1e-12);
        assertEquals(d.getMean(), value(Feature.mean()), 1e-12);
        assertEquals(d.getStandardDeviation(), value(Feature.standardDeviation()), 1e-12);
        assertEquals(d.getSkewness(), value(Feature.skew()), 1e-10);
        assertEquals(d.getKurtosis(), value(Feature.kurtosis()), 1e-10);
        assertEquals(median(M), value(Feature.median()), 1e-12);
        assertEquals(d.getStandardDeviation() / d.getMean(), value(Feature.meanVariance()), 1e-12);
        double med = median(M);
        double[] dev = Arrays.stream(M).map(x -> Math.abs(x - med)).toArray();
        assertEquals(median(dev), value(Feature.medianAbsoluteDeviation()), 1e-12);
        assertEquals(Arrays.stream(dev).max().orElseThrow(), value(Feature.percentAmplitude()), 1e-12);
        assertEquals(weightedMean(M, E), value(Feature.weightedMean()), 1e-12);
        assertEquals(chi2(M, E) / (M.length - 1), value(Feature.reducedChi2()), 1e-10);
        assertEquals(M.length, value(Feature.observationCount()));
    }

    @Test
    void quantileFeaturesUseHyndmanFanType5() {
        assertEquals(type5(M, 0.75) - type5(M, 0.25), value(Feature.interPercentileRange(0.25f)), 1e-6);
        assertEquals(type5(M, 0.9) - type5(M, 0.1), value(Feature.interPercentileRange(0.1f)), 1e-6);
        assertEquals((type5(M, 0.6) - type5(M, 0.4)) / (type5(M, 0.95) - type5(M, 0.05)),
                value(Feature.magnitudePercentageRatio(0.4f, 0.05f)), 1e-6);
        assertEquals((type5(M, 0.95) - type5(M, 0.05)) / median(M),
                value(Feature.percentDifferenceMagnitudePercentile(0.05f)), 1e-7);
        // the crate's test: inter-percentile ranges of 0…99 are 50 and 80
        double[] x = new double[100];
        for (int i = 0; i < 100; i++) {
            x[i] = i;
        }
        assertEquals(50, value(Feature.interPercentileRange(0.25f), x, x, null), 1e-4);
        assertEquals(80, value(Feature.interPercentileRange(0.1f), x, x, null), 1e-4);
    }

    @Test
    void countingFeaturesCountWhatTheySay() {
        double mean = stats(M).getMean();
        double sd = stats(M).getStandardDeviation();
        long beyond1 = Arrays.stream(M).filter(x -> Math.abs(x - mean) > sd).count();
        long beyond2 = Arrays.stream(M).filter(x -> Math.abs(x - mean) > 2 * sd).count();
        assertEquals((double) beyond1 / M.length, value(Feature.beyondNStd(1)), 1e-12);
        assertEquals((double) beyond2 / M.length, value(Feature.beyondNStd(2)), 1e-12);
        double med = median(M);
        double half = 0.5 * (stats(M).getMax() - stats(M).getMin());
        long inside = Arrays.stream(M).filter(x -> Math.abs(x - med) < 0.2 * half).count();
        assertEquals((double) inside / M.length, value(Feature.medianBufferRangePercentage(0.2)), 1e-12);
    }

    @Test
    void successiveDifferenceFeaturesFollowTheirDefinitions() {
        double sd2 = stats(M).getVariance();
        int n = M.length;
        double sumSq = 0, sumSlope2 = 0, maxSlope = 0, cyclic = 0;
        for (int i = 1; i < n; i++) {
            sumSq += Math.pow(M[i] - M[i - 1], 2);
            double slope = (M[i] - M[i - 1]) / (T[i] - T[i - 1]);
            sumSlope2 += slope * slope;
            maxSlope = Math.max(maxSlope, Math.abs(slope));
        }
        cyclic = sumSq + Math.pow(M[0] - M[n - 1], 2);
        assertEquals(sumSq / ((n - 1) * sd2), value(Feature.eta()), 1e-12);
        assertEquals(Math.pow(T[n - 1] - T[0], 2) * sumSlope2 / (sd2 * Math.pow(n - 1, 3)), value(Feature.etaE()),
                1e-10);
        assertEquals(maxSlope, value(Feature.maximumSlope()), 1e-12);
        assertEquals(cyclic / (2 * (n - 1) * sd2), value(Feature.laflerKinmanStringLength()), 1e-12);
        double mean = stats(M).getMean();
        double s = 0, lo = 0, hi = 0;
        for (double x : M) {
            s += (x - mean) / (n * Math.sqrt(sd2));
            lo = Math.min(lo, s);
            hi = Math.max(hi, s);
        }
        assertEquals(hi - lo, value(Feature.cusum()), 1e-12);
        // the crate's own example: eta_e of t = 1,2,5,10, m = 1,1,6,8 is 0.6957894
        assertEquals(0.6957894, value(Feature.etaE(), new double[] {1, 2, 5, 10}, new double[] {1, 1, 6, 8}, null),
                1e-6);
    }

    @Test
    void errorWeightedFeaturesFollowTheirDefinitions() {
        double mu = weightedMean(M, E);
        double sumAbs = 0, roms = 0, meanErr2 = 0;
        double med = median(M);
        for (int i = 0; i < M.length; i++) {
            sumAbs += Math.abs(M[i] - mu) / E[i];
            roms += Math.abs(M[i] - med) / E[i];
            meanErr2 += E[i] * E[i] / M.length;
        }
        assertEquals(sumAbs / Math.sqrt(M.length * chi2(M, E)), value(Feature.stetsonK()), 1e-12);
        assertEquals(roms / (M.length - 1), value(Feature.roms()), 1e-12);
        DescriptiveStatistics d = stats(M);
        assertEquals((d.getVariance() - meanErr2) / (d.getMean() * d.getMean()), value(Feature.excessVariance()),
                1e-14);
        assertEquals(Gamma.regularizedGammaQ((M.length - 1) / 2.0, chi2(M, E) / 2), value(Feature.chi2Pvar()), 1e-12);
    }

    @Test
    void timeFeaturesFollowTheirDefinitions() {
        assertEquals(T[T.length - 1] - T[0], value(Feature.duration()), 1e-12);
        assertEquals(stats(T).getMean(), value(Feature.timeMean()), 1e-12);
        assertEquals(stats(T).getStandardDeviation(), value(Feature.timeStandardDeviation()), 1e-12);
        double maxGap = 0, minGap = Double.MAX_VALUE;
        for (int i = 1; i < T.length; i++) {
            maxGap = Math.max(maxGap, T[i] - T[i - 1]);
            minGap = Math.min(minGap, T[i] - T[i - 1]);
        }
        assertEquals(maxGap, value(Feature.maximumTimeInterval()), 1e-12);
        assertEquals(minGap, value(Feature.minimumTimeInterval()), 1e-12);
    }

    @Test
    void lineFitsMatchCommonsMathRegression() {
        SimpleRegression plain = new SimpleRegression();
        for (int i = 0; i < T.length; i++) {
            plain.addData(T[i], M[i]);
        }
        double[] trend = values(Feature.linearTrend(), T, M, E);
        assertEquals(plain.getSlope(), trend[0], 1e-10);
        assertEquals(plain.getSlopeStdErr(), trend[1], 1e-10);
        assertEquals(Math.sqrt(plain.getMeanSquareError()), trend[2], 1e-10);
        // weighted: rows scaled by 1/err, no intercept column trick → solve the 2x2 normal equations by hand
        double s = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (int i = 0; i < T.length; i++) {
            double w = 1 / (E[i] * E[i]);
            s += w;
            sx += w * T[i];
            sy += w * M[i];
            sxx += w * T[i] * T[i];
            sxy += w * T[i] * M[i];
        }
        double delta = s * sxx - sx * sx;
        double slope = (s * sxy - sx * sy) / delta;
        double intercept = (sxx * sy - sx * sxy) / delta;
        double chi2 = 0;
        for (int i = 0; i < T.length; i++) {
            chi2 += Math.pow((M[i] - intercept - slope * T[i]) / E[i], 2);
        }
        double[] fit = values(Feature.linearFit(), T, M, E);
        assertEquals(slope, fit[0], 1e-10);
        assertEquals(Math.sqrt(s / delta), fit[1], 1e-10);
        assertEquals(chi2 / (T.length - 2), fit[2], 1e-10);
        // the crate's test values (from scipy.optimize.curve_fit; the crate feeds single-precision times, hence 1e-7)
        double[] ct = {0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0};
        double[] cm = {0.0, 0.01, 0.04, 0.09, 0.16, 0.25, 0.36, 0.49, 0.64, 0.81, 1.0};
        double[] cw = {1.0, 1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 1.7, 1.8, 1.9, 2.0};
        double[] ce = Arrays.stream(cw).map(w -> 1 / Math.sqrt(w)).toArray();
        double[] crate = values(Feature.linearFit(), ct, cm, ce);
        assertEquals(1.0544186045473263, crate[0], 1e-7);
        assertEquals(0.7963978113902943, crate[1], 1e-7);
        assertEquals(0.013781209302325587, crate[2], 1e-7);
    }

    @Test
    void parabolaFitRecoversAnExactParabola() {
        double[] t = {0, 1, 2, 3, 4, 5};
        double[] m = Arrays.stream(t).map(x -> 2 * (x - 3) * (x - 3) + 5).toArray();
        double[] v = values(Feature.parabolaFit(), t, m, null);
        assertEquals(2, v[0], 1e-9);
        assertEquals(5, v[1], 1e-9);
        assertEquals(0, v[2], 1e-9);
        double[] line = Arrays.stream(t).map(x -> 2 * x + 1).toArray();
        var e = assertThrows(InvalidInputException.class, () -> values(Feature.parabolaFit(), t, line, null));
        assertTrue(e.getMessage().contains("parabola_fit_m0"), e.getMessage());
    }

    @Test
    void andersonDarlingMatchesItsFormulaAndScipy() {
        double[] s = M.clone();
        Arrays.sort(s);
        DescriptiveStatistics d = stats(M);
        NormalDistribution normal = new NormalDistribution();
        int n = s.length;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double phi = normal.cumulativeProbability((s[i] - d.getMean()) / d.getStandardDeviation());
            sum += (2 * i + 1) * Math.log(phi) + (2 * (n - i) - 1) * Math.log(1 - phi);
        }
        double expected = (1 + 4.0 / n - 25.0 / (n * n)) * (-n - sum / n);
        assertEquals(expected, value(Feature.andersonDarlingNormal()), 1e-9);
        // the crate's test: scipy.stats.anderson(linspace(0, 1, 101)).statistic·(1 + 4/N − 25/N²)
        double[] x = new double[101];
        for (int i = 0; i <= 100; i++) {
            x[i] = i / 100.0;
        }
        assertEquals(1.1354353876265415, value(Feature.andersonDarlingNormal(), x, x, null), 1e-9);
    }

    @Test
    void robustScalesMatchAstropyAndStatsmodels() {
        double[] x = {1.0, 2.0, 4.0, 7.0, 11.0, 16.0, 22.0, 100.0};
        double[] t = {0, 1, 2, 3, 4, 5, 6, 7};
        // the crate's tests: astropy.stats.biweight_scale(c=9) and statsmodels.robust.scale.qn_scale
        assertEquals(7.922078257662727, value(Feature.biweightScale(), t, x, null), 1e-9);
        assertEquals(15.53401126189553, value(Feature.qn(), t, x, null), 1e-9);
        double[] odd = {3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5};
        double[] t11 = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        assertEquals(2.219144465985076, value(Feature.qn(), t11, odd, null), 1e-12);
    }

    @Test
    void otsuSplitsABimodalSample() {
        Random rng = new Random(4);
        double[] m = new double[300];
        double[] t = new double[300];
        for (int i = 0; i < 300; i++) {
            t[i] = i;
            m[i] = i < 200 ? 15 + 0.05 * rng.nextGaussian() : 16 + 0.05 * rng.nextGaussian();
        }
        double[] v = values(Feature.otsuSplit(), t, m, null);
        assertEquals(1.0, v[0], 0.02);
        assertEquals(0.05, v[1], 0.01);
        assertEquals(0.05, v[2], 0.01);
        assertEquals(200.0 / 300, v[3], 1e-12);
        // the crate's test
        double[] c = {0.51, 0.52, 0.53, 0.54, 1.2, 1.3};
        double[] ct = {0, 1, 2, 3, 4, 5};
        double[] cv = values(Feature.otsuSplit(), ct, c, null);
        assertEquals(0.725, cv[0], 1e-12);
        assertEquals(0.012909944487358068, cv[1], 1e-12);
        assertEquals(0.07071067811865482, cv[2], 1e-12);
        assertEquals(4.0 / 6, cv[3], 1e-12);
    }

    @Test
    void knownSignals() {
        Random rng = new Random(8);
        int n = 20000;
        double[] t = new double[n];
        double[] noise = new double[n];
        double[] err = new double[n];
        double[] sine = new double[n];
        double[] flux = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = i * 0.37;
            err[i] = 0.1;
            noise[i] = 15 + 0.1 * rng.nextGaussian();
            sine[i] = 15 + 0.7 * Math.sin(2 * Math.PI * i / 97.3);
            flux[i] = 1000 + 0.1 * rng.nextGaussian();
        }
        assertEquals(0.7, value(Feature.amplitude(), t, sine, err), 1e-3);
        assertEquals(Math.sqrt(2 / Math.PI), value(Feature.stetsonK(), t, noise, err), 0.01);
        assertEquals(2.0, value(Feature.eta(), t, noise, err), 0.05);
        assertEquals(0.0, value(Feature.excessVariance(), t, flux, err), 1e-9);
        assertEquals(0.0, value(Feature.skew(), t, noise, err), 0.05);
        assertEquals(0.0, value(Feature.kurtosis(), t, noise, err), 0.1);
        assertEquals(-1.5, value(Feature.kurtosis(), t, sine, err), 0.01);
        assertEquals(1.0, value(Feature.reducedChi2(), t, noise, err), 0.03);
        // the crate's test values: Stetson K of a sine is sqrt(8)/π, of a square wave 1
        assertEquals(Math.sqrt(8) / Math.PI, value(Feature.stetsonK(), t, sine, null), 1e-3);
    }

    @Test
    void tooFewPointsNameTheFeatureAndItsMinimum() {
        double[] t = {1, 2, 3};
        double[] m = {15, 16, 15.5};
        var e = assertThrows(InvalidInputException.class, () -> value(Feature.kurtosis(), t, m, null));
        assertEquals("number of observations for feature kurtosis must be at least 4, got 3: use a longer light curve "
                + "or drop this feature", e.getMessage());
        e = assertThrows(InvalidInputException.class,
                () -> value(Feature.skew(), t, new double[] {15, 15, 15}, null));
        assertTrue(e.getMessage().contains("values for feature skew must be not all equal"), e.getMessage());
    }

    @Test
    void nonFiniteRowsAreDroppedAndRowsSortedByTime() {
        double[] t = {3, 1, Double.NaN, 2, 4, 5};
        double[] m = {16, 15, 14, 15.5, Double.POSITIVE_INFINITY, 15.2};
        double[] e = {0.1, 0.1, 0.1, 0.1, 0.1, Double.NaN};
        Features f = FeatureExtractor.of(Feature.observationCount(), Feature.eta(), Feature.duration()).extract(t, m, e);
        assertEquals(3, f.get("observation_count"));
        assertEquals(2, f.get("duration"));
        // sorted: 15, 15.5, 16 → Σ(Δ)² = 0.5, σ² = 0.25 → eta = 0.5/(2·0.25)
        assertEquals(1.0, f.get("eta"), 1e-12);
    }

    @Test
    void namesFormatParametersAsTheCrate() {
        assertEquals("inter_percentile_range_2", Feature.interPercentileRange(0.02f).names().get(0));
        assertEquals("magnitude_percentage_ratio_20_10", Feature.magnitudePercentageRatio(0.2f, 0.1f).names().get(0));
        assertEquals("beyond_3_std", Feature.beyondNStd(3).names().get(0));
        assertEquals("bins_window2.5_offset0.3_amplitude", Feature.bins(2.5, 0.3, Feature.amplitude()).names().get(0));
        assertEquals(java.util.List.of("bootstrap_mean", "bootstrap_mean_sigma"),
                Feature.bootstrap(10, 1, Feature.mean()).names());
    }
}
