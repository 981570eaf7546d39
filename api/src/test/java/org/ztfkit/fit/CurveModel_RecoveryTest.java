package org.ztfkit.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Parameter recovery on signals injected with the papers' formulas ({@link Signals}), with and without Gaussian
 * noise, and the invariances a fit must have.
 */
class CurveModel_RecoveryTest {
    /** A model, the truth in its parameter order, a sampling and a noise level (S/N ≈ 30–100 at peak). */
    record Case(CurveModel model, double[] truth, double[] t, double sigma, Signals.Curve curve) {
        @Override
        public String toString() {
            return model.name();
        }
    }

    static final Case BAZIN = new Case(Models.bazin(), new double[] {1000, 100, 60030, 5, 20},
            Signals.grid(60000, 60140, 80), 30, t -> Signals.bazin(t, 1000, 100, 60030, 5, 20));
    static final Case VILLAR = new Case(Models.villar(), new double[] {1000, 50, 60020, 4, 30, 0.3, 25},
            Signals.grid(60000, 60150, 100), 10, t -> Signals.villar(t, 1000, 50, 60020, 4, 30, 0.3, 25));
    static final Case LINEXP = new Case(Models.linexp(), new double[] {2000, 60010, 15, 50},
            Signals.grid(60000, 60120, 60), 20, t -> Signals.linexp(t, 2000, 60010, 15, 50));

    static Stream<Case> cases() {
        return Stream.of(BAZIN, VILLAR, LINEXP);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void noiseFreeSignalIsRecoveredExactly(Case c) {
        double[] y = Signals.sample(c.curve(), c.t());
        FitResult r = c.model().fit(c.t(), y, Signals.constant(c.t().length, c.sigma()));
        for (int j = 0; j < c.truth().length; j++) {
            double tolerance = c.model().parameterNames().get(j).equals("reference_time") ? 1e-7
                    : 1e-9 * Math.abs(c.truth()[j]);
            assertEquals(c.truth()[j], r.parameters().get(j).value(), tolerance, c.model().parameterNames().get(j));
        }
        assertTrue(r.chi2() < 1e-12, "χ² of an exact fit: " + r.chi2());
    }

    /**
     * 200 noisy realisations per model. For Gaussian noise and a nearly linear problem, |p̂ − p| ≤ 3σ̂ holds in
     * 99.7% and ≤ 1σ̂ in 68.3% of realisations. Accepted: 3σ coverage ≥ 95% for every parameter (room for the
     * models' nonlinearity), 1σ coverage within 68.3% ± 3 binomial standard deviations (±9.9 points, n = 200), and a
     * mean reduced χ² within 1 ± 0.05 (its standard deviation over 200 fits is about 0.012).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void uncertaintiesCoverTheTruthOver200NoisyRealisations(Case c) {
        int realisations = 200;
        int k = c.truth().length;
        int[] within1 = new int[k];
        int[] within3 = new int[k];
        double sumReducedChi2 = 0;
        double[] clean = Signals.sample(c.curve(), c.t());
        double[] dy = Signals.constant(c.t().length, c.sigma());
        for (int seed = 0; seed < realisations; seed++) {
            FitResult r = c.model().fit(c.t(), Signals.noisy(clean, dy, seed), dy);
            sumReducedChi2 += r.reducedChi2();
            for (int j = 0; j < k; j++) {
                FitParameter p = r.parameters().get(j);
                double z = Math.abs(p.value() - c.truth()[j]) / p.error();
                within1[j] += z <= 1 ? 1 : 0;
                within3[j] += z <= 3 ? 1 : 0;
            }
        }
        for (int j = 0; j < k; j++) {
            String name = c.model().parameterNames().get(j);
            double coverage1 = within1[j] / (double) realisations;
            double coverage3 = within3[j] / (double) realisations;
            assertTrue(coverage3 >= 0.95, name + ": 3σ coverage " + coverage3);
            assertTrue(coverage1 >= 0.584 && coverage1 <= 0.782, name + ": 1σ coverage " + coverage1);
        }
        assertEquals(1.0, sumReducedChi2 / realisations, 0.05, "mean reduced χ²");
    }

    @Test
    void shiftingTheTimeOriginShiftsOnlyTheReferenceTime() {
        double[] dy = Signals.constant(BAZIN.t().length, BAZIN.sigma());
        double[] y = Signals.noisy(Signals.sample(BAZIN.curve(), BAZIN.t()), dy, 7);
        FitResult mjd = Models.bazin().fit(BAZIN.t(), y, dy);
        for (double shift : new double[] {-60000, -59000.25, 2400000.5}) {
            FitResult moved = Models.bazin().fit(Signals.shifted(BAZIN.t(), shift), y, dy);
            for (FitParameter p : mjd.parameters()) {
                FitParameter q = moved.parameter(p.name());
                double expected = p.name().equals("reference_time") ? p.value() + shift : p.value();
                assertEquals(expected, q.value(), 1e-6 * Math.max(1, Math.abs(p.value())), p.name() + " " + shift);
                assertEquals(p.error(), q.error(), 1e-6 * p.error(), p.name() + " error, shift " + shift);
            }
            assertEquals(mjd.chi2(), moved.chi2(), 1e-8 * mjd.chi2());
            assertEquals(mjd.evaluate(60033.3), moved.evaluate(60033.3 + shift), 1e-6);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theOrderOfThePointsDoesNotMatter(Case c) {
        int n = c.t().length;
        double[] dy = Signals.constant(n, c.sigma());
        double[] y = Signals.noisy(Signals.sample(c.curve(), c.t()), dy, 11);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(3));
        double[] ts = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            ts[i] = c.t()[order.get(i)];
            ys[i] = y[order.get(i)];
        }
        FitResult sorted = c.model().fit(c.t(), y, dy);
        FitResult shuffled = c.model().fit(ts, ys, dy);
        for (FitParameter p : sorted.parameters()) {
            assertEquals(p.value(), shuffled.value(p.name()), 1e-6 * p.error(), p.name());
        }
    }

    static Stream<Arguments> droppedPoints() {
        return Stream.of(Arguments.of(Double.NaN, 1.0, 30.0), Arguments.of(60070.0, Double.POSITIVE_INFINITY, 30.0),
                Arguments.of(60070.0, 1.0, Double.NaN));
    }

    @ParameterizedTest
    @MethodSource("droppedPoints")
    void pointsWithNonFiniteValuesAreDroppedAndCounted(double badT, double badY, double badDy) {
        double[] t = BAZIN.t();
        double[] dy = Signals.constant(t.length, BAZIN.sigma());
        double[] y = Signals.noisy(Signals.sample(BAZIN.curve(), t), dy, 5);
        FitResult clean = Models.bazin().fit(t, y, dy);
        double[] t2 = append(t, badT);
        double[] y2 = append(y, badY);
        double[] dy2 = append(dy, badDy);
        FitResult withBad = Models.bazin().fit(t2, y2, dy2);
        assertEquals(1, withBad.droppedPointCount());
        assertEquals(t.length, withBad.pointCount());
        assertEquals(clean.value("fall_time"), withBad.value("fall_time"), 1e-9);
    }

    private static double[] append(double[] a, double value) {
        double[] b = java.util.Arrays.copyOf(a, a.length + 1);
        b[a.length] = value;
        return b;
    }
}
