package org.ztfkit.kb;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.errors.StoreException;

/**
 * Sets up a shared knowledge base in a PostgreSQL database and manages who may use it. Run by the base's admin:
 * the login that owns the tables (or a superuser); the database itself must exist ({@code createdb kb}).
 *
 * <pre>{@code
 * try (var admin = KbPostgresAdmin.connect("jdbc:postgresql://db.example.org/kb", "kbadmin", adminPassword)) {
 *     admin.setup();                        // schema (versioned migrations), roles kb_reader and kb_editor, grants
 *     admin.addEditor("alice", "s3cret");   // may read and save
 *     admin.addReader("rita", "pa55");      // may read
 * }
 * var kb = KnowledgeBase.postgres("jdbc:postgresql://db.example.org/kb", "alice", "s3cret");
 * }</pre>
 *
 * <p>What the database enforces after {@link #setup()}, whatever client is used: readers ({@code kb_reader}) may
 * only read; editors ({@code kb_editor}) may also add versions; the author and time of every version are the login
 * and clock of the database session that inserted it; version rows cannot be updated or deleted by anyone, the
 * owner included (triggers); two saves based on the same version cannot both succeed. Group roles are cluster-wide
 * in PostgreSQL: give each knowledge base its own role names with {@link #withRoles} when one server holds several.
 */
public final class KbPostgresAdmin implements AutoCloseable {
    public static final String DEFAULT_READER_ROLE = "kb_reader";
    public static final String DEFAULT_EDITOR_ROLE = "kb_editor";

    private static final String HISTORY_TABLES = "kb_tag_version, kb_object_version";
    private static final String READABLE = HISTORY_TABLES + ", kb_tag, kb_object, kb_migration";

    private final Connection connection;
    private final String where;
    private final String readerRole;
    private final String editorRole;

    private KbPostgresAdmin(Connection connection, String where, String readerRole, String editorRole) {
        this.connection = connection;
        this.where = where;
        this.readerRole = readerRole;
        this.editorRole = editorRole;
    }

    /**
     * Connects as the admin of the database at {@code jdbcUrl}.
     *
     * <pre>{@code
     * var admin = KbPostgresAdmin.connect("jdbc:postgresql://localhost/kb", "kbadmin", adminPassword);
     * }</pre>
     */
    public static KbPostgresAdmin connect(String jdbcUrl, String user, String password) {
        String where = "shared PostgreSQL " + SqlBackend.displayUrl(String.valueOf(jdbcUrl));
        Connection c = SqlBackend.connectPostgres(SqlBackend.postgresConnector(jdbcUrl, user, password), where, user);
        return new KbPostgresAdmin(c, where, DEFAULT_READER_ROLE, DEFAULT_EDITOR_ROLE);
    }

    /**
     * The same admin connection, managing other group role names than {@code kb_reader} and {@code kb_editor}.
     *
     * <pre>{@code
     * admin.withRoles("kb_snad_reader", "kb_snad_editor").setup();
     * }</pre>
     */
    public KbPostgresAdmin withRoles(String readerRole, String editorRole) {
        return new KbPostgresAdmin(connection, where, roleName(readerRole), roleName(editorRole));
    }

    /**
     * Creates or upgrades the knowledge base: applies the schema migrations this database lacks (recorded in
     * {@code kb_migration}), creates the reader and editor group roles if missing, and grants them their rights.
     * Safe to run again.
     *
     * @return the schema version now
     */
    public int setup() {
        return migrateTo(KbMigrations.latest(SqlBackend.Dialect.POSTGRES));
    }

    int migrateTo(int version) {
        return run("set up the knowledge base", c -> {
            int now = KbMigrations.migrate(c, SqlBackend.Dialect.POSTGRES, where, version);
            createRole(c, readerRole, false, null);
            createRole(c, editorRole, false, null);
            execute(c, "REVOKE ALL ON " + READABLE + " FROM PUBLIC");
            execute(c, format(c, "GRANT SELECT ON " + READABLE + " TO %I", readerRole));
            execute(c, format(c, "GRANT INSERT ON " + HISTORY_TABLES + " TO %I", editorRole));
            execute(c, format(c, "GRANT %I TO %I", readerRole, editorRole));
            String database = currentDatabase(c);
            execute(c, format(c, "REVOKE CONNECT, TEMPORARY ON DATABASE %I FROM PUBLIC", database));
            execute(c, format(c, "GRANT CONNECT ON DATABASE %I TO %I", database, readerRole));
            return now;
        });
    }

    /** The schema version of the database (0 before {@link #setup()}). */
    public int schemaVersion() {
        return run("read the schema version", c -> KbMigrations.version(c, SqlBackend.Dialect.POSTGRES, where));
    }

    /**
     * Lets a login read and save: creates the login with this password if it does not exist, and makes it a member
     * of the editor role.
     *
     * <pre>{@code
     * admin.addEditor("alice", "s3cret");
     * }</pre>
     */
    public void addEditor(String login, String password) {
        addMember(login, password, editorRole);
    }

    /**
     * Lets a login read: creates the login with this password if it does not exist, and makes it a member of the
     * reader role.
     *
     * <pre>{@code
     * admin.addReader("rita", "pa55");
     * }</pre>
     */
    public void addReader(String login, String password) {
        addMember(login, password, readerRole);
    }

    private void addMember(String login, String password, String group) {
        roleName(login);
        if (password == null || password.isEmpty()) {
            throw InvalidInputException.of("password", "a non-empty password", "", "logins connect with a password");
        }
        run("add login " + login, c -> {
            createRole(c, login, true, password);
            execute(c, format(c, "GRANT %I TO %I", group, login));
            return null;
        });
    }

    @Override
    public void close() {
        SqlBackend.closeQuietly(connection);
    }

    @Override
    public String toString() {
        return "KbPostgresAdmin[" + where + ", roles " + readerRole + " and " + editorRole + "]";
    }

    // ---------------------------------------------------------------- helpers

    private static String roleName(String name) {
        if (name == null || !name.matches("[A-Za-z_][A-Za-z0-9_]{0,62}")) {
            throw InvalidInputException.of("role name", "1–63 letters, digits and '_', starting with a letter or '_'",
                    String.valueOf(name), "");
        }
        return name;
    }

    private static void createRole(Connection c, String role, boolean login, String password) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
            ps.setString(1, role);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
        }
        execute(c, login ? format(c, "CREATE ROLE %I LOGIN PASSWORD %L", role, password) : format(c, "CREATE ROLE %I NOLOGIN", role));
    }

    /** PostgreSQL's own {@code format()}: {@code %I} quotes an identifier, {@code %L} a literal. */
    private static String format(Connection c, String template, String... values) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT format(?");
        for (int i = 0; i < values.length; i++) {
            sql.append(", ?");
        }
        try (PreparedStatement ps = c.prepareStatement(sql.append(')').toString())) {
            ps.setString(1, template);
            for (int i = 0; i < values.length; i++) {
                ps.setString(i + 2, values[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static String currentDatabase(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT current_database()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }

    private synchronized <T> T run(String action, SqlWork<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            if ("42501".equals(e.getSQLState())) {
                throw new PermissionDeniedException("cannot " + action + " in " + where + ": "
                        + SqlBackend.firstLine(e.getMessage()) + "; connect as the owner of the database or a superuser", e);
            }
            throw new StoreException("cannot " + action + " in " + where + ": " + SqlBackend.firstLine(e.getMessage()), e);
        }
    }
}
