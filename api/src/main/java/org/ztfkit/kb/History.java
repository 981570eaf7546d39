package org.ztfkit.kb;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ztfkit.model.Oid;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Every version of one object's record, oldest first: who saved it, when, and what changed. Versions are never
 * rewritten, so a history only grows.
 *
 * <pre>{@code
 * History h = kb.history(633207400004730L);
 * h.versions().size();      // 4: inspected four times
 * h.current();              // Optional of the latest version
 * h.changes();              // what each save changed
 * h                         // one line per version in a notebook
 * }</pre>
 */
public final class History {
    private final Oid oid;
    private final List<ObjectRecord> versions;

    History(Oid oid, List<ObjectRecord> versions) {
        this.oid = oid;
        this.versions = List.copyOf(versions);
    }

    /** The object this is the history of. */
    public Oid oid() {
        return oid;
    }

    /** Every version, oldest first. */
    public List<ObjectRecord> versions() {
        return versions;
    }

    /** The latest version; empty when the object was never annotated. */
    public Optional<ObjectRecord> current() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    /** True when the object was never annotated. */
    public boolean isEmpty() {
        return versions.isEmpty();
    }

    /** What each save changed, oldest first (one change per version). */
    public List<Change> changes() {
        List<Change> out = new ArrayList<>(versions.size());
        ObjectRecord before = null;
        for (ObjectRecord v : versions) {
            out.add(new Change(before, v));
            before = v;
        }
        return out;
    }

    /**
     * A new Tablesaw table, one row per version: version, changed_at (to the millisecond), author, change, tags,
     * description.
     */
    public Table table() {
        List<Change> changes = changes();
        return Table.create("history of " + oid,
                IntColumn.create("version", versions.stream().mapToInt(ObjectRecord::version).toArray()),
                InstantColumn.create("changed_at", versions.stream().map(ObjectRecord::changedAt).toList()),
                StringColumn.create("author", versions.stream().map(ObjectRecord::author).toList()),
                StringColumn.create("change", changes.stream().map(Change::summary).toList()),
                StringColumn.create("tags", versions.stream().map(v -> KbText.tags(v.tags())).toList()),
                StringColumn.create("description", versions.stream().map(ObjectRecord::description).toList()));
    }

    /** An HTML table of the versions, newest first, as the SNAD Viewer shows it (for notebook display). */
    public String toHtml() {
        List<Change> changes = new ArrayList<>(changes());
        java.util.Collections.reverse(changes);
        return KbText.htmlTable("ztfkit-kb-history", "History of <b>" + oid + "</b>: " + versions.size()
                        + (versions.size() == 1 ? " version" : " versions"),
                List.of("version", "time", "author", "change", "tags", "description"),
                changes.stream().map(c -> List.of("v" + c.version(), KbText.time(c.changedAt()),
                        KbText.html(c.author()), KbText.html(c.summary()),
                        KbText.html(KbText.tags(c.after().tags())),
                        KbText.htmlDescription(c.after().description()))).toList());
    }

    /** One line per version, oldest first. */
    @Override
    public String toString() {
        if (versions.isEmpty()) {
            return "History of " + oid + ": no record in the knowledge base";
        }
        StringBuilder out = new StringBuilder("History of " + oid + ": " + versions.size()
                + (versions.size() == 1 ? " version" : " versions"));
        changes().forEach(c -> out.append(System.lineSeparator()).append("  ").append(c));
        return out.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof History other && oid.equals(other.oid) && versions.equals(other.versions);
    }

    @Override
    public int hashCode() {
        return 31 * oid.hashCode() + versions.hashCode();
    }
}
