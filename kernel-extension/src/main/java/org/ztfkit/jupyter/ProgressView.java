package org.ztfkit.jupyter;

import java.util.Locale;
import org.ztfkit.progress.ProgressState;

/** A progress bar: an HTML {@code <progress>} with the task and counts; indeterminate when the total is unknown. */
final class ProgressView {
    private ProgressView() {
    }

    static MimeBundle bundle(ProgressState s) {
        String bar = s.hasTotal() || s.finished()
                ? String.format(Locale.ROOT, "<progress value=\"%.4f\" max=\"1\" style=\"width:320px\"></progress>",
                        s.fraction())
                : "<progress style=\"width:320px\"></progress>";
        return MimeBundle.text(s).withHtml("<div style=\"font-family:sans-serif;font-size:13px\">" + bar + " "
                + Html.escape(s) + "</div>");
    }
}
