package org.ztfkit.progress;

import java.io.PrintStream;

/** Progress as text lines: at the start, at every further 10 %, on each status change, and at the end. */
final class TextProgressDisplay implements ProgressDisplay {
    private final PrintStream out;

    TextProgressDisplay(PrintStream out) {
        this.out = out;
    }

    @Override
    public View show(ProgressState first) {
        out.println(first);
        return new View() {
            private int lastDecile = decile(first);
            private String lastStatus = first.status();

            @Override
            public void update(ProgressState state) {
                int decile = decile(state);
                if (state.finished() || decile > lastDecile || !state.status().equals(lastStatus)) {
                    out.println(state);
                    lastDecile = decile;
                    lastStatus = state.status();
                }
            }
        };
    }

    private static int decile(ProgressState s) {
        return (int) Math.floor(10 * s.fraction());
    }
}
