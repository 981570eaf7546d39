package org.ztfkit.features;

/**
 * Progress of a bulk extraction. Calls arrive from worker threads, one at a time and in increasing order of
 * {@code done}; keep them quick.
 *
 * <pre>{@code
 * Features.extract(curves, FeatureSet.latest(), (done, total) -> System.out.printf("%d/%d%n", done, total));
 * }</pre>
 */
@FunctionalInterface
public interface ProgressListener {
    /** Reports that {@code done} of {@code total} light curves are finished. */
    void progress(int done, int total);

    /** A listener that ignores progress. */
    static ProgressListener none() {
        return (done, total) -> {
        };
    }
}
