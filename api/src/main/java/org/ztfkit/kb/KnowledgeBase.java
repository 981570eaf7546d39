package org.ztfkit.kb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.model.Oid;

/**
 * The knowledge base: expert tags and free-text notes on ZTF DR objects, with the full history of every record
 * (seed 001 §4). One API over three places to keep it:
 * <ul>
 *   <li>{@link #embedded(Path)}: a DuckDB file of its own, for one person (the default);</li>
 *   <li>{@link #postgres(String, String, String)}: a PostgreSQL database shared by a team, where the database
 *       decides who may read or write and records the login as the author ({@link KbPostgresAdmin} sets it up);</li>
 *   <li>{@link #snad(String, String)}: the SNAD knowledge-base REST API (external-services.md §12).</li>
 * </ul>
 *
 * <pre>{@code
 * var kb = KnowledgeBase.embedded(Path.of("kb.duckdb")).as("alice");
 * kb.defineTag("SN", "supernova");
 * kb.defineTag("uncertain", "no classification in the public catalogs checked");
 * kb.annotate(633207400004730L).tags("SN", "uncertain").description("SNAD101, AT2018lwh").save();
 * kb.object(633207400004730L);          // Optional[633207400004730 v1 [SN uncertain] by alice, …]
 * kb.history(633207400004730L);         // every version: who, when, what changed
 * kb.find().tag("SN").descriptionContains("SNAD1").table();   // Tablesaw
 * kb.exportTo(Path.of("kb-backup.json"));                      // full history
 * var copy = KnowledgeBase.restore(Path.of("kb-backup.json"), Path.of("kb-copy.duckdb"));
 * }</pre>
 *
 * <p>Every save adds a version; nothing is overwritten. A save states the version it was based on, and is refused
 * with an {@link EditConflictException} carrying the current record when someone saved in between. All methods are
 * safe to call from several threads; {@link #as(String)} views share one connection.
 */
public final class KnowledgeBase implements AutoCloseable {
    /** Longest object or tag description, in characters (Unicode code points). */
    public static final int MAX_DESCRIPTION_CHARS = 10_000;
    /** Longest tag name, in characters (the SNAD knowledge base's limit). */
    public static final int MAX_TAG_NAME_CHARS = 256;
    /** Longest SIMBAD identifier, in characters (the SNAD knowledge base's limit). */
    public static final int MAX_SIMBAD_ID_CHARS = 256;
    /** Longest author name of an embedded base, in characters. */
    public static final int MAX_AUTHOR_CHARS = 256;

    private final KbBackend backend;
    private final String author;

    private KnowledgeBase(KbBackend backend, String author) {
        this.backend = backend;
        this.author = author;
    }

    /**
     * Opens (creating if needed) a knowledge base in its own DuckDB file. Saves are recorded under the operating
     * system's user name until {@link #as(String)} names the author. One process may have the file open; a second
     * gets a {@link org.ztfkit.errors.StoreException} naming the file and the other process.
     *
     * <pre>{@code
     * var kb = KnowledgeBase.embedded(Path.of("kb.duckdb")).as("alice");
     * }</pre>
     */
    public static KnowledgeBase embedded(Path file) {
        return new KnowledgeBase(SqlBackend.duckdb(file), KbInput.author(System.getProperty("user.name", "unknown")));
    }

    /**
     * A scratch knowledge base in memory, gone when closed.
     *
     * <pre>{@code
     * var kb = KnowledgeBase.inMemory().as("alice");
     * }</pre>
     */
    public static KnowledgeBase inMemory() {
        return new KnowledgeBase(SqlBackend.duckdbInMemory(), KbInput.author(System.getProperty("user.name", "unknown")));
    }

    /**
     * Connects to a knowledge base shared by a team in PostgreSQL. The login decides what you may do (readers read,
     * editors write) and is recorded as the author of every save; an admin creates the base and the logins with
     * {@link KbPostgresAdmin}.
     *
     * <pre>{@code
     * var kb = KnowledgeBase.postgres("jdbc:postgresql://db.example.org/kb", "alice", System.getenv("KB_PASSWORD"));
     * }</pre>
     *
     * @throws PermissionDeniedException when the login or password is refused
     */
    public static KnowledgeBase postgres(String jdbcUrl, String user, String password) {
        return new KnowledgeBase(SqlBackend.postgres(jdbcUrl, user, password), null);
    }

