package org.ztfkit.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ztfkit.errors.InvalidInputException;

/** "A fit that does not converge says so": one {@link FitFailedException} per reason, naming model, reason and advice. */
class FitFailureTest {
    static final double[] T = Signals.grid(60000, 60140, 80);
    static final double[] DY = Signals.constant(80, 30);
    static final double[] Y = Signals.noisy(Signals.sample(t -> Signals.bazin(t, 1000, 100, 60030, 5, 20), T), DY, 1);

    static FitFailedException assertFails(FitFailedException.Reason reason, Runnable fit, String... phrases) {
        FitFailedException e = assertThrows(FitFailedException.class, fit::run);
        assertEquals(reason, e.reason(), e.getMessage());
        assertTrue(e.getMessage().startsWith(e.model() + " fit failed (" + reason.label() + "): "), e.getMessage());
        for (String phrase : phrases) {
            assertTrue(e.getMessage().contains(phrase), "'" + phrase + "' missing from: " + e.getMessage());
        }
        return e;
    }

    static Stream<Arguments> minimumPoints() {
        return Stream.of(Arguments.of(Models.bazin(), 6), Arguments.of(Models.villar(), 8),
                Arguments.of(Models.linexp(), 5));
    }

    @ParameterizedTest(name = "{0} needs {1}")
    @MethodSource("minimumPoints")
    void tooFewPointsNamesTheMinimum(CurveModel model, int minimum) {
        assertEquals(minimum, model.minimumPoints());
        int n = minimum - 1;
        FitFailedException e = assertFails(FitFailedException.Reason.TOO_FEW_POINTS,
                () -> model.fit(Signals.grid(0, 10, n), Signals.grid(1, 5, n), Signals.constant(n, 0.1)),
                model.name(), n + " usable points", "need at least " + minimum, "fewer parameters");
        assertEquals(model.name(), e.model());
        assertEquals(OptionalInt.of(minimum), e.minimumPoints());
        try {
            model.fit(Signals.grid(0, 10, minimum), Signals.grid(1, 5, minimum), Signals.constant(minimum, 0.1));
        } catch (FitFailedException enough) {
            assertNotEquals(FitFailedException.Reason.TOO_FEW_POINTS, enough.reason(), enough.getMessage());
        }
    }

    @Test
    void droppedNonFinitePointsAreCountedInTheMessage() {
        double[] t = {1, 2, 3, 4, 5, Double.NaN, 7};
        double[] y = {1, 2, 5, 3, 2, 1, Double.NaN};
        assertFails(FitFailedException.Reason.TOO_FEW_POINTS, () -> Models.bazin().fit(t, y, Signals.constant(7, 0.1)),
                "5 usable points (2 with a non-finite time, value or error dropped)", "at least 6");
    }

    @Test
    void tooFewPointsInOneBandNamesTheBand() {
        double[] t = Signals.grid(58000, 58100, 30);
        String[] bands = new String[30];
        for (int i = 0; i < 30; i++) {
            bands[i] = i < 26 ? (i % 2 == 0 ? "ztf_g" : "ztf_r") : "ztf_i";
        }
        FitFailedException e = assertFails(FitFailedException.Reason.TOO_FEW_POINTS,
                () -> Models.fourier(3, 1.7).fit(t, Signals.grid(1, 2, 30), Signals.constant(30, 0.1), bands),
                "band ztf_i has 4 usable points", "3 harmonics need at least 7 per band", "leave that band out");
        assertEquals(OptionalInt.of(7), e.minimumPoints());
    }

    @Test
    void hittingTheIterationLimitSaysSo() {
        assertFails(FitFailedException.Reason.MAX_ITERATIONS, () -> Models.bazin().withMaxIterations(1).fit(T, Y, DY),
                "no convergence within 1 iteration", "withMaxIterations");
        assertEquals(Models.bazin().fit(T, Y, DY).value("fall_time"),
                Models.bazin().withMaxIterations(50).fit(T, Y, DY).value("fall_time"), 1e-9);
    }

    @Test
    void refiningAPeriodFarFromTheTruthWithFewIterationsSaysSo() {
        FourierModelTest.Data d = FourierModelTest.data(200, FourierModelTest.PERIOD, 8, true);
        assertFails(FitFailedException.Reason.MAX_ITERATIONS, () -> Models.fourier(3, FourierModelTest.PERIOD * 1.00002)
                .withPeriodRefinement(true).withMaxIterations(1).fit(d.t(), d.y(), d.dy(), d.bands()),
                "fourier", "better period");
    }

