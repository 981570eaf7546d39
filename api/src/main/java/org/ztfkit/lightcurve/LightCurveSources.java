package org.ztfkit.lightcurve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ztfkit.errors.InvalidInputException;

/**
 * Which sources a light curve was assembled from, and how each answered: with rows, with nothing (no object within
 * the search radius, or an object without epochs), or not at all ("unavailable: reason" — a service that failed
 * does not stop the others). Immutable; a light curve keeps it through its verbs ({@link LightCurve#sources()}).
 *
 * <pre>{@code
 * LightCurve lc = obj.withNeighbours(1.0).lightCurve();
 * lc.sources();                 // Sources[ztf_dr: 3 objects, 1204 rows; ztf_alert: ZTF18abqkqdm 0.1″, 95 rows; …]
 * lc.sources().unavailable();   // the sources that failed, each with its reason
 * lc.sources().get("gaia").map(LightCurveSources.Status::rows);
 * }</pre>
 */
public final class LightCurveSources {
    /** How a source answered. */
    public enum Outcome {
        /** It returned rows. */
        ANSWERED,
        /** It answered, with nothing to add. */
        EMPTY,
        /** It could not be asked, or failed; {@link Status#detail()} says why. */
        UNAVAILABLE
    }

    /**
     * One source's answer.
     *
     * @param source  {@code ztf_dr}, {@code ztf_alert}, {@code ps1}, {@code gaia}, {@code ztf_ref} (reference
     *                magnitudes), …
     * @param outcome how it answered
     * @param detail  what it answered with (the object matched, its separation), or why it is empty or unavailable
     * @param rows    rows it contributed (for {@code ztf_ref}: objects given a reference magnitude)
     */
    public record Status(String source, Outcome outcome, String detail, int rows) {
        public Status {
            if (source == null || source.isBlank() || outcome == null || detail == null || rows < 0) {
                throw InvalidInputException.of("source status", "a source name, an outcome, a detail and rows ≥ 0",
                        source + "/" + outcome + "/" + detail + "/" + rows, "");
            }
        }

        /** A source that contributed {@code rows} rows. */
        public static Status answered(String source, String detail, int rows) {
            return new Status(source, rows > 0 ? Outcome.ANSWERED : Outcome.EMPTY, detail, rows);
        }

        /** A source that answered with nothing, e.g. {@code "no object within 5″"}. */
        public static Status empty(String source, String why) {
            return new Status(source, Outcome.EMPTY, why, 0);
        }

        /** A source that failed or could not be asked, and why. */
        public static Status unavailable(String source, String reason) {
            return new Status(source, Outcome.UNAVAILABLE, reason, 0);
        }

        @Override
        public String toString() {
            return switch (outcome) {
                case ANSWERED -> String.format(Locale.ROOT, "%s: %s, %d rows", source, detail, rows);
                case EMPTY -> source + ": " + detail;
                case UNAVAILABLE -> source + ": unavailable: " + detail;
            };
        }
    }

    /** No sources recorded (a light curve built from a table). */
    public static final LightCurveSources NONE = new LightCurveSources(List.of());

    private final List<Status> statuses;

    private LightCurveSources(List<Status> statuses) {
        this.statuses = statuses;
    }

    /** The statuses in the order the sources were asked. */
    public static LightCurveSources of(List<Status> statuses) {
        return statuses.isEmpty() ? NONE : new LightCurveSources(List.copyOf(statuses));
    }

    /** Every status, in the order the sources were asked. */
    public List<Status> all() {
        return statuses;
    }

    /** The sources that contributed rows. */
    public List<Status> answered() {
        return with(Outcome.ANSWERED);
    }

    /** The sources that answered with nothing. */
    public List<Status> empty() {
        return with(Outcome.EMPTY);
    }

    /** The sources that failed, each with its reason. */
    public List<Status> unavailable() {
        return with(Outcome.UNAVAILABLE);
    }

    private List<Status> with(Outcome outcome) {
        return statuses.stream().filter(s -> s.outcome() == outcome).toList();
    }

    /** The status of one source (the first, if it was asked more than once). */
    public Optional<Status> get(String source) {
        return statuses.stream().filter(s -> s.source().equals(source)).findFirst();
    }

    /** These statuses followed by {@code other}'s. */
    public LightCurveSources and(LightCurveSources other) {
        List<Status> all = new ArrayList<>(statuses);
        all.addAll(other.statuses);
        return of(all);
    }

    public boolean isEmpty() {
        return statuses.isEmpty();
    }

    @Override
    public String toString() {
        return statuses.isEmpty() ? "Sources[not recorded]"
                : statuses.stream().map(Status::toString).collect(Collectors.joining("; ", "Sources[", "]"));
    }
}
