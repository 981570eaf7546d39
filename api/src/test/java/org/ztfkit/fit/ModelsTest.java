package org.ztfkit.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Models are immutable values: named parameters, copies from {@code with*}, value equality and a useful toString. */
class ModelsTest {
    @Test
    void parameterNamesFollowTheCrate() {
        assertEquals(List.of("amplitude", "baseline", "reference_time", "rise_time", "fall_time"),
                Models.bazin().parameterNames());
        assertEquals(List.of("amplitude", "baseline", "reference_time", "rise_time", "fall_time",
                "plateau_rel_amplitude", "plateau_duration"), Models.villar().parameterNames());
        assertEquals(List.of("amplitude", "reference_time", "fall_time", "baseline"), Models.linexp().parameterNames());
        assertEquals(List.of("period", "mean_ztf_g", "cos1_ztf_g", "sin1_ztf_g"),
                Models.fourier(1, 2).withPeriodRefinement(true).parameterNames(List.of("ztf_g")));
    }

    @Test
    void withMethodsReturnChangedCopies() {
        CurveModel bazin = Models.bazin();
        CurveModel bounded = bazin.withBounds("rise_time", 0.5, 50);
        assertNotEquals(bazin, bounded);
        assertEquals(Models.bazin(), bazin);
        assertEquals(Models.bazin().hashCode(), bazin.hashCode());
        assertEquals(bounded, Models.bazin().withBounds("rise_time", 0.5, 50));
        assertEquals(7, bazin.withMaxIterations(7).maxIterations());
        assertEquals(Models.DEFAULT_MAX_ITERATIONS, bazin.maxIterations());
        FourierModel fourier = Models.fourier(3, 0.5);
        FourierModel refined = fourier.withPeriodRefinement(true).withEpoch(58000);
        assertFalse(fourier.refinesPeriod());
        assertEquals(OptionalDouble.empty(), fourier.epoch());
        assertTrue(refined.refinesPeriod());
        assertEquals(OptionalDouble.of(58000), refined.epoch());
        assertEquals(7, fourier.minimumPointsPerBand());
        assertNotEquals(fourier, refined);
        assertEquals(fourier, Models.fourier(3, 0.5));
    }

    @Test
    void boundsAreObeyed() {
        double[] t = Signals.grid(60000, 60140, 80);
        double[] dy = Signals.constant(80, 30);
        double[] y = Signals.noisy(Signals.sample(x -> Signals.bazin(x, 1000, 100, 60030, 5, 20), t), dy, 3);
        FitResult r = Models.bazin().withBounds("fall_time", 25, 40).withInitialValue("fall_time", 30).fit(t, y, dy);
        assertTrue(r.value("fall_time") >= 25 && r.value("fall_time") <= 40, r.toString());
        assertEquals(25, r.value("fall_time"), 1e-3, "the truth (20) is below the range: the fit sits on the bound");
        FitResult free = Models.bazin().fit(t, y, dy);
        assertTrue(r.chi2() > free.chi2());
    }

    @Test
    void toStringsDescribeTheModel() {
        assertEquals("CurveModel[bazin: amplitude, baseline, reference_time, rise_time, fall_time; maxIterations=200]",
                Models.bazin().toString());
        assertEquals("CurveModel[linexp: amplitude, reference_time, fall_time, baseline; bounds {fall_time=[1.0, 9.0]}; "
                + "maxIterations=200]", Models.linexp().withBounds("fall_time", 1, 9).toString());
        assertEquals("FourierModel[3 harmonics, period 0.5671 d, epoch = mean time]",
                Models.fourier(3, 0.5671).toString());
        assertEquals("FourierModel[1 harmonic, period 2.0 d (refined, maxIterations=200), epoch = 58000.0]",
                Models.fourier(1, 2).withPeriodRefinement(true).withEpoch(58000).toString());
        assertEquals("ModelCurve[bazin: 3 points, t 1.0–3.0]",
                new ModelCurve("bazin", new double[] {1, 2, 3}, new double[] {0, 0, 0}).toString());
    }
}
