package org.ztfkit.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.Test;

/** The multiband Fourier model against an independent linear least-squares solution and injected signals. */
class FourierModelTest {
    static final double PERIOD = 0.5671;
    static final double EPOCH = 58600;
    static final String[] BAND_NAMES = {"ztf_g", "ztf_r", "ztf_i"};
    /** Per band: mean, then (cos, sin) of harmonics 1..3 around EPOCH; amplitudes differ between bands. */
    static final double[][] TRUTH = {
        {15.2, -0.30, 0.25, -0.01, 0.035, -0.02, -0.045},
        {15.0, -0.24, 0.18, -0.011, 0.03, -0.018, -0.046},
        {14.9, -0.15, 0.12, 0.0, 0.02, -0.01, -0.03}
    };

    /** A multiband light curve: random times over 800 d, bands cycling g, r, r, i, dy from 0.01 to 0.05. */
    record Data(double[] t, double[] y, double[] dy, String[] bands, int[] bandIndex) {
    }

    static Data data(int n, double period, long seed, boolean noise) {
        Random random = new Random(seed);
        double[] t = new double[n];
        double[] y = new double[n];
        double[] dy = new double[n];
        String[] bands = new String[n];
        int[] index = new int[n];
        for (int i = 0; i < n; i++) {
            t[i] = 58200 + 800 * random.nextDouble();
            index[i] = new int[] {0, 1, 1, 2}[i % 4];
            bands[i] = BAND_NAMES[index[i]];
            dy[i] = 0.01 + 0.04 * random.nextDouble();
            y[i] = truth(index[i], t[i], period) + (noise ? dy[i] * random.nextGaussian() : 0);
        }
        return new Data(t, y, dy, bands, index);
    }

    static double truth(int band, double t, double period) {
        double[] c = TRUTH[band];
        double phase = 2 * Math.PI * (t - EPOCH) / period;
        double y = c[0];
        for (int k = 1; k <= 3; k++) {
            y += c[2 * k - 1] * Math.cos(k * phase) + c[2 * k] * Math.sin(k * phase);
        }
        return y;
    }

