package org.ztfkit.jupyter;

import org.ztfkit.features.Features;

/** Feature values as a name → value list in three columns, or why the extraction failed. */
final class FeaturesView {
    private FeaturesView() {
    }

    static MimeBundle bundle(Features f) {
        StringBuilder sb = new StringBuilder("<div style=\"font-family:sans-serif;font-size:12px\">");
        if (!f.id().isEmpty()) {
            sb.append("<b>").append(Html.escape(f.id())).append("</b> ");
        }
        sb.append(f.size()).append(" features");
        f.failure().ifPresent(why -> sb.append(" — <span style=\"color:#b00\">failed: ").append(Html.escape(why))
                .append("</span>"));
        sb.append("<div style=\"column-count:3;column-gap:24px;margin-top:4px\">");
        double[] values = f.values();
        for (int i = 0; i < values.length; i++) {
            sb.append("<div><span style=\"color:#555\">").append(Html.escape(f.names().get(i)))
                    .append("</span> ").append(Html.number(values[i])).append("</div>");
        }
        return MimeBundle.text(f).withHtml(sb.append("</div></div>").toString());
    }
}
