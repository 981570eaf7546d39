package org.ztfkit.jupyter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.ztfkit.lightcurve.FoldedLightCurve;
import org.ztfkit.lightcurve.LightCurve;
import org.ztfkit.lightcurve.LightCurveColumns;
import org.ztfkit.lightcurve.Representation;
import org.ztfkit.plot.Plot;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Light curves and folded light curves: the plot with a small per-band summary beside it. */
final class LightCurveView {
    static final int PLOT_WIDTH_PX = 600;
    static final int PLOT_HEIGHT_PX = 400;

    private LightCurveView() {
    }

    static MimeBundle bundle(LightCurve lc) {
        return MimeBundle.text(lc).withHtml(html(lc.plot(), lc));
    }

    static MimeBundle bundle(FoldedLightCurve folded) {
        return MimeBundle.text(folded).withHtml(html(folded.plot(), folded.lightCurve()));
    }

    private static String html(Plot plot, LightCurve lc) {
        Plot sized = plot.size(PLOT_WIDTH_PX, PLOT_HEIGHT_PX);
        return "<table style=\"border-collapse:collapse\"><tr><td style=\"vertical-align:top;padding:0 12px 0 0\">"
                + Html.img(sized.toPng(), PLOT_WIDTH_PX, PLOT_HEIGHT_PX, plot.title())
                + "</td><td style=\"vertical-align:top;padding:0\">" + summary(lc) + "</td></tr></table>";
    }

    /**
     * Per passband: number of detections (and of upper limits, when there are any), first and last HMJD, and the
     * median, brightest and faintest value of the representation shown.
     */
    static String summary(LightCurve lc) {
        if (lc.isEmpty()) {
            return "<p style=\"font-family:sans-serif\">no epochs</p>";
        }
        Table t = lc.table();
        Representation r = lc.representation();
        StringColumn band = t.stringColumn(LightCurveColumns.BAND);
        String unit = r.axisLabel();
        boolean anyLimits = t.booleanColumn(LightCurveColumns.IS_UPPER_LIMIT).countTrue() > 0;
        StringBuilder sb = new StringBuilder("<table style=\"" + Html.TABLE_STYLE + "\"><thead><tr>");
        List<String> heads = new ArrayList<>(List.of("band", "detections", "first HMJD", "last HMJD",
                "median " + unit, (r.isMagnitude() ? "brightest " : "min ") + unit,
                (r.isMagnitude() ? "faintest " : "max ") + unit));
        if (anyLimits) {
            heads.add(2, "upper limits");
        }
        for (String h : heads) {
            sb.append("<th style=\"").append(Html.HEAD_STYLE).append("\">").append(Html.escape(h)).append("</th>");
        }
        sb.append("</tr></thead><tbody>");
        for (Map.Entry<String, Integer> e : lc.countsByBand().entrySet()) {
            Table rows = t.where(band.isEqualTo(e.getKey()));
            double[] detected = rows.where(rows.booleanColumn(LightCurveColumns.IS_UPPER_LIMIT).isFalse())
                    .doubleColumn(r.valueColumn()).asDoubleArray();
            double[] finite = Arrays.stream(detected).filter(Double::isFinite).sorted().toArray();
            int limits = rows.booleanColumn(LightCurveColumns.IS_UPPER_LIMIT).countTrue();
            DoubleColumn times = rows.doubleColumn(LightCurveColumns.TIME);
            sb.append("<tr>");
            cell(sb, e.getKey());
            cell(sb, e.getValue() - limits);
            if (anyLimits) {
                cell(sb, limits);
            }
            cell(sb, Html.number(times.min()));
            cell(sb, Html.number(times.max()));
            cell(sb, finite.length == 0 ? "" : Html.number(median(finite)));
            cell(sb, finite.length == 0 ? "" : Html.number(finite[0]));
            cell(sb, finite.length == 0 ? "" : Html.number(finite[finite.length - 1]));
            sb.append("</tr>");
        }
        sb.append("</tbody></table>");
        return sb.toString();
    }

    private static void cell(StringBuilder sb, Object content) {
        sb.append("<td style=\"").append(Html.CELL_STYLE).append("\">").append(Html.escape(content)).append("</td>");
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
    }
}
