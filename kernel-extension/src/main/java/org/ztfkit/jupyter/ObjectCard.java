package org.ztfkit.jupyter;

import java.util.Locale;
import java.util.Map;
import org.ztfkit.ZtfObject;
import org.ztfkit.lightcurve.LightCurve;
import org.ztfkit.sky.GalacticPosition;
import org.ztfkit.source.ObjectMeta;

/**
 * The object card: what the data release says about the object, its light curve (plot and per-band summary) and
 * links, as one HTML block.
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
        String html = "<div style=\"font-family:sans-serif;font-size:13px;border:1px solid #d0d0d0;border-radius:6px;"
                + "padding:10px 12px;max-width:1000px\">"
                + "<div style=\"font-size:16px;font-weight:bold\">ZTF " + meta.oid() + " <span style=\"font-weight:"
                + "normal;color:#555\">" + Html.escape(meta.dr()) + " · " + Html.escape(meta.filter()) + " · field "
                + meta.fieldId() + " · rcid " + meta.rcid() + "</span></div>"
                + "<div style=\"display:flex;flex-wrap:wrap;gap:16px;align-items:flex-start;margin-top:8px\">"
                + "<div>" + facts(meta) + "<div style=\"margin-top:8px\"><a href=\"" + Html.escape(obj.viewerUrl())
                + "\" target=\"_blank\">SNAD ZTF Viewer</a></div></div>"
                + "<div>" + plot + "</div></div>"
                + "<div style=\"margin-top:6px\">" + LightCurveView.summary(lc) + "</div></div>";
        return MimeBundle.text(obj).withHtml(html);
    }

    /** The metadata as a two-column table in the Viewer's order, with units and the galactic position added. */
    static String facts(ObjectMeta meta) {
        StringBuilder sb = new StringBuilder("<table style=\"" + Html.TABLE_STYLE + "\">");
        for (Map.Entry<String, Object> e : meta.toMap().entrySet()) {
            row(sb, label(e.getKey()), value(e.getKey(), e.getValue()));
            if (e.getKey().equals("coord")) {
                GalacticPosition g = meta.position().galactic();
                row(sb, "l, b", String.format(Locale.ROOT, "%.5f, %.5f deg", g.l(), g.b()));
            }
        }
        return sb.append("</table>").toString();
    }

    private static String label(String key) {
        return switch (key) {
            case "ra" -> "RA";
            case "dec" -> "Dec";
            case "coord" -> "RA, Dec";
            case "duration", "duration_short" -> key + ", d";
            default -> key;
        };
    }

    private static String value(String key, Object v) {
        return switch (key) {
            case "ra", "dec" -> String.format(Locale.ROOT, "%.6f deg", ((Number) v).doubleValue());
            case "duration", "duration_short" -> String.format(Locale.ROOT, "%.1f", ((Number) v).doubleValue());
            default -> String.valueOf(v);
        };
    }

    private static void row(StringBuilder sb, String label, String value) {
        sb.append("<tr><td style=\"padding:1px 10px 1px 0;color:#555\">").append(Html.escape(label))
                .append("</td><td style=\"padding:1px 0\">").append(Html.escape(value)).append("</td></tr>");
    }

    /** {@link ObjectMeta} alone: the same facts table. */
    static MimeBundle bundle(ObjectMeta meta) {
        return MimeBundle.text(meta).withHtml("<div style=\"font-family:sans-serif;font-size:13px\">" + facts(meta)
                + "</div>");
    }
}
