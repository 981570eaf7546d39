package org.ztfkit.kb;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.ztfkit.model.Oid;

/**
 * Where a knowledge base is kept. {@link KnowledgeBase} checks the user's input and shapes the answers; a backend
 * stores and reads. Every backend keeps every version and refuses a save whose base is no longer current.
 */
interface KbBackend extends AutoCloseable {
    /** e.g. {@code embedded DuckDB /home/alice/kb.duckdb}. */
    String description();

    /** The author this backend records by itself (database login, token user); empty when the caller names it. */
    Optional<String> recordedAuthor();

    boolean canWrite();

    /** The current tags. */
    TagList tags();

    /** Every version of every tag, by tag id then version. */
    List<TagVersion> tagVersions();

    /**
     * Adds a version of a tag: a new tag when {@code id} is empty, else an edit or rename of tag {@code id}.
     *
     * @param author used only where {@link #recordedAuthor()} is empty
     */
    TagVersion writeTag(OptionalInt id, String name, String description, int priority, String author);

    Optional<ObjectRecord> current(Oid oid);

    /** Every version of one object, oldest first. */
    List<ObjectRecord> history(Oid oid);

    /** The current record of every object, by OID. */
    List<ObjectRecord> currentRecords();

    /** Every version of every object, by OID then version. */
    List<ObjectRecord> allVersions();

    /**
     * Adds the next version of an object (tags are known names, in display order).
     *
     * @throws EditConflictException when the object's latest version is not {@code base}
     */
    ObjectRecord save(Oid oid, Optional<ObjectRecord> base, List<String> tags, String description, String simbadId,
                      String author);

    /** Loads a complete, validated history into an empty base, keeping every author, time and origin. */
    void restore(List<TagVersion> tagVersions, List<ObjectRecord> objectVersions);

    @Override
    void close();
}