    /**
     * The SNAD knowledge base at its public address, {@code https://akb.ztf.snad.space/}.
     *
     * <pre>{@code
     * var kb = KnowledgeBase.snad(System.getenv("AKB_TOKEN"));
     * }</pre>
     *
     * @param token the API token the SNAD admins issued (header {@code Authorization: Token <key>}); empty for
     *              anonymous reading
     */
    public static KnowledgeBase snad(String token) {
        return snad(SnadApiBackend.DEFAULT_URL, token);
    }

    /**
     * A SNAD knowledge-base REST API at another address (a mirror, a test server).
     *
     * <pre>{@code
     * var kb = KnowledgeBase.snad("https://akb.example.org/", token);
     * }</pre>
     */
    public static KnowledgeBase snad(String baseUrl, String token) {
        return new KnowledgeBase(new SnadApiBackend(baseUrl, token), null);
    }

    /**
     * Restores a JSON backup made by {@link #exportTo(Path)} into a new embedded knowledge base: every tag and
     * object version comes back exactly, with its author and time. To restore into a shared base, use
     * {@link #restoreFrom(Path)} on it.
     *
     * <pre>{@code
     * var kb = KnowledgeBase.restore(Path.of("kb-backup.json"), Path.of("kb.duckdb"));
     * }</pre>
     */
    public static KnowledgeBase restore(Path backupJson, Path newDuckdbFile) {
        if (Files.exists(newDuckdbFile)) {
            throw InvalidInputException.of("restore target", "a file that does not exist yet", newDuckdbFile.toString(),
                    "choose a new file name, or open the existing base and call restoreFrom(backup) on it when empty");
        }
        KnowledgeBase kb = embedded(newDuckdbFile);
        try {
            kb.restoreFrom(backupJson);
            return kb;
        } catch (RuntimeException e) {
            kb.close();
            try { // the file was made for this restore; leave no half-made base behind
                Files.deleteIfExists(newDuckdbFile);
                Files.deleteIfExists(newDuckdbFile.resolveSibling(newDuckdbFile.getFileName() + ".wal"));
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /**
     * The same embedded knowledge base, recording {@code author} as the author of saves. Shared bases record the
     * database login or the token's user instead, and refuse this.
     *
     * <pre>{@code
     * var kb = KnowledgeBase.embedded(Path.of("kb.duckdb")).as("alice");
     * }</pre>
     */
    public KnowledgeBase as(String author) {
        Optional<String> recorded = backend.recordedAuthor();
        if (recorded.isPresent()) {
            throw InvalidInputException.of("author", "the login of this shared base (" + recorded.get() + ")", author,
                    "a shared base records who is logged in; connect as " + author + " to save as " + author);
        }
        return new KnowledgeBase(backend, KbInput.author(author));
    }

    /** Who saves are recorded as: the name given to {@link #as(String)}, the database login, or the token's user. */
    public String author() {
        return author != null ? author : backend.recordedAuthor().orElseThrow();
    }

    /** True when this connection may save (a PostgreSQL reader or an anonymous SNAD connection may not). */
    public boolean canWrite() {
        return backend.canWrite();
    }

    // ---------------------------------------------------------------- tags

    /**
     * Every tag in display order.
     *
     * <pre>{@code
     * kb.tags();           // 3 tags: 0 SN supernova, 1 uncertain …, 2 EA Algol-type eclipsing binary
     * }</pre>
     */
    public TagList tags() {
        return backend.tags();
    }

    /**
     * Defines a tag at the end of the display order, or changes the description of an existing one (its place
     * stays). Running it again with the same text adds nothing.
     *
     * <pre>{@code
     * kb.defineTag("EA", "Algol-type eclipsing binary");
     * }</pre>
     */
    public Tag defineTag(String name, String description) {
        KbInput.tagName(name);
        TagList tags = tags();
        return defineTag(name, description, tags.get(name).map(Tag::priority).orElse(tags.nextPriority()));
    }

    /**
     * Defines a tag, or changes an existing one's description and display order (lower priority shows first).
     *
     * <pre>{@code
     * kb.defineTag("EA", "Algol-type eclipsing binary", 12);
     * }</pre>
     */
    public Tag defineTag(String name, String description, int priority) {
        KbInput.tagName(name);
        KbInput.description("tag description", description);
        Optional<Tag> existing = tags().get(name);
        if (existing.isPresent() && existing.get().description().equals(description)
                && existing.get().priority() == priority) {
            return existing.get();
        }
        OptionalInt id = existing.map(t -> OptionalInt.of(t.id())).orElse(OptionalInt.empty());
        return backend.writeTag(id, name, description, priority, author()).tag();
    }

    /**
     * Renames a tag. Every object that carried it, in every version, carries it under the new name; the old name is
     * kept in the tag's history and becomes free.
     *
     * <pre>{@code
     * kb.renameTag("Eclipsing", "EB_any");
     * }</pre>
     */
    public Tag renameTag(String from, String to) {
        Tag tag = requireTag(from);
        KbInput.tagName(to);
        if (from.equals(to)) {
            return tag;
        }
        if (tags().get(to).isPresent()) {
            throw InvalidInputException.of("new tag name", "a name no other tag has", to,
                    "tag '" + to + "' exists already; choose another name");
        }
        return backend.writeTag(OptionalInt.of(tag.id()), to, tag.description(), tag.priority(), author()).tag();
    }

    /**
     * Every version of a tag's definition, oldest first (renames and description changes included). The SNAD REST
     * API keeps no tag history: there, each tag has one version, as it is now.
     *
     * <pre>{@code
     * kb.tagHistory("EB_any");   // [v1 Tag[Eclipsing …] by alice …, v2 Tag[EB_any …] by bob …]
     * }</pre>
     */
    public List<TagVersion> tagHistory(String name) {
        Tag tag = requireTag(name);
        return backend.tagVersions().stream().filter(v -> v.tag().id() == tag.id()).toList();
    }

    Tag requireTag(String name) {
        KbInput.tagName(name);
        TagList tags = tags();
        return tags.get(name).orElseThrow(() -> unknownTag(name, tags));
    }

    static InvalidInputException unknownTag(String name, TagList tags) {
        String known = tags.isEmpty() ? "none yet" : String.join(", ", tags.names());
        return InvalidInputException.of("tag", "one of the knowledge base's tags (" + known + ")", name,
                "define it first with kb.defineTag(\"" + name + "\", description); tag names are case-sensitive");
    }

    // ---------------------------------------------------------------- objects

    /**
     * Starts an edit of an object's record, based on its current version (or on nothing for a new object). Unset
     * fields keep their current values; {@link Annotation#save()} adds the new version.
     *
     * <pre>{@code
     * kb.annotate(633207400004730L).tags("SN", "uncertain").description("SNAD101, AT2018lwh").save();
     * kb.annotate(633207400004730L).addTags("TNS_candidate").save();
     * }</pre>
     *
     * @throws InvalidInputException when {@code oid} is not a valid ZTF DR OID
     */
    public Annotation annotate(long oid) {
        Oid id = Oid.of(oid);
        return new Annotation(this, id, backend.current(id));
    }

    /**
     * Starts an edit based on a version you have looked at: if anyone saved the object after it, the save is
     * refused with an {@link EditConflictException}.
     *
     * <pre>{@code
     * ObjectRecord seen = kb.object(633207400004730L).orElseThrow();
     * kb.annotate(seen).addTags("AGN").save();
     * }</pre>
     */
    public Annotation annotate(ObjectRecord seen) {
        return new Annotation(this, seen.oid(), Optional.of(seen));
    }

    ObjectRecord save(Oid oid, Optional<ObjectRecord> base, List<String> tags, String description, String simbadId) {
        TagList known = tags();
        for (String t : tags) {
            if (known.get(t).isEmpty()) {
                throw unknownTag(t, known);
            }
        }
        return backend.save(oid, base, known.inDisplayOrder(tags), KbInput.description("description", description),
                KbInput.simbadId(simbadId), author());
    }

    /**
     * The current record of an object: its latest version, or empty when nobody annotated it.
     *
     * <pre>{@code
     * kb.object(633207400004730L).map(ObjectRecord::tags);   // Optional[[SN, uncertain]]
     * }</pre>
     */
    public Optional<ObjectRecord> object(long oid) {
        return backend.current(Oid.of(oid));
    }

    /**
     * Every version of an object's record, oldest first, with who saved it, when and what changed; empty when
     * nobody annotated it.
     *
     * <pre>{@code
     * kb.history(633207400004730L).changes();   // [v1 … alice: created: tags SN, v2 … bob: tags +uncertain]
     * }</pre>
     */
    public History history(long oid) {
        Oid id = Oid.of(oid);
        return new History(id, backend.history(id));
    }

    /**
     * A query over the current records (or every version, with {@link KbQuery#allVersions()}).
     *
     * <pre>{@code
     * kb.find().tag("AGN").descriptionContains("SNAD1").table();
     * kb.find().author("alice").between("2021-01-01", "2022-01-01").records();
     * }</pre>
     */
    public KbQuery find() {
        return new KbQuery(this);
    }

    List<ObjectRecord> currentRecords() {
        return backend.currentRecords();
    }

    List<ObjectRecord> allVersions() {
        return backend.allVersions();
    }

    // ---------------------------------------------------------------- backup

    /**
     * Writes the knowledge base to a file; the extension decides what:
     * <ul>
     *   <li>{@code .json}: a full backup, every version of every tag and object ({@link #restoreFrom(Path)} reads
     *       it back);</li>
     *   <li>{@code .csv}, {@code .parquet}: the current record of every object, one row each (columns {@code oid,
     *       version, tags, description, simbadid, author, changed_at, origin}; CSV tags are space-separated, Parquet
     *       tags a list).</li>
     * </ul>
     *
     * <pre>{@code
     * kb.exportTo(Path.of("kb-backup.json"));
     * kb.exportTo(Path.of("kb-now.parquet"));
     * }</pre>
     */
    public void exportTo(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            KbJson.writeBackup(file, new KbJson.Backup(backend.tagVersions(), backend.allVersions()), backend.description());
        } else if (name.endsWith(".csv")) {
            KbFiles.writeCurrent(file, backend.currentRecords(), KbFiles.Format.CSV);
        } else if (name.endsWith(".parquet")) {
            KbFiles.writeCurrent(file, backend.currentRecords(), KbFiles.Format.PARQUET);
        } else {
            throw InvalidInputException.of("export file", "named *.json (full history), *.csv or *.parquet (current "
                    + "records)", file.toString(), "");
        }
    }

    /**
     * Loads a JSON backup made by {@link #exportTo(Path)} into this knowledge base, which must be empty: every
     * tag and object version comes back exactly, with its author and time. On a shared PostgreSQL base only its
     * admin (the login that set it up) may restore, since restoring writes other people's names as authors.
     *
     * <pre>{@code
     * KnowledgeBase.postgres(url, "kbadmin", pw).restoreFrom(Path.of("kb-backup.json"));
     * }</pre>
     */
    public ImportSummary restoreFrom(Path backupJson) {
        return load(KbJson.readBackup(backupJson));
    }

    /**
     * Imports a dump of the SNAD knowledge-base REST API (external-services.md §12) into this empty knowledge base:
     * a directory holding the API's own responses,
     * <ul>
     *   <li>{@code tags.json}: {@code GET /tags/};</li>
     *   <li>{@code objects.json}: {@code GET /objects/};</li>
     *   <li>{@code log/<oid>.json}: {@code GET /objects/<oid>/log/} for each object (optional; without it the
     *       object's current state becomes its only version).</li>
     * </ul>
     * Made for instance with {@code curl -H "Authorization: Token $T" $AKB/tags/ > dump/tags.json}, the same for
     * {@code objects/}, and one {@code log/} request per OID. Tags keep their SNAD ids; versions keep their SNAD
     * authors and times and are marked {@code origin = snad-akb}.
     *
     * <pre>{@code
     * KnowledgeBase.embedded(Path.of("snad.duckdb")).importSnadDump(Path.of("dump"));
     * }</pre>
     */
    public ImportSummary importSnadDump(Path directory) {
        return load(SnadJson.readDump(directory, author()));
    }

    private ImportSummary load(KbJson.Backup backup) {
        backup.validate();
        backend.restore(backup.tags(), backup.objects());
        return backup.summary();
    }

    /** Closes the connection (shared by the {@link #as(String)} views of this base). */
    @Override
    public void close() {
        backend.close();
    }

    /** e.g. {@code KnowledgeBase[embedded DuckDB /home/alice/kb.duckdb, as alice]}. */
    @Override
    public String toString() {
        return "KnowledgeBase[" + backend.description() + ", as " + author() + (canWrite() ? "" : ", read-only") + "]";
    }
}
