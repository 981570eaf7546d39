package org.ztfkit.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Load and fault test of a shared PostgreSQL knowledge base: two writer processes ({@link LoadWriter}) × 1,000
 * edits on the same few objects, so that many edits conflict. Afterwards every accepted edit is in the history,
 * every rejected one was reported to its writer and left no trace, and every current record is the last accepted
 * version. A second run kills one writer with SIGKILL mid-run: nothing accepted is lost and the base stays
 * consistent and writable. Prints the counts and edits per second.
 *
 * <p>Tagged {@code load}: not part of the default build; run with {@code mvn -B -ntp -pl api test -Pload}.
 */
@Tag("load")
class KnowledgeBaseLoadTest {
    private static final int EDITS = 1000;
    private static PostgresFixture pg;
    private static String url;

    @TempDir
    Path dir;

    /** One logged outcome: an edit id like {@code login#17}, the object, and the version saved (accepted only). */
    record Outcome(String writer, int index, boolean accepted, long oid, int version) {
        String id() {
            return writer + "#" + index;
        }
    }

    @BeforeAll
    static void base() {
        pg = new PostgresFixture();
        url = pg.createDatabase();
        pg.addEditor(url, "writer_a");
        pg.addEditor(url, "writer_b");
        try (KnowledgeBase kb = pg.connect(url, "writer_a")) {
            KnowledgeBaseContract.defineTags(kb);
        }
    }

    @AfterAll
    static void cleanUp() {
        pg.close();
    }

    private Process writer(String user, long seed, long[] oids) throws IOException {
        List<String> args = new ArrayList<>(List.of(url, pg.login(user), PostgresFixture.password(user),
                String.valueOf(EDITS), dir.resolve(user + ".log").toString(), String.valueOf(seed)));
        for (long oid : oids) {
            args.add(String.valueOf(oid));
        }
        return ChildJvm.start(LoadWriter.class, dir.resolve(user + ".err"), args.toArray(String[]::new));
    }

    private static long[] oids(int first) {
        long[] out = new long[8];
        for (int i = 0; i < out.length; i++) {
            out[i] = 633207400000000L + first + i;
        }
        return out;
    }

    @Test
    void twoWritersOfAThousandEditsEachLoseNothing() throws Exception {
        long[] oids = oids(100);
        Process a = writer("writer_a", 1, oids);
        Process b = writer("writer_b", 2, oids);
        finish(a, "writer_a");
        finish(b, "writer_b");

        List<Outcome> outcomes = new ArrayList<>(outcomes("writer_a"));
        outcomes.addAll(outcomes("writer_b"));
        assertEquals(2 * EDITS, outcomes.size(), "every edit was reported to its writer");
        Stats stats = check(oids, outcomes, Optional.empty());
        assertTrue(stats.rejected > 0, "the writers competed for the same objects: some edits must conflict");
        double seconds = Math.max(millis("writer_a"), millis("writer_b")) / 1000.0;
        System.out.printf("knowledge-base load: 2 writers x %d edits on %d objects: %d accepted, %d rejected "
                        + "(conflicts), %d versions; %.0f edits/s (%.0f accepted/s) over %.1f s%n", EDITS, oids.length,
                stats.accepted, stats.rejected, stats.versions, 2 * EDITS / seconds, stats.accepted / seconds, seconds);
    }

    @Test
    void aWriterKilledMidRunLosesNothingAcceptedAndTheBaseStaysConsistent() throws Exception {
        long[] oids = oids(200);
        Process a = writer("writer_a", 3, oids);
        Process b = writer("writer_b", 4, oids);
        Path bLog = dir.resolve("writer_b.log");
        while (lines(bLog) < EDITS / 3) {
            assertTrue(b.isAlive(), () -> "writer_b ended early: " + read(dir.resolve("writer_b.err")));
            Thread.sleep(20);
        }
        b.destroyForcibly(); // SIGKILL on Linux: the process dies between any two instructions
        assertTrue(b.waitFor(60, TimeUnit.SECONDS));
        finish(a, "writer_a");

        List<Outcome> killed = outcomes("writer_b");
        assertTrue(killed.size() < EDITS, "writer_b was killed before it finished");
        List<Outcome> outcomes = new ArrayList<>(outcomes("writer_a"));
        assertEquals(EDITS, outcomes.size());
        outcomes.addAll(killed);
        Stats stats = check(oids, outcomes, Optional.of(new Outcome(pg.login("writer_b"), killed.size(), true, 0, 0)));

        try (KnowledgeBase after = pg.connect(url, "writer_b")) {
            for (long oid : oids) {
                int next = after.history(oid).versions().size() + 1;
                assertEquals(next, after.annotate(oid).description("after the kill").save().version(),
                        "no lock or half-written version left behind on " + oid);
            }
        }
        System.out.printf("knowledge-base fault: writer_b killed (SIGKILL) after %d reported edits; writer_a finished "
                        + "%d; %d accepted, %d rejected, %d versions, %d saved by writer_b but unreported (killed "
                        + "between commit and log)%n", killed.size(), EDITS, stats.accepted, stats.rejected,
                stats.versions, stats.unreported);
    }

