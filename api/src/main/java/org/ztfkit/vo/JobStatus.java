package org.ztfkit.vo;

import java.time.Duration;

/**
 * One observation of a running TAP job, handed to a {@link TapProgress} after every poll.
 *
 * <pre>{@code
 * job.await(status -> System.out.println(status));   // "job 42: EXECUTING after 3 s (4 polls)"
 * }</pre>
 *
 * @param jobId   the job's UWS identifier
 * @param phase   its phase at this poll
 * @param elapsed time since {@code await} started
 * @param polls   number of phase requests so far, this one included
 */
public record JobStatus(String jobId, JobPhase phase, Duration elapsed, int polls) {
    @Override
    public String toString() {
        return "job " + jobId + ": " + phase + " after " + elapsed.toSeconds() + " s (" + polls
                + (polls == 1 ? " poll)" : " polls)");
    }
}
