package org.ztfkit.kb;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Fresh PostgreSQL knowledge bases for tests, on the server {@code ./ztfkit test} starts (localhost:5432, superuser
 * {@code ztfkit_admin}). A fixture owns uniquely named group roles, logins and databases, and drops them all on
 * {@link #close()}. A missing server fails the test with instructions; it is never skipped.
 */
final class PostgresFixture implements AutoCloseable {
    static final String SERVER = "jdbc:postgresql://localhost:5432/";
    static final String ADMIN = "ztfkit_admin";
    static final String ADMIN_PASSWORD = "ztfkit_admin";

    final String prefix = "kbt_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    final String readerRole = prefix + "_reader";
    final String editorRole = prefix + "_editor";
    private final List<String> databases = new ArrayList<>();
    private final List<String> logins = new ArrayList<>();

    PostgresFixture() {
        try (Connection c = adminConnection("postgres")) {
            c.isValid(5);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL is needed for the knowledge-base tests and is not reachable at "
                    + SERVER + " as " + ADMIN + " (" + e.getMessage() + "). Start it with ./ztfkit test, or: "
                    + "pg_ctlcluster 15 main start; su postgres -c \"psql -c \\\"CREATE ROLE ztfkit_admin LOGIN "
                    + "SUPERUSER PASSWORD 'ztfkit_admin'\\\"\"", e);
        }
    }

    static Connection adminConnection(String database) throws SQLException {
        return DriverManager.getConnection(SERVER + database, ADMIN, ADMIN_PASSWORD);
    }

    /** A new database, not yet set up as a knowledge base. */
    String createEmptyDatabase() {
        String name = prefix + "_db" + databases.size();
        sql("CREATE DATABASE " + name);
        databases.add(name);
        return SERVER + name;
    }

    /** A new database set up as a knowledge base with this fixture's roles. */
    String createDatabase() {
        String url = createEmptyDatabase();
        try (KbPostgresAdmin admin = admin(url)) {
            admin.setup();
        }
        return url;
    }

    KbPostgresAdmin admin(String url) {
        return KbPostgresAdmin.connect(url, ADMIN, ADMIN_PASSWORD).withRoles(readerRole, editorRole);
    }

    /** The login name of a test user, e.g. {@code kbt_1a2b3c4d5e_alice}. */
    String login(String user) {
        return prefix + "_" + user;
    }

    static String password(String user) {
        return "pw-" + user + "-'quote";
    }

    /** Adds an editor login (created on first use) to the knowledge base at {@code url}. */
    void addEditor(String url, String user) {
        try (KbPostgresAdmin admin = admin(url)) {
            admin.addEditor(login(user), password(user));
        }
        remember(login(user));
    }

    void addReader(String url, String user) {
        try (KbPostgresAdmin admin = admin(url)) {
            admin.addReader(login(user), password(user));
        }
        remember(login(user));
    }

    /** A login that belongs to no knowledge-base role. */
    void addOutsider(String user) {
        sql("CREATE ROLE " + login(user) + " LOGIN PASSWORD 'pw-" + user + "-''quote'");
        remember(login(user));
    }

    private void remember(String login) {
        if (!logins.contains(login)) {
            logins.add(login);
        }
    }

    KnowledgeBase connect(String url, String user) {
        return KnowledgeBase.postgres(url, login(user), password(user));
    }

    private static void sql(String sql) {
        try (Connection c = adminConnection("postgres"); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        for (String db : databases) {
            sql("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
        }
        for (String login : logins) {
            sql("DROP ROLE IF EXISTS " + login);
        }
        sql("DROP ROLE IF EXISTS " + editorRole);
        sql("DROP ROLE IF EXISTS " + readerRole);
    }
}
