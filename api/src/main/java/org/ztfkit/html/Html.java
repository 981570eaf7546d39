package org.ztfkit.html;

import java.util.List;

/**
 * The HTML pieces ztfkit values use in their {@code toHtml()}: escaping, links and simple tables. Text from data
 * (catalog names, user descriptions) is always escaped before it reaches a page.
 *
 * <pre>{@code
 * Html.escape("a <b> & c");                                   // a &lt;b&gt; &amp; c
 * Html.link("https://example.org/?a=1&b=2", "record");         // <a href="…&amp;b=2" target="_blank" …>record</a>
 * Html.table("ztfkit-x", "caption", List.of("h1"), List.of(List.of("cell")));
 * }</pre>
 */
public final class Html {
    private Html() {
    }

    /** Text made safe inside HTML elements and attribute values. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A link that opens in a new tab; {@code text} is escaped here. */
    public static String link(String url, String text) {
        return "<a href=\"" + escape(url) + "\" target=\"_blank\" rel=\"noopener\">" + escape(text) + "</a>";
    }

    /**
     * A table with left-aligned cells, escaped headers and a caption; the cells and the caption are HTML already
     * (escape data with {@link #escape} first). No caption when it is empty.
     */
    public static String table(String cssClass, String caption, List<String> headers, List<List<String>> rows) {
        StringBuilder out = new StringBuilder("<table class=\"").append(cssClass).append("\">");
        if (!caption.isEmpty()) {
            out.append("<caption style=\"text-align:left\">").append(caption).append("</caption>");
        }
        out.append("<thead><tr>");
        headers.forEach(h -> out.append("<th style=\"text-align:left\">").append(escape(h)).append("</th>"));
        out.append("</tr></thead><tbody>");
        for (List<String> row : rows) {
            out.append("<tr>");
            row.forEach(cell -> out.append("<td style=\"text-align:left;vertical-align:top\">").append(cell).append("</td>"));
            out.append("</tr>");
        }
        return out.append("</tbody></table>").toString();
    }
}
