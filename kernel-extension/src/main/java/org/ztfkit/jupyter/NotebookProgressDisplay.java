package org.ztfkit.jupyter;

import org.ztfkit.progress.ProgressDisplay;
import org.ztfkit.progress.ProgressState;

/** Progress bars that update in place: one display per bar, updated through its display id. */
public final class NotebookProgressDisplay implements ProgressDisplay {
    private final NotebookOutput output;

    /** Bars shown and updated through a kernel's display calls. */
    public NotebookProgressDisplay(NotebookOutput output) {
        this.output = output;
    }

    @Override
    public View show(ProgressState first) {
        String id = output.display(first);
        return state -> output.update(id, state);
    }
}
