package org.ztfkit.progress;

/**
 * Where progress is shown. Outside notebooks, {@link #TEXT} prints lines to standard error; a notebook kernel
 * binding (ztfkit-kernel-extension) installs a display that updates one bar in place with
 * {@link Progress#useDisplay(ProgressDisplay)}.
 */
public interface ProgressDisplay {
    /** Lines on standard error: at the start, at every further 10 %, on each status change, and at the end. */
    ProgressDisplay TEXT = new TextProgressDisplay(System.err);

    /** Shows a new bar in its first state; the returned view receives the later states. */
    View show(ProgressState first);

    /** One shown bar. */
    interface View {
        void update(ProgressState state);
    }
}
