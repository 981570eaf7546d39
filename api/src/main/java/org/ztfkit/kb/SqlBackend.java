package org.ztfkit.kb;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.errors.ServiceUnavailableException;
import org.ztfkit.errors.StoreException;
import org.ztfkit.model.Oid;

/**
 * The knowledge base in SQL: an embedded DuckDB file or a shared PostgreSQL database, with the same tables
 * ({@code kb_tag_version}, {@code kb_object_version}, append-only; views {@code kb_tag}, {@code kb_object} of the
 * latest versions). On PostgreSQL the database itself records the author (the login) and enforces the history
 * rules (see {@code schema/postgres/002_history_guards.sql}); on DuckDB, one process owns the file.
 */
final class SqlBackend implements KbBackend {
    enum Dialect { DUCKDB, POSTGRES }

    @FunctionalInterface
    interface Connector {
        Connection connect() throws SQLException;
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }

    /** A save found that its base is no longer the latest version; rolled back and reported as a conflict. */
    private static final class StaleBase extends RuntimeException {
        StaleBase() {
            super(null, null, false, false);
        }
    }

    private static final String ORIGIN_LOCAL = "local";
    private static final String TAG_COLUMNS = "tag_id, version, name, description, priority, changed_by, changed_at, origin";
    private static final String OBJECT_COLUMNS =
            "oid, version, tag_ids, description, simbadid, changed_by, changed_at, origin";
    private static final Pattern LOCK_HOLDER = Pattern.compile("lock is held in (.+?) \\(PID (\\d+)\\)");

    private final Dialect dialect;
    private final String description;
    private final Connector connector;
    private final String login;
    private final boolean canWrite;
    private Connection connection;

    private SqlBackend(Dialect dialect, String description, Connector connector, Connection connection, String login,
                       boolean canWrite) {
        this.dialect = dialect;
        this.description = description;
        this.connector = connector;
        this.connection = connection;
        this.login = login;
        this.canWrite = canWrite;
    }

    // ---------------------------------------------------------------- opening

