package org.ztfkit.progress;

import java.time.Duration;
import java.util.Objects;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.vo.JobStatus;
import org.ztfkit.vo.TapProgress;

/**
 * A progress bar for a long operation: it updates in place in a notebook (the kernel extension installs the
 * display) and prints a few lines elsewhere. Thread-safe; updates to the display are throttled to one every
 * {@value #MIN_UPDATE_INTERVAL_MS} ms, except status changes and the end.
 *
 * <pre>{@code
 * try (Progress p = Progress.start("light curves", oids.size())) {
 *     for (long oid : oids) { ztf.object(oid).lightCurve(); p.step(); }
 * }
 * tap.submit(adql).await(Progress.start("Gaia query"));        // a TapProgress: shows the job's phase
 * Features.extract(curves, set, Progress.start("features", curves.size())::update);   // (done, total)
 * }</pre>
 */
public final class Progress implements TapProgress, AutoCloseable {
    /** Shortest interval between two display updates, milliseconds. */
    public static final long MIN_UPDATE_INTERVAL_MS = 100;

    private static volatile ProgressDisplay display = ProgressDisplay.TEXT;

    private final String task;
    private final long startNanos = System.nanoTime();
    private final ProgressDisplay.View view;
    private long done;
    private long total;
    private String status = "";
    private boolean finished;
    private long lastShownNanos = startNanos;

    private Progress(String task, long total) {
        if (task == null || task.isBlank()) {
            throw InvalidInputException.of("progress task", "a short description", task, "e.g. \"features\"");
        }
        if (total < 0) {
            throw InvalidInputException.of("progress total", "≥ 0 (0 when unknown)", total, "");
        }
        this.task = task;
        this.total = total;
        this.view = display.show(state());
    }

    /** A bar for {@code total} steps, shown now. */
    public static Progress start(String task, long total) {
        return new Progress(task, total);
    }

    /** A bar whose number of steps is unknown (it shows status words, such as a TAP job's phase). */
    public static Progress start(String task) {
        return new Progress(task, 0);
    }

    /** Where new bars are shown; kernel bindings call this when they install. */
    public static void useDisplay(ProgressDisplay newDisplay) {
        display = Objects.requireNonNull(newDisplay);
    }

    /** The display new bars use ({@link ProgressDisplay#TEXT} unless a kernel binding installed one). */
    public static ProgressDisplay display() {
        return display;
    }

    /** One more step done. */
    public synchronized void step() {
        update(done + 1);
    }

    /** {@code done} steps done so far. */
    public synchronized void update(long newDone) {
        done = newDone;
        show(false);
    }

    /** {@code done} of {@code total} done: the shape of bulk listeners such as the feature extractor's. */
    public synchronized void update(int newDone, int newTotal) {
        total = newTotal;
        update(newDone);
    }

    /** A TAP job's status: its phase becomes the status word; a final phase ends the bar. */
    @Override
    public synchronized void update(JobStatus jobStatus) {
        status = jobStatus.phase().toString();
        if (jobStatus.phase().isFinal()) {
            finish();
        } else {
            show(true);
        }
    }

    /** Ends the bar (idempotent). */
    public synchronized void finish() {
        if (!finished) {
            finished = true;
            show(true);
        }
    }

    /** {@link #finish()}, for try-with-resources. */
    @Override
    public void close() {
        finish();
    }

    /** The bar's state now. */
    public synchronized ProgressState state() {
        return new ProgressState(task, done, total, status, Duration.ofNanos(System.nanoTime() - startNanos),
                finished);
    }

    private void show(boolean always) {
        long now = System.nanoTime();
        if (always || now - lastShownNanos >= MIN_UPDATE_INTERVAL_MS * 1_000_000 || (total > 0 && done >= total)) {
            lastShownNanos = now;
            view.update(state());
        }
    }

    @Override
    public String toString() {
        return "Progress[" + state() + "]";
    }
}
