package org.ztfkit.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;
import org.junit.jupiter.api.Test;

/** The multiband periodogram against its definition (VanderPlas &amp; Ivezić 2015; gatspy LombScargleMultiband). */
class Periodogram_MultibandTest {
    final Random rng = new Random(21);
    final double period = 0.6137;
    final double[] t = SimulatedLightCurves.ztfTimes(rng, 240, 3, 240);
    final String[] bands = new String[t.length];
    final double[] y = new double[t.length];
    final double[] dy = new double[t.length];

    Periodogram_MultibandTest() {
        for (int i = 0; i < t.length; i++) {
            boolean g = rng.nextBoolean();
            bands[i] = g ? "ztf_g" : "ztf_r";
            double phase = 2 * Math.PI * t[i] / period;
            dy[i] = 0.03 + 0.03 * rng.nextDouble();
            y[i] = (g ? 17.0 + 0.35 * Math.sin(phase) : 16.5 + 0.25 * Math.sin(phase)) + dy[i] * rng.nextGaussian();
        }
    }

    @Test
    void oneBandEqualsTheSingleBandStandardPeriodogram() {
        String[] one = new String[t.length];
        Arrays.fill(one, "ztf_r");
        PeriodogramOptions o = Periodogram.options().maximumFrequency(3).method(PeriodogramOptions.Method.DIRECT).build();
        double[] multi = Periodogram.multiband(t, y, dy, one, o).power();
        double[] single = Periodogram.of(t, y, dy, o).power();
        for (int k = 0; k < single.length; k++) {
            assertEquals(single[k], multi[k], 1e-9, "k=" + k);
        }
    }

    @Test
    void injectedTwoBandSignalWithDifferentOffsetsAndAmplitudesIsRecovered() {
        PeriodogramOptions o = Periodogram.options().minPeriod(0.1).maxPeriod(100).samplesPerPeak(10).build();
        Periodogram pg = Periodogram.multiband(t, y, dy, bands, o);
        assertEquals(period, pg.bestPeriod(), 1e-3 * period, pg.toString());
        assertEquals(java.util.List.of("ztf_g", "ztf_r"), pg.bands());
        assertTrue(pg.falseAlarmProbability().isEmpty());
        // pooling both bands in one single-band periodogram is ruined by the 0.5 mag offset between them
        assertTrue(Periodogram.of(t, y, dy, o).best().power() < pg.best().power());
    }

    @Test
    void powerIsTheChiSquareReductionOfAnIndependentLeastSquaresFit() {
        for (int[] terms : new int[][] {{1, 0}, {2, 1}}) {
            double[] freq = {0.3, 1 / period, 2.71};
            PeriodogramOptions o = Periodogram.options().frequencies(freq).ntermsBase(terms[0]).ntermsBand(terms[1])
                    .build();
            double[] power = Periodogram.multiband(t, y, dy, bands, o).power();
            for (int k = 0; k < freq.length; k++) {
                assertEquals(chi2Reduction(freq[k], terms[0], terms[1]), power[k], 1e-9, "f=" + freq[k]);
            }
        }
    }

    /**
     * 1 − RSS/χ²_ref of a weighted fit by commons-math QR regression. The design spans gatspy's model space with full
     * rank: shared harmonics, an offset per band, and band harmonics for ztf_g only (ztf_r's equal shared minus g's).
     */
    double chi2Reduction(double f, int nBase, int nBand) {
        int n = t.length;
        int cols = 2 * nBase + 2 + 2 * nBand;
        double[][] x = new double[n][cols];
        double[] yw = new double[n];
        double[] mean = new double[2];
        double[] sumW = new double[2];
        for (int i = 0; i < n; i++) {
            int b = bands[i].equals("ztf_g") ? 0 : 1;
            mean[b] += y[i] / (dy[i] * dy[i]);
            sumW[b] += 1 / (dy[i] * dy[i]);
        }
        double chi2ref = 0;
        for (int i = 0; i < n; i++) {
            int b = bands[i].equals("ztf_g") ? 0 : 1;
            double w = 1 / dy[i];
            yw[i] = (y[i] - mean[b] / sumW[b]) * w;
            chi2ref += yw[i] * yw[i];
            double ph = 2 * Math.PI * f * t[i];
            for (int h = 1; h <= nBase; h++) {
                x[i][2 * h - 2] = Math.sin(h * ph) * w;
                x[i][2 * h - 1] = Math.cos(h * ph) * w;
            }
            x[i][2 * nBase + b] = w;
            for (int h = 1; h <= nBand && b == 0; h++) {
                x[i][2 * nBase + 2 * h] = Math.sin(h * ph) * w;
                x[i][2 * nBase + 2 * h + 1] = Math.cos(h * ph) * w;
            }
        }
        OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
        ols.setNoIntercept(true);
        ols.newSampleData(yw, x);
        double[] r = ols.estimateResiduals();
        double rss = 0;
        for (double v : r) {
            rss += v * v;
        }
        return 1 - rss / chi2ref;
    }
}
