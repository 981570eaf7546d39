package org.ztfkit.plot;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import org.ztfkit.errors.InvalidInputException;

/**
 * One named set of points of a plot and how to draw them: marker shape, size and colour, an optional line, and
 * error bars. Immutable: the arrays are copied in and out.
 *
 * <pre>{@code
 * PlotSeries.points("ztf_r", hmjd, mag).withMarker(MarkerShape.CIRCLE, 7).withColour(Colour.hex("#CC3344"))
 *           .withErrorBars(ErrorBars.symmetric(magerr));
 * PlotSeries.line("power", period, power).withColour(Colour.BLACK);
 * }</pre>
 */
public final class PlotSeries {
    /** Default marker size, pixels. */
    public static final int DEFAULT_MARKER_SIZE_PX = 6;

    private final String name;
    private final double[] x;
    private final double[] y;
    private final ErrorBars errorBars;
    private final MarkerShape marker;
    private final int markerSizePx;
    private final Colour colour;
    private final double lineWidthPx;

    private PlotSeries(String name, double[] x, double[] y, ErrorBars errorBars, MarkerShape marker,
            int markerSizePx, Colour colour, double lineWidthPx) {
        if (name == null || name.isBlank()) {
            throw InvalidInputException.of("series name", "a non-blank text", name, "name it after what it shows");
        }
        if (x.length != y.length) {
            throw InvalidInputException.of("series '" + name + "'", "x and y of the same length",
                    x.length + " and " + y.length, "");
        }
        if (!errorBars.isEmpty() && errorBars.size() != x.length) {
            throw InvalidInputException.of("error bars of series '" + name + "'", "one per point (" + x.length + ")",
                    errorBars.size(), "");
        }
        if (markerSizePx < 0 || lineWidthPx < 0 || !Double.isFinite(lineWidthPx)) {
            throw InvalidInputException.of("marker size and line width of '" + name + "'", "≥ 0",
                    markerSizePx + ", " + lineWidthPx, "");
        }
        if (marker == MarkerShape.NONE && lineWidthPx == 0) {
            throw InvalidInputException.of("series '" + name + "'", "drawn with a marker or a line", "neither",
                    "give a marker shape or a line width");
        }
        this.name = name;
        this.x = x;
        this.y = y;
        this.errorBars = Objects.requireNonNull(errorBars);
        this.marker = Objects.requireNonNull(marker);
        this.markerSizePx = markerSizePx;
        this.colour = Objects.requireNonNull(colour);
        this.lineWidthPx = lineWidthPx;
    }

    /** Unconnected points: black circles of the default size, no error bars. */
    public static PlotSeries points(String name, double[] x, double[] y) {
        return new PlotSeries(name, x.clone(), y.clone(), ErrorBars.NONE, MarkerShape.CIRCLE, DEFAULT_MARKER_SIZE_PX,
                Colour.BLACK, 0);
    }

    /** A 1-pixel black line through the points in order, no markers. */
    public static PlotSeries line(String name, double[] x, double[] y) {
        return new PlotSeries(name, x.clone(), y.clone(), ErrorBars.NONE, MarkerShape.NONE, 0, Colour.BLACK, 1);
    }

    /** The same series drawn with this marker ({@link MarkerShape#NONE} for a line only), size in pixels. */
    public PlotSeries withMarker(MarkerShape shape, int sizePx) {
        return new PlotSeries(name, x, y, errorBars, shape, sizePx, colour, lineWidthPx);
    }

    /** The same series in another colour (markers, line and error bars). */
    public PlotSeries withColour(Colour newColour) {
        return new PlotSeries(name, x, y, errorBars, marker, markerSizePx, newColour, lineWidthPx);
    }

    /** The same series with error bars, one per point ({@link ErrorBars#NONE} to remove them). */
    public PlotSeries withErrorBars(ErrorBars bars) {
        return new PlotSeries(name, x, y, bars, marker, markerSizePx, colour, lineWidthPx);
    }

    /** The same series with a line of this width joining the points (0: unconnected points). */
    public PlotSeries withLineWidth(double widthPx) {
        return new PlotSeries(name, x, y, errorBars, marker, markerSizePx, colour, widthPx);
    }

    /** The legend entry; unique within a plot. */
    public String name() {
        return name;
    }

    /** Number of points. */
    public int size() {
        return x.length;
    }

    /** A copy of the x values. */
    public double[] x() {
        return x.clone();
    }

    /** A copy of the y values. */
    public double[] y() {
        return y.clone();
    }

    /** The x value of point {@code i}. */
    public double x(int i) {
        return x[i];
    }

    /** The y value of point {@code i}. */
    public double y(int i) {
        return y[i];
    }

    /** Its error bars; {@link ErrorBars#NONE} when it has none. */
    public ErrorBars errorBars() {
        return errorBars;
    }

    /** The marker drawn at each point. */
    public MarkerShape marker() {
        return marker;
    }

    /** Marker size, pixels (0 with {@link MarkerShape#NONE}). */
    public int markerSizePx() {
        return markerSizePx;
    }

    /** The colour of markers, line and error bars. */
    public Colour colour() {
        return colour;
    }

    /** Width of the line joining the points, pixels; 0 for unconnected points. */
    public double lineWidthPx() {
        return lineWidthPx;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PlotSeries s && name.equals(s.name) && Arrays.equals(x, s.x) && Arrays.equals(y, s.y)
                && errorBars.equals(s.errorBars) && marker == s.marker && markerSizePx == s.markerSizePx
                && colour.equals(s.colour) && lineWidthPx == s.lineWidthPx;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, Arrays.hashCode(x), Arrays.hashCode(y), marker, colour);
    }

    @Override
    public String toString() {
        String style = marker == MarkerShape.NONE
                ? String.format(Locale.ROOT, "line %.3g px", lineWidthPx)
                : marker.name().toLowerCase(Locale.ROOT) + " " + markerSizePx + " px";
        return "PlotSeries['" + name + "' " + x.length + " points, " + style + " " + colour
                + (errorBars.isEmpty() ? "" : errorBars.isAsymmetric() ? ", asymmetric errors" : ", errors") + "]";
    }
}
