package org.ztfkit.snapshot;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.ztfkit.errors.NotInSnapshotException;
import org.ztfkit.errors.ServiceUnavailableException;
import org.ztfkit.errors.StoreException;
import org.ztfkit.store.EmbeddedStore;

/**
 * The record of online calls in an embedded database: each call's answer is written into the ordinary tables of
 * the embedded schema (so the file also opens with {@code Ztf.open}), with a {@code cache_entry} row carrying the
 * fetch time, the source URL and a SHA-256 checksum of the rows, and {@code cache_member} rows listing what the
 * answer consists of.
 *
 * <ul>
 *   <li><b>Online</b> ({@link #inMemory()}, {@link #recording(Path)}): a call already stored is answered from the
 *       store; a new one is fetched, stored, then answered from the store too, so an online and an offline run read
 *       the same rows through the same code and give identical tables.</li>
 *   <li><b>Offline</b> ({@link #offline(Path)}): no network; a call never fetched raises
 *       {@link NotInSnapshotException} naming the call and the file.</li>
 *   <li>Each entry's checksum is checked the first time a session uses it. A corrupted entry is fetched again
 *       online and reported ({@link ServiceUnavailableException}) offline.</li>
 *   <li>A call that fails online is not stored; asked again within {@link #FAILURE_MEMORY} it fails at once with
 *       the same reason rather than waiting on the service again.</li>
 * </ul>
 *
 * <pre>{@code
 * Snapshot s = Snapshot.recording(Path.of("analysis.duckdb"));
 * Entry e = s.entry(CallKey.of("snad-ztf-dr", "oid", "dr24", 633207400004730L), content, () -> fetchIt());
 * }</pre>
 */
public final class Snapshot implements AutoCloseable {
    private final EmbeddedStore store;
    private final boolean offline;
    private final String name;
    /** Entries checked against their checksum in this session, by key: answered without reading cache_entry again. */
    private final ConcurrentHashMap<String, Entry> intact = new ConcurrentHashMap<>();
    /** For intact entries with content: service + member → the entry's key (see {@link #covering}). */
    private final ConcurrentHashMap<String, String> coveredBy = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Object> callLocks = new ConcurrentHashMap<>();
    /** Calls that failed, with when: asked again within {@link #FAILURE_MEMORY} they fail at once (§17). */
    private final ConcurrentHashMap<String, Failure> failures = new ConcurrentHashMap<>();

    /** How long a failed call is remembered before it is tried again: 5 minutes, as the SNAD Viewer does. */
    public static final java.time.Duration FAILURE_MEMORY = java.time.Duration.ofMinutes(5);

    private record Failure(ServiceUnavailableException error, long atNanos) {
    }

    private Snapshot(EmbeddedStore store, boolean offline, String name) {
        this.store = store;
        this.offline = offline;
        this.name = name;
    }

    /** An online session's cache, in memory: calls are made once per session. */
    public static Snapshot inMemory() {
        return new Snapshot(EmbeddedStore.inMemory(), false, "the session cache (in memory)");
    }

    /** Online, recording every answer into {@code file} (created if missing; answers already there are reused). */
    public static Snapshot recording(Path file) {
        return new Snapshot(EmbeddedStore.open(file), false, file.toString());
    }

    /** Offline: answers only from {@code file}, opened read-only. */
    public static Snapshot offline(Path file) {
        return new Snapshot(EmbeddedStore.openReadOnly(file), true, file.toString());
    }

    /** The embedded database holding the answers. */
    public EmbeddedStore store() {
        return store;
    }

    /** True when this snapshot answers without network (made by {@link #offline(Path)}). */
    public boolean isOffline() {
        return offline;
    }

    /** The snapshot file as given (or a description of the in-memory cache). */
    public String name() {
        return name;
    }

