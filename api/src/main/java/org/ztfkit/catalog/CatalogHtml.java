package org.ztfkit.catalog;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;

/** HTML pieces for catalog values; every text from a catalog is escaped before it reaches the page. */
final class CatalogHtml {
    private CatalogHtml() {
    }

    /** Text made safe inside HTML elements and attribute values. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    /** A link that opens in a new tab; {@code text} is escaped here. */
    static String link(String url, String text) {
        return "<a href=\"" + escape(url) + "\" target=\"_blank\" rel=\"noopener\">" + escape(text) + "</a>";
    }

    /** A table with escaped headers; cells are HTML already. */
    static String table(String caption, List<String> headers, List<List<String>> rows) {
        StringBuilder out = new StringBuilder("<table class=\"ztfkit-xmatch\">");
        out.append("<caption style=\"text-align:left\">").append(caption).append("</caption><thead><tr>");
        headers.forEach(h -> out.append("<th style=\"text-align:left\">").append(escape(h)).append("</th>"));
        out.append("</tr></thead><tbody>");
        for (List<String> row : rows) {
            out.append("<tr>");
            row.forEach(c -> out.append("<td style=\"text-align:left;vertical-align:top\">").append(c).append("</td>"));
            out.append("</tr>");
        }
        return out.append("</tbody></table>").toString();
    }

    /** A value as table text: numbers without needless digits. */
    static String format(Object value) {
        if (value instanceof Double d && Double.isFinite(d)) {
            double a = Math.abs(d);
            return a != 0 && (a < 1e-3 || a >= 1e7) ? String.format(Locale.ROOT, "%.4e", d)
                    : new BigDecimal(d).round(new MathContext(6)).stripTrailingZeros().toPlainString();
        }
        return String.valueOf(value);
    }
}