    @Test
    void coefficientsAndCovarianceMatchAnIndependentQrSolution() {
        Data d = data(400, PERIOD, 1, true);
        FitResult r = Models.fourier(3, PERIOD).fit(d.t(), d.y(), d.dy(), d.bands());
        // the design matrix built here from the documented model: per band mean, cos k φ, sin k φ, φ from the mean time
        double epoch = Arrays.stream(d.t()).average().orElseThrow();
        int n = d.t().length;
        double[][] x = new double[n][21];
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            double phase = 2 * Math.PI * (d.t()[i] - epoch) / PERIOD;
            int base = 7 * d.bandIndex()[i];
            x[i][base] = 1 / d.dy()[i];
            for (int k = 1; k <= 3; k++) {
                x[i][base + 2 * k - 1] = Math.cos(k * phase) / d.dy()[i];
                x[i][base + 2 * k] = Math.sin(k * phase) / d.dy()[i];
            }
            b[i] = d.y()[i] / d.dy()[i];
        }
        RealMatrix design = new Array2DRowRealMatrix(x);
        double[] expected = new QRDecomposition(design).getSolver().solve(new ArrayRealVector(b)).toArray();
        RealMatrix expectedCovariance = new QRDecomposition(design.transpose().multiply(design)).getSolver()
                .getInverse();
        assertEquals(List.of("ztf_g", "ztf_r", "ztf_i"), r.bands());
        assertEquals(21, r.parameters().size());
        double[][] covariance = r.covariance();
        for (int j = 0; j < 21; j++) {
            assertEquals(expected[j], r.parameters().get(j).value(), 1e-10, r.parameters().get(j).name());
            for (int m = 0; m < 21; m++) {
                double e = expectedCovariance.getEntry(j, m);
                assertEquals(e, covariance[j][m], 1e-8 * Math.sqrt(expectedCovariance.getEntry(j, j)
                        * expectedCovariance.getEntry(m, m)), "covariance " + j + "," + m);
            }
        }
        double chi2 = 0;
        for (int i = 0; i < n; i++) {
            double residual = b[i];
            for (int j = 0; j < 21; j++) {
                residual -= x[i][j] * expected[j];
            }
            chi2 += residual * residual;
        }
        assertEquals(chi2, r.chi2(), 1e-9 * chi2);
        assertEquals(0, r.iterations());
    }

    @Test
    void parameterNamesFollowTheBandsAndHarmonics() {
        Data d = data(100, PERIOD, 2, true);
        FitResult r = Models.fourier(1, PERIOD).withPeriodRefinement(true).fit(d.t(), d.y(), d.dy(), d.bands());
        assertEquals(List.of("period", "mean_ztf_g", "cos1_ztf_g", "sin1_ztf_g", "mean_ztf_r", "cos1_ztf_r",
                "sin1_ztf_r", "mean_ztf_i", "cos1_ztf_i", "sin1_ztf_i"),
                r.parameters().stream().map(FitParameter::name).toList());
        FitResult single = Models.fourier(2, PERIOD).fit(d.t(), d.y(), d.dy());
        assertEquals(List.of("mean", "cos1", "sin1", "cos2", "sin2"),
                single.parameters().stream().map(FitParameter::name).toList());
        assertEquals(List.of(), single.bands());
    }

    @Test
    void noiseFreeSignalIsRecoveredExactlyIncludingARefinedPeriod() {
        Data d = data(300, PERIOD, 3, false);
        FitResult r = Models.fourier(3, PERIOD * (1 + 3e-6)).withEpoch(EPOCH).withPeriodRefinement(true)
                .fit(d.t(), d.y(), d.dy(), d.bands());
        assertEquals(PERIOD, r.value("period"), 1e-12 * PERIOD);
        for (int band = 0; band < 3; band++) {
            String s = "_" + BAND_NAMES[band];
            assertEquals(TRUTH[band][0], r.value("mean" + s), 1e-10);
            for (int k = 1; k <= 3; k++) {
                assertEquals(TRUTH[band][2 * k - 1], r.value("cos" + k + s), 1e-10);
                assertEquals(TRUTH[band][2 * k], r.value("sin" + k + s), 1e-10);
            }
        }
        assertTrue(r.iterations() > 0);
    }

    /**
     * 200 realisations with the period started 2e-6 off: the refined period lies within 3σ of the truth in ≥ 95%
     * (expected 99.7%) and within 1σ in 68.3% ± 9.9 points; the mean reduced χ² is 1 ± 0.05.
     */
    @Test
    void refinedPeriodUncertaintyCoversTheTruthOver200Realisations() {
        int within1 = 0;
        int within3 = 0;
        double sumReducedChi2 = 0;
        for (int seed = 0; seed < 200; seed++) {
            Data d = data(120, PERIOD, 1000 + seed, true);
            FitResult r = Models.fourier(3, PERIOD * (1 + 2e-6)).withPeriodRefinement(true)
                    .fit(d.t(), d.y(), d.dy(), d.bands());
            double z = Math.abs(r.value("period") - PERIOD) / r.error("period");
            within1 += z <= 1 ? 1 : 0;
            within3 += z <= 3 ? 1 : 0;
            sumReducedChi2 += r.reducedChi2();
        }
        assertTrue(within3 >= 190, "3σ coverage " + within3 + "/200");
        assertTrue(within1 >= 117 && within1 <= 156, "1σ coverage " + within1 + "/200");
        assertEquals(1.0, sumReducedChi2 / 200, 0.05);
    }

    /** With 4000 points the reduced χ² of the right model has standard deviation √(2/dof) ≈ 0.022; we allow 3 of them. */
    @Test
    void reducedChi2IsOneForTheRightModelAndGaussianNoise() {
        Data d = data(4000, PERIOD, 4, true);
        FitResult r = Models.fourier(3, PERIOD).fit(d.t(), d.y(), d.dy(), d.bands());
        assertEquals(4000 - 21, r.degreesOfFreedom());
        assertEquals(1.0, r.reducedChi2(), 3 * Math.sqrt(2.0 / r.degreesOfFreedom()));
        FitResult tooSimple = Models.fourier(1, PERIOD).fit(d.t(), d.y(), d.dy(), d.bands());
        assertTrue(tooSimple.reducedChi2() > 2, "one harmonic misses the second and third: " + tooSimple);
    }

    @Test
    void shiftingTheTimeOriginChangesNothingWithTheDefaultEpoch() {
        Data d = data(200, PERIOD, 5, true);
        FitResult a = Models.fourier(2, PERIOD).withPeriodRefinement(true).fit(d.t(), d.y(), d.dy(), d.bands());
        FitResult b = Models.fourier(2, PERIOD).withPeriodRefinement(true)
                .fit(Signals.shifted(d.t(), -58000), d.y(), d.dy(), d.bands());
        for (FitParameter p : a.parameters()) {
            assertEquals(p.value(), b.value(p.name()), 1e-6 * p.error(), p.name());
        }
        assertEquals(a.evaluate("ztf_r", 58321.7), b.evaluate("ztf_r", 321.7), 1e-9);
    }

    @Test
    void modelCurvesEvaluateEachBand() {
        Data d = data(300, PERIOD, 6, false);
        FitResult r = Models.fourier(3, PERIOD).withEpoch(EPOCH).fit(d.t(), d.y(), d.dy(), d.bands());
        List<ModelCurve> curves = r.modelCurves(58650, 58651, 101);
        assertEquals(List.of("fourier_ztf_g", "fourier_ztf_r", "fourier_ztf_i"),
                curves.stream().map(ModelCurve::name).toList());
        for (int band = 0; band < 3; band++) {
            ModelCurve c = curves.get(band);
            assertEquals(101, c.size());
            assertEquals(58650, c.time()[0]);
            assertEquals(58651, c.time()[100]);
            for (int i = 0; i < c.size(); i += 10) {
                assertEquals(truth(band, c.time()[i], PERIOD), c.value()[i], 1e-9);
            }
        }
    }

    @Test
    void bandsAreOrderedAsPassbandsWhateverTheRowOrder() {
        double[] t = Signals.grid(58000, 58100, 20);
        double[] y = Signals.constant(20, 1);
        double[] dy = Signals.constant(20, 0.1);
        String[] bands = new String[20];
        for (int i = 0; i < 20; i++) {
            bands[i] = new String[] {"zz_custom", "ztf_r", "gaia_G", "ztf_g"}[i % 4];
        }
        FitResult r = Models.fourier(1, 3.3).fit(t, y, dy, bands);
        assertEquals(List.of("ztf_g", "ztf_r", "gaia_G", "zz_custom"), r.bands());
    }
}
