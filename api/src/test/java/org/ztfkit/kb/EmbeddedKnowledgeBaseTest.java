package org.ztfkit.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.errors.StoreException;
import org.ztfkit.store.EmbeddedStore;

/** The embedded backend: a DuckDB file of its own, one writing process, crash-safe saves. */
class EmbeddedKnowledgeBaseTest extends SqlKnowledgeBaseContract {
    private Path file;
    private int files;

    @Override
    KnowledgeBase newEmptyBase() {
        file = dir.resolve("kb" + files++ + ".duckdb");
        return KnowledgeBase.embedded(file).as("alice");
    }

    /** A second connection to the same file in this process: DuckDB lets it write alongside the first. */
    @Override
    KnowledgeBase newSecondEditor() {
        return KnowledgeBase.embedded(file).as("bob");
    }

    @Override
    KnowledgeBase newRestoreTarget() {
        return KnowledgeBase.embedded(dir.resolve("restored" + files++ + ".duckdb")).as("alice");
    }

    @Test
    void everythingIsThereAfterReopening() {
        History before;
        try (KnowledgeBase kb = newEmptyBase()) {
            defineTags(kb);
            kb.annotate(OID).tags("SN").save();
            kb.annotate(OID).addTags("uncertain").description("reopened").save();
            before = kb.history(OID);
        }
        try (KnowledgeBase kb = KnowledgeBase.embedded(file)) {
            assertEquals(before, kb.history(OID));
            assertEquals(List.of("SN", "uncertain", "AGN", "EA"), kb.tags().names());
        }
    }

    @Test
    void theAuthorIsWhatAsNamesVerbatimOrTheSystemUser() {
        KnowledgeBase kb = emptyBase();
        defineTags(kb);
        String odd = "o'brien\"; DROP TABLE kb_tag_version; --";
        assertEquals(odd, kb.as(odd).annotate(OID).tags("SN").save().author());
        assertEquals(odd, kb.history(OID).versions().get(0).author());
        KnowledgeBase plain = remember(KnowledgeBase.embedded(dir.resolve("plain.duckdb")));
        assertEquals(System.getProperty("user.name"), plain.author());
        assertThrows(InvalidInputException.class, () -> kb.as(" "));
        assertThrows(InvalidInputException.class, () -> kb.as("a".repeat(257)));
    }

    @Test
    void aSecondProcessGetsAClearErrorNamingTheFile() throws Exception {
        Path shared = dir.resolve("shared.duckdb");
        try (KnowledgeBase kb = KnowledgeBase.embedded(shared)) {
            kb.defineTag("SN", "supernova");
        }
        Process holder = ChildJvm.start(EmbeddedChild.class, dir.resolve("hold.err"), "hold", shared.toString());
        try {
            BufferedReader out = ChildJvm.stdout(holder);
            assertEquals("open", out.readLine(), () -> "child failed: " + read(dir.resolve("hold.err")));
            StoreException e = assertThrows(StoreException.class, () -> KnowledgeBase.embedded(shared));
            assertTrue(e.getMessage().contains(shared.toAbsolutePath().toString())
                    && e.getMessage().contains("process " + holder.pid())
                    && e.getMessage().contains("one writer at a time") && e.getMessage().contains("Close it there"),
                    e.getMessage());
        } finally {
            holder.getOutputStream().close();
            assertTrue(holder.waitFor(30, TimeUnit.SECONDS));
        }
        try (KnowledgeBase kb = KnowledgeBase.embedded(shared)) {
            assertEquals(List.of("SN"), kb.tags().names(), "the file is intact after the refused open");
        }
    }

    @Test
    void aProcessKilledInTheMiddleOfSavingLeavesEveryCommittedSaveAndNothingHalfWritten() throws Exception {
        Path crashed = dir.resolve("crashed.duckdb");
        long[] oids = {OID, OID2, OID3};
        Process writer = ChildJvm.start(EmbeddedChild.class, dir.resolve("write.err"), "write", crashed.toString(),
                String.valueOf(OID), String.valueOf(OID2), String.valueOf(OID3));
        Map<Long, Integer> reported = new HashMap<>();
        try {
            BufferedReader out = ChildJvm.stdout(writer);
            for (int i = 0; i < 300; i++) {
                String line = out.readLine();
                assertTrue(line != null && line.startsWith("saved "), () -> "child failed: " + read(dir.resolve("write.err")));
                String[] f = line.split(" ");
                reported.put(Long.parseLong(f[1]), Integer.parseInt(f[2]));
            }
        } finally {
            writer.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no close, mid-save
            assertTrue(writer.waitFor(30, TimeUnit.SECONDS));
        }
        try (KnowledgeBase kb = KnowledgeBase.embedded(crashed).as("after")) {
            for (long oid : oids) {
                List<ObjectRecord> versions = kb.history(oid).versions();
                assertTrue(versions.size() >= reported.get(oid), oid + ": " + versions.size() + " < " + reported.get(oid));
                for (int v = 0; v < versions.size(); v++) {
                    ObjectRecord r = versions.get(v);
                    assertEquals(v + 1, r.version());
                    assertTrue(r.description().matches("save \\d+ x{2000}"), "complete description");
                    assertEquals(List.of(Long.parseLong(r.description().split(" ")[1]) % 2 == 0 ? "SN" : "AGN"), r.tags());
                }
                assertEquals(kb.object(oid), kb.history(oid).current());
                int next = versions.size() + 1;
                assertEquals(next, kb.annotate(oid).description("after the crash").save().version());
            }
        }
    }

    @Test
    void aFileThatIsNotAKnowledgeBaseIsLeftAlone() {
        Path sky = dir.resolve("sky.duckdb");
        EmbeddedStore.open(sky).close();
        StoreException e = assertThrows(StoreException.class, () -> KnowledgeBase.embedded(sky));
        assertTrue(e.getMessage().contains("is not a knowledge base") && e.getMessage().contains("ztf_object"),
                e.getMessage());
        assertThrows(StoreException.class, () -> KnowledgeBase.embedded(dir.resolve("no/such/dir/kb.duckdb")));
    }

    @Test
    void anInMemoryBaseWorksLikeAFile() {
        try (KnowledgeBase kb = KnowledgeBase.inMemory().as("alice")) {
            defineTags(kb);
            ObjectRecord r = kb.annotate(OID).tags("EA").save();
            assertEquals(List.of(r), kb.history(OID).versions());
            assertTrue(kb.toString().contains("in-memory DuckDB") && kb.toString().contains("alice"), kb.toString());
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (java.io.IOException e) {
            return "(no stderr: " + e.getMessage() + ")";
        }
    }
}
