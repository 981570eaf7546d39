package org.ztfkit.kb;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The tags of a knowledge base in display order (priority, then name).
 *
 * <pre>{@code
 * TagList tags = kb.tags();
 * tags.names();              // [SN, SNIa, AGN, EA, …]
 * tags.get("EA");            // Optional[Tag[EA "Algol-type eclipsing binary", priority 12]]
 * tags.table();              // Tablesaw: priority, name, description
 * }</pre>
 */
public final class TagList {
    private static final Comparator<Tag> DISPLAY_ORDER = Comparator.comparingInt(Tag::priority)
            .thenComparing(Tag::name);

    private final List<Tag> tags;

    TagList(List<Tag> tags) {
        List<Tag> sorted = new ArrayList<>(tags);
        sorted.sort(DISPLAY_ORDER);
        this.tags = List.copyOf(sorted);
    }

    /** Every tag, in display order. */
    public List<Tag> all() {
        return tags;
    }

    /** The tag names, in display order. */
    public List<String> names() {
        return tags.stream().map(Tag::name).toList();
    }

    /** The tag of this name, if there is one (names are case-sensitive). */
    public Optional<Tag> get(String name) {
        return tags.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** The tag with this id, if there is one. */
    Optional<Tag> byId(int id) {
        return tags.stream().filter(t -> t.id() == id).findFirst();
    }

    /** The number of tags. */
    public int size() {
        return tags.size();
    }

    /** True when no tag is defined yet. */
    public boolean isEmpty() {
        return tags.isEmpty();
    }

    /** The priority a new tag gets by default: one more than the largest, or 0 for the first tag. */
    int nextPriority() {
        return tags.stream().mapToInt(Tag::priority).max().stream().map(p -> p + 1).findFirst().orElse(0);
    }

    /** The given names sorted in display order (names that are not tags go last, alphabetically). */
    List<String> inDisplayOrder(java.util.Collection<String> names) {
        return names.stream().distinct().sorted(Comparator.comparing((String n) -> get(n).map(Tag::priority)
                .orElse(Integer.MAX_VALUE)).thenComparing(Comparator.naturalOrder())).toList();
    }

    /** A new Tablesaw table: {@code priority, name, description}. */
    public Table table() {
        return Table.create("knowledge-base tags",
                IntColumn.create("priority", tags.stream().mapToInt(Tag::priority).toArray()),
                StringColumn.create("name", names()),
                StringColumn.create("description", tags.stream().map(Tag::description).toList()));
    }

    /** An HTML table of the tags (for notebook display). */
    public String toHtml() {
        return KbText.htmlTable("ztfkit-kb-tags", tags.size() + " tags", List.of("priority", "name", "description"),
                tags.stream().map(t -> List.of(String.valueOf(t.priority()), "<b>" + KbText.html(t.name()) + "</b>",
                        KbText.htmlDescription(t.description()))).toList());
    }

    /** One line per tag: priority, name, description. */
    @Override
    public String toString() {
        if (tags.isEmpty()) {
            return "no tags (define one with kb.defineTag(name, description))";
        }
        int width = tags.stream().mapToInt(t -> t.name().length()).max().orElse(0);
        StringBuilder out = new StringBuilder(tags.size() + " tags:");
        for (Tag t : tags) {
            out.append(String.format("%n  %4d  %-" + width + "s  %s", t.priority(), t.name(),
                    KbText.preview(t.description(), 80)));
        }
        return out.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TagList other && tags.equals(other.tags);
    }

    @Override
    public int hashCode() {
        return tags.hashCode();
    }
}
