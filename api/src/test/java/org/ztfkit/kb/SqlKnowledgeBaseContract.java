package org.ztfkit.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ztfkit.errors.InvalidInputException;

/** What the SQL backends (embedded DuckDB, PostgreSQL) do beyond the SNAD API: tag history and exact restores. */
abstract class SqlKnowledgeBaseContract extends KnowledgeBaseContract {
    /** A new empty base of the same kind, into which the first editor (or the admin) may restore. */
    abstract KnowledgeBase newRestoreTarget();

    @Test
    void everyTagEditIsKeptAndARenamedTagStaysOnEveryVersion() {
        KnowledgeBase kb = emptyBase();
        Tag eclipsing = kb.defineTag("Eclipsing", "any eclipsing binary");
        ObjectRecord v1 = kb.annotate(OID).tags("Eclipsing").description("deep eclipses").save();
        kb.defineTag("Eclipsing", "eclipsing binary of any sub-type");
        Tag renamed = kb.renameTag("Eclipsing", "EB_any");
        secondEditor().defineTag("Eclipsing", "a new tag under the freed name");

        assertEquals(eclipsing.id(), renamed.id());
        assertEquals(List.of("EB_any"), kb.history(OID).versions().get(0).tags());
        assertEquals(v1.changedAt(), kb.history(OID).versions().get(0).changedAt());
        assertEquals(List.of(kb.history(OID).versions().get(0)), kb.find().tag("EB_any").records());
        assertEquals(List.of(), kb.find().tag("Eclipsing").records());

        List<TagVersion> history = kb.tagHistory("EB_any");
        assertEquals(List.of("Eclipsing", "Eclipsing", "EB_any"), history.stream().map(v -> v.tag().name()).toList());
        assertEquals(List.of("any eclipsing binary", "eclipsing binary of any sub-type",
                "eclipsing binary of any sub-type"), history.stream().map(v -> v.tag().description()).toList());
        assertEquals(List.of(1, 2, 3), history.stream().map(TagVersion::version).toList());
        assertTrue(history.stream().allMatch(v -> v.author().equals(firstAuthor()) && v.origin().equals("local")));
        TagVersion fresh = kb.tagHistory("Eclipsing").get(0);
        assertEquals(secondAuthor(), fresh.author());
        assertTrue(fresh.tag().id() != renamed.id());
    }

    @Test
    void aJsonBackupRestoresEveryVersionExactly() {
        KnowledgeBase kb = emptyBase();
        populate(kb);
        kb.renameTag("uncertain", "unsure");
        kb.defineTag("EA", "eclipsing binary, Algol type", 40);
        List<ObjectRecord> versions = kb.find().allVersions().records();
        assertEquals(6, versions.size());
        Path backup = dir.resolve("kb-backup.json");
        kb.exportTo(backup);

        KnowledgeBase copy = remember(newRestoreTarget());
        ImportSummary summary = copy.restoreFrom(backup);

        assertEquals(new ImportSummary(4, 6, 3, 6), summary);
        assertSameVersions(versions, copy.find().allVersions().records());
        assertEquals(kb.tags(), copy.tags());
        for (String tag : kb.tags().names()) {
            assertEquals(kb.tagHistory(tag), copy.tagHistory(tag), tag);
        }
        assertEquals(4, copy.annotate(OID).addTags("unsure").save().version(), "the copy carries on");
    }

    @Test
    void restoreNeedsAnEmptyBaseAndAnIntactBackup() throws IOException {
        KnowledgeBase kb = emptyBase();
        populate(kb);
        Path backup = dir.resolve("kb-backup.json");
        kb.exportTo(backup);
        InvalidInputException notEmpty = assertThrows(InvalidInputException.class, () -> kb.restoreFrom(backup));
        assertTrue(notEmpty.getMessage().contains("an empty knowledge base"), notEmpty.getMessage());

        KnowledgeBase target = remember(newRestoreTarget());
        String json = Files.readString(backup);
        Path gap = dir.resolve("gap.json");
        Files.writeString(gap, json.replaceFirst("\"version\" : 2,", "\"version\" : 7,"));
        InvalidInputException damaged = assertThrows(InvalidInputException.class, () -> target.restoreFrom(gap));
        assertTrue(damaged.getMessage().contains("without gaps"), damaged.getMessage());

        Path truncated = dir.resolve("truncated.json");
        Files.writeString(truncated, json.substring(0, json.length() / 2));
        assertThrows(InvalidInputException.class, () -> target.restoreFrom(truncated));
        Path other = dir.resolve("other.json");
        Files.writeString(other, "{\"tags\": [], \"objects\": []}");
        assertThrows(InvalidInputException.class, () -> target.restoreFrom(other));
        assertTrue(target.tags().isEmpty() && target.find().count() == 0, "failed restores leave nothing behind");
        Path newFile = dir.resolve("from-damaged.duckdb");
        assertThrows(InvalidInputException.class, () -> KnowledgeBase.restore(gap, newFile));
        assertTrue(Files.notExists(newFile), "a failed restore into a new file removes the file");
    }
}
