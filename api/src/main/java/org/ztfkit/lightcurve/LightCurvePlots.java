package org.ztfkit.lightcurve;

import static org.ztfkit.lightcurve.LightCurveColumns.BAND;
import static org.ztfkit.lightcurve.LightCurveColumns.IS_UPPER_LIMIT;
import static org.ztfkit.lightcurve.LightCurveColumns.OID;
import static org.ztfkit.lightcurve.LightCurveColumns.PHASE;
import static org.ztfkit.lightcurve.LightCurveColumns.SOURCE;
import static org.ztfkit.lightcurve.LightCurveColumns.TIME;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.ztfkit.model.Band;
import org.ztfkit.model.PhotometrySource;
import org.ztfkit.plot.Axis;
import org.ztfkit.plot.Colour;
import org.ztfkit.plot.ErrorBars;
import org.ztfkit.plot.MarkerShape;
import org.ztfkit.plot.Plot;
import org.ztfkit.plot.PlotSeries;
import org.ztfkit.plot.PlotStyle;
import org.ztfkit.plot.Range;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Builds the plot specifications of light curves, styled as the SNAD Viewer (external-services.md §16.6): one
 * series per passband and kind of point, y from the light curve's representation, magnitudes inverted.
 */
final class LightCurvePlots {
    /** The x-axis label of time plots: the light-curve time axis and its scale. */
    static final String TIME_LABEL = "HMJD (UTC, mid-exposure)";
    /** Points with an error this large (mag) are drawn but do not widen the y range, as in the Viewer. */
    static final double RANGE_ERROR_LIMIT_MAG = 1.0;

    private LightCurvePlots() {
    }

    /** What a point is, in legend and drawing order within a passband. */
    private enum Role {
        TARGET("", MarkerShape.CIRCLE, PlotStyle.TARGET_SIZE_PX),
        NEIGHBOURS(" neighbours", MarkerShape.SQUARE, PlotStyle.NEIGHBOUR_SIZE_PX),
        ALERTS(" alerts", MarkerShape.TRIANGLE_UP, PlotStyle.ALERT_SIZE_PX),
        UPPER_LIMITS(" upper limits", MarkerShape.TRIANGLE_DOWN, PlotStyle.UPPER_LIMIT_SIZE_PX),
        EXTERNAL("", MarkerShape.DIAMOND, PlotStyle.EXTERNAL_SIZE_PX);

        final String suffix;
        final MarkerShape marker;
        final int sizePx;

        Role(String suffix, MarkerShape marker, int sizePx) {
            this.suffix = suffix;
            this.marker = marker;
            this.sizePx = sizePx;
        }
    }

    /** Points of one series while they are collected. */
    private static final class Points {
        final List<double[]> rows = new ArrayList<>();   // x, y, below, above

        void add(double x, double y, double below, double above) {
            rows.add(new double[] {x, y, below, above});
        }

        double[] column(int k) {
            return rows.stream().mapToDouble(r -> r[k]).toArray();
        }
    }

    /** The time plot: brightness against HMJD. */
    static Plot timePlot(LightCurve lc, Optional<String> targetOid) {
        Table rows = lc.table();
        Representation r = lc.representation();
        List<PlotSeries> series = series(rows, rows.doubleColumn(TIME), r, targetOid, new double[] {0});
        return Plot.of(rows.name(), Axis.of(TIME_LABEL), yAxis(series, r), series);
    }

    /**
     * The phase plot: each point drawn at {@code phase + k} for {@code k = −1 … cycles}, kept within the x range
     * {@code [−0.1, cycles + 0.1]} (the Viewer's folded figures).
     */
    static Plot phasePlot(FoldedLightCurve folded, int cycles) {
        Table rows = folded.table();
        Representation r = folded.representation();
        double[] shifts = new double[cycles + 2];
        for (int k = 0; k < shifts.length; k++) {
            shifts[k] = k - 1;
        }
        Range phaseRange = new Range(-0.1, cycles + 0.1);
        List<PlotSeries> series = series(rows, rows.doubleColumn(PHASE), r, Optional.empty(), shifts).stream()
                .map(s -> keepWithin(s, phaseRange)).filter(s -> s.size() > 0).toList();
        String title = folded.lightCurve().table().name() + ", P = " + PlotStyle.number(folded.periodDays()) + " days";
        return Plot.of(title, Axis.of("phase").withRange(phaseRange.min(), phaseRange.max()), yAxis(series, r),
                series);
    }

