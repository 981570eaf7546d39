package org.ztfkit.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fast (Press &amp; Rybicki) power against the exact one on several light curves. Tolerance: the largest
 * absolute difference in standard power is below 0.5% of the highest exact power, and the highest peak is at the same
 * grid frequency.
 */
class Periodogram_FastVsDirectTest {
    static Stream<Arguments> lightCurves() {
        Random rng = new Random(7);
        double[] t1 = SimulatedLightCurves.ztfTimes(rng, 100, 2, 200);
        double[] t2 = SimulatedLightCurves.ztfTimes(rng, 600, 3, 240);
        double[] t3 = SimulatedLightCurves.ztfTimes(rng, 60, 1, 120);
        double[][] real = ReferenceValues.input("real640202200001881");
        return Stream.of(
                Arguments.of("sine 100 pts", t1, SimulatedLightCurves.signal(rng, t1, 0.37, SimulatedLightCurves.sine(0.2), 0.05)),
                Arguments.of("sawtooth 600 pts", t2, SimulatedLightCurves.signal(rng, t2, 0.61, SimulatedLightCurves.sawtooth(0.4), 0.08)),
                Arguments.of("noise 60 pts", t3, SimulatedLightCurves.signal(rng, t3, 1, p -> 0, 0.05)),
                Arguments.of("real ZTF 640202200001881", real[0], new double[][] {real[1], real[2]}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lightCurves")
    void fastAgreesWithDirect(String name, double[] t, double[][] yd) {
        for (PeriodogramOptions base : new PeriodogramOptions[] {PeriodogramOptions.DEFAULT,
                Periodogram.options().samplesPerPeak(10).maximumFrequency(4).build()}) {
            Periodogram fast = Periodogram.of(t, yd[0], yd[1], base);
            Periodogram direct = Periodogram.of(t, yd[0], yd[1],
                    base.toBuilder().method(PeriodogramOptions.Method.DIRECT).build());
            double[] pf = fast.power();
            double[] pd = direct.power();
            assertEquals(pd.length, pf.length);
            double maxDiff = 0;
            for (int k = 0; k < pf.length; k++) {
                maxDiff = Math.max(maxDiff, Math.abs(pf[k] - pd[k]));
            }
            double peak = direct.best().power();
            assertTrue(maxDiff < 0.005 * peak, name + ": max |fast − direct| = " + maxDiff + " for peak " + peak);
            assertEquals(direct.bestFrequency(), fast.bestFrequency(), 1e-12, name);
        }
    }
}
