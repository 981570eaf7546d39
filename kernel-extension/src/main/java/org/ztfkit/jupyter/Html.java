package org.ztfkit.jupyter;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Base64;

/** Small helpers for the HTML the displays write: escaping, numbers, an inline PNG. */
final class Html {
    /** Styles shared by every ztfkit table, inline so they survive notebook sanitisers and nbconvert. */
    static final String TABLE_STYLE = "border-collapse:collapse;font-size:12px;font-family:sans-serif";
    static final String CELL_STYLE = "padding:2px 8px;border-bottom:1px solid #e4e4e4;text-align:right";
    static final String HEAD_STYLE = "padding:2px 8px;border-bottom:1px solid #999;text-align:right;"
            + "vertical-align:bottom";

    private Html() {
    }

    static String escape(Object value) {
        String s = String.valueOf(value);
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** A number for a table cell: up to eight significant digits, no trailing zeros (0.1 mas at RA 250°). */
    static String number(double value) {
        if (!Double.isFinite(value)) {
            return Double.isNaN(value) ? "" : value > 0 ? "∞" : "−∞";
        }
        return new BigDecimal(value).round(new MathContext(8)).stripTrailingZeros().toPlainString();
    }

    /** A cell value: numbers via {@link #number(double)}, the rest escaped. */
    static String cell(Object value) {
        if (value instanceof Double d) {
            return number(d);
        }
        if (value instanceof Float f) {
            return number(f);
        }
        return escape(value);
    }

    /** An {@code <img>} with the PNG inline, shown at its pixel size. */
    static String img(byte[] png, int widthPx, int heightPx, String alt) {
        return "<img alt=\"" + escape(alt) + "\" width=\"" + widthPx + "\" height=\"" + heightPx
                + "\" src=\"data:image/png;base64," + Base64.getEncoder().encodeToString(png) + "\"/>";
    }
}
