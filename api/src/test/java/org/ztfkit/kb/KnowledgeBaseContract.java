package org.ztfkit.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.model.Oid;
import tech.tablesaw.api.Table;

/**
 * What every knowledge-base backend must do, run against each of them (embedded DuckDB, PostgreSQL, the SNAD REST
 * API). Subclasses say how to get an empty base and a second editor of it.
 */
abstract class KnowledgeBaseContract {
    /** SNAD101 / AT2018lwh, the object of seed 001 Fig. 7. */
    static final long OID = 633207400004730L;
    static final long OID2 = 633207400004731L;
    static final long OID3 = 1735101100001234L;
    /** SQL and shell metacharacters, quotes, comment markers, dollar quoting, a newline, HTML and non-ASCII. */
    static final String NASTY = "Robert'); DROP TABLE kb_object_version; -- \" OR 1=1; $$ $tag$ \\' %_ ; /* */\n"
            + "second line ☃ 😀 <b>bold</b> & `rm -rf`";

    @TempDir
    Path dir;

    private final List<KnowledgeBase> opened = new ArrayList<>();

    /** A new, empty knowledge base, writable by the first editor. */
    abstract KnowledgeBase newEmptyBase();

    /** A second editor of the base last made by {@link #newEmptyBase()}. */
    abstract KnowledgeBase newSecondEditor();

    /** The author the base records for the first editor. */
    String firstAuthor() {
        return "alice";
    }

    /** The author the base records for the second editor. */
    String secondAuthor() {
        return "bob";
    }

    /**
     * How {@link KbQuery#records()} lists these saved records: as they are, except where the backend's object list
     * carries no version numbers.
     */
    List<ObjectRecord> listed(ObjectRecord... saved) {
        return List.of(saved);
    }

    KnowledgeBase emptyBase() {
        return remember(newEmptyBase());
    }

    KnowledgeBase secondEditor() {
        return remember(newSecondEditor());
    }

    KnowledgeBase remember(KnowledgeBase kb) {
        opened.add(kb);
        return kb;
    }

    @AfterEach
    void closeBases() {
        opened.forEach(KnowledgeBase::close);
    }

    static void defineTags(KnowledgeBase kb) {
        kb.defineTag("SN", "supernova");
        kb.defineTag("uncertain", "no classification in the public catalogs checked");
        kb.defineTag("AGN", "active galactic nucleus");
        kb.defineTag("EA", "Algol-type eclipsing binary");
    }

    // ---------------------------------------------------------------- tags

    @Test
    void tagsComeInDisplayOrderAndRedefiningWithTheSameTextChangesNothing() {
        KnowledgeBase kb = emptyBase();
        assertTrue(kb.tags().isEmpty());
        kb.defineTag("SN", "supernova");
        kb.defineTag("uncertain", "no classification in the public catalogs checked");
        kb.defineTag("EA", "Algol-type eclipsing binary", -5);
        assertEquals(List.of("EA", "SN", "uncertain"), kb.tags().names());
        assertEquals(List.of(-5, 0, 1), kb.tags().all().stream().map(Tag::priority).toList());

        Tag before = kb.tags().get("SN").orElseThrow();
        assertEquals(before, kb.defineTag("SN", "supernova"));
        Tag edited = kb.defineTag("SN", "supernova of any type");
        assertEquals(new Tag(before.id(), "SN", "supernova of any type", 0), edited);
        assertEquals(edited, kb.tags().get("SN").orElseThrow());
        assertEquals(3, kb.tags().size());
    }

