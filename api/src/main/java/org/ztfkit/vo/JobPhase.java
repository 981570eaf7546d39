package org.ztfkit.vo;

import java.util.Locale;
import java.util.Optional;

/**
 * The execution phase of an asynchronous (UWS) TAP job.
 *
 * <pre>{@code
 * JobPhase p = job.phase();
 * if (p.isFinal()) { … }
 * }</pre>
 */
public enum JobPhase {
    PENDING, QUEUED, EXECUTING, COMPLETED, ERROR, ABORTED, UNKNOWN, HELD, SUSPENDED, ARCHIVED;

    /** True when the job will not change any more: completed, failed, aborted or archived. */
    public boolean isFinal() {
        return this == COMPLETED || this == ERROR || this == ABORTED || this == ARCHIVED;
    }

    /** The phase named by a UWS document or {@code /phase} answer; empty for a word UWS does not define. */
    static Optional<JobPhase> parse(String text) {
        try {
            return Optional.of(valueOf(text.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
