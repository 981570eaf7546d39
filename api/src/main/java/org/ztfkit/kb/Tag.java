package org.ztfkit.kb;

/**
 * A classification tag of the knowledge base: a short unique name, what it means, and where it is shown.
 * Tags are not hierarchical; an object carries any set of them (seed 001 §4).
 *
 * <pre>{@code
 * Tag ea = kb.defineTag("EA", "Algol-type eclipsing binary");
 * ea.name();         // "EA"
 * ea.priority();     // display order: lower first
 * }</pre>
 *
 * @param id          stable identity: renaming a tag keeps its id, so every object version that carried it still does
 * @param name        1–256 characters of {@code [0-9A-Za-z_-]}, unique among current tags
 * @param description what the tag means; may be empty
 * @param priority    display order, lower first (the SNAD Viewer groups tags in rows of ten by {@code priority / 10})
 */
public record Tag(int id, String name, String description, int priority) {
    public Tag {
        KbInput.tagName(name);
        KbInput.description("tag description", description);
    }

    @Override
    public String toString() {
        return "Tag[" + name + (description.isEmpty() ? "" : " \"" + KbText.preview(description, 60) + "\"")
                + ", priority " + priority + "]";
    }
}