    /** Two levels at two times: the optimiser ends where the supernova term vanishes at both, leaving a baseline. */
    @Test
    void observationsAtTwoDistinctTimesGiveASingularMatrix() {
        double[] t = new double[20];
        double[] y = new double[20];
        for (int i = 0; i < 20; i++) {
            t[i] = i < 10 ? 60000 : 60020;
            y[i] = (i < 10 ? 500 : 300) + (i % 3) * 10;
        }
        assertFails(FitFailedException.Reason.SINGULAR_MATRIX, () -> Models.bazin().fit(t, y, Signals.constant(20, 10)),
                "does not depend on amplitude", "20 points at 2 distinct times");
    }

    @Test
    void samplingAtThePeriodGivesASingularMatrixNamingTheHarmonics() {
        double period = 1.0027;
        double[] t = new double[40];
        for (int i = 0; i < 40; i++) {
            t[i] = 58000 + i * period;
        }
        assertFails(FitFailedException.Reason.SINGULAR_MATRIX,
                () -> Models.fourier(2, period).fit(t, Signals.grid(15, 16, 40), Signals.constant(40, 0.02)),
                "cannot separate", "cos1", "sin1", "whole cycle");
    }

    @Test
    void anInitialValueThatOverflowsTheModelIsNonFinite() {
        double[] t = Signals.grid(60000, 60120, 60);
        double[] y = Signals.sample(x -> Signals.linexp(x, 2000, 60010, 15, 50), t);
        assertFails(FitFailedException.Reason.NON_FINITE,
                () -> Models.linexp().withInitialValue("reference_time", 60060).withInitialValue("fall_time", 1e-3)
                        .fit(t, y, Signals.constant(60, 20)),
                "not finite at t = ", "at the initial values", "fall_time = 0.001", "withInitialValue");
    }

    @Test
    void valuesWhoseSquaresOverflowAreNonFinite() {
        double[] y = new double[80];
        for (int i = 0; i < 80; i++) {
            y[i] = Y[i] * 1e200;
        }
        assertFails(FitFailedException.Reason.NON_FINITE, () -> Models.bazin()
                .withBounds("amplitude", 1e190, 1e210).fit(T, y, DY), "χ² overflows", "ordinary units");
    }

    @Test
    void badInputIsAnInvalidInputExceptionNamingTheValue() {
        assertInvalid(() -> Models.bazin().fit(T, Y, new double[3]), "dy.length must be the length of t (80), got 3");
        double[] dy = DY.clone();
        dy[4] = 0;
        assertInvalid(() -> Models.bazin().fit(T, Y, dy), "dy[4] must be > 0");
        assertInvalid(() -> Models.bazin().fit(null, Y, DY), "t must be an array");
        String[] bands = new String[80];
        java.util.Arrays.fill(bands, "ztf_r");
        bands[3] = null;
        assertInvalid(() -> Models.bazin().fit(T, Y, DY, bands), "bands[3] must be a passband label");
        bands[3] = "ztf_g";
        assertInvalid(() -> Models.bazin().fit(T, Y, DY, bands), "[ztf_g, ztf_r]", "fit each band on its own");
        assertInvalid(() -> Models.fourier(0, 1), "nHarmonics must be ≥ 1, got 0");
        assertInvalid(() -> Models.fourier(2, -1), "periodDays must be a finite number > 0, got -1.0");
        assertInvalid(() -> Models.fourier(2, Double.NaN), "periodDays");
        assertInvalid(() -> Models.bazin().withBounds("tau", 1, 2), "one of [amplitude, baseline, reference_time");
        assertInvalid(() -> Models.bazin().withBounds("rise_time", 2, 1), "lower < upper, got '[2.0, 1.0]'");
        assertInvalid(() -> Models.villar().withInitialValue("plateau_duration", Double.NaN), "finite");
        assertInvalid(() -> Models.linexp().withMaxIterations(0), "≥ 1, got 0");
        assertInvalid(() -> Models.bazin().value(1, 2, 3), "5 values");
    }

    private static void assertInvalid(Runnable action, String... phrases) {
        InvalidInputException e = assertThrows(InvalidInputException.class, action::run);
        for (String phrase : phrases) {
            assertTrue(e.getMessage().contains(phrase), "'" + phrase + "' missing from: " + e.getMessage());
        }
    }
}
