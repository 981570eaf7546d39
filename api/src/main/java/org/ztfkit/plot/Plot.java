package org.ztfkit.plot;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.ztfkit.errors.InvalidInputException;

/**
 * A plot as a value: title, size, two axes and the series to draw. It holds no drawing code; {@link #toPng()},
 * {@link #toSvg()}, {@link #toPdf()} and {@link #save(String)} hand it to the installed {@link PlotRenderer}
 * (XChart, headless). In a notebook the kernel extension shows it inline.
 *
 * <pre>{@code
 * Plot p = lc.plot().title("SNAD101, ZTF DR13").size(800, 500);
 * p.save("snad101.pdf");                 // .png, .svg or .pdf
 * byte[] png = p.toPng();
 * p.series("ztf_r").get().markerSizePx();
 * p.withSeries(PlotSeries.line("model", t, flux));   // a curve over the data
 * }</pre>
 *
 * @param title    drawn above the plot; may be empty
 * @param widthPx  image width, pixels (PDF and SVG use the same number of points)
 * @param heightPx image height, pixels
 * @param xAxis    the horizontal axis
 * @param yAxis    the vertical axis
 * @param series   drawn in order (later on top), listed in the legend in order; names unique
 */
public record Plot(String title, int widthPx, int heightPx, Axis xAxis, Axis yAxis, List<PlotSeries> series) {
    /** Default width, pixels (the SNAD Viewer's 6.4 in figures at 100 dpi). */
    public static final int DEFAULT_WIDTH_PX = 640;
    /** Default height, pixels (4.8 in at 100 dpi). */
    public static final int DEFAULT_HEIGHT_PX = 480;

    public Plot {
        if (title == null) {
            throw InvalidInputException.of("plot title", "a text (may be empty)", "null", "");
        }
        if (widthPx < 50 || heightPx < 50 || widthPx > 10_000 || heightPx > 10_000) {
            throw InvalidInputException.of("plot size", "50–10000 pixels each way", widthPx + "×" + heightPx,
                    "e.g. size(800, 500)");
        }
        series = List.copyOf(series);
        Set<String> names = new HashSet<>();
        for (PlotSeries s : series) {
            if (!names.add(s.name())) {
                throw InvalidInputException.of("series names", "unique within a plot", s.name(), "rename one");
            }
        }
    }

    /** A plot of the default size. */
    public static Plot of(String title, Axis xAxis, Axis yAxis, List<PlotSeries> series) {
        return new Plot(title, DEFAULT_WIDTH_PX, DEFAULT_HEIGHT_PX, xAxis, yAxis, series);
    }

    /** The same plot with another title. */
    public Plot title(String newTitle) {
        return new Plot(newTitle, widthPx, heightPx, xAxis, yAxis, series);
    }

    /** The same plot with another size, pixels. */
    public Plot size(int newWidthPx, int newHeightPx) {
        return new Plot(title, newWidthPx, newHeightPx, xAxis, yAxis, series);
    }

    /** The same plot with one more series drawn on top, e.g. a model curve over the data. */
    public Plot withSeries(PlotSeries extra) {
        List<PlotSeries> more = new ArrayList<>(series);
        more.add(extra);
        return new Plot(title, widthPx, heightPx, xAxis, yAxis, more);
    }

    /** The series with this name, if any. */
    public Optional<PlotSeries> series(String name) {
        return series.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** Total number of points over all series. */
    public int pointCount() {
        return series.stream().mapToInt(PlotSeries::size).sum();
    }

    /** PNG bytes. */
    public byte[] toPng() {
        return PlotRenderer.installed().render(this, PlotFormat.PNG);
    }

    /** An SVG document. */
    public String toSvg() {
        return new String(PlotRenderer.installed().render(this, PlotFormat.SVG), StandardCharsets.UTF_8);
    }

    /** A one-page PDF. */
    public byte[] toPdf() {
        return PlotRenderer.installed().render(this, PlotFormat.PDF);
    }

    /**
     * Writes the plot to a file; its extension names the format: {@code .png}, {@code .svg} or {@code .pdf}.
     *
     * @return the absolute path written
     * @throws InvalidInputException for another extension
     */
    public String save(String path) {
        PlotFormat.ofFileName(path);
        return PlotRenderer.installed().save(this, path);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Plot['%s' %d×%d px, %d series, %d points; x %s; y %s]", title, widthPx,
                heightPx, series.size(), pointCount(), xAxis, yAxis);
    }
}