    /**
     * The stored answer of a call; online, a call not stored (or stored corrupted) is fetched and stored first.
     *
     * @param key     the call
     * @param content the stored rows an entry with the given members consists of (checksummed in order)
     * @param fetch   makes the call; may throw {@link ServiceUnavailableException}
     * @throws NotInSnapshotException      offline, when the call was never recorded
     * @throws ServiceUnavailableException offline, when the entry is corrupted; online, when the fetch fails
     */
    public Entry entry(CallKey key, Function<List<String>, List<StoreQuery>> content, Supplier<Fetched> fetch) {
        String id = key.id();
        Entry known = intact.get(id);
        if (known != null) {
            return known;
        }
        Optional<Entry> stored = lookup(id);
        if (stored.isPresent() && isIntact(stored.get(), content, key)) {
            return stored.get();
        }
        if (offline) {
            throw new NotInSnapshotException(key.service(), key.description(), name);
        }
        synchronized (callLocks.computeIfAbsent(id, k -> new Object())) {
            Entry again = intact.get(id);
            if (again != null) {
                return again;
            }
            Failure failed = failures.get(id);
            if (failed != null && System.nanoTime() - failed.atNanos() < FAILURE_MEMORY.toNanos()) {
                throw failed.error();
            }
            Fetched fetched;
            try {
                fetched = fetch.get();
            } catch (ServiceUnavailableException e) {
                failures.put(id, new Failure(e, System.nanoTime()));
                throw e;
            }
            failures.remove(id);
            Entry e = record(key, content, fetched);
            remember(key.service(), e);
            return e;
        }
    }

