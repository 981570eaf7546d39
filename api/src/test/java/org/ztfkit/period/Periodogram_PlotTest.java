package org.ztfkit.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.ztfkit.plot.Plot;
import org.ztfkit.plot.PlotSeries;
import org.ztfkit.plot.PlotStyle;

/** The periodogram's plot marks its best period, on an injected 0.5537 d sinusoid. */
class Periodogram_PlotTest {
    @Test
    void thePlotMarksTheBestPeriod() {
        Random rng = new Random(5);
        double[] t = SimulatedLightCurves.ztfTimes(rng, 300, 3, 200);
        double[][] y = SimulatedLightCurves.signal(rng, t, 0.5537, SimulatedLightCurves.sine(0.3), 0.05);
        Periodogram pg = Periodogram.of(t, y[0], y[1], Periodogram.options().minPeriod(0.1).maxPeriod(10).build());
        assertEquals(0.5537, pg.bestPeriod(), 0.5537 * 1e-3, "the injected period is recovered");
        Plot p = pg.plot();
        String marker = "best P = " + PlotStyle.number(pg.bestPeriod()) + " d";
        PlotSeries best = p.series(marker).orElseThrow(() -> new AssertionError(p.series().toString()));
        assertEquals(pg.bestPeriod(), best.x(0), 1e-12);
        assertEquals(pg.size(), p.series("power").orElseThrow().size());
        assertTrue(p.xAxis().logScale());
        assertTrue(p.title().startsWith("periodogram, " + pg.observations() + " observations"), p.title());
        assertEquals(pg.bestFrequency(), pg.plotVersusFrequency().series(marker).orElseThrow().x(0), 1e-12);
    }
}