    static SqlBackend duckdb(Path file) {
        Path abs = file.toAbsolutePath();
        Path parent = abs.getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new StoreException("cannot create knowledge base " + abs + ": directory " + parent + " does not exist");
        }
        Connector connector = () -> DriverManager.getConnection("jdbc:duckdb:" + abs);
        Connection c;
        try {
            c = connector.connect();
        } catch (SQLException e) {
            throw openFailure(abs, e);
        }
        return openDuckdb(c, "embedded DuckDB " + abs, connector);
    }

    static SqlBackend duckdbInMemory() {
        Connector connector = () -> DriverManager.getConnection("jdbc:duckdb:");
        try {
            return openDuckdb(connector.connect(), "in-memory DuckDB", () -> {
                throw new SQLException("an in-memory knowledge base cannot be reopened");
            });
        } catch (SQLException e) {
            throw new StoreException("cannot create an in-memory DuckDB database: " + firstLine(e.getMessage()), e);
        }
    }

    private static SqlBackend openDuckdb(Connection c, String where, Connector connector) {
        try {
            if (KbMigrations.version(c, Dialect.DUCKDB, where) == 0) {
                List<String> foreign = KbMigrations.foreignTables(c);
                if (!foreign.isEmpty()) {
                    throw new StoreException(where + " is not a knowledge base: it holds tables " + foreign
                            + "; keep the knowledge base in a file of its own, e.g. kb.duckdb");
                }
            }
            KbMigrations.migrate(c, Dialect.DUCKDB, where, KbMigrations.latest(Dialect.DUCKDB));
            return new SqlBackend(Dialect.DUCKDB, where, connector, c, null, true);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(c);
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw new StoreException("cannot create or update the knowledge-base schema in " + where + ": "
                    + firstLine(e.getMessage()), e);
        }
    }

    private static StoreException openFailure(Path file, SQLException e) {
        String msg = String.valueOf(e.getMessage());
        Matcher holder = LOCK_HOLDER.matcher(msg);
        if (msg.contains("Could not set lock")) {
            String who = holder.find() ? "process " + holder.group(2) + " (" + holder.group(1) + ")" : "another process";
            return new StoreException("cannot open knowledge base " + file + ": " + who + " has it open for writing, "
                    + "and a DuckDB file has one writer at a time. Close it there (kb.close(), or stop that notebook's "
                    + "kernel) and try again; to work on one knowledge base from several processes or people, share it "
                    + "through PostgreSQL (KnowledgeBase.postgres)", e);
        }
        return new StoreException("cannot open knowledge base " + file + " as a DuckDB database: " + firstLine(msg), e);
    }

    static SqlBackend postgres(String url, String user, String password) {
        String where = "shared PostgreSQL " + displayUrl(url);
        Connector connector = postgresConnector(url, user, password);
        Connection c = connectPostgres(connector, where, user);
        try {
            int version = KbMigrations.version(c, Dialect.POSTGRES, where);
            if (version < KbMigrations.latest(Dialect.POSTGRES)) {
                throw new StoreException(version == 0
                        ? where + " holds no ztfkit knowledge base (or " + user + " may not see it): the admin creates "
                        + "it with KbPostgresAdmin.connect(url, admin, password).setup()"
                        : "the knowledge base in " + where + " has schema version " + version + ", this ztfkit needs "
                        + KbMigrations.latest(Dialect.POSTGRES) + ": the admin upgrades it with "
                        + "KbPostgresAdmin.connect(url, admin, password).setup()");
            }
            String session;
            boolean writer;
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT session_user, has_table_privilege('kb_object_version', 'INSERT')")) {
                rs.next();
                session = rs.getString(1);
                writer = rs.getBoolean(2);
            }
            return new SqlBackend(Dialect.POSTGRES, where, connector, c, session, writer);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(c);
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw new StoreException("cannot read the knowledge-base schema of " + where + ": " + firstLine(e.getMessage()), e);
        }
    }

    static Connector postgresConnector(String url, String user, String password) {
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            throw InvalidInputException.of("url", "a PostgreSQL JDBC URL", String.valueOf(url),
                    "e.g. jdbc:postgresql://db.example.org:5432/kb");
        }
        Properties props = new Properties();
        props.setProperty("user", String.valueOf(user));
        props.setProperty("password", String.valueOf(password));
        props.setProperty("ApplicationName", "ztfkit knowledge base");
        return () -> DriverManager.getConnection(url, props);
    }

    static Connection connectPostgres(Connector connector, String where, String user) {
        try {
            return connector.connect();
        } catch (SQLException e) {
            String state = String.valueOf(e.getSQLState());
            String msg = firstLine(e.getMessage());
            if (state.equals("28P01") || state.equals("28000")) {
                throw new PermissionDeniedException(where + " refused login " + user + " (" + msg + "): check the user "
                        + "name and password, or ask the knowledge-base admin to create the login", e);
            }
            if (state.equals("42501")) {
                throw new PermissionDeniedException("login " + user + " may not connect to " + where + " (" + msg
                        + "): ask the knowledge-base admin for the reader or editor role", e);
            }
            if (state.startsWith("08")) {
                throw new ServiceUnavailableException("knowledge base", "cannot connect to " + where + ": " + msg
                        + "; check that the server runs and the host and port are right", e);
            }
            throw new StoreException("cannot connect to " + where + ": " + msg, e);
        }
    }

    /** A JDBC URL without its query string, which may carry a password. */
    static String displayUrl(String url) {
        int q = url.indexOf('?');
        return (q < 0 ? url : url.substring(0, q)).replaceFirst("^jdbc:postgresql:", "");
    }

    // ---------------------------------------------------------------- KbBackend

    @Override
    public String description() {
        return description;
    }

    @Override
    public Optional<String> recordedAuthor() {
        return Optional.ofNullable(login);
    }

    @Override
    public boolean canWrite() {
        return canWrite;
    }

    @Override
    public TagList tags() {
        return run("read the tags", SqlBackend::readTags);
    }

    @Override
    public List<TagVersion> tagVersions() {
        return run("read the tag history", c -> {
            List<TagVersion> out = new ArrayList<>();
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT " + TAG_COLUMNS + " FROM kb_tag_version ORDER BY tag_id, version")) {
                while (rs.next()) {
                    out.add(tagVersion(rs));
                }
            }
            return out;
        });
    }

    @Override
    public TagVersion writeTag(OptionalInt id, String name, String description, int priority, String author) {
        return transaction("define tag " + name, c -> {
            if (dialect == Dialect.POSTGRES) {
                try (Statement st = c.createStatement()) {
                    st.execute("SELECT pg_advisory_xact_lock(hashtext('ztfkit.kb.tags'))");
                }
            }
            Optional<Tag> clash = readTags(c).get(name).filter(t -> id.isEmpty() || t.id() != id.getAsInt());
            if (clash.isPresent()) {
                throw InvalidInputException.of("new tag name", "a name no other tag has", name, "tag '" + name
                        + "' exists already; choose another name");
            }
            int tagId = id.isPresent() ? id.getAsInt() : queryInt(c, "SELECT coalesce(max(tag_id), 0) + 1 FROM kb_tag_version");
            int version = queryInt(c, "SELECT coalesce(max(version), 0) + 1 FROM kb_tag_version WHERE tag_id = ?", tagId);
            Tag tag = new Tag(tagId, name, description, priority);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO kb_tag_version (" + TAG_COLUMNS + ") "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING changed_by, changed_at, origin")) {
                bindTag(ps, new TagVersion(tag, version, author, now(), ORIGIN_LOCAL), dialect == Dialect.POSTGRES);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return new TagVersion(tag, version, rs.getString(1), instant(rs, 2), rs.getString(3));
                }
            }
        });
    }

    @Override
    public Optional<ObjectRecord> current(Oid oid) {
        List<ObjectRecord> found = records("read " + oid, "SELECT " + OBJECT_COLUMNS + " FROM kb_object WHERE oid = ?",
                oid.value());
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    @Override
    public List<ObjectRecord> history(Oid oid) {
        return records("read the history of " + oid,
                "SELECT " + OBJECT_COLUMNS + " FROM kb_object_version WHERE oid = ? ORDER BY version", oid.value());
    }

    @Override
    public List<ObjectRecord> currentRecords() {
        return records("read the records", "SELECT " + OBJECT_COLUMNS + " FROM kb_object ORDER BY oid");
    }

    @Override
    public List<ObjectRecord> allVersions() {
        return records("read the history", "SELECT " + OBJECT_COLUMNS + " FROM kb_object_version ORDER BY oid, version");
    }

    @Override
    public ObjectRecord save(Oid oid, Optional<ObjectRecord> base, List<String> tags, String description,
                             String simbadId, String author) {
        int baseVersion = base.map(ObjectRecord::version).orElse(0);
        try {
            return transaction("save " + oid, c -> {
                TagList known = readTags(c);
                List<Integer> ids = new ArrayList<>();
                for (String name : tags) {
                    ids.add(known.get(name).orElseThrow(() -> KnowledgeBase.unknownTag(name, known)).id());
                }
                if (queryInt(c, "SELECT coalesce(max(version), 0) FROM kb_object_version WHERE oid = ?", oid.value())
                        != baseVersion) {
                    throw new StaleBase();
                }
                ObjectRecord draft = new ObjectRecord(oid, baseVersion + 1, tags, description, simbadId, author, now(),
                        ORIGIN_LOCAL);
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO kb_object_version (" + OBJECT_COLUMNS + ") "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING changed_by, changed_at, origin")) {
                    bindObject(c, ps, draft, ids, dialect == Dialect.POSTGRES);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        return new ObjectRecord(oid, draft.version(), tags, description, simbadId, rs.getString(1),
                                instant(rs, 2), rs.getString(3));
                    }
                } catch (SQLException e) {
                    if (isVersionTaken(e)) {
                        throw new StaleBase();
                    }
                    throw e;
                }
            });
        } catch (StaleBase e) {
            ObjectRecord now = current(oid).orElseThrow(() -> new StoreException("save of " + oid + " in " + description
                    + " conflicted, but the object has no record"));
            throw new EditConflictException(oid, baseVersion, now);
        }
    }

    @Override
    public void restore(List<TagVersion> tagVersions, List<ObjectRecord> objectVersions) {
        transaction("restore a backup", c -> {
            int tags = queryInt(c, "SELECT count(*) FROM kb_tag");
            int objects = queryInt(c, "SELECT count(*) FROM kb_object");
            if (tags + objects > 0) {
                throw InvalidInputException.of("restore target", "an empty knowledge base", description + " with "
                        + tags + " tags and " + objects + " objects", "restore into a new file or a new database");
            }
            if (dialect == Dialect.POSTGRES && !queryBoolean(c, "SELECT kb_is_admin('kb_object_version')")) {
                throw new PermissionDeniedException(login + " may not restore into " + description + ": a restore "
                        + "writes the backup's authors and times, which only the base's admin (the login that set it "
                        + "up) may do");
            }
            Map<String, Integer> idByName = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO kb_tag_version (" + TAG_COLUMNS + ") "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (TagVersion v : sorted(tagVersions, Comparator.comparingInt((TagVersion t) -> t.tag().id())
                        .thenComparingInt(TagVersion::version))) {
                    bindTag(ps, v, false);
                    ps.addBatch();
                    idByName.values().remove(v.tag().id());
                    idByName.put(v.tag().name(), v.tag().id());
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO kb_object_version (" + OBJECT_COLUMNS + ") "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (ObjectRecord r : sorted(objectVersions, Comparator.comparing(ObjectRecord::oid)
                        .thenComparingInt(ObjectRecord::version))) {
                    bindObject(c, ps, r, r.tags().stream().map(idByName::get).toList(), false);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    @Override
    public synchronized void close() {
        if (connection != null) {
            closeQuietly(connection);
            connection = null;
        }
    }

    // ---------------------------------------------------------------- SQL helpers

    private synchronized <T> T run(String action, SqlWork<T> work) {
        if (connection == null) {
            throw new StoreException(description + " is closed; open it again");
        }
        try {
            if (connection.isClosed()) { // PostgreSQL marks a connection closed after a network failure
                connection = connector.connect();
            }
            return work.run(connection);
        } catch (SQLException e) {
            throw failure(action, e);
        }
    }

    private <T> T transaction(String action, SqlWork<T> work) {
        return run(action, c -> {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                try {
                    c.rollback();
                } catch (SQLException suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw e;
            } finally {
                if (!c.isClosed()) {
                    c.setAutoCommit(true);
                }
            }
        });
    }

    private RuntimeException failure(String action, SQLException e) {
        String state = String.valueOf(e.getSQLState());
        String msg = firstLine(e.getMessage());
        if (state.equals("42501")) {
            return new PermissionDeniedException(login + " may not " + action + " in " + description + " (" + msg
                    + "): readers may read but not write; ask the knowledge-base admin for the editor role", e);
        }
        if (state.startsWith("08")) {
            return new ServiceUnavailableException("knowledge base", "lost the connection to " + description
                    + " while trying to " + action + " (" + msg + "); try again", e);
        }
        return new StoreException("cannot " + action + " in " + description + ": " + msg, e);
    }

    private boolean isVersionTaken(SQLException e) {
        if (dialect == Dialect.POSTGRES) {
            return "23505".equals(e.getSQLState());
        }
        String msg = String.valueOf(e.getMessage());
        return msg.contains("Duplicate key") || msg.contains("Conflict on");
    }

    private List<ObjectRecord> records(String action, String sql, Object... parameters) {
        return run(action, c -> {
            List<Object[]> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    ps.setObject(i + 1, parameters[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new Object[] {rs.getLong(1), rs.getInt(2), rs.getArray(3).getArray(), rs.getString(4),
                            rs.getString(5), rs.getString(6), instant(rs, 7), rs.getString(8)});
                    }
                }
            }
            // Tags are read after the versions: a version can only name tags committed before it.
            TagList tags = readTags(c);
            List<ObjectRecord> out = new ArrayList<>(rows.size());
            for (Object[] row : rows) {
                List<String> names = new ArrayList<>();
                for (Object id : (Object[]) row[2]) {
                    int tagId = ((Number) id).intValue();
                    names.add(tags.byId(tagId).map(Tag::name).orElseThrow(() -> new StoreException(description
                            + " is inconsistent: tag id " + tagId + " of object " + row[0] + " does not exist")));
                }
                out.add(new ObjectRecord(Oid.of((Long) row[0]), (Integer) row[1], tags.inDisplayOrder(names),
                        (String) row[3], (String) row[4], (String) row[5], (Instant) row[6], (String) row[7]));
            }
            return out;
        });
    }

    private static TagList readTags(Connection c) throws SQLException {
        List<Tag> out = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT tag_id, name, description, priority FROM kb_tag")) {
            while (rs.next()) {
                out.add(new Tag(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getInt(4)));
            }
        }
        return new TagList(out);
    }

    private static TagVersion tagVersion(ResultSet rs) throws SQLException {
        return new TagVersion(new Tag(rs.getInt(1), rs.getString(3), rs.getString(4), rs.getInt(5)), rs.getInt(2),
                rs.getString(6), instant(rs, 7), rs.getString(8));
    }

    /** Binds a tag version; {@code authorFromDatabase} leaves author and time to the PostgreSQL trigger. */
    private static void bindTag(PreparedStatement ps, TagVersion v, boolean authorFromDatabase) throws SQLException {
        ps.setInt(1, v.tag().id());
        ps.setInt(2, v.version());
        ps.setString(3, v.tag().name());
        ps.setString(4, v.tag().description());
        ps.setInt(5, v.tag().priority());
        bindAuthorship(ps, 6, v.author(), v.changedAt(), v.origin(), authorFromDatabase);
    }

    private static void bindObject(Connection c, PreparedStatement ps, ObjectRecord r, List<Integer> tagIds,
                                   boolean authorFromDatabase) throws SQLException {
        ps.setLong(1, r.oid().value());
        ps.setInt(2, r.version());
        ps.setArray(3, c.createArrayOf("integer", tagIds.toArray(Integer[]::new)));
        ps.setString(4, r.description());
        ps.setString(5, r.simbadId());
        bindAuthorship(ps, 6, r.author(), r.changedAt(), r.origin(), authorFromDatabase);
    }

    private static void bindAuthorship(PreparedStatement ps, int i, String author, Instant at, String origin,
                                       boolean authorFromDatabase) throws SQLException {
        if (authorFromDatabase) {
            ps.setNull(i, Types.VARCHAR);
            ps.setNull(i + 1, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            ps.setString(i, author);
            ps.setObject(i + 1, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
        }
        ps.setString(i + 2, origin);
    }

    private static Instant instant(ResultSet rs, int i) throws SQLException {
        return rs.getObject(i, OffsetDateTime.class).toInstant();
    }

    /** Now, to the microsecond the databases keep. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private static int queryInt(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static boolean queryBoolean(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    private static <T> List<T> sorted(List<T> values, Comparator<T> order) {
        List<T> out = new ArrayList<>(values);
        out.sort(order);
        return out;
    }

    static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing after a failure; the failure is what gets reported
        }
    }

    static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
