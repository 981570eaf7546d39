package org.ztfkit.kb;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ztfkit.model.Oid;

/**
 * An edit of one object's record, started by {@link KnowledgeBase#annotate(long)}. Fields you do not set keep the
 * values of the version the edit is based on; {@link #save()} adds a new version.
 *
 * <pre>{@code
 * kb.annotate(633207400004730L)
 *   .tags("SN", "uncertain")              // replaces the tags
 *   .description("SNAD101, AT2018lwh")
 *   .save();                              // ObjectRecord v1
 * kb.annotate(633207400004730L).addTags("TNS_candidate").removeTags("uncertain").save();   // v2
 * }</pre>
 *
 * <p>An edit is a builder: its setters change it and return it. After a successful save, the edit is based on the
 * saved version, so saving it again adds one more version.
 */
public final class Annotation {
    private final KnowledgeBase kb;
    private final Oid oid;
    private Optional<ObjectRecord> base;
    private final Set<String> tags = new LinkedHashSet<>();
    private String description;
    private String simbadId;

    Annotation(KnowledgeBase kb, Oid oid, Optional<ObjectRecord> base) {
        this.kb = kb;
        this.oid = oid;
        this.base = base;
        base.ifPresent(b -> tags.addAll(b.tags()));
        this.description = base.map(ObjectRecord::description).orElse("");
        this.simbadId = base.map(ObjectRecord::simbadId).orElse("");
    }

    /** Sets the tags (replacing the current ones); each must be a tag of the knowledge base. */
    public Annotation tags(String... names) {
        List<String> checked = known(names);
        tags.clear();
        tags.addAll(checked);
        return this;
    }

    /** Adds tags to the current ones. */
    public Annotation addTags(String... names) {
        tags.addAll(known(names));
        return this;
    }

    /** Removes tags; a tag the record does not carry is ignored. */
    public Annotation removeTags(String... names) {
        known(names).forEach(tags::remove);
        return this;
    }

    /** Sets the free-text description (at most {@link KnowledgeBase#MAX_DESCRIPTION_CHARS} characters). */
    public Annotation description(String text) {
        this.description = KbInput.description("description", text);
        return this;
    }

    /** Sets the SIMBAD identifier (at most {@link KnowledgeBase#MAX_SIMBAD_ID_CHARS} characters; empty for none). */
    public Annotation simbadId(String id) {
        this.simbadId = KbInput.simbadId(id);
        return this;
    }

    /** The version this edit is based on; empty when the object had no record. */
    public Optional<ObjectRecord> base() {
        return base;
    }

    /**
     * Saves the edit as the object's next version and returns it.
     *
     * @throws EditConflictException when someone saved the object after the version this edit is based on
     * @throws PermissionDeniedException when this connection may not write
     */
    public ObjectRecord save() {
        ObjectRecord saved = kb.save(oid, base, List.copyOf(tags), description, simbadId);
        base = Optional.of(saved);
        return saved;
    }

    private List<String> known(String... names) {
        TagList known = kb.tags();
        for (String name : names) {
            KbInput.tagName(name);
            if (known.get(name).isEmpty()) {
                throw KnowledgeBase.unknownTag(name, known);
            }
        }
        return List.of(names);
    }

    /** e.g. {@code Annotation[633207400004730 based on v3: tags SN uncertain, description "…"]}. */
    @Override
    public String toString() {
        return "Annotation[" + oid + " based on " + base.map(b -> "v" + b.version()).orElse("no record") + ": tags "
                + (tags.isEmpty() ? "(none)" : KbText.tags(List.copyOf(tags)))
                + (description.isEmpty() ? "" : ", description \"" + KbText.preview(description, 40) + "\"") + "]";
    }
}
