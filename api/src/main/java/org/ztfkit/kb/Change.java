package org.ztfkit.kb;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one save changed: the version before (none for the first save) and the version after.
 *
 * <pre>{@code
 * for (Change c : kb.history(633207400004730L).changes()) {
 *     System.out.println(c.version() + " " + c.author() + " " + c.summary());   // 2 bob tags +AGN −SN
 * }
 * }</pre>
 */
public final class Change {
    private final ObjectRecord before;
    private final ObjectRecord after;

    Change(ObjectRecord before, ObjectRecord after) {
        this.before = before;
        this.after = Objects.requireNonNull(after);
    }

    /** The version this change replaced; empty for the save that created the record. */
    public Optional<ObjectRecord> before() {
        return Optional.ofNullable(before);
    }

    /** The version this change made. */
    public ObjectRecord after() {
        return after;
    }

    /** The version this change made, e.g. {@code change.version()} → 2. */
    public int version() {
        return after.version();
    }

    /** Who made the change. */
    public String author() {
        return after.author();
    }

    /** When, UTC. */
    public Instant changedAt() {
        return after.changedAt();
    }

    /** Tags the change added, in display order. */
    public List<String> tagsAdded() {
        List<String> added = new ArrayList<>(after.tags());
        if (before != null) {
            added.removeAll(before.tags());
        }
        return added;
    }

    /** Tags the change removed, in display order. */
    public List<String> tagsRemoved() {
        List<String> removed = before == null ? new ArrayList<>() : new ArrayList<>(before.tags());
        removed.removeAll(after.tags());
        return removed;
    }

    /** True when the description differs from the version before (for the first save: when it is not empty). */
    public boolean descriptionChanged() {
        return before == null ? !after.description().isEmpty() : !before.description().equals(after.description());
    }

    /** True when the SIMBAD id differs from the version before (for the first save: when it is not empty). */
    public boolean simbadIdChanged() {
        return before == null ? !after.simbadId().isEmpty() : !before.simbadId().equals(after.simbadId());
    }

    /**
     * The change in words, e.g. {@code created: tags SN uncertain; description "SNAD101"},
     * {@code tags +AGN −SN; description "a" → "b"} or {@code re-saved unchanged} (an expert confirming a record).
     */
    public String summary() {
        List<String> parts = new ArrayList<>();
        if (before == null) {
            parts.add("created" + (after.tags().isEmpty() ? "" : ": tags " + KbText.tags(after.tags())));
        } else if (!tagsAdded().isEmpty() || !tagsRemoved().isEmpty()) {
            List<String> moves = new ArrayList<>();
            tagsAdded().forEach(t -> moves.add("+" + t));
            tagsRemoved().forEach(t -> moves.add("−" + t));
            parts.add("tags " + String.join(" ", moves));
        }
        if (descriptionChanged()) {
            parts.add("description " + (before == null || before.description().isEmpty() ? ""
                    : quoted(before.description()) + " → ") + quoted(after.description()));
        }
        if (simbadIdChanged()) {
            parts.add("SIMBAD id " + quoted(after.simbadId()));
        }
        return parts.isEmpty() ? "re-saved unchanged" : String.join("; ", parts);
    }

    private static String quoted(String text) {
        return "\"" + KbText.preview(text, 40) + "\"";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Change other && Objects.equals(before, other.before) && after.equals(other.after);
    }

    @Override
    public int hashCode() {
        return Objects.hash(before, after);
    }

    /** e.g. {@code v2 2021-03-02 10:00:00 UTC bob: tags +AGN −SN}. */
    @Override
    public String toString() {
        return "v" + version() + " " + KbText.time(changedAt()) + " " + author() + ": " + summary();
    }
}
