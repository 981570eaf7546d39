package org.ztfkit.catalog;

/**
 * The outcome of one catalog's cross-match: sources found, nothing found, or the catalog could not answer. "Nothing
 * found" is an answer; "unavailable" is not, and carries the reason in words.
 *
 * <pre>{@code
 * XmatchStatus s = obj.xmatch("vsx").status();     // ok (1 row), empty, or unavailable: reason
 * s.isAnswer();                                     // false only for Unavailable
 * if (s instanceof XmatchStatus.Unavailable u) System.out.println(u.reason());
 * }</pre>
 */
public sealed interface XmatchStatus {
    /** True when the catalog answered (with rows or without). */
    default boolean isAnswer() {
        return !(this instanceof Unavailable);
    }

    static XmatchStatus ok(int rows) {
        return new Ok(rows);
    }

    static XmatchStatus empty() {
        return new Empty();
    }

    static XmatchStatus unavailable(String reason) {
        return new Unavailable(reason);
    }

    /** Sources found. */
    record Ok(int rows) implements XmatchStatus {
        @Override
        public String toString() {
            return "ok (" + rows + (rows == 1 ? " row)" : " rows)");
        }
    }

    /** The catalog answered: no source within the radius. */
    record Empty() implements XmatchStatus {
        @Override
        public String toString() {
            return "empty";
        }
    }

    /** The catalog could not answer (timeout, HTTP error, bad payload, not in the embedded data). */
    record Unavailable(String reason) implements XmatchStatus {
        @Override
        public String toString() {
            return "unavailable: " + reason;
        }
    }
}