    private static List<PlotSeries> series(Table rows, DoubleColumn x, Representation r, Optional<String> targetOid,
            double[] xShifts) {
        StringColumn band = rows.stringColumn(BAND);
        StringColumn source = rows.stringColumn(SOURCE);
        StringColumn oid = rows.stringColumn(OID);
        BooleanColumn upper = rows.booleanColumn(IS_UPPER_LIMIT);
        DoubleColumn y = rows.doubleColumn(r.valueColumn());
        DoubleColumn below = rows.doubleColumn(r.lowerErrorColumn());
        DoubleColumn above = rows.doubleColumn(r.upperErrorColumn());
        Map<Integer, Points> groups = new TreeMap<>();   // key: band ordinal × roles + role ordinal
        for (int i = 0; i < rows.rowCount(); i++) {
            double xi = x.getDouble(i);
            double yi = y.getDouble(i);
            if (!Double.isFinite(xi) || !Double.isFinite(yi)) {
                continue;   // e.g. a difference magnitude of +∞: the Viewer does not draw it either
            }
            Band b = Band.of(band.get(i));
            Role role = role(PhotometrySource.of(source.get(i)), upper.get(i), oid.get(i), targetOid);
            Points points = groups.computeIfAbsent(b.ordinal() * Role.values().length + role.ordinal(),
                    k -> new Points());
            double lo = role == Role.UPPER_LIMITS ? Double.NaN : below.getDouble(i);
            double hi = role == Role.UPPER_LIMITS ? Double.NaN : above.getDouble(i);
            for (double shift : xShifts) {
                points.add(xi + shift, yi, lo, hi);
            }
        }
        List<PlotSeries> series = new ArrayList<>();
        groups.forEach((key, points) -> {
            Band b = Band.values()[key / Role.values().length];
            Role role = Role.values()[key % Role.values().length];
            Colour colour = role == Role.ALERTS ? PlotStyle.alertColour(b) : PlotStyle.colour(b);
            PlotSeries s = PlotSeries.points(b.id() + role.suffix, points.column(0), points.column(1))
                    .withMarker(role.marker, role.sizePx).withColour(colour.withAlpha(PlotStyle.MARKER_ALPHA));
            if (role != Role.UPPER_LIMITS) {
                s = s.withErrorBars(ErrorBars.of(points.column(2), points.column(3)));
            }
            series.add(s);
        });
        return series;
    }

    private static Role role(PhotometrySource source, boolean upperLimit, String oid, Optional<String> targetOid) {
        if (upperLimit) {
            return Role.UPPER_LIMITS;
        }
        return switch (source) {
            case ZTF_DR -> targetOid.isEmpty() || targetOid.get().equals(oid) ? Role.TARGET : Role.NEIGHBOURS;
            case ZTF_ALERT -> Role.ALERTS;
            case PS1, GAIA -> Role.EXTERNAL;
        };
    }

    /**
     * The y axis: the representation's label, inverted for magnitudes, and a range padded by 10 % of the span of
     * the drawn values, ignoring magnitudes whose error reaches {@value #RANGE_ERROR_LIMIT_MAG} mag (unless that
     * leaves nothing); fluxes start at {@code min(0, lowest)}.
     */
    private static Axis yAxis(List<PlotSeries> series, Representation r) {
        Axis axis = Axis.of(r.axisLabel());
        if (r.isMagnitude()) {
            axis = axis.invert();
        }
        double[] all = span(series, Double.POSITIVE_INFINITY);
        double[] kept = r.isMagnitude() ? span(series, RANGE_ERROR_LIMIT_MAG) : all;
        double[] lohi = Double.isFinite(kept[0]) ? kept : all;
        if (!Double.isFinite(lohi[0])) {
            return axis;   // nothing drawn: the renderer picks a range
        }
        double lo = r.isMagnitude() ? lohi[0] : Math.min(0, lohi[0]);
        double hi = lohi[1];
        double pad = hi > lo ? 0.1 * (hi - lo) : Math.max(Math.abs(hi) * 0.1, r.isMagnitude() ? 0.5 : 1e-9);
        return axis.withRange(r.isMagnitude() || lo < 0 ? lo - pad : lo, hi + pad);
    }

    /** Lowest and highest y over points whose error bars are shorter than {@code maxError} (no bar counts). */
    private static double[] span(List<PlotSeries> series, double maxError) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (PlotSeries s : series) {
            ErrorBars e = s.errorBars();
            for (int i = 0; i < s.size(); i++) {
                if (!e.isEmpty() && (e.below(i) >= maxError || e.above(i) >= maxError)) {
                    continue;
                }
                lo = Math.min(lo, s.y(i));
                hi = Math.max(hi, s.y(i));
            }
        }
        return new double[] {lo, hi};
    }

    private static PlotSeries keepWithin(PlotSeries s, Range xRange) {
        List<Integer> keep = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (xRange.contains(s.x(i))) {
                keep.add(i);
            }
        }
        double[] x = keep.stream().mapToDouble(s::x).toArray();
        double[] y = keep.stream().mapToDouble(s::y).toArray();
        PlotSeries kept = PlotSeries.points(s.name(), x, y).withMarker(s.marker(), s.markerSizePx())
                .withColour(s.colour());
        if (s.errorBars().isEmpty()) {
            return kept;
        }
        double[] below = keep.stream().mapToDouble(i -> s.errorBars().below(i)).toArray();
        double[] above = keep.stream().mapToDouble(i -> s.errorBars().above(i)).toArray();
        return kept.withErrorBars(ErrorBars.of(below, above));
    }
}
