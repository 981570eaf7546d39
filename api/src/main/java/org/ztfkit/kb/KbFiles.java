package org.ztfkit.kb;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.ztfkit.errors.StoreException;

/**
 * The current records as a CSV or Parquet file, written by DuckDB's {@code COPY} from a scratch in-memory table
 * (whatever backend the records came from). Columns: {@code oid, version, tags, description, simbadid, author,
 * changed_at, origin}; in CSV, tags are space-separated and {@code changed_at} is ISO-8601 UTC; in Parquet, tags
 * are a list of strings and {@code changed_at} a UTC timestamp.
 */
final class KbFiles {
    enum Format { CSV, PARQUET }

    private KbFiles() {
    }

    static void writeCurrent(Path file, List<ObjectRecord> records, Format format) {
        Path abs = file.toAbsolutePath();
        if (abs.getParent() != null && !Files.isDirectory(abs.getParent())) {
            throw new StoreException("cannot write " + abs + ": directory " + abs.getParent() + " does not exist");
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            st.execute("SET TimeZone = 'UTC'");
            st.execute("CREATE TABLE kb_export (oid BIGINT, version INTEGER, tags VARCHAR[], description VARCHAR, "
                    + "simbadid VARCHAR, author VARCHAR, changed_at TIMESTAMPTZ, origin VARCHAR)");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO kb_export VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (ObjectRecord r : records) {
                    ps.setLong(1, r.oid().value());
                    if (r.version() == ObjectRecord.UNNUMBERED) {
                        ps.setNull(2, Types.INTEGER);
                    } else {
                        ps.setInt(2, r.version());
                    }
                    ps.setArray(3, c.createArrayOf("varchar", r.tags().toArray()));
                    ps.setString(4, r.description());
                    ps.setString(5, r.simbadId());
                    ps.setString(6, r.author());
                    ps.setObject(7, OffsetDateTime.ofInstant(r.changedAt(), ZoneOffset.UTC));
                    ps.setString(8, r.origin());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            String target = "'" + abs.toString().replace("'", "''") + "'";
            st.execute(switch (format) {
                case CSV -> "COPY (SELECT oid, version, array_to_string(tags, ' ') AS tags, description, simbadid, "
                        + "author, strftime(changed_at, '%Y-%m-%dT%H:%M:%S.%fZ') AS changed_at, origin "
                        + "FROM kb_export ORDER BY oid) TO " + target + " (HEADER)";
                case PARQUET -> "COPY (SELECT * FROM kb_export ORDER BY oid) TO " + target + " (FORMAT PARQUET)";
            });
        } catch (SQLException e) {
            throw new StoreException("cannot write " + abs + ": " + SqlBackend.firstLine(e.getMessage()), e);
        }
    }
}
