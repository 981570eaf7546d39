package org.ztfkit.lightcurve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ztfkit.lightcurve.Fixtures.NEIGHBOUR;
import static org.ztfkit.lightcurve.Fixtures.TARGET;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.plot.Colour;
import org.ztfkit.plot.MarkerShape;
import org.ztfkit.plot.Plot;
import org.ztfkit.plot.PlotSeries;
import org.ztfkit.plot.Range;

/**
 * The light-curve plot specification against external-services.md §16.5–16.6: series per passband and kind of
 * point, the Viewer's colours, markers, error bars, inverted magnitudes and the padded y range. Expected numbers
 * are worked by hand from the fixture below.
 */
class LightCurve_PlotTest {
    static final String OTHER_BAND = "633107400004730";   // the same source in zg: a neighbour of the zr target

    static final LightCurve LC = Fixtures.rows()
            .dr(TARGET, 58001.0, 17.0, 0.05)
            .dr(NEIGHBOUR, 58002.0, 18.0, 0.10)
            .dr(TARGET, 58003.0, 17.2, 0.05)
            .detection("ZTF18abc", "ztf_alert", "ztf_r", 58004.0, 17.1, 0.08)
            .dr(TARGET, 58005.0, 16.9, 0.04)
            .limit("ZTF18abc", "ztf_alert", "ztf_r", 58006.0, 20.5)
            .detection("ps1obj", "ps1", "ps1_g", 58007.0, 17.3, 0.02)
            .detection("gaiasrc", "gaia", "gaia_G", 58008.0, 17.05, 0.01)
            .dr(TARGET, 58009.0, 21.5, 1.5)                               // error ≥ 1 mag: outside the range
            .detection(OTHER_BAND, "ztf_dr", "ztf_g", 58010.0, 17.6, 0.06)
            .build();

    @Test
    void oneSeriesPerPassbandAndKindInTheViewersLegendOrder() {
        Plot p = LC.plot(TARGET);
        assertEquals(List.of("ztf_g neighbours", "ztf_r", "ztf_r neighbours", "ztf_r alerts", "ztf_r upper limits",
                "gaia_G", "ps1_g"), p.series().stream().map(PlotSeries::name).toList());
        PlotSeries target = p.series("ztf_r").orElseThrow();
        assertArrayEquals(new double[] {58001, 58003, 58005, 58009}, target.x());
        assertArrayEquals(new double[] {17.0, 17.2, 16.9, 21.5}, target.y());
        assertArrayEquals(new double[] {58002}, p.series("ztf_r neighbours").orElseThrow().x());
        assertArrayEquals(new double[] {58006}, p.series("ztf_r upper limits").orElseThrow().x());
    }

    @Test
    void markersSetTheTargetNeighboursAlertsLimitsAndOtherSurveysApart() {
        Plot p = LC.plot(TARGET);
        assertMarker(p, "ztf_r", MarkerShape.CIRCLE, "#CC3344");
        assertMarker(p, "ztf_r neighbours", MarkerShape.SQUARE, "#CC3344");
        assertMarker(p, "ztf_g neighbours", MarkerShape.SQUARE, "#62D03E");
        assertMarker(p, "ztf_r alerts", MarkerShape.TRIANGLE_UP, "#F08B98");        // the Viewer's ant_R
        assertMarker(p, "ztf_r upper limits", MarkerShape.TRIANGLE_DOWN, "#CC3344");
        assertMarker(p, "gaia_G", MarkerShape.DIAMOND, "#808080");
        assertMarker(p, "ps1_g", MarkerShape.DIAMOND, "#A7D984");
        assertTrue(p.series("ztf_r").orElseThrow().markerSizePx()
                > p.series("ztf_r neighbours").orElseThrow().markerSizePx(), "target points are larger");
    }

    private static void assertMarker(Plot p, String name, MarkerShape shape, String rgb) {
        PlotSeries s = p.series(name).orElseThrow();
        assertEquals(shape, s.marker(), name);
        assertEquals(Colour.hex(rgb), s.colour().withAlpha(255), name);
        assertTrue(s.colour().alpha() < 255, "markers are translucent so overlaps show");
    }

    @Test
    void detectionsHaveErrorBarsAndUpperLimitsHaveNone() {
        Plot p = LC.plot(TARGET);
        PlotSeries target = p.series("ztf_r").orElseThrow();
        assertEquals(0.05, target.errorBars().below(0), 0);
        assertEquals(0.05, target.errorBars().above(0), 0);
        assertFalse(target.errorBars().isAsymmetric());
        assertTrue(p.series("ztf_r upper limits").orElseThrow().errorBars().isEmpty());
    }

    @Test
    void magnitudesIncreaseDownwardsOverAPaddedRangeThatIgnoresLargeErrors() {
        Plot p = LC.plot(TARGET);
        assertEquals("HMJD (UTC, mid-exposure)", p.xAxis().label());
        assertEquals("mag", p.yAxis().label());
        assertTrue(p.yAxis().inverted());
        // drawn values 16.9 … 20.5 (the limit counts; 21.5 ± 1.5 does not): span 3.6, padded by 0.36 each side
        Range y = p.yAxis().range().orElseThrow();
        assertEquals(16.54, y.min(), 1e-12);
        assertEquals(20.86, y.max(), 1e-12);
    }

