package org.ztfkit.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Injection and recovery on ZTF-like sampling (3 seasons of 240 nights, seasonal gaps, one visit per night at a
 * random hour, so 1-day aliases are present): the best period must be within 0.1% of the injected one.
 */
class Periodogram_RecoveryTest {
    static final PeriodogramOptions SEARCH = Periodogram.options().minPeriod(0.1).maxPeriod(100).samplesPerPeak(10)
            .build();

    @ParameterizedTest(name = "{0} P={1} d")
    @CsvSource({"sine, 0.3127", "sine, 0.5713", "sine, 2.345", "sine, 13.71", "sawtooth, 0.4871",
        "sawtooth, 0.6293", "sawtooth, 5.123"})
    void injectedPeriodIsRecoveredWithin0point1Percent(String shapeName, double period) {
        Random rng = new Random(Double.hashCode(period));
        double[] t = SimulatedLightCurves.ztfTimes(rng, 200, 3, 240);
        DoubleUnaryOperator shape = shapeName.equals("sine") ? SimulatedLightCurves.sine(0.15)
                : SimulatedLightCurves.sawtooth(0.3);
        double[][] yd = SimulatedLightCurves.signal(rng, t, period, shape, 0.05);
        Periodogram pg = Periodogram.of(t, yd[0], yd[1], SEARCH);
        assertEquals(period, pg.bestPeriod(), 1e-3 * period, pg.toString());
        assertTrue(pg.falseAlarmProbability().orElseThrow() < 1e-10, pg.toString());
    }

    @Test
    void oneDayAliasesOfTheSignalAreAmongTheNextPeaks() {
        Random rng = new Random(11);
        double period = 0.5713;
        double[] t = SimulatedLightCurves.ztfTimes(rng, 200, 3, 240);
        double[][] yd = SimulatedLightCurves.signal(rng, t, period, SimulatedLightCurves.sine(0.15), 0.05);
        List<Peak> peaks = Periodogram.of(t, yd[0], yd[1], SEARCH).peaks(5);
        double f = 1 / period;
        boolean alias = peaks.subList(1, peaks.size()).stream()
                .anyMatch(p -> Math.abs(Math.abs(p.frequency() - f) - 1.0) < 0.01);
        assertTrue(alias, "no 1-day alias of f=" + f + " among " + peaks);
    }

    @Test
    void eclipsingBinaryWithEqualEclipsesIsFoundAtHalfThePeriod() {
        Random rng = new Random(5);
        double period = 1.7342;
        double[] t = SimulatedLightCurves.ztfTimes(rng, 400, 3, 240);
        double[][] yd = SimulatedLightCurves.signal(rng, t, period, SimulatedLightCurves.eclipses(0.5, 0.5), 0.03);
        Periodogram pg = Periodogram.of(t, yd[0], yd[1], SEARCH);
        assertEquals(period / 2, pg.bestPeriod(), 1e-3 * period / 2, pg.toString());
    }

    @Test
    void pureNoiseHasNoSignificantPeak() {
        Random rng = new Random(3);
        double[] t = SimulatedLightCurves.ztfTimes(rng, 200, 3, 240);
        double[][] yd = SimulatedLightCurves.signal(rng, t, 1, p -> 0, 0.05);
        Periodogram pg = Periodogram.of(t, yd[0], yd[1], SEARCH);
        assertTrue(pg.falseAlarmProbability().orElseThrow() > 0.01, pg.toString());
    }
}
