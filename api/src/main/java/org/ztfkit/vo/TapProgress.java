package org.ztfkit.vo;

/**
 * Receives the status of an asynchronous TAP job after every poll, on the thread that waits. A notebook progress
 * display implements it; it must return quickly. To stop the job from a listener or another thread, call
 * {@link TapJob#cancel()}.
 *
 * <pre>{@code
 * VoTable rows = tap.submit(adql).await(status -> System.out.println(status));
 * }</pre>
 */
@FunctionalInterface
public interface TapProgress {
    /** Reports nothing. */
    TapProgress NONE = status -> { };

    void update(JobStatus status);
}