    @Test
    void withoutATargetEveryDrObjectIsDrawnAsTheTarget() {
        Plot p = LC.plot();
        assertEquals(List.of("ztf_g", "ztf_r", "ztf_r alerts", "ztf_r upper limits", "gaia_G", "ps1_g"),
                p.series().stream().map(PlotSeries::name).toList());
        assertArrayEquals(new double[] {58001, 58002, 58003, 58005, 58009}, p.series("ztf_r").orElseThrow().x());
        assertEquals(LC.plot(Long.parseLong(TARGET)), LC.plot(TARGET));
        var e = assertThrows(InvalidInputException.class, () -> LC.plot("633207400009999"));
        assertTrue(e.getMessage().contains("633207400009999") && e.getMessage().contains(TARGET), e.getMessage());
    }

    @Test
    void differenceMagnitudesHaveAsymmetricBarsAndUndrawablePointsAreLeftOut() {
        LightCurve lc = Fixtures.rows().dr(TARGET, 58001.0, 17.0, 0.05).dr(TARGET, 58003.0, 18.5, 0.05).build()
                .withReference(TARGET, 18.0, 0.03);
        PlotSeries s = lc.difference().plot().series("ztf_r").orElseThrow();
        assertArrayEquals(new double[] {58001}, s.x(), "18.5 is fainter than the 18.0 reference: diffmag = +∞");
        // seed 001 eqs. 1–7 by hand: f = 10^(−0.4(m − 8.9)) Jy, σf = 0.4 ln(10) f σm (= 0.921034 f σm)
        double f = Math.pow(10, -0.4 * (17.0 - 8.9));
        double ref = Math.pow(10, -0.4 * (18.0 - 8.9));
        double df = f - ref;
        double k = 0.4 * Math.log(10);
        double sigma = Math.hypot(k * f * 0.05, k * ref * 0.03);
        assertEquals(8.9 - 2.5 * Math.log10(df), s.y(0), 1e-9);
        assertEquals(2.5 * Math.log10(1 + sigma / df), s.errorBars().below(0), 1e-9, "towards brighter");
        assertEquals(-2.5 * Math.log10(1 - sigma / df), s.errorBars().above(0), 1e-9, "towards fainter");
        assertTrue(s.errorBars().isAsymmetric());
        assertEquals("diff mag", lc.difference().plot().yAxis().label());
    }

    @Test
    void fluxesAreNotInvertedAndStartAtZero() {
        Plot p = Fixtures.rows().dr(TARGET, 58001.0, 17.0, 0.05).dr(TARGET, 58002.0, 16.0, 0.05).build().inFlux()
                .plot();
        assertEquals("flux, Jy", p.yAxis().label());
        assertFalse(p.yAxis().inverted());
        double brighter = Math.pow(10, -0.4 * (16.0 - 8.9));
        Range y = p.yAxis().range().orElseThrow();
        assertEquals(0.0, y.min(), 0);
        assertEquals(1.1 * brighter, y.max(), 1e-12 * brighter);
    }

    @Test
    void foldedPlotsRepeatCyclesOverMinusATenthToCyclesPlusATenth() {
        LightCurve lc = Fixtures.rows().dr(TARGET, 58000.05, 17.0, 0.05).dr(TARGET, 58010.95, 17.5, 0.05).build();
        Plot two = lc.fold(1.0).plot();
        assertEquals(new Range(-0.1, 2.1), two.xAxis().range().orElseThrow());
        assertEquals("phase", two.xAxis().label());
        PlotSeries s = two.series("ztf_r").orElseThrow();
        // phase 0.05 → 0.05, 1.05, 2.05 (−0.95 is outside); phase 0.95 → −0.05, 0.95, 1.95 (2.95 is outside)
        double[] x = s.x();
        Arrays.sort(x);
        assertArrayEquals(new double[] {-0.05, 0.05, 0.95, 1.05, 1.95, 2.05}, x, 1e-9);
        assertEquals(6, s.errorBars().size());
        assertTrue(two.yAxis().inverted());
        assertTrue(two.title().endsWith(", P = 1 days"), two.title());
        assertTrue(lc.fold(0.5537).plot().title().endsWith(", P = 0.5537 days"));
        assertEquals(new Range(-0.1, 1.1), lc.fold(1.0).plot(1).xAxis().range().orElseThrow());
        assertThrows(InvalidInputException.class, () -> lc.fold(1.0).plot(0));
    }

    @Test
    void anEmptyLightCurveGivesAnEmptyPlotWithLabelledAxes() {
        Plot p = LightCurve.empty().plot();
        assertTrue(p.series().isEmpty());
        assertTrue(p.yAxis().range().isEmpty());
        assertEquals("mag", p.yAxis().label());
    }
}
