package org.ztfkit.errors;

/**
 * An offline call that the snapshot cannot answer because it was never made online while recording. The message
 * names the call and the snapshot file, and says how to record it.
 *
 * <pre>{@code
 * try {
 *     Ztf.offline(Path.of("analysis.duckdb")).object(633207400004730L);
 * } catch (NotInSnapshotException e) {
 *     e.snapshot();   // "analysis.duckdb"
 * }
 * }</pre>
 */
public class NotInSnapshotException extends ServiceUnavailableException {
    private final String call;
    private final String snapshot;

    /**
     * @param service  the service the call goes to online, e.g. {@code snad-ztf-dr}
     * @param call     the call in words, e.g. {@code "object 633207400004730 in dr24"}
     * @param snapshot the snapshot file
     */
    public NotInSnapshotException(String service, String call, String snapshot) {
        super(service, call + " was never fetched into snapshot " + snapshot + " (offline, no network): run the same "
                + "call once with Ztf.online().snapshot(Path.of(\"" + snapshot + "\")) to record it");
        this.call = call;
        this.snapshot = snapshot;
    }

    /** The call that was asked, in words. */
    public String call() {
        return call;
    }

    /** The snapshot file that lacks it. */
    public String snapshot() {
        return snapshot;
    }
}
