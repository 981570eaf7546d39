package org.ztfkit.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Arrays;
import java.util.Locale;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.ztfkit.plot.Axis;
import org.ztfkit.plot.Colour;
import org.ztfkit.plot.ErrorBars;
import org.ztfkit.plot.MarkerShape;
import org.ztfkit.plot.Plot;
import org.ztfkit.plot.PlotFormat;
import org.ztfkit.plot.PlotRenderer;
import org.ztfkit.plot.PlotSeries;

/**
 * Draws {@link Plot} specifications with XChart, headless (no display needed). XChart has no inverted axis, so an
 * inverted axis is drawn as the negated values with negated tick labels: the picture and the numbers read as a
 * magnitude axis with brighter values up. Error bars are drawn as capless segments in the series' colour, which
 * also gives asymmetric bars (XChart's own are symmetric). Registered in {@code META-INF/services}; users call
 * {@link Plot#toPng()} or {@link Plot#save(String)}, or {@link #chart(Plot)} to restyle the XChart chart.
 *
 * <pre>{@code
 * XYChart chart = XChartPlotRenderer.chart(lc.plot());    // then style it and use XChart's encoders
 * }</pre>
 */
public final class XChartPlotRenderer implements PlotRenderer {
    private static final Font BASE_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    /** Legend entries that fit in one row below a plot of the default width. */
    private static final int LEGEND_ROW_ENTRIES = 5;

    static {
        System.setProperty("java.awt.headless", "true");
    }

    @Override
    public byte[] render(Plot plot, PlotFormat format) {
        XYChart chart = chart(plot);
        try {
            if (format == PlotFormat.PNG) {
                return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            VectorGraphicsEncoder.saveVectorGraphic(chart, out, format == PlotFormat.SVG
                    ? VectorGraphicsEncoder.VectorGraphicsFormat.SVG : VectorGraphicsEncoder.VectorGraphicsFormat.PDF);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot draw " + plot + " as " + format + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String save(Plot plot, String path) {
        Path file = Path.of(path).toAbsolutePath();
        byte[] bytes = render(plot, PlotFormat.ofFileName(path));
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.write(file, bytes);
            return file.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the plot to " + file + ": " + e.getMessage()
                    + "; check that the directory is writable", e);
        }
    }

    /** The XChart chart of a plot specification, for users who want XChart's own styling or encoders. */
    public static XYChart chart(Plot plot) {
        XYChart chart = new XYChartBuilder().width(plot.widthPx()).height(plot.heightPx()).title(plot.title())
                .xAxisTitle(plot.xAxis().label()).yAxisTitle(plot.yAxis().label()).build();
        style(chart.getStyler(), plot);
        for (PlotSeries s : plot.series()) {
            addErrorBars(chart, s, plot);
        }
        for (PlotSeries s : plot.series()) {
            addSeries(chart, s, plot);
        }
        if (plot.series().isEmpty()) {
            // XChart cannot draw a chart without series: an invisible point keeps the axes and title.
            XYSeries empty = chart.addSeries("no data", new double[] {0}, new double[] {0});
            empty.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            empty.setMarker(SeriesMarkers.NONE);
            empty.setShowInLegend(false);
        }
        return chart;
    }

