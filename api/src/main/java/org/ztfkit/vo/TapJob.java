package org.ztfkit.vo;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.errors.ServiceUnavailableException;
import org.ztfkit.net.HttpResponse;

/**
 * An asynchronous TAP query running on the service (a UWS job). Wait for it with {@link #await(TapProgress)}, which
 * polls the phase with a doubling pause; stop it with {@link #cancel()} from any thread; remove it from the server
 * with {@link #delete()} when its result is no longer needed (services also delete old jobs themselves).
 *
 * <pre>{@code
 * TapJob job = tap.submit("SELECT source_id, ra, dec FROM gaiadr3.gaia_source WHERE phot_g_mean_mag < 8");
 * VoTable rows = job.await(status -> System.out.println(status));
 * job.delete();
 * }</pre>
 */
public final class TapJob {
    /** How long {@link #await(TapProgress)} waits before giving up (the job keeps running). */
    public static final Duration DEFAULT_MAX_WAIT = Duration.ofHours(1);

    private final TapService tap;
    private final String id;
    private final HttpUrl url;

    TapJob(TapService tap, String id, HttpUrl url) {
        this.tap = tap;
        this.id = id;
        this.url = url;
    }

    /** The job's UWS identifier; {@code tap.job(id)} finds it again later. */
    public String id() {
        return id;
    }

    /** The job's URL on the service. */
    public String url() {
        return url.toString();
    }

    /** The job's phase now (one request). */
    public JobPhase phase() {
        String text = VoResponses.requireOk(tap.http().get(child("phase").toString()), tap.service()).text();
        return JobPhase.parse(text).orElseGet(() -> document().phase());
    }

    /** Waits up to {@link #DEFAULT_MAX_WAIT} for the result, reporting nothing. */
    public VoTable await() {
        return await(TapProgress.NONE, DEFAULT_MAX_WAIT);
    }

    /** Waits up to {@link #DEFAULT_MAX_WAIT} for the result, reporting every poll to {@code progress}. */
    public VoTable await(TapProgress progress) {
        return await(progress, DEFAULT_MAX_WAIT);
    }

    /**
     * Polls the job until it ends and returns its result. The pause between polls starts at the service's first
     * polling pause and doubles up to its maximum ({@link TapService#withPolling}).
     *
     * @throws VoServiceException          when the job ends in phase ERROR (the message is the server's)
     * @throws CancellationException       when the job was aborted ({@link #cancel()}, or by the service), or the
     *                                     waiting thread was interrupted, in which case the job is aborted too
     * @throws ServiceUnavailableException when the job is still running after {@code maxWait} (it keeps running;
     *                                     call {@code await} again), or the service cannot be reached
     */
    public VoTable await(TapProgress progress, Duration maxWait) {
        if (maxWait == null || maxWait.isNegative() || maxWait.isZero()) {
            throw InvalidInputException.of("maxWait", "a positive duration", maxWait,
                    "e.g. Duration.ofMinutes(30); the default is " + DEFAULT_MAX_WAIT.toMinutes() + " min");
        }
        Waiter waiter = tap.waiter();
        long start = waiter.nanoTime();
        Duration pause = tap.firstPoll();
        boolean runRequested = false;
        for (int polls = 1; ; polls++) {
            JobPhase phase;
            try {
                phase = phase();
            } catch (ServiceUnavailableException e) {
                if (Thread.currentThread().isInterrupted()) {
                    throw interrupted();
                }
                throw e;
            }
            Duration elapsed = Duration.ofNanos(waiter.nanoTime() - start);
            progress.update(new JobStatus(id, phase, elapsed, polls));
            switch (phase) {
                case COMPLETED:
                    return result();
                case ERROR:
                    throw new VoServiceException(tap.service(), "job " + id + " failed: " + errorMessage());
                case ABORTED:
                    throw new CancellationException("TAP job " + id + " at " + url
                            + " was aborted (by cancel() or by the service); it has no result");
                case ARCHIVED:
                    throw new ServiceUnavailableException(tap.service(), "job " + id
                            + " is archived: the service no longer keeps its result; submit the query again");
                case PENDING:
                    if (!runRequested) {
                        setPhase("RUN");
                        runRequested = true;
                    }
                    break;
                default:
                    break;
            }
            if (elapsed.plus(pause).compareTo(maxWait) > 0) {
                throw new ServiceUnavailableException(tap.service(), "job " + id + " is still " + phase + " after "
                        + elapsed.toSeconds() + " s (waited at most " + maxWait.toSeconds() + " s); it keeps "
                        + "running on the service: call await() again to keep waiting, or cancel() it");
            }
            try {
                waiter.sleep(pause);
            } catch (InterruptedException e) {
                throw interrupted();
            }
            pause = pause.multipliedBy(2).compareTo(tap.maxPoll()) > 0 ? tap.maxPoll() : pause.multipliedBy(2);
        }
    }

