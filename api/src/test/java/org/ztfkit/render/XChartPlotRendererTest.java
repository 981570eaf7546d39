package org.ztfkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.plot.Axis;
import org.ztfkit.plot.Colour;
import org.ztfkit.plot.ErrorBars;
import org.ztfkit.plot.MarkerShape;
import org.ztfkit.plot.Plot;
import org.ztfkit.plot.PlotSeries;

/**
 * Each export is a valid file of its format, and the drawing reads as the specification says (a brighter magnitude
 * is drawn higher). No pixel goldens: fonts and anti-aliasing differ between machines.
 */
class XChartPlotRendererTest {
    static final Colour BRIGHT = Colour.hex("#FF0000");
    static final Colour FAINT = Colour.hex("#0000FF");

    /** Two single points on an inverted magnitude axis: 15 mag in red, 20 mag in blue. */
    static final Plot MAGNITUDES = Plot.of("two stars", Axis.of("HMJD (UTC, mid-exposure)"),
            Axis.of("mag").withRange(14, 21).invert(), List.of(
                    PlotSeries.points("bright", new double[] {58000}, new double[] {15}).withColour(BRIGHT)
                            .withMarker(MarkerShape.SQUARE, 20).withErrorBars(ErrorBars.of(new double[] {0.2},
                                    new double[] {0.6})),
                    PlotSeries.points("faint", new double[] {58001}, new double[] {20}).withColour(FAINT)
                            .withMarker(MarkerShape.TRIANGLE_DOWN, 20)));

    @Test
    void pngDecodesAtTheRequestedSizeAndIsNotBlank() throws IOException {
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(MAGNITUDES.size(500, 400).toPng()));
        assertEquals(500, img.getWidth());
        assertEquals(400, img.getHeight());
        long inked = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    inked++;
                }
            }
        }
        assertTrue(inked > 2000, "axes, labels and markers are drawn: " + inked + " non-white pixels");
    }

    @Test
    void anInvertedAxisDrawsTheBrighterMagnitudeHigher() throws IOException {
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(MAGNITUDES.toPng()));
        double brightY = meanRowOf(img, 0xFF0000);
        double faintY = meanRowOf(img, 0x0000FF);
        assertTrue(brightY < faintY, "15 mag (y=" + brightY + ") above 20 mag (y=" + faintY + ")");
    }

    /** Mean image row of pixels of exactly this colour (marker interiors). */
    private static double meanRowOf(BufferedImage img, int rgb) {
        long sum = 0;
        long n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) & 0xFFFFFF) == rgb) {
                    sum += y;
                    n++;
                }
            }
        }
        assertTrue(n > 20, "marker of colour " + Integer.toHexString(rgb) + " is drawn");
        return (double) sum / n;
    }

    @Test
    void tickLabelsOfAnInvertedAxisShowTheMagnitudes() {
        var styler = XChartPlotRenderer.chart(MAGNITUDES).getStyler();
        assertEquals("15", styler.getyAxisTickLabelsFormattingFunction().apply(-15.0), "drawn at −15, labelled 15");
        assertEquals("17.5", styler.getyAxisTickLabelsFormattingFunction().apply(-17.5));
        assertEquals(-21.0, styler.getYAxisMin(), 0, "the faint end (21) at the bottom");
        assertEquals(-14.0, styler.getYAxisMax(), 0);
    }

    @Test
    void tickLabelsHaveNoDigitGroupingAndSmallValuesAreScientific() {
        assertEquals("58200", XChartPlotRenderer.tickLabel(58200));
        assertEquals("0.25", XChartPlotRenderer.tickLabel(0.25));
        assertEquals("6E-5", XChartPlotRenderer.tickLabel(6e-5));
        assertEquals("-1.5", XChartPlotRenderer.tickLabel(-1.5));
        assertEquals("0", XChartPlotRenderer.tickLabel(-0.0));
    }

    @Test
    void svgIsAnXmlDocumentWithAnSvgRoot() throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(
                MAGNITUDES.toSvg().getBytes(StandardCharsets.UTF_8)));
        assertEquals("svg", doc.getDocumentElement().getLocalName());
    }

    @Test
    void pdfHasOnePage() throws IOException {
        byte[] pdf = MAGNITUDES.toPdf();
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(1, doc.getNumberOfPages());
        }
    }

    @Test
    void saveWritesTheFormatOfTheExtension(@TempDir Path dir) throws IOException {
        String png = MAGNITUDES.save(dir.resolve("lc.png").toString());
        String svg = MAGNITUDES.save(dir.resolve("sub/lc.svg").toString());
        String pdf = MAGNITUDES.save(dir.resolve("lc.pdf").toString());
        assertTrue(ImageIO.read(Path.of(png).toFile()) != null);
        assertTrue(Files.readString(Path.of(svg)).contains("<svg"));
        assertEquals("%PDF", new String(Files.readAllBytes(Path.of(pdf)), 0, 4, StandardCharsets.US_ASCII));
        assertThrows(InvalidInputException.class, () -> MAGNITUDES.save(dir.resolve("lc.gif").toString()));
    }

    @Test
    void aPlotWithoutSeriesStillRenders() throws IOException {
        Plot empty = Plot.of("nothing", Axis.of("x"), Axis.of("mag").invert(), List.of());
        assertEquals(640, ImageIO.read(new ByteArrayInputStream(empty.toPng())).getWidth());
    }
}
