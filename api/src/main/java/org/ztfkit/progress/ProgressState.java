package org.ztfkit.progress;

import java.time.Duration;
import java.util.Locale;

/**
 * One moment of a long operation, as a display shows it.
 *
 * <pre>{@code
 * progress.state();   // "features 40/100 (40%), 3.2 s"
 * }</pre>
 *
 * @param task     what is running, e.g. {@code "features"}
 * @param done     steps finished
 * @param total    steps in all; 0 when unknown (a TAP job reports phases, not steps)
 * @param status   the latest status word (a TAP job's phase), or empty
 * @param elapsed  time since the operation started
 * @param finished true once the operation has ended
 */
public record ProgressState(String task, long done, long total, String status, Duration elapsed, boolean finished) {
    /** Fraction done in [0, 1]; 1 when finished; empty progress (0) when the total is unknown. */
    public double fraction() {
        if (finished) {
            return 1.0;
        }
        return total > 0 ? Math.min(1.0, (double) done / total) : 0.0;
    }

    /** True when the number of steps is known. */
    public boolean hasTotal() {
        return total > 0;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(task);
        if (finished) {
            sb.append(" done:");
        }
        if (hasTotal()) {
            sb.append(String.format(Locale.ROOT, " %d/%d (%.0f%%)", done, total, 100 * fraction()));
        }
        if (!status.isEmpty()) {
            sb.append(' ').append(status);
        }
        sb.append(String.format(Locale.ROOT, finished ? " in %.1f s" : ", %.1f s", elapsed.toMillis() / 1000.0));
        return sb.toString();
    }
}
