package org.ztfkit.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.model.Band;

/** The plot specification as a value: copies, validation, formats, and the Viewer's colours (§16.6). */
class PlotTest {
    static final PlotSeries POINTS = PlotSeries.points("a", new double[] {1, 2}, new double[] {3, 4});

    @Test
    void titleAndSizeReturnChangedCopies() {
        Plot p = Plot.of("t", Axis.of("x"), Axis.of("y"), List.of(POINTS));
        Plot q = p.title("SNAD101").size(800, 500);
        assertEquals("t", p.title());
        assertEquals(640, p.widthPx());
        assertEquals("SNAD101", q.title());
        assertEquals(800, q.widthPx());
        assertEquals(500, q.heightPx());
        assertEquals(p.series(), q.series());
        assertTrue(q.toString().startsWith("Plot['SNAD101' 800×500 px, 1 series, 2 points"), q.toString());
    }

    @Test
    void withSeriesAddsOneOnTopAndKeepsNamesUnique() {
        Plot p = Plot.of("t", Axis.of("x"), Axis.of("y"), List.of(POINTS));
        PlotSeries model = PlotSeries.line("model", new double[] {1, 2}, new double[] {3.5, 3.5});
        Plot q = p.withSeries(model);
        assertEquals(List.of(POINTS, model), q.series());
        assertEquals(1, p.series().size(), "the original is unchanged");
        assertThrows(InvalidInputException.class, () -> q.withSeries(model));
    }

    @Test
    void invalidSpecificationsAreRefusedWithTheBadValue() {
        var dup = assertThrows(InvalidInputException.class,
                () -> Plot.of("t", Axis.of("x"), Axis.of("y"), List.of(POINTS, POINTS)));
        assertTrue(dup.getMessage().contains("'a'"), dup.getMessage());
        var size = assertThrows(InvalidInputException.class, () -> Plot.of("", Axis.of("x"), Axis.of("y"),
                List.of()).size(20, 500));
        assertTrue(size.getMessage().contains("20×500"), size.getMessage());
        assertThrows(InvalidInputException.class, () -> PlotSeries.points("b", new double[] {1}, new double[2]));
        assertThrows(InvalidInputException.class, () -> POINTS.withErrorBars(ErrorBars.symmetric(new double[3])));
        assertThrows(InvalidInputException.class, () -> new Range(2, 1));
        var ext = assertThrows(InvalidInputException.class, () -> PlotFormat.ofFileName("lc.jpg"));
        assertTrue(ext.getMessage().contains(".png") && ext.getMessage().contains("lc.jpg"), ext.getMessage());
    }

    @Test
    void seriesAreImmutable() {
        double[] x = {1, 2};
        PlotSeries s = PlotSeries.points("s", x, new double[] {3, 4});
        x[0] = 99;
        s.x()[1] = 99;
        assertArrayEquals(new double[] {1, 2}, s.x());
    }

    @Test
    void formatsComeFromTheFileExtension() {
        assertEquals(PlotFormat.PNG, PlotFormat.ofFileName("out/lc.png"));
        assertEquals(PlotFormat.SVG, PlotFormat.ofFileName("LC.SVG"));
        assertEquals(PlotFormat.PDF, PlotFormat.ofFileName("lc.pdf"));
        assertEquals("image/svg+xml", PlotFormat.SVG.mimeType());
    }

    @Test
    void passbandColoursAreTheViewers() {
        assertEquals("#62D03E", PlotStyle.colour(Band.ZTF_G).toHex());
        assertEquals("#CC3344", PlotStyle.colour(Band.ZTF_R).toHex());
        assertEquals("#1C1309", PlotStyle.colour(Band.ZTF_I).toHex());
        assertEquals("#9370D8", PlotStyle.colour(Band.PS1_Y).toHex());
        assertEquals("#0000FF", PlotStyle.colour(Band.GAIA_BP).toHex());
        assertEquals("#05FFC5", PlotStyle.alertColour(Band.ZTF_G).toHex());
        assertEquals(Colour.hex("#CC3344B4"), PlotStyle.colour(Band.ZTF_R).withAlpha(0xB4));
        assertEquals("0.5537", PlotStyle.number(0.55370000001));
        assertEquals("123.457", PlotStyle.number(123.4567));
    }
}