    @Test
    void aTagNameBelongsToOneTag() {
        KnowledgeBase kb = emptyBase();
        defineTags(kb);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> kb.renameTag("EA", "SN"));
        assertTrue(e.getMessage().contains("'SN'"), e.getMessage());
        assertEquals(List.of("SN", "uncertain", "AGN", "EA"), kb.tags().names());
    }

    // ---------------------------------------------------------------- records and history

    @Test
    void aSavedRecordIsTheCurrentRecordAndTheFirstVersion() {
        KnowledgeBase kb = emptyBase();
        defineTags(kb);
        Instant before = Instant.now().minusSeconds(2);
        ObjectRecord saved = kb.annotate(OID).tags("uncertain", "SN").description("SNAD101, AT2018lwh")
                .simbadId("AT 2018lwh").save();
        Instant after = Instant.now().plusSeconds(2);

        assertEquals(Oid.of(OID), saved.oid());
        assertEquals(1, saved.version());
        assertEquals(List.of("SN", "uncertain"), saved.tags(), "tags in display order");
        assertEquals("SNAD101, AT2018lwh", saved.description());
        assertEquals("AT 2018lwh", saved.simbadId());
        assertEquals(firstAuthor(), saved.author());
        assertTrue(!saved.changedAt().isBefore(before) && saved.changedAt().isBefore(after), saved.changedAt().toString());
        assertEquals(Optional.of(saved), kb.object(OID));
        assertEquals(List.of(saved), kb.history(OID).versions());
        assertEquals(Optional.empty(), kb.object(OID2));
        assertTrue(kb.history(OID2).isEmpty());
    }

    @Test
    void everySaveAddsAVersionAndEarlierVersionsStayAsTheyWere() {
        KnowledgeBase kb = emptyBase();
        defineTags(kb);
        ObjectRecord v1 = kb.annotate(OID).tags("SN").description("first look").save();
        ObjectRecord v2 = kb.annotate(OID).addTags("uncertain").save();
        ObjectRecord v3 = kb.annotate(OID).removeTags("SN").description("second look: not a supernova").save();
        ObjectRecord v4 = kb.annotate(OID).save();

        History h = kb.history(OID);
        assertEquals(List.of(v1, v2, v3, v4), h.versions());
        assertEquals(List.of(1, 2, 3, 4), h.versions().stream().map(ObjectRecord::version).toList());
        assertEquals("first look", v2.description(), "fields not set keep the base's values");
        assertEquals(List.of("SN", "uncertain"), v2.tags());
        assertEquals(List.of("uncertain"), v3.tags());
        assertEquals(Optional.of(v4), h.current());

        List<Change> changes = h.changes();
        assertEquals(List.of("uncertain"), changes.get(1).tagsAdded());
        assertEquals(List.of(), changes.get(1).tagsRemoved());
        assertFalse(changes.get(1).descriptionChanged());
        assertEquals(List.of("SN"), changes.get(2).tagsRemoved());
        assertTrue(changes.get(2).descriptionChanged());
        assertEquals("re-saved unchanged", changes.get(3).summary());
    }

    @Test
    void anEditSavedTwiceAddsTwoVersions() {
        KnowledgeBase kb = emptyBase();
        defineTags(kb);
        Annotation edit = kb.annotate(OID).tags("SN");
        ObjectRecord first = edit.save();
        ObjectRecord second = edit.description("now with a note").save();
        assertEquals(List.of(first, second), kb.history(OID).versions());
    }

    // ---------------------------------------------------------------- concurrent editors

    @Test
    void theSecondOfTwoConcurrentEditsIsRefusedWithTheCurrentRecord() {
        KnowledgeBase kb = emptyBase();
        defineTags(kb);
        kb.annotate(OID).tags("SN").save();
        KnowledgeBase bob = secondEditor();

        Annotation alices = kb.annotate(OID).addTags("uncertain");
        ObjectRecord bobs = bob.annotate(OID).tags("AGN").description("bob: an AGN after all").save();
        EditConflictException e = assertThrows(EditConflictException.class, alices::save);

        assertEquals(bobs, e.current());
        assertEquals(1, e.baseVersion());
        assertEquals(Oid.of(OID), e.oid());
        assertTrue(e.getMessage().contains(String.valueOf(OID)) && e.getMessage().contains(secondAuthor())
                && e.getMessage().contains("version 2"), e.getMessage());
        assertEquals(2, kb.history(OID).versions().size(), "the refused edit left no version");
        assertEquals(Optional.of(bobs), kb.object(OID));

        ObjectRecord v3 = kb.annotate(OID).addTags("uncertain").save();
        assertEquals(3, v3.version());
        assertEquals(List.of("uncertain", "AGN"), v3.tags());
        assertEquals("bob: an AGN after all", v3.description(), "the retry built on bob's version");
    }

    @Test
    void twoEditorsCreatingTheSameRecordCannotBothSucceed() {
        KnowledgeBase kb = emptyBase();
        defineTags(kb);
        KnowledgeBase bob = secondEditor();
        Annotation alices = kb.annotate(OID2).tags("SN");
        ObjectRecord bobs = bob.annotate(OID2).tags("EA").save();
        EditConflictException e = assertThrows(EditConflictException.class, alices::save);
        assertEquals(0, e.baseVersion());
        assertEquals(bobs, e.current());
        assertEquals(List.of(bobs), kb.history(OID2).versions());
    }

    @Test
    void anEditBasedOnARecordSeenEarlierIsRefusedWhenItChangedSince() {
        KnowledgeBase kb = emptyBase();
        defineTags(kb);
        kb.annotate(OID).tags("SN").save();
        ObjectRecord seen = kb.object(OID).orElseThrow();
        ObjectRecord bobs = secondEditor().annotate(OID).addTags("uncertain").save();
        EditConflictException e = assertThrows(EditConflictException.class,
                () -> kb.annotate(seen).addTags("AGN").save());
        assertEquals(bobs, e.current());
    }

    // ---------------------------------------------------------------- queries

    @Test
    void findFiltersByTagAuthorTextAndTime() {
        KnowledgeBase kb = emptyBase();
        defineTags(kb);
        ObjectRecord r1 = kb.annotate(OID).tags("SN", "uncertain").description("SNAD101 supernova candidate").save();
        ObjectRecord r2 = kb.annotate(OID2).tags("AGN").description("SNAD123: AGN candidate").save();
        ObjectRecord r3 = secondEditor().annotate(OID3).tags("AGN", "EA").description("periodic, snad1 field").save();

        assertEquals(listed(r2, r3), kb.find().tag("AGN").records());
        assertEquals(listed(r2, r3), kb.find().tag("AGN").descriptionContains("snad1").records(), "ignores case");
        assertEquals(listed(r2), kb.find().tag("AGN").descriptionContains("SNAD123").records());
        assertEquals(listed(r3), kb.find().tag("AGN").tag("EA").records());
        assertEquals(listed(r1, r3), kb.find().anyTag("EA", "SN").records());
        assertEquals(listed(r3), kb.find().author(secondAuthor()).records());
        assertEquals(listed(r1, r2), kb.find().author(firstAuthor()).records());
        assertEquals(listed(r2), kb.find().between(r2.changedAt(), r3.changedAt()).records(), "[from, to)");
        assertEquals(3, kb.find().count());
        assertEquals(0, kb.find().descriptionContains("no such text").count());

        ObjectRecord r1b = kb.annotate(OID).removeTags("uncertain").save();
        assertEquals(listed(r1b, r2, r3), kb.find().records());
        assertEquals(List.of(r1, r1b), kb.find().allVersions().tag("SN").records().stream()
                .filter(r -> r.oid().value() == OID).toList());
        assertEquals(List.of(r1), kb.find().allVersions().tag("uncertain").records());
    }

    @Test
    void findGivesATablesawTable() {
        KnowledgeBase kb = emptyBase();
        defineTags(kb);
        ObjectRecord r1 = kb.annotate(OID).tags("SN", "uncertain").description("SNAD101").save();
        ObjectRecord r3 = kb.annotate(OID3).tags("AGN").description(NASTY).save();

        Table t = kb.find().table();
        assertEquals(List.of("oid", "version", "tags", "description", "simbadid", "author", "changed_at"),
                t.columnNames());
        assertEquals(2, t.rowCount());
        assertEquals(List.of(OID, OID3), t.longColumn("oid").asList());
        assertEquals(List.of("SN uncertain", "AGN"), t.stringColumn("tags").asList());
        assertEquals(List.of("SNAD101", NASTY), t.stringColumn("description").asList());
        assertEquals(List.of(firstAuthor(), firstAuthor()), t.stringColumn("author").asList());
        assertEquals(List.of(r1.changedAt().truncatedTo(ChronoUnit.MILLIS), r3.changedAt().truncatedTo(ChronoUnit.MILLIS)),
                t.instantColumn("changed_at").asList(), "Tablesaw keeps instants to the millisecond");
        assertEquals(1, kb.find().tag("SN").table().rowCount());
    }

    // ---------------------------------------------------------------- bad input

    @Test
    void unknownTagsAreRefusedWithTheKnownOnes() {
        KnowledgeBase kb = emptyBase();
        defineTags(kb);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> kb.annotate(OID).tags("SN", "SNN"));
        assertTrue(e.getMessage().contains("'SNN'") && e.getMessage().contains("SN, uncertain, AGN, EA")
                && e.getMessage().contains("defineTag"), e.getMessage());
        assertThrows(InvalidInputException.class, () -> kb.annotate(OID).addTags("sn"), "names are case-sensitive");
        assertThrows(InvalidInputException.class, () -> kb.find().tag("SNN"));
        assertThrows(InvalidInputException.class, () -> kb.renameTag("SNN", "SNX"));
        assertThrows(InvalidInputException.class, () -> kb.tagHistory("SNN"));
        assertTrue(kb.history(OID).isEmpty());
    }

    @Test
    void badTagNamesAreRefused() {
        KnowledgeBase kb = emptyBase();
        for (String bad : List.of("", "two words", "EA;", "SN'--", "ümlaut", "a/b", "x".repeat(257))) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> kb.defineTag(bad, "x"), bad);
            assertTrue(e.getMessage().startsWith("tag name must be"), e.getMessage());
        }
        assertThrows(InvalidInputException.class, () -> kb.defineTag(null, "x"));
        String longest = "x".repeat(256);
        kb.defineTag(longest, "the longest name allowed");
        kb.defineTag("TNS_candidate-2", "letters, digits, '_' and '-'");
        assertEquals(List.of(longest, "TNS_candidate-2"), kb.tags().names());
    }

    @Test
    void invalidOidsAreRefused() {
        KnowledgeBase kb = emptyBase();
        for (long bad : new long[] {123L, -633207400004730L, 633907400004730L, 633207400004730123L}) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> kb.annotate(bad));
            assertTrue(e.getMessage().contains("OID " + bad), e.getMessage());
            assertThrows(InvalidInputException.class, () -> kb.object(bad));
            assertThrows(InvalidInputException.class, () -> kb.history(bad));
        }
    }

    @Test
    void descriptionsUpToTheLimitAreKeptAndLongerOnesRefused() {
        KnowledgeBase kb = emptyBase();
        defineTags(kb);
        String longest = "😀".repeat(KnowledgeBase.MAX_DESCRIPTION_CHARS - 1) + "e";
        assertEquals(longest, kb.annotate(OID).description(longest).save().description());
        assertEquals(longest, kb.object(OID).orElseThrow().description());

        String tooLong = longest + "!";
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> kb.annotate(OID).description(tooLong));
        assertTrue(e.getMessage().contains("at most 10000 characters, got 10001"), e.getMessage());
        assertThrows(InvalidInputException.class, () -> kb.defineTag("long", tooLong));
        assertThrows(InvalidInputException.class, () -> kb.annotate(OID).description("nul \0 inside"));
        assertThrows(InvalidInputException.class, () -> kb.annotate(OID).description(null));
        assertThrows(InvalidInputException.class, () -> kb.annotate(OID).simbadId("s".repeat(257)));
        assertEquals(1, kb.history(OID).versions().size());
    }

    @Test
    void sqlMetacharactersInEveryTextFieldAreStoredVerbatim() {
        KnowledgeBase kb = emptyBase();
        kb.defineTag("SN", NASTY);
        kb.defineTag("x-_9", "'; DELETE FROM kb_tag_version; --");
        ObjectRecord saved = kb.annotate(OID).tags("SN", "x-_9").description(NASTY)
                .simbadId("'; TRUNCATE kb_object_version; -- \"").save();

        ObjectRecord read = kb.object(OID).orElseThrow();
        assertEquals(saved, read);
        assertEquals(NASTY, read.description());
        assertEquals("'; TRUNCATE kb_object_version; -- \"", read.simbadId());
        assertEquals(NASTY, kb.tags().get("SN").orElseThrow().description());
        assertEquals("'; DELETE FROM kb_tag_version; --", kb.tags().get("x-_9").orElseThrow().description());
        assertEquals(listed(read), kb.find().descriptionContains("DROP TABLE kb_object_version").records());
        assertEquals(2, kb.annotate(OID).description("still there").save().version(), "tables intact");
        assertEquals(2, kb.tags().size());
    }

    // ---------------------------------------------------------------- export

    @Test
    void csvAndParquetExportsHoldTheCurrentRecords() throws SQLException {
        KnowledgeBase kb = emptyBase();
        defineTags(kb);
        kb.annotate(OID).tags("SN").description("old").save();
        kb.annotate(OID).tags("SN", "uncertain").description("a \"quoted\", comma\nand a line").save();
        kb.annotate(OID3).description(NASTY).simbadId("V* XX Her").save();
        List<ObjectRecord> current = kb.find().records();

        Path parquet = dir.resolve("it's current.parquet");
        Path csv = dir.resolve("current.csv");
        kb.exportTo(parquet);
        kb.exportTo(csv);

        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            List<ObjectRecord> fromParquet = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT * FROM read_parquet('" + parquet.toString().replace("'", "''")
                    + "') ORDER BY oid")) {
                while (rs.next()) {
                    List<String> tags = Arrays.stream((Object[]) rs.getArray("tags").getArray()).map(String::valueOf).toList();
                    int version = rs.getInt("version");
                    fromParquet.add(new ObjectRecord(Oid.of(rs.getLong("oid")), rs.wasNull() ? 0 : version, tags,
                            rs.getString("description"), rs.getString("simbadid"), rs.getString("author"),
                            rs.getObject("changed_at", OffsetDateTime.class).toInstant(), rs.getString("origin")));
                }
            }
            assertEquals(current, fromParquet);

            List<ObjectRecord> fromCsv = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT * FROM read_csv('" + csv + "', all_varchar = true) ORDER BY CAST(oid AS BIGINT)")) {
                while (rs.next()) {
                    String version = rs.getString("version");
                    fromCsv.add(new ObjectRecord(Oid.parse(rs.getString("oid")),
                            version == null ? 0 : Integer.parseInt(version),
                            List.of(rs.getString("tags") == null ? new String[0] : rs.getString("tags").split(" ")),
                            rs.getString("description"), rs.getString("simbadid") == null ? "" : rs.getString("simbadid"),
                            rs.getString("author"), Instant.parse(rs.getString("changed_at")), rs.getString("origin")));
                }
            }
            assertEquals(current, fromCsv);
        }
        assertThrows(InvalidInputException.class, () -> kb.exportTo(dir.resolve("kb.xlsx")));
    }

    @Test
    void aJsonBackupRestoresIntoANewEmbeddedFileWithEveryVersion() {
        KnowledgeBase kb = emptyBase();
        populate(kb);
        Path backup = dir.resolve("backup.json");
        kb.exportTo(backup);
        try (KnowledgeBase local = KnowledgeBase.restore(backup, dir.resolve("restored.duckdb"))) {
            assertSameVersions(kb.find().allVersions().records(), local.find().allVersions().records());
            assertEquals(kb.tags(), local.tags());
        }
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> KnowledgeBase.restore(backup, dir.resolve("restored.duckdb")));
        assertTrue(e.getMessage().contains("does not exist yet"), e.getMessage());
    }

    /** Fills a base: four tags; three objects with six versions in all, by two editors. */
    void populate(KnowledgeBase kb) {
        defineTags(kb);
        KnowledgeBase bob = secondEditor();
        kb.annotate(OID).tags("SN", "uncertain").description("SNAD101").simbadId("AT 2018lwh").save();
        bob.annotate(OID).addTags("AGN").description(NASTY).save();
        kb.annotate(OID2).tags("EA").save();
        bob.annotate(OID3).description("no tags yet").save();
        kb.annotate(OID3).tags("EA", "uncertain").save();
        kb.annotate(OID).removeTags("uncertain").save();
    }

    static void assertSameVersions(List<ObjectRecord> expected, List<ObjectRecord> actual) {
        assertEquals(expected.size(), actual.size(), "number of versions");
        for (int i = 0; i < expected.size(); i++) {
            ObjectRecord e = expected.get(i);
            ObjectRecord a = actual.get(i);
            String where = e.oid() + " v" + e.version();
            assertEquals(e.oid(), a.oid(), where);
            assertEquals(e.version(), a.version(), where);
            assertEquals(e.tags(), a.tags(), where);
            assertEquals(e.description(), a.description(), where);
            assertEquals(e.simbadId(), a.simbadId(), where);
            assertEquals(e.author(), a.author(), where);
            assertEquals(e.changedAt(), a.changedAt(), where);
            assertEquals(e.origin(), a.origin(), where);
            assertEquals(e, a, where);
        }
    }

}
