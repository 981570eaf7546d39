package org.ztfkit.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.model.Oid;
import tech.tablesaw.api.Table;

/** The knowledge-base values on their own: what changed between versions, and how they read as text and HTML. */
class KbValuesTest {
    private static final Oid OID = Oid.of(633207400004730L);
    private static final Instant T1 = Instant.parse("2021-03-01T12:00:00.123456Z");
    private static final Instant T2 = Instant.parse("2021-04-02T10:00:00Z");
    private static final Instant T3 = Instant.parse("2021-06-01T09:30:00Z");

    private static ObjectRecord v(int version, List<String> tags, String description, String author, Instant at) {
        return new ObjectRecord(OID, version, tags, description, "", author, at, "local");
    }

    private static final ObjectRecord V1 = v(1, List.of("SN", "uncertain"), "SNAD101", "alice", T1);
    private static final ObjectRecord V2 = v(2, List.of("uncertain", "AGN"), "SNAD101", "bob", T2);
    private static final ObjectRecord V3 = v(3, List.of("uncertain", "AGN"), "<script>alert('x')</script> & more", "alice", T3);

    @Test
    void changesSayWhatEachSaveAddedRemovedAndRewrote() {
        List<Change> changes = new History(OID, List.of(V1, V2, V3)).changes();
        assertEquals("created: tags SN uncertain; description \"SNAD101\"", changes.get(0).summary());
        assertTrue(changes.get(0).before().isEmpty());
        assertEquals(List.of("AGN"), changes.get(1).tagsAdded());
        assertEquals(List.of("SN"), changes.get(1).tagsRemoved());
        assertEquals("tags +AGN −SN", changes.get(1).summary());
        assertEquals(V1, changes.get(1).before().orElseThrow());
        assertEquals("description \"SNAD101\" → \"<script>alert('x')</script> & more\"", changes.get(2).summary());
        assertEquals("v2 2021-04-02 10:00:00 UTC bob: tags +AGN −SN", changes.get(1).toString());
        assertEquals("re-saved unchanged", new Change(V3, v(4, V3.tags(), V3.description(), "carol", T3)).summary());
    }

    @Test
    void aHistoryReadsOneLinePerVersionAndKnowsItsCurrentVersion() {
        History h = new History(OID, List.of(V1, V2, V3));
        assertEquals(V3, h.current().orElseThrow());
        String[] lines = h.toString().split("\\R");
        assertEquals("History of 633207400004730: 3 versions", lines[0]);
        assertEquals("  v1 2021-03-01 12:00:00 UTC alice: created: tags SN uncertain; description \"SNAD101\"", lines[1]);
        assertEquals(4, lines.length);
        History none = new History(OID, List.of());
        assertTrue(none.current().isEmpty());
        assertEquals("History of 633207400004730: no record in the knowledge base", none.toString());

        Table t = h.table();
        assertEquals(List.of("version", "changed_at", "author", "change", "tags", "description"), t.columnNames());
        assertEquals(List.of("alice", "bob", "alice"), t.stringColumn("author").asList());
        assertEquals("uncertain AGN", t.stringColumn("tags").get(2));
    }

    @Test
    void htmlEscapesEverythingAUserTyped() {
        String html = new History(OID, List.of(V1, V2, V3)).toHtml();
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more"), html);
        assertTrue(html.indexOf(">v3<") < html.indexOf(">v1<"), "newest first, as the Viewer shows it");
        assertTrue(V3.toHtml().contains("&lt;script&gt;") && !V3.toHtml().contains("<script>"));
        assertTrue(V3.toHtml().startsWith("<div class=\"ztfkit-kb-record\"><b>633207400004730</b> v3"));

        TagList tags = new TagList(List.of(new Tag(1, "SN", "supernova <b>not bold</b>", 0)));
        assertTrue(tags.toHtml().contains("supernova &lt;b&gt;not bold&lt;/b&gt;"), tags.toHtml());
    }

    @Test
    void recordsAndTagsReadOnOneLine() {
        assertEquals("633207400004730 v1 [SN uncertain] by alice, 2021-03-01 12:00:00 UTC: \"SNAD101\"", V1.toString());
        String longer = v(2, List.of(), "a".repeat(100), "bob", T2).toString();
        assertTrue(longer.endsWith("a…\"") && longer.length() < 140, longer);
        assertEquals("Tag[EA \"Algol-type eclipsing binary\", priority 12]",
                new Tag(4, "EA", "Algol-type eclipsing binary", 12).toString());
    }

    @Test
    void aTagListIsInDisplayOrderAndPlacesNewTagsLast() {
        TagList tags = new TagList(List.of(new Tag(1, "uncertain", "", 11), new Tag(2, "SN", "supernova", 10),
                new Tag(3, "AGN", "", 11)));
        assertEquals(List.of("SN", "AGN", "uncertain"), tags.names(), "priority, then name");
        assertEquals(12, tags.nextPriority());
        assertEquals(0, new TagList(List.of()).nextPriority());
        assertEquals(List.of("SN", "uncertain", "gone"), tags.inDisplayOrder(List.of("gone", "uncertain", "SN")));
        String[] lines = tags.toString().split("\\R");
        assertEquals("3 tags:", lines[0]);
        assertEquals("    10  SN         supernova", lines[1]);
        Table t = tags.table();
        assertEquals(List.of("SN", "AGN", "uncertain"), t.stringColumn("name").asList());
    }

    @Test
    void tagsCheckTheirOwnNameAndDescription() {
        assertThrows(InvalidInputException.class, () -> new Tag(1, "two words", "", 0));
        assertThrows(InvalidInputException.class, () -> new Tag(1, "SN", "d".repeat(10_001), 0));
    }
}