    private static void style(XYStyler styler, Plot plot) {
        styler.setBaseFont(BASE_FONT);
        styler.setChartTitleFont(BASE_FONT.deriveFont(Font.BOLD, 13f));
        styler.setAxisTitleFont(BASE_FONT);
        styler.setAxisTickLabelsFont(BASE_FONT.deriveFont(11f));
        styler.setLegendFont(BASE_FONT.deriveFont(11f));
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotBorderColor(Color.DARK_GRAY);
        styler.setPlotGridLinesColor(new Color(0xE4E4E4));
        styler.setLegendBorderColor(Color.WHITE);
        // Below the plot in one row, as the Viewer; a long legend would not fit that row, so it goes to the right.
        boolean oneRow = plot.series().size() <= LEGEND_ROW_ENTRIES;
        styler.setLegendPosition(oneRow ? Styler.LegendPosition.OutsideS : Styler.LegendPosition.OutsideE);
        styler.setLegendLayout(oneRow ? Styler.LegendLayout.Horizontal : Styler.LegendLayout.Vertical);
        styler.setLegendVisible(!plot.series().isEmpty());
        styler.setChartTitleVisible(!plot.title().isEmpty());
        styler.setChartTitleBoxVisible(false);
        styler.setAntiAlias(true);
        styler.setLocale(Locale.ROOT);
        styler.setMarkerSize(PlotSeries.DEFAULT_MARKER_SIZE_PX);
        Axis x = plot.xAxis();
        Axis y = plot.yAxis();
        styler.setXAxisLogarithmic(x.logScale());
        styler.setYAxisLogarithmic(y.logScale());
        x.range().ifPresent(r -> {
            styler.setXAxisMin(x.inverted() ? -r.max() : r.min());
            styler.setXAxisMax(x.inverted() ? -r.min() : r.max());
        });
        y.range().ifPresent(r -> {
            styler.setYAxisMin(y.inverted() ? -r.max() : r.min());
            styler.setYAxisMax(y.inverted() ? -r.min() : r.max());
        });
        if (!x.logScale()) {
            styler.setxAxisTickLabelsFormattingFunction(v -> tickLabel(x.inverted() ? -v : v));
        }
        if (!y.logScale()) {
            styler.setyAxisTickLabelsFormattingFunction(v -> tickLabel(y.inverted() ? -v : v));
        }
    }

    private static void addSeries(XYChart chart, PlotSeries s, Plot plot) {
        double[] x = drawn(s.x(), plot.xAxis());
        double[] y = drawn(s.y(), plot.yAxis());
        XYSeries series = chart.addSeries(s.name(), x, y);
        Color colour = awt(s.colour());
        if (s.lineWidthPx() > 0) {
            series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            series.setLineColor(colour);
            series.setLineStyle(new BasicStroke((float) s.lineWidthPx()));
        } else {
            series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        }
        series.setMarker(s.marker() == MarkerShape.NONE ? SeriesMarkers.NONE : new SizedMarker(s.marker(),
                s.markerSizePx()));
        series.setMarkerColor(colour);
    }

    /**
     * Error bars as one line series of segments separated by NaN (XChart breaks lines there), not in the legend,
     * drawn under the markers.
     */
    private static void addErrorBars(XYChart chart, PlotSeries s, Plot plot) {
        ErrorBars e = s.errorBars();
        if (e.isEmpty()) {
            return;
        }
        int n = s.size();
        double[] x = new double[3 * n];
        double[] y = new double[3 * n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            double lo = Double.isFinite(e.below(i)) ? s.y(i) - e.below(i) : s.y(i);
            double hi = Double.isFinite(e.above(i)) ? s.y(i) + e.above(i) : s.y(i);
            if (!(hi > lo)) {
                continue;
            }
            x[k] = s.x(i);
            y[k++] = lo;
            x[k] = s.x(i);
            y[k++] = hi;
            x[k] = Double.NaN;
            y[k++] = Double.NaN;
        }
        if (k == 0) {
            return;
        }
        XYSeries bars = chart.addSeries(s.name() + " (errors)", drawn(Arrays.copyOf(x, k), plot.xAxis()),
                drawn(Arrays.copyOf(y, k), plot.yAxis()));
        bars.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        bars.setMarker(SeriesMarkers.NONE);
        bars.setLineColor(awt(s.colour().withAlpha(Math.min(s.colour().alpha(), 140))));
        bars.setLineStyle(new BasicStroke(1f));
        bars.setShowInLegend(false);
    }

    /** Values as drawn: negated on an inverted axis. */
    private static double[] drawn(double[] values, Axis axis) {
        if (!axis.inverted()) {
            return values;
        }
        double[] negated = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            negated[i] = -values[i];
        }
        return negated;
    }

    /** Tick labels without digit grouping (HMJD 58200, not 58,200); small values in scientific notation. */
    static String tickLabel(double value) {
        if (value == 0) {
            return "0";   // never "-0"
        }
        String pattern = Math.abs(value) >= 1e-3 ? "0.###" : "0.##E0";
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
    }

    static Color awt(Colour c) {
        return new Color(c.red(), c.green(), c.blue(), c.alpha());
    }
}