    /**
     * An intact stored entry of {@code service} whose members include {@code member}, e.g. a cone that brought an
     * object along. Offline, when only corrupted entries hold it, reports the corruption.
     */
    public Optional<Entry> covering(String service, String member, Function<List<String>, List<StoreQuery>> content) {
        String known = coveredBy.get(service + '\u0000' + member);
        if (known != null) {
            return Optional.of(intact.get(known));
        }
        List<String> keys = store.withConnection(c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT m.key FROM cache_member m JOIN cache_entry e "
                    + "USING (key) WHERE m.member = ? AND e.service = ? AND e.found ORDER BY m.key")) {
                ps.setString(1, member);
                ps.setString(2, service);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
            return out;
        });
        ServiceUnavailableException corrupted = null;
        for (String k : keys) {
            Optional<Entry> e = lookup(k);
            if (e.isEmpty()) {
                continue;
            }
            try {
                if (isIntact(e.get(), content, new CallKey(service, "", List.of(), k))) {
                    return e;
                }
            } catch (ServiceUnavailableException bad) {
                corrupted = bad;
            }
        }
        if (corrupted != null) {
            throw corrupted;
        }
        return Optional.empty();
    }

    /** True when the snapshot holds an answer to the call (intact or not). */
    public boolean hasEntry(CallKey key) {
        return intact.containsKey(key.id()) || lookup(key.id()).isPresent();
    }

    private void remember(String service, Entry e) {
        intact.put(e.key(), e);
        if (e.found()) {
            for (String m : e.members()) {
                coveredBy.putIfAbsent(service + '\u0000' + m, e.key());
            }
        }
    }

    /** Forgets the calls that failed, so that the next ones go out again at once. */
    public void forgetFailures() {
        failures.clear();
    }

    /** Every stored entry, oldest first (for inspection). */
    public List<Entry> entries() {
        List<String> keys = store.withConnection(c -> {
            List<String> out = new ArrayList<>();
            try (var st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT key FROM cache_entry ORDER BY fetched_at, key")) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
        return keys.stream().map(this::lookup).flatMap(Optional::stream).toList();
    }

    /** True when the entry's rows still match its checksum; offline a mismatch is an error, online a refetch. */
    private boolean isIntact(Entry e, Function<List<String>, List<StoreQuery>> content, CallKey key) {
        if (intact.containsKey(e.key())) {
            return true;
        }
        Digest now = store.withConnection(c -> digest(c, content.apply(e.members())));
        if (now.hex().equals(e.checksum()) && now.rows() == e.rowCount()) {
            remember(key.service(), e);
            return true;
        }
        if (offline) {
            throw new ServiceUnavailableException(key.service(), "the stored answer of " + e.key() + " in snapshot "
                    + name + " is corrupted (" + now.rows() + " rows with checksum " + now.hex().substring(0, 12)
                    + "…, recorded " + e.rowCount() + " rows with " + e.checksum().substring(0, 12) + "…); record it "
                    + "again online with Ztf.online().snapshot(Path.of(\"" + name + "\"))");
        }
        return false;
    }

    private Entry record(CallKey key, Function<List<String>, List<StoreQuery>> content, Fetched fetched) {
        String id = key.id();
        return store.inTransaction(c -> {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM cache_member WHERE key = ?");
                 PreparedStatement delEntry = c.prepareStatement("DELETE FROM cache_entry WHERE key = ?")) {
                del.setString(1, id);
                del.executeUpdate();
                delEntry.setString(1, id);
                delEntry.executeUpdate();
            }
            if (fetched.found()) {
                fetched.write().run(c);
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO cache_member VALUES (?, ?, ?)")) {
                for (int i = 0; i < fetched.members().size(); i++) {
                    ps.setString(1, id);
                    ps.setInt(2, i);
                    ps.setString(3, fetched.members().get(i));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            Digest d = digest(c, content.apply(fetched.members()));
            Instant now = Instant.now();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO cache_entry VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, id);
                ps.setString(2, key.service());
                ps.setString(3, fetched.url());
                ps.setBoolean(4, fetched.found());
                ps.setObject(5, OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC));
                ps.setString(6, d.hex());
                ps.setLong(7, d.rows());
                ps.executeUpdate();
            }
            return new Entry(id, fetched.url(), fetched.found(), now, d.hex(), d.rows(), fetched.members());
        });
    }

    private Optional<Entry> lookup(String id) {
        return store.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT url, found, fetched_at, checksum, row_count FROM cache_entry WHERE key = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.<Entry>empty();
                    }
                    String url = rs.getString(1);
                    boolean found = rs.getBoolean(2);
                    Instant at = instant(rs.getObject(3));
                    String checksum = rs.getString(4);
                    long rows = rs.getLong(5);
                    return Optional.of(new Entry(id, url, found, at, checksum, rows, members(c, id)));
                }
            }
        });
    }

    private static List<String> members(Connection c, String id) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT member FROM cache_member WHERE key = ? ORDER BY ordinal")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    private static Instant instant(Object v) {
        if (v instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (v instanceof Timestamp ts) {
            return ts.toInstant();
        }
        throw new StoreException("cache_entry.fetched_at has an unexpected type: " + v);
    }

    private record Digest(String hex, long rows) {
    }

    /** SHA-256 over every cell of every row the queries return, in order, with type-independent separators. */
    private static Digest digest(Connection c, List<StoreQuery> queries) throws SQLException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
        long rows = 0;
        for (StoreQuery q : queries) {
            try (PreparedStatement ps = c.prepareStatement(q.sql())) {
                for (int i = 0; i < q.parameters().size(); i++) {
                    ps.setObject(i + 1, q.parameters().get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    ResultSetMetaData md2 = rs.getMetaData();
                    int n = md2.getColumnCount();
                    boolean[] binary = new boolean[n];
                    for (int i = 0; i < n; i++) {
                        binary[i] = md2.getColumnTypeName(i + 1).toUpperCase().contains("BLOB");
                    }
                    while (rs.next()) {
                        rows++;
                        for (int i = 0; i < n; i++) {
                            byte[] cell = binary[i] ? rs.getBytes(i + 1) : bytes(rs.getString(i + 1));
                            if (cell == null) {
                                md.update((byte) 0);
                            } else {
                                md.update((byte) 1);
                                md.update(java.nio.ByteBuffer.allocate(4).putInt(cell.length).array());
                                md.update(cell);
                            }
                        }
                    }
                }
            }
        }
        return new Digest(HexFormat.of().formatHex(md.digest()), rows);
    }

    private static byte[] bytes(String s) {
        return s == null ? null : s.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        store.close();
    }

    @Override
    public String toString() {
        return "Snapshot[" + (offline ? "offline" : "online") + ", " + name + "]";
    }
}
