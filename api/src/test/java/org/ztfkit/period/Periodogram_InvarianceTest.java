package org.ztfkit.period;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ztfkit.errors.InvalidInputException;

/** Invariances (time origin, row order, unit of time), peaks, input cleaning and errors. */
class Periodogram_InvarianceTest {
    final Random rng = new Random(99);
    final double[] t = SimulatedLightCurves.ztfTimes(rng, 150, 2, 200);
    final double[][] yd = SimulatedLightCurves.signal(rng, t, 0.4321, SimulatedLightCurves.sawtooth(0.3), 0.05);

    @ParameterizedTest
    @EnumSource(PeriodogramOptions.Method.class)
    void shiftingTheTimeOriginLeavesThePowerUnchanged(PeriodogramOptions.Method method) {
        PeriodogramOptions o = Periodogram.options().method(method).build();
        double[] shifted = t.clone();
        for (int i = 0; i < t.length; i++) {
            shifted[i] = t[i] - 58000 + 12345.678;
        }
        assertArrayEquals(Periodogram.of(t, yd[0], yd[1], o).power(), Periodogram.of(shifted, yd[0], yd[1], o).power(),
                1e-9);
    }

    @ParameterizedTest
    @EnumSource(PeriodogramOptions.Method.class)
    void permutingTheRowsLeavesThePowerUnchanged(PeriodogramOptions.Method method) {
        PeriodogramOptions o = Periodogram.options().method(method).build();
        int n = t.length;
        double[][] p = new double[3][n];
        for (int i = 0; i < n; i++) {
            int j = (i * 37 + 11) % n;
            p[0][i] = t[j];
            p[1][i] = yd[0][j];
            p[2][i] = yd[1][j];
        }
        assertEquals(0, gcd(37, n) == 1 ? 0 : 1, "the permutation must be a bijection");
        assertArrayEquals(Periodogram.of(t, yd[0], yd[1], o).power(), Periodogram.of(p[0], p[1], p[2], o).power(), 1e-9);
    }

    @Test
    void timesInHoursGiveTheSamePowerAtFrequenciesPerHour() {
        double[] hours = t.clone();
        for (int i = 0; i < t.length; i++) {
            hours[i] = t[i] * 24;
        }
        Periodogram days = Periodogram.of(t, yd[0], yd[1]);
        Periodogram inHours = Periodogram.of(hours, yd[0], yd[1]);
        assertArrayEquals(days.power(), inHours.power(), 1e-9);
        assertEquals(days.bestPeriod() * 24, inHours.bestPeriod(), 1e-9 * inHours.bestPeriod());
    }

    @Test
    void peaksAreDistinctLocalMaximaHighestFirst() {
        Periodogram pg = Periodogram.of(t, yd[0], yd[1]);
        List<Peak> peaks = pg.peaks(10);
        double[] f = pg.frequency();
        double[] p = pg.power();
        assertEquals(10, peaks.size());
        assertEquals(pg.best(), peaks.get(0));
        for (int i = 0; i < peaks.size(); i++) {
            int k = java.util.Arrays.binarySearch(f, peaks.get(i).frequency());
            assertTrue(k >= 0 && (k == 0 || p[k] > p[k - 1]) && (k == p.length - 1 || p[k] >= p[k + 1]), "not a local max");
            if (i > 0) {
                assertTrue(peaks.get(i).power() <= peaks.get(i - 1).power());
                assertTrue(peaks.get(i).frequency() != peaks.get(i - 1).frequency());
            }
        }
        assertEquals(peaks.get(0).periodDays(), pg.table().doubleColumn("period").get(
                java.util.Arrays.binarySearch(f, peaks.get(0).frequency())), 1e-12);
    }

    @Test
    void nonFiniteRowsAreDroppedFirst() {
        double[] t2 = java.util.Arrays.copyOf(t, t.length + 2);
        double[] y2 = java.util.Arrays.copyOf(yd[0], t.length + 2);
        double[] e2 = java.util.Arrays.copyOf(yd[1], t.length + 2);
        t2[t.length] = 58400;
        y2[t.length] = Double.NaN;
        t2[t.length + 1] = Double.POSITIVE_INFINITY;
        Periodogram clean = Periodogram.of(t, yd[0], yd[1]);
        Periodogram dirty = Periodogram.of(t2, y2, e2);
        assertEquals(t.length, dirty.observations());
        assertArrayEquals(clean.power(), dirty.power(), 0);
    }

    @Test
    void badInputIsRejectedWithAClearMessage() {
        var e = assertThrows(InvalidInputException.class, () -> Periodogram.of(new double[] {1, 2}, new double[] {1, 2}, null));
        assertTrue(e.getMessage().contains("at least 3"), e.getMessage());
        double[] bad = yd[1].clone();
        bad[5] = -0.1;
        e = assertThrows(InvalidInputException.class, () -> Periodogram.of(t, yd[0], bad));
        assertTrue(e.getMessage().contains("dy[5] must be positive, got -0.1"), e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> Periodogram.options().minPeriod(1).maxPeriod(0.5).build());
        assertTrue(e.getMessage().contains("minimum < maximum"), e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> Periodogram.of(t, new double[3], null));
        assertTrue(e.getMessage().contains("t:" + t.length + " y:3"), e.getMessage());
    }

    @Test
    void optionsEchoTheirDefaults() {
        assertEquals("PeriodogramOptions[frequency auto–auto /d, samplesPerPeak=5, nyquistFactor=5, method=FAST, "
                + "normalization=STANDARD, ntermsBase=1, ntermsBand=0]", PeriodogramOptions.DEFAULT.toString());
        assertTrue(Periodogram.options().minPeriod(0.05).maxPeriod(50).build().toString()
                .contains("frequency 0.02–20 /d"));
        assertTrue(Periodogram.of(t, yd[0], yd[1]).toString().startsWith("Periodogram[N=" + t.length + ", "));
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
