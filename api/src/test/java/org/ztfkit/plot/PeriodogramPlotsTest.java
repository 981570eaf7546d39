package org.ztfkit.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ztfkit.errors.InvalidInputException;

/** Periodogram plots: a power line against period or frequency, the highest peak marked. */
class PeriodogramPlotsTest {
    /** Frequencies 0.1 … 4.0 /day in steps of 0.1; power peaks at 2.0 /day (P = 0.5 d), a lower peak at 1.0. */
    static final double[] FREQUENCY = new double[40];
    static final double[] POWER = new double[40];

    static {
        for (int i = 0; i < 40; i++) {
            FREQUENCY[i] = 0.1 * (i + 1);
            POWER[i] = Math.exp(-Math.pow((FREQUENCY[i] - 2.0) / 0.05, 2)) + 0.5 * Math.exp(
                    -Math.pow((FREQUENCY[i] - 1.0) / 0.05, 2)) + 0.01;
        }
    }

    @Test
    void versusPeriodIsALogAxisWithTheBestPeriodMarked() {
        Plot p = PeriodogramPlots.versusPeriod(FREQUENCY, POWER);
        assertEquals(List.of("power", "best P = 0.5 d"), p.series().stream().map(PlotSeries::name).toList());
        PlotSeries power = p.series("power").orElseThrow();
        assertEquals(MarkerShape.NONE, power.marker());
        assertEquals(0.25, power.x(0), 1e-12, "periods ascending: 1/4.0 first");
        assertEquals(10.0, power.x(power.size() - 1), 1e-12);
        PlotSeries best = p.series("best P = 0.5 d").orElseThrow();
        assertEquals(0.5, best.x(0), 1e-12);
        assertEquals(0.5, best.x(1), 1e-12);
        assertTrue(p.xAxis().logScale());
        assertEquals("period, days", p.xAxis().label());
        assertEquals("power", p.yAxis().label());
        assertEquals(1.05 * (1.0 + 0.01), p.yAxis().range().orElseThrow().max(), 1e-6);
    }

    @Test
    void versusFrequencyIsLinear() {
        Plot p = PeriodogramPlots.versusFrequency(FREQUENCY, POWER);
        assertEquals("frequency, 1/day", p.xAxis().label());
        assertEquals(2.0, p.series("best P = 0.5 d").orElseThrow().x(0), 1e-12);
        assertEquals(new Range(0.1, 4.0), p.xAxis().range().orElseThrow());
    }

    @Test
    void mismatchedArraysAreRefused() {
        assertThrows(InvalidInputException.class, () -> PeriodogramPlots.versusPeriod(new double[3], new double[2]));
    }
}
