package org.ztfkit.jupyter;

import java.util.Locale;
import java.util.Map;
import org.ztfkit.ZtfObject;
import org.ztfkit.lightcurve.LightCurve;
import org.ztfkit.sky.GalacticPosition;
import org.ztfkit.source.ObjectMeta;

/**
 * The object card: what the data release says about the object, its light curve (plot and per-band summary), the
 * object summary and links, as one HTML block.
 */
final class ObjectCard {
    static final int PLOT_WIDTH_PX = 560;
    static final int PLOT_HEIGHT_PX = 360;

    private ObjectCard() {
    }

    static MimeBundle bundle(ZtfObject obj) {
        ObjectMeta meta = obj.meta();
        LightCurve lc = obj.lightCurve();
        String plot = lc.isEmpty() ? "<p>no good epochs to plot</p>"
                : Html.img(lc.plot().title("").size(PLOT_WIDTH_PX, PLOT_HEIGHT_PX).toPng(), PLOT_WIDTH_PX,
                        PLOT_HEIGHT_PX, "light curve of " + meta.oid());
        // A table, not flexbox: it lays out the same in JupyterLab, the classic Notebook, nbconvert and on GitHub.
        String html = "<div style=\"font-family:sans-serif;font-size:13px;border:1px solid #d0d0d0;border-radius:6px;"
                + "padding:10px 12px;display:inline-block\">"
                + "<div style=\"font-size:16px;font-weight:bold\">ZTF " + meta.oid() + " <span style=\"font-weight:"
                + "normal;color:#555\">· " + Html.escape(meta.dr()) + " · " + Html.escape(meta.filter())
                + "</span></div>"
                + "<table style=\"border-collapse:collapse;margin-top:6px\"><tr>"
                + "<td style=\"vertical-align:top;padding:0 16px 0 0\">" + facts(meta)
                + "<div style=\"margin-top:8px\"><a href=\"" + Html.escape(obj.viewerUrl())
                + "\" target=\"_blank\">SNAD ZTF Viewer</a></div></td>"
                + "<td style=\"vertical-align:top;padding:0\">" + plot + "</td></tr></table>"
                + "<div style=\"margin-top:6px\">" + LightCurveView.summary(lc) + "</div>"
                + "<div style=\"margin-top:6px\">" + summary(obj) + "</div></div>";
        return MimeBundle.text(obj).withHtml(html);
    }

    /**
     * The object's summary (names, types, periods, distances, colours, broker links), or why there is none. Online it
     * asks 14 catalogs and the brokers, so the card, shown whenever the object is, leaves that to an explicit call.
     */
    private static String summary(ZtfObject obj) {
        if (obj.isOnline()) {
            return "<p style=\"color:#555\">obj.summary() asks the catalogs and brokers for names, types, periods and "
                    + "distances</p>";
        }
        try {
            return obj.summary().toHtml();
        } catch (RuntimeException e) {
            return "<p style=\"color:#555\">summary unavailable: " + Html.escape(String.valueOf(e.getMessage())) + "</p>";
        }
    }

    /**
     * The metadata ({@link ObjectMeta#toMap()}) as a short two-column table: position in three notations, where on
     * the camera, how many epochs over how long, and the short-window figures when the release has them.
     */
    static String facts(ObjectMeta meta) {
        Map<String, Object> m = meta.toMap();
        GalacticPosition g = meta.position().galactic();
        StringBuilder sb = new StringBuilder("<table style=\"border-collapse:collapse\">");
        row(sb, "RA, Dec", String.format(Locale.ROOT, "%.6f°, %+.6f°", (Double) m.get("ra"), (Double) m.get("dec")));
        row(sb, "", String.valueOf(m.get("coord")));
        row(sb, "l, b", String.format(Locale.ROOT, "%.5f°, %+.5f°", g.l(), g.b()));
        row(sb, "field", m.get("fieldid") + ", CCD " + m.get("ccdid") + ", quadrant " + m.get("qid") + " (rcid "
                + m.get("rcid") + ")");
        row(sb, "epochs", m.get("ngoodobs") + " good of " + m.get("nobs") + ", over "
                + String.format(Locale.ROOT, "%.1f d", (Double) m.get("duration")));
        if (m.containsKey("ngoodobs_short")) {
            row(sb, "short window", m.get("ngoodobs_short") + " good, over "
                    + String.format(Locale.ROOT, "%.1f d", (Double) m.get("duration_short")));
        }
        return sb.append("</table>").toString();
    }

    private static void row(StringBuilder sb, String label, String value) {
        sb.append("<tr><td style=\"padding:1px 10px 1px 0;color:#555;white-space:nowrap\">")
                .append(Html.escape(label)).append("</td><td style=\"padding:1px 0;white-space:nowrap\">")
                .append(Html.escape(value)).append("</td></tr>");
    }

    /** {@link ObjectMeta} alone: the same facts table. */
    static MimeBundle bundle(ObjectMeta meta) {
        return MimeBundle.text(meta).withHtml("<div style=\"font-family:sans-serif;font-size:13px\">" + facts(meta)
                + "</div>");
    }
}
