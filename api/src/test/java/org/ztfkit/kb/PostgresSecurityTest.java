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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.errors.ServiceUnavailableException;
import org.ztfkit.errors.StoreException;

/**
 * What the PostgreSQL database enforces by itself, checked with plain SQL that bypasses ztfkit: authorship from the
 * login, readers cannot write, nobody rewrites history, versions without gaps; and the versioned migrations. One
 * database for the class; each test uses its own objects.
 */
class PostgresSecurityTest {
    private static final long OID = KnowledgeBaseContract.OID;
    private static PostgresFixture pg;
    private static String url;

    @BeforeAll
    static void base() {
        pg = new PostgresFixture();
        url = pg.createDatabase();
        pg.addEditor(url, "alice");
        pg.addEditor(url, "bob");
        pg.addReader(url, "rita");
        pg.addOutsider("mallory");
        try (KnowledgeBase alice = pg.connect(url, "alice")) {
            KnowledgeBaseContract.defineTags(alice);
        }
    }

    @AfterAll
    static void cleanUp() {
        pg.close();
    }

    private static Connection sqlAs(String user) throws SQLException {
        return DriverManager.getConnection(url, pg.login(user), PostgresFixture.password(user));
    }

    private static int tagId(String name) {
        try (KnowledgeBase kb = pg.connect(url, "alice")) {
            return kb.tags().get(name).orElseThrow().id();
        }
    }

