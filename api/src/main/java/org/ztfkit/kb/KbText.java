package org.ztfkit.kb;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.ztfkit.html.Html;

/** How knowledge-base values read as text and HTML; user text is always escaped before it reaches HTML. */
final class KbText {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private KbText() {
    }

    /** The first {@code max} characters of a text on one line, with an ellipsis when cut. */
    static String preview(String text, int max) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
    }

    /** A time to the second, e.g. {@code 2021-03-01 12:00:00 UTC}. */
    static String time(Instant t) {
        return TIME.format(t);
    }

    /** Tag names as one field: space-separated (tag names never contain spaces). */
    static String tags(List<String> names) {
        return String.join(" ", names);
    }

    /** Text made safe inside HTML elements and attribute values. */
    static String html(String text) {
        return Html.escape(text);
    }

    /** A simple HTML table; cells are given as HTML (escape user text with {@link #html} first). */
    static String htmlTable(String cssClass, String caption, List<String> headers, List<List<String>> rows) {
        return Html.table(cssClass, caption, headers, rows);
    }

    /** A description as HTML: escaped, line breaks kept. */
    static String htmlDescription(String description) {
        return "<span style=\"white-space:pre-wrap\">" + html(description) + "</span>";
    }
}