    private record Stats(int accepted, int rejected, int versions, int unreported) {
    }

    /**
     * Checks the base against the writers' logs.
     *
     * @param inFlight the edit a killed writer may have committed without logging it (its next index)
     */
    private static Stats check(long[] oids, List<Outcome> outcomes, Optional<Outcome> inFlight) {
        Map<String, ObjectRecord> saved = new HashMap<>();
        try (KnowledgeBase reader = KnowledgeBase.postgres(url, PostgresFixture.ADMIN, PostgresFixture.ADMIN_PASSWORD)) {
            for (long oid : oids) {
                List<ObjectRecord> versions = reader.history(oid).versions();
                for (int v = 0; v < versions.size(); v++) {
                    ObjectRecord r = versions.get(v);
                    assertEquals(v + 1, r.version(), "versions of " + oid + " are numbered without gaps");
                    String id = r.description().substring("edit ".length());
                    assertEquals(null, saved.put(id, r), "edit " + id + " saved once");
                    assertTrue(id.startsWith(r.author() + "#"), "version " + r + " is by the login that saved it");
                }
                assertEquals(reader.object(oid), Optional.of(versions.get(versions.size() - 1)),
                        "the current record of " + oid + " is its last version");
            }
        }
        int accepted = 0;
        int rejected = 0;
        for (Outcome o : outcomes) {
            ObjectRecord r = saved.remove(o.id());
            if (o.accepted()) {
                accepted++;
                assertTrue(r != null, "accepted edit " + o.id() + " is in the history");
                assertEquals(o.oid(), r.oid().value(), o.id());
                assertEquals(o.version(), r.version(), o.id());
            } else {
                rejected++;
                assertEquals(null, r, "rejected edit " + o.id() + " left no version");
            }
        }
        List<String> unreported = new ArrayList<>(saved.keySet());
        if (!unreported.isEmpty()) {
            assertEquals(List.of(inFlight.map(Outcome::id).orElse("(none expected)")), unreported,
                    "the only version nobody was told about is the killed writer's edit in flight");
        }
        return new Stats(accepted, rejected, accepted + unreported.size(), unreported.size());
    }

    private List<Outcome> outcomes(String user) throws IOException {
        List<Outcome> out = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve(user + ".log"))) {
            String[] f = line.split(" ");
            if (f[0].equals("DONE")) {
                continue;
            }
            String[] id = f[1].split("#");
            out.add(new Outcome(id[0], Integer.parseInt(id[1]), f[0].equals("ACCEPTED"), Long.parseLong(f[2]),
                    f[0].equals("ACCEPTED") ? Integer.parseInt(f[3]) : 0));
        }
        return out;
    }

    private long millis(String user) throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve(user + ".log"));
        return Long.parseLong(lines.get(lines.size() - 1).split(" ")[1]);
    }

    private void finish(Process p, String user) throws InterruptedException {
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), user + " did not finish");
        assertEquals(0, p.exitValue(), () -> user + " failed: " + read(dir.resolve(user + ".err")));
    }

    private static long lines(Path file) throws IOException {
        if (!Files.exists(file)) {
            return 0;
        }
        try (var s = Files.lines(file)) {
            return s.count();
        }
    }

    private static String read(Path p) {
        try {
            return Files.readAllLines(p).stream().collect(Collectors.joining("\n"));
        } catch (IOException e) {
            return "(no stderr)";
        }
    }
}
