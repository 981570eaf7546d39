package org.ztfkit.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ztfkit.errors.StoreException;

/**
 * The embedded database schema (external-services.md §19), as ordered SQL scripts under
 * {@code org/ztfkit/store/schema/}. A read-write store applies the scripts it has not applied yet and records them
 * in {@code schema_script}; scripts are never edited once released, only added.
 */
public final class StoreSchema {
    /** Every script, in the order they apply. */
    public static final List<String> SCRIPTS = List.of(
            "001_ztf_dr.sql",
            "002_names.sql",
            "003_simulation.sql",
            "004_alerts.sql",
            "005_external_light_curves.sql",
            "006_ztf_reference.sql",
            "010_snapshot.sql",
            "020_catalogs.sql",
            "030_alert_classification.sql",
            "040_detection_zones.sql");

    private StoreSchema() {
    }

    /** Applies the scripts this database lacks. */
    static void migrate(Connection connection, String where) {
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS schema_script (name VARCHAR PRIMARY KEY, applied_at TIMESTAMPTZ)");
            for (String script : missing(connection)) {
                // One transaction per script: a script that moves rows (040) is either done or not started.
                Transactions.run(connection, c -> {
                    try (Statement inScript = c.createStatement()) {
                        for (String sql : statements(read(script))) {
                            inScript.execute(sql);
                        }
                        inScript.execute("INSERT INTO schema_script VALUES ('" + script + "', now())");
                    }
                    return null;
                });
            }
        } catch (SQLException e) {
            throw new StoreException("cannot create or update the ztfkit schema in " + where + ": " + e.getMessage(), e);
        }
    }

    /** The scripts the database has not applied (all of them for a file ztfkit did not write). */
    static List<String> missing(Connection connection) throws SQLException {
        Set<String> applied = new HashSet<>();
        try (Statement st = connection.createStatement()) {
            try (ResultSet tables = st.executeQuery(
                    "SELECT 1 FROM duckdb_tables() WHERE table_name = 'schema_script' AND schema_name = 'main'")) {
                if (!tables.next()) {
                    return SCRIPTS;
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT name FROM schema_script")) {
                while (rs.next()) {
                    applied.add(rs.getString(1));
                }
            }
        }
        return SCRIPTS.stream().filter(s -> !applied.contains(s)).toList();
    }

    static String read(String script) {
        String resource = "schema/" + script;
        try (InputStream in = StoreSchema.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new StoreException("schema script " + resource + " is missing from the ztfkit jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("cannot read schema script " + resource + ": " + e.getMessage(), e);
        }
    }

    /** Splits a script into statements at semicolons that end a line; {@code --} comments are dropped. */
    static List<String> statements(String script) {
        StringBuilder clean = new StringBuilder();
        for (String line : script.split("\n")) {
            int comment = line.indexOf("--");
            clean.append(comment >= 0 ? line.substring(0, comment) : line).append('\n');
        }
        return java.util.Arrays.stream(clean.toString().split(";\\s*\n"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
