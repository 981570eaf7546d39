package org.ztfkit.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The model formulas against the papers' formulas ({@link Signals}) and the analytic gradients against finite differences. */
class CurveModel_FormulaTest {
    static final double[] BAZIN = {1000, 100, 60030, 5, 20};
    static final double[] VILLAR = {1000, 50, 60020, 4, 30, 0.3, 25};
    static final double[] LINEXP = {2000, 60010, 15, 50};

    @Test
    void bazinMatchesBazin2009() {
        for (double t : Signals.grid(59990, 60150, 33)) {
            double expected = Signals.bazin(t, 1000, 100, 60030, 5, 20);
            assertEquals(expected, Models.bazin().value(t, BAZIN), 1e-12 * Math.abs(expected), "t = " + t);
        }
    }

    @Test
    void villarMatchesVillar2019WithBetaFromNu() {
        for (double t : Signals.grid(59990, 60150, 33)) {
            double expected = Signals.villar(t, 1000, 50, 60020, 4, 30, 0.3, 25);
            assertEquals(expected, Models.villar().value(t, VILLAR), 1e-12 * Math.abs(expected), "t = " + t);
        }
    }

    @Test
    void linexpMatchesItsDefinitionWithTheMinusSign() {
        for (double t : Signals.grid(60000, 60120, 25)) {
            double expected = Signals.linexp(t, 2000, 60010, 15, 50);
            assertEquals(expected, Models.linexp().value(t, LINEXP), 1e-12 * Math.abs(expected), "t = " + t);
        }
        // peak A/e above the baseline at t0 + τ: the minus sign makes it a maximum
        assertEquals(50 + 2000 / Math.E, Models.linexp().value(60025, LINEXP), 1e-9);
        assertTrue(Models.linexp().value(60024, LINEXP) < Models.linexp().value(60025, LINEXP));
        assertTrue(Models.linexp().value(60026, LINEXP) < Models.linexp().value(60025, LINEXP));
    }

    @Test
    void villarIsContinuousAtTheEndOfThePlateau() {
        double t1 = 60020 + 25;
        double atT1 = 50 + 1000 * (1 - 0.3) / (1 + Math.exp(-25.0 / 4));
        assertEquals(atT1, Models.villar().value(t1, VILLAR), 1e-9);
        for (double eps : new double[] {1e-3, 1e-6, 1e-9}) {
            double left = Models.villar().value(t1 - eps, VILLAR);
            double right = Models.villar().value(t1 + eps, VILLAR);
            // slopes are O(A/τ) ≈ 40 per day on either side, so a jump would exceed this bound
            assertEquals(left, right, 100 * eps, "jump at t0 + γ for ε = " + eps);
        }
    }

    @Test
    void bazinStaysFiniteFarFromTheReferenceTime() {
        double[] p = {1000, 100, 60030, 0.5, 20};
        assertEquals(100, Models.bazin().value(50000, p), 1e-9);     // e^(−dt/τ) alone would overflow
        assertEquals(100, Models.bazin().value(70000, p), 1e-9);
        double[] gradient = new double[5];
        new BazinShape().gradient(50000, p, gradient);
        for (double g : gradient) {
            assertTrue(Double.isFinite(g));
        }
    }

    /** Times from the data peak, as fits call the shapes (CurveModel measures times from the peak). */
    static Stream<Arguments> shapes() {
        return Stream.of(
                Arguments.of(new BazinShape(), new double[] {1000, 100, -5, 5, 20}, Signals.grid(-40, 120, 41)),
                Arguments.of(new VillarShape(), new double[] {1000, 50, -10, 4, 30, 0.3, 25},
                        Signals.grid(-40, 120, 41)),
                Arguments.of(new LinexpShape(), new double[] {2000, -15, 15, 50}, Signals.grid(-10, 100, 41)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void gradientMatchesCentralDifferences(CurveShape shape, double[] params, double[] times) {
        List<String> names = shape.parameterNames();
        double[] analytic = new double[names.size()];
        for (double t : times) {
            shape.gradient(t, params, analytic);
            for (int j = 0; j < names.size(); j++) {
                double h = 1e-6 * Math.max(1, Math.abs(params[j]));
                double[] up = params.clone();
                double[] down = params.clone();
                up[j] += h;
                down[j] -= h;
                double numeric = (shape.value(t, up) - shape.value(t, down)) / (2 * h);
                assertEquals(numeric, analytic[j], 1e-5 * Math.max(1, Math.abs(numeric)),
                        shape.name() + " d/d" + names.get(j) + " at t = " + t);
            }
        }
    }
}