    /**
     * The result of a completed job.
     *
     * @throws InvalidInputException when the job has not completed (call {@link #await} first)
     */
    public VoTable result() {
        UwsJob doc = document();
        if (doc.phase() != JobPhase.COMPLETED) {
            throw InvalidInputException.of("job " + id + " phase", "COMPLETED to fetch a result", doc.phase().name(),
                    "call await() first");
        }
        String resultUrl = doc.resultUrl().map(href -> url.resolve(href))
                .orElseGet(() -> child("results").newBuilder().addPathSegment("result").build()).toString();
        return VoResponses.votable(tap.http().get(resultUrl), tap.service());
    }

    /** Asks the service to abort the job (UWS {@code PHASE=ABORT}); a waiting {@link #await} then ends. */
    public void cancel() {
        setPhase("ABORT");
    }

    /** Deletes the job and its result from the service; deleting a job that is already gone is not an error. */
    public void delete() {
        HttpResponse response = tap.http().send(new Request.Builder().url(url).delete().build());
        if (response.status() != 404) {
            VoResponses.requireOk(response, tap.service());
        }
    }

    @Override
    public String toString() {
        return "TapJob[" + id + " at " + url + "]";
    }

    private UwsJob document() {
        return UwsJob.parse(VoResponses.requireOk(tap.http().get(url.toString()), tap.service()).body(),
                tap.service());
    }

    private void setPhase(String phase) {
        VoResponses.requireOk(tap.http().send(new Request.Builder().url(child("phase"))
                .post(new FormBody.Builder().add("PHASE", phase).build()).build()), tap.service());
    }

    /** The waiting thread was interrupted (a notebook's stop button): abort the job, keep the interrupt. */
    private CancellationException interrupted() {
        Thread.interrupted(); // cleared while the abort request is sent, set again below
        try {
            cancel();
        } catch (RuntimeException e) {
            // The caller learns that the wait was interrupted; the service expires the job anyway.
        }
        Thread.currentThread().interrupt();
        return new CancellationException("interrupted while waiting for TAP job " + id + "; the job was asked "
                + "to abort on the service");
    }

    /** The server's explanation: the {@code /error} document if it has one, else the job's error summary. */
    private String errorMessage() {
        HttpResponse error = tap.http().get(child("error").toString());
        if (error.isSuccessful() && !error.isHtml() && error.body().length > 0) {
            try {
                VotableReader.readAll(new ByteArrayInputStream(error.body()), tap.service(), "error");
            } catch (VoServiceException e) {
                return e.serverMessage();
            } catch (InvalidInputException notVotable) {
                return VoResponses.snippet(error.text());
            }
        }
        String summary = document().errorMessage();
        return summary.isEmpty() ? "the service gave no reason" : summary;
    }

    private HttpUrl child(String segment) {
        return url.newBuilder().addPathSegment(segment).build();
    }
}