    @Test
    void theAuthorAndTimeOfEveryVersionComeFromTheLoginEvenWhenSqlClaimsOtherwise() throws SQLException {
        long oid = 633207400004001L;
        try (KnowledgeBase alice = pg.connect(url, "alice")) {
            assertEquals(pg.login("alice"), alice.author());
            assertEquals(pg.login("alice"), alice.annotate(oid).tags("SN").save().author());
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> alice.as("bob"));
            assertTrue(e.getMessage().contains("connect as bob"), e.getMessage());
        }
        try (Connection c = sqlAs("alice"); Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO kb_object_version (oid, version, tag_ids, description, simbadid, changed_by, "
                    + "changed_at, origin, recorded_by) VALUES (" + oid + ", 2, '{}', 'forged', '', 'bob', "
                    + "'2000-01-01T00:00:00Z', 'snad-akb', 'bob')");
        }
        try (KnowledgeBase rita = pg.connect(url, "rita")) {
            ObjectRecord forged = rita.object(oid).orElseThrow();
            assertEquals("forged", forged.description());
            assertEquals(pg.login("alice"), forged.author());
            assertEquals("local", forged.origin());
            assertTrue(Duration.between(forged.changedAt(), Instant.now()).abs().toMinutes() < 5, forged.changedAt().toString());
        }
        assertEquals(List.of(pg.login("alice"), pg.login("alice")), column("SELECT recorded_by FROM kb_object_version "
                + "WHERE oid = " + oid + " ORDER BY version"));
    }

    @Test
    void readersReadButCannotWriteThroughZtfkitOrSql() throws SQLException {
        long oid = 633207400004002L;
        ObjectRecord saved;
        try (KnowledgeBase alice = pg.connect(url, "alice")) {
            saved = alice.annotate(oid).tags("AGN").description("readable").save();
        }
        try (KnowledgeBase rita = pg.connect(url, "rita")) {
            assertFalse(rita.canWrite());
            assertEquals(saved, rita.object(oid).orElseThrow());
            assertTrue(rita.toString().contains("read-only"), rita.toString());
            PermissionDeniedException e = assertThrows(PermissionDeniedException.class,
                    () -> rita.annotate(oid).addTags("SN").save());
            assertTrue(e.getMessage().contains(pg.login("rita")) && e.getMessage().contains("editor role"), e.getMessage());
            assertThrows(PermissionDeniedException.class, () -> rita.defineTag("mine", "a reader's tag"));
        }
        try (Connection c = sqlAs("rita"); Statement st = c.createStatement()) {
            SQLException e = assertThrows(SQLException.class, () -> st.executeUpdate("INSERT INTO kb_object_version "
                    + "(oid, version, tag_ids, description, simbadid) VALUES (" + oid + ", 2, '{}', 'x', '')"));
            assertEquals("42501", e.getSQLState());
        }
        try (KnowledgeBase alice = pg.connect(url, "alice")) {
            assertEquals(List.of(saved), alice.history(oid).versions());
        }
    }

    @Test
    void nobodyCanUpdateDeleteOrTruncateHistoryNotEvenTheOwner() throws SQLException {
        long oid = 633207400004003L;
        try (KnowledgeBase alice = pg.connect(url, "alice")) {
            alice.annotate(oid).tags("SN").description("kept forever").save();
        }
        List<String> rewrites = List.of(
                "UPDATE kb_object_version SET description = 'rewritten' WHERE oid = " + oid,
                "DELETE FROM kb_object_version WHERE oid = " + oid,
                "TRUNCATE kb_object_version",
                "UPDATE kb_tag_version SET name = 'renamed' WHERE name = 'SN'",
                "DELETE FROM kb_tag_version",
                "TRUNCATE kb_tag_version CASCADE");
        try (Connection c = sqlAs("alice"); Statement st = c.createStatement()) {
            for (String sql : rewrites) {
                SQLException e = assertThrows(SQLException.class, () -> st.execute(sql), sql);
                assertEquals("42501", e.getSQLState(), sql);
            }
        }
        try (Connection c = PostgresFixture.adminConnection(url.substring(url.lastIndexOf('/') + 1));
             Statement st = c.createStatement()) {
            for (String sql : rewrites) {
                SQLException e = assertThrows(SQLException.class, () -> st.execute(sql), sql);
                assertTrue(e.getMessage().contains("append-only"), sql + ": " + e.getMessage());
            }
        }
        assertEquals(List.of("kept forever"), column("SELECT description FROM kb_object_version WHERE oid = " + oid));
        assertTrue(column("SELECT name FROM kb_tag").contains("SN"));
    }

    @Test
    void versionsHaveNoGapsAndNameOnlyExistingTags() throws SQLException {
        long oid = 633207400004004L;
        try (KnowledgeBase alice = pg.connect(url, "alice")) {
            alice.annotate(oid).tags("SN").save();
        }
        try (Connection c = sqlAs("bob"); Statement st = c.createStatement()) {
            SQLException stale = assertThrows(SQLException.class, () -> st.executeUpdate("INSERT INTO kb_object_version "
                    + "(oid, version, tag_ids, description, simbadid) VALUES (" + oid + ", 1, '{}', 'stale', '')"));
            assertEquals("23505", stale.getSQLState());
            SQLException gap = assertThrows(SQLException.class, () -> st.executeUpdate("INSERT INTO kb_object_version "
                    + "(oid, version, tag_ids, description, simbadid) VALUES (" + oid + ", 5, '{}', 'gap', '')"));
            assertEquals("23514", gap.getSQLState());
            SQLException unknown = assertThrows(SQLException.class, () -> st.executeUpdate("INSERT INTO kb_object_version "
                    + "(oid, version, tag_ids, description, simbadid) VALUES (" + oid + ", 2, '{9999}', 'x', '')"));
            assertEquals("23503", unknown.getSQLState());
            SQLException taken = assertThrows(SQLException.class, () -> st.executeUpdate("INSERT INTO kb_tag_version "
                    + "(tag_id, version, name, description, priority) VALUES (" + tagId("EA") + ", 2, 'SN', '', 0)"));
            assertEquals("23505", taken.getSQLState());
            SQLException tooLong = assertThrows(SQLException.class, () -> st.executeUpdate("INSERT INTO kb_object_version "
                    + "(oid, version, tag_ids, description, simbadid) VALUES (" + oid + ", 2, '{}', repeat('x', 10001), '')"));
            assertEquals("23514", tooLong.getSQLState());
        }
        assertEquals(List.of("1"), column("SELECT version FROM kb_object_version WHERE oid = " + oid));
    }

    @Test
    void aSaveRacingAnUncommittedSaveWaitsForItAndIsThenRefused() throws Exception {
        long oid = 633207400004005L;
        try (KnowledgeBase alice = pg.connect(url, "alice"); Connection bob = sqlAs("bob")) {
            alice.annotate(oid).tags("SN").save();
            Annotation alicesEdit = alice.annotate(oid).addTags("uncertain"); // based on version 1
            bob.setAutoCommit(false);
            try (Statement st = bob.createStatement()) {
                st.executeUpdate("INSERT INTO kb_object_version (oid, version, tag_ids, description, simbadid) VALUES ("
                        + oid + ", 2, '{}', 'bob got there first', '')");
            }
            ExecutorService pool = Executors.newSingleThreadExecutor();
            try {
                Future<ObjectRecord> save = pool.submit(alicesEdit::save);
                while (column("SELECT count(*) FROM pg_stat_activity WHERE usename = '" + pg.login("alice")
                        + "' AND wait_event_type = 'Lock'").equals(List.of("0"))) {
                    assertFalse(save.isDone(), "alice's save should wait for bob's uncommitted version 2");
                    Thread.sleep(10);
                }
                bob.commit();
                ExecutionException e = assertThrows(ExecutionException.class, () -> save.get(30, TimeUnit.SECONDS));
                EditConflictException conflict = (EditConflictException) e.getCause();
                assertEquals("bob got there first", conflict.current().description());
                assertEquals(pg.login("bob"), conflict.current().author());
            } finally {
                pool.shutdownNow();
            }
            assertEquals(List.of(1, 2), alice.history(oid).versions().stream().map(ObjectRecord::version).toList());
        }
    }

    @Test
    void loginsOutsideTheRolesAndWrongPasswordsAreRefused() {
        PermissionDeniedException outsider = assertThrows(PermissionDeniedException.class,
                () -> pg.connect(url, "mallory"));
        assertTrue(outsider.getMessage().contains(pg.login("mallory")) && outsider.getMessage().contains("reader or editor"),
                outsider.getMessage());
        PermissionDeniedException wrong = assertThrows(PermissionDeniedException.class,
                () -> KnowledgeBase.postgres(url, pg.login("alice"), "not the password"));
        assertTrue(wrong.getMessage().contains("refused login " + pg.login("alice")), wrong.getMessage());
        ServiceUnavailableException down = assertThrows(ServiceUnavailableException.class,
                () -> KnowledgeBase.postgres("jdbc:postgresql://localhost:1/kb", "alice", "x"));
        assertTrue(down.getMessage().contains("localhost:1"), down.getMessage());
        assertThrows(InvalidInputException.class, () -> KnowledgeBase.postgres("jdbc:mysql://localhost/kb", "a", "b"));
    }

    @Test
    void onlyTheAdminMayRestoreBecauseARestoreWritesOtherPeoplesNames(@TempDir Path dir) {
        Path backup = dir.resolve("backup.json");
        try (KnowledgeBase scratch = KnowledgeBase.inMemory().as("someone else")) {
            scratch.defineTag("SN", "supernova");
            scratch.annotate(OID).tags("SN").save();
            scratch.exportTo(backup);
        }
        String empty = pg.createDatabase();
        pg.addEditor(empty, "alice");
        try (KnowledgeBase alice = pg.connect(empty, "alice")) {
            PermissionDeniedException e = assertThrows(PermissionDeniedException.class, () -> alice.restoreFrom(backup));
            assertTrue(e.getMessage().contains("admin"), e.getMessage());
            assertTrue(alice.tags().isEmpty());
        }
    }

    @Test
    void theSchemaIsMigratedStepByStepAndRecorded() throws SQLException {
        String fresh = pg.createEmptyDatabase();
        StoreException none = assertThrows(StoreException.class,
                () -> KnowledgeBase.postgres(fresh, PostgresFixture.ADMIN, PostgresFixture.ADMIN_PASSWORD));
        assertTrue(none.getMessage().contains("holds no ztfkit knowledge base") && none.getMessage().contains("setup()"),
                none.getMessage());
        try (KbPostgresAdmin admin = pg.admin(fresh)) {
            assertEquals(0, admin.schemaVersion());
            assertEquals(1, admin.migrateTo(1));
            admin.addEditor(pg.login("alice"), PostgresFixture.password("alice"));
            StoreException behind = assertThrows(StoreException.class, () -> pg.connect(fresh, "alice"));
            assertTrue(behind.getMessage().contains("schema version 1, this ztfkit needs 2"), behind.getMessage());
            try (Connection c = PostgresFixture.adminConnection(fresh.substring(fresh.lastIndexOf('/') + 1));
                 Statement st = c.createStatement()) {
                st.executeUpdate("INSERT INTO kb_tag_version VALUES (1, 1, 'SN', 'supernova', 0, 'early', now(), 'local')");
            }
            assertEquals(2, admin.setup());
            assertEquals(2, admin.setup(), "setup is safe to run again");
        }
        try (KnowledgeBase alice = pg.connect(fresh, "alice")) {
            assertEquals(List.of("SN"), alice.tags().names(), "data from version 1 kept");
            assertEquals("early", alice.tagHistory("SN").get(0).author());
            assertEquals(pg.login("alice"), alice.annotate(OID).tags("SN").save().author(), "version 2 guards active");
        }
        List<String> migrations = new ArrayList<>();
        try (Connection c = PostgresFixture.adminConnection(fresh.substring(fresh.lastIndexOf('/') + 1));
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT version, script FROM kb_migration ORDER BY version")) {
            while (rs.next()) {
                migrations.add(rs.getInt(1) + " " + rs.getString(2));
            }
        }
        assertEquals(List.of("1 001_tables.sql", "2 002_history_guards.sql"), migrations);
    }

    private static List<String> column(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = PostgresFixture.adminConnection(url.substring(url.lastIndexOf('/') + 1));
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
