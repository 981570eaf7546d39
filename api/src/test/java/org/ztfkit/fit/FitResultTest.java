package org.ztfkit.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ztfkit.errors.InvalidInputException;

/** What a result offers for plotting and reading, and that it cannot be changed from outside. */
class FitResultTest {
    static final double[] T = Signals.grid(60000, 60140, 80);
    static final double[] DY = Signals.constant(80, 30);
    static final FitResult BAZIN = Models.bazin().fit(T,
            Signals.noisy(Signals.sample(t -> Signals.bazin(t, 1000, 100, 60030, 5, 20), T), DY, 2), DY);

    @Test
    void modelCurveSamplesTheFittedModelOnARegularGrid() {
        ModelCurve c = BAZIN.modelCurve(59990, 60190, 201);
        assertEquals("bazin", c.name());
        assertEquals(201, c.size());
        assertEquals(59990, c.time()[0]);
        assertEquals(60190, c.time()[200]);
        assertEquals(60090, c.time()[100], 1e-9);
        double[] p = BAZIN.parameters().stream().mapToDouble(FitParameter::value).toArray();
        for (int i = 0; i < 201; i += 20) {
            double t = c.time()[i];
            assertEquals(Signals.bazin(t, p[0], p[1], p[2], p[3], p[4]), c.value()[i], 1e-9 * Math.abs(c.value()[i]));
            assertEquals(c.value()[i], BAZIN.evaluate(t));
        }
        assertEquals(List.of(c), BAZIN.modelCurves(59990, 60190, 201));
    }

    @Test
    void degreesOfFreedomAndReducedChi2FollowTheirDefinitions() {
        assertEquals(80, BAZIN.pointCount());
        assertEquals(75, BAZIN.degreesOfFreedom());
        double[] model = BAZIN.evaluate(T);
        double[] y = Signals.noisy(Signals.sample(t -> Signals.bazin(t, 1000, 100, 60030, 5, 20), T), DY, 2);
        double chi2 = 0;
        for (int i = 0; i < 80; i++) {
            chi2 += Math.pow((y[i] - model[i]) / DY[i], 2);
        }
        assertEquals(chi2, BAZIN.chi2(), 1e-9 * chi2);
        assertEquals(chi2 / 75, BAZIN.reducedChi2(), 1e-9);
    }

    @Test
    void valuesAndCountsAreReported() {
        assertEquals(List.of("amplitude", "baseline", "reference_time", "rise_time", "fall_time"),
                List.copyOf(BAZIN.values().keySet()));
        assertEquals(BAZIN.value("rise_time"), BAZIN.values().get("rise_time"));
        assertEquals(BAZIN.parameter("fall_time"), BAZIN.parameters().get(4));
        assertTrue(BAZIN.iterations() > 0 && BAZIN.iterations() <= BAZIN.evaluations(),
                BAZIN.iterations() + " iterations, " + BAZIN.evaluations() + " evaluations");
        assertEquals(0, BAZIN.droppedPointCount());
        FitResult linear = Models.fourier(1, 3).fit(T, BAZIN.evaluate(T), DY);
        assertEquals(0, linear.iterations());
        assertEquals(1, linear.evaluations());
        assertTrue(linear.toString().endsWith("linear least squares]"), linear.toString());
    }

    @Test
    void errorsAreTheSquareRootsOfTheCovarianceDiagonal() {
        double[][] c = BAZIN.covariance();
        for (int j = 0; j < 5; j++) {
            assertEquals(Math.sqrt(c[j][j]), BAZIN.parameters().get(j).error(), 0);
            for (int m = 0; m < 5; m++) {
                assertEquals(c[j][m], c[m][j], 0, "symmetric");
            }
        }
        double rho = BAZIN.correlation("amplitude", "fall_time");
        assertTrue(rho > -1 && rho < 1);
        assertEquals(c[0][4] / Math.sqrt(c[0][0] * c[4][4]), rho, 1e-15);
        assertEquals(1.0, BAZIN.correlation("rise_time", "rise_time"), 1e-15);
    }

    @Test
    void theResultCannotBeChangedThroughWhatItReturns() {
        double before = BAZIN.covariance()[0][0];
        BAZIN.covariance()[0][0] = -1;
        assertEquals(before, BAZIN.covariance()[0][0]);
        ModelCurve c = BAZIN.modelCurve(60000, 60010, 3);
        c.value()[1] = -1;
        assertTrue(c.value()[1] > 0);
        assertThrows(UnsupportedOperationException.class, () -> BAZIN.parameters().clear());
    }

    @Test
    void toStringSaysWhatWasFitted() {
        String s = BAZIN.toString();
        assertTrue(s.startsWith("FitResult[bazin: amplitude = "), s);
        assertTrue(s.contains("χ²/dof = ") && s.contains("(75 dof, 80 points)") && s.contains(" iterations]"), s);
        assertEquals("fall_time = 20.0000 ± 1.000", new FitParameter("fall_time", 20, 1).toString());
    }

    @Test
    void askingForWhatTheFitDoesNotHaveIsAClearError() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> BAZIN.value("tau"));
        assertTrue(e.getMessage().contains("[amplitude, baseline, reference_time, rise_time, fall_time]"));
        assertThrows(InvalidInputException.class, () -> BAZIN.evaluate("ztf_g", 60000));
        assertThrows(InvalidInputException.class, () -> BAZIN.modelCurve(60010, 60000, 10));
        assertThrows(InvalidInputException.class, () -> BAZIN.modelCurve(60000, 60010, 1));
        FourierModelTest.Data d = FourierModelTest.data(100, FourierModelTest.PERIOD, 9, true);
        FitResult multiband = Models.fourier(1, FourierModelTest.PERIOD).fit(d.t(), d.y(), d.dy(), d.bands());
        e = assertThrows(InvalidInputException.class, () -> multiband.evaluate(58300));
        assertTrue(e.getMessage().contains("evaluate(band, t)"), e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> multiband.evaluate("ps1_g", 58300));
        assertTrue(e.getMessage().contains("[ztf_g, ztf_r, ztf_i]"), e.getMessage());
    }

    @Test
    void aSingleBandModelKeepsTheLabelOfItsBand() {
        String[] bands = new String[80];
        java.util.Arrays.fill(bands, "ztf_r");
        double[] y = Signals.noisy(Signals.sample(t -> Signals.bazin(t, 1000, 100, 60030, 5, 20), T), DY, 2);
        FitResult r = Models.bazin().fit(T, y, DY, bands);
        assertEquals(List.of("ztf_r"), r.bands());
        assertEquals(BAZIN.value("rise_time"), r.value("rise_time"), 0);
        assertEquals(r.evaluate(60040), r.evaluate("ztf_r", 60040));
        assertEquals("bazin_ztf_r", r.modelCurve("ztf_r", 60000, 60100, 5).name());
    }
}
