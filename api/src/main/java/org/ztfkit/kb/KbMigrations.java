package org.ztfkit.kb;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.ztfkit.errors.StoreException;

/**
 * The knowledge-base schema as numbered SQL scripts per database under {@code org/ztfkit/kb/schema/<dialect>/},
 * applied in order and recorded in table {@code kb_migration}. Released scripts are never edited, only added.
 */
final class KbMigrations {
    /** Scripts of each dialect; script {@code i} (0-based) brings the schema to version {@code i + 1}. */
    static List<String> scripts(SqlBackend.Dialect dialect) {
        return switch (dialect) {
            case DUCKDB -> List.of("001_knowledge_base.sql");
            case POSTGRES -> List.of("001_tables.sql", "002_history_guards.sql");
        };
    }

    private KbMigrations() {
    }

    /** The latest schema version this ztfkit knows for a dialect. */
    static int latest(SqlBackend.Dialect dialect) {
        return scripts(dialect).size();
    }

    /**
     * Brings the schema to version {@code target}, applying each missing script in its own transaction.
     *
     * @return the schema version after migrating
     */
    static int migrate(Connection c, SqlBackend.Dialect dialect, String where, int target) throws SQLException {
        List<String> scripts = scripts(dialect);
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS kb_migration (version INTEGER PRIMARY KEY, script VARCHAR NOT NULL, "
                    + "applied_at TIMESTAMPTZ NOT NULL)");
        }
        int version = version(c, dialect, where);
        boolean auto = c.getAutoCommit();
        try {
            for (int v = version + 1; v <= target; v++) {
                c.setAutoCommit(false);
                try (Statement st = c.createStatement()) {
                    if (dialect == SqlBackend.Dialect.POSTGRES) {
                        st.execute("SELECT pg_advisory_xact_lock(hashtext('ztfkit.kb.migrations'))");
                        if (version(c, dialect, where) >= v) { // another admin applied it meanwhile
                            c.commit();
                            continue;
                        }
                    }
                    st.execute(read(dialect, scripts.get(v - 1)));
                    try (PreparedStatement ps = c.prepareStatement(
                            "INSERT INTO kb_migration (version, script, applied_at) VALUES (?, ?, now())")) {
                        ps.setInt(1, v);
                        ps.setString(2, scripts.get(v - 1));
                        ps.executeUpdate();
                    }
                    c.commit();
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    throw e;
                }
            }
        } finally {
            c.setAutoCommit(auto);
        }
        return version(c, dialect, where);
    }

    /**
     * The schema version of a database: 0 when it has no knowledge base. A version newer than this ztfkit knows is
     * an error (an older ztfkit must not write into a schema it does not understand).
     */
    static int version(Connection c, SqlBackend.Dialect dialect, String where) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_name = 'kb_migration'")) {
            rs.next();
            if (rs.getLong(1) == 0) {
                return 0;
            }
        }
        int version;
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT coalesce(max(version), 0) FROM kb_migration")) {
            rs.next();
            version = rs.getInt(1);
        }
        if (version > latest(dialect)) {
            throw new StoreException("the knowledge base in " + where + " has schema version " + version
                    + ", newer than this ztfkit knows (" + latest(dialect) + "): upgrade ztfkit to use it");
        }
        return version;
    }

    /** The names of the tables a DuckDB file holds that are not the knowledge base's. */
    static List<String> foreignTables(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT table_name FROM information_schema.tables "
                     + "WHERE table_name NOT LIKE 'kb\\_%' ESCAPE '\\' ORDER BY table_name")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static String read(SqlBackend.Dialect dialect, String script) {
        String resource = "schema/" + dialect.name().toLowerCase(java.util.Locale.ROOT) + "/" + script;
        try (InputStream in = KbMigrations.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new StoreException("knowledge-base schema script " + resource + " is missing from the ztfkit jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("cannot read knowledge-base schema script " + resource + ": " + e.getMessage(), e);
        }
    }
}
