package org.ztfkit.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.duckdb.DuckDBConnection;
import org.duckdb.DuckDBDriver;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.errors.StoreException;
import org.ztfkit.model.DataRelease;
import org.ztfkit.model.Oid;
import org.ztfkit.sky.SkyIndex;
import org.ztfkit.sky.SkyPosition;
import org.ztfkit.source.NameResolver;
import org.ztfkit.source.ObjectMeta;
import org.ztfkit.source.ResolvedName;
import org.ztfkit.source.SnadCatalogEntry;
import org.ztfkit.source.ZtfDrSource;
import tech.tablesaw.api.Table;

/**
 * The embedded database: one DuckDB file in the schema of external-services.md §19, opened read-only for the
 * packaged demo sky and read-write for caches, snapshots and imported data. It answers the same source interfaces
 * as the online clients; the alert, Pan-STARRS, Gaia and reference-catalog sources are handed out by
 * {@link #alerts()}, {@link #panStarrs()}, {@link #gaia()} and {@link #referenceCatalog()}.
 *
 * <p>Cone searches use the HEALPix index ({@link SkyIndex}): the cone becomes a few depth-29 cell ranges, DuckDB
 * reads only the row groups whose zone maps overlap them (tables are stored sorted by {@code hpx29}), and the exact
 * great-circle cut happens here.
 *
 * <pre>{@code
 * try (EmbeddedStore store = EmbeddedStore.openReadOnly(Path.of("my-field.duckdb"))) {
 *     DataRelease dr = store.defaultRelease();
 *     List<ObjectMeta> near = store.cone(dr, SkyPosition.of(247.45543, 24.77282), 5.0);
 * }
 * }</pre>
 *
 * <p>A store is safe to share between threads. A read-write store serves calls one at a time on one connection; a
 * read-only store keeps up to {@value #READ_CONNECTIONS} connections to the same database, so independent queries
 * (an object's DR rows, alerts, Pan-STARRS and Gaia epochs) run at the same time.
 */
public final class EmbeddedStore implements ZtfDrSource, NameResolver, AutoCloseable {
    private static final String OBJECT_COLUMNS =
            "dr, oid, ra, dec, hpx29, nobs, ngoodobs, duration_d, ngoodobs_short, duration_short_d";

    /** Objects without a good epoch are stored (bulk imports keep them) but not served, as the DR API does. */
    private static final String SERVED = " AND ngoodobs > 0";

    private final String where;
    private final String description;
    private final boolean readOnly;
    /** Connections a read-only store opens at most (DuckDB runs queries of several connections at once). */
    public static final int READ_CONNECTIONS = 4;

    private final DuckDBConnection connection;
    private final int poolSize;
    /** Every connection opened so far, each with its own prepared statements; guarded by {@code this}. */
    private final List<Slot> slots = new ArrayList<>();
    private final java.util.concurrent.LinkedBlockingDeque<Slot> idle = new java.util.concurrent.LinkedBlockingDeque<>();
    /** The connection the current thread holds, so a call inside {@link #withConnection} reuses it. */
    private final ThreadLocal<Slot> held = new ThreadLocal<>();

    /** One connection and the prepared statements of the store's hot queries on it (preparing costs about as much
     * as a point query); used by one thread at a time. */
    private static final class Slot {
        final DuckDBConnection connection;
        final java.util.Map<String, PreparedStatement> statements = new java.util.HashMap<>();

        Slot(DuckDBConnection connection) {
            this.connection = connection;
        }
    }
    private final EmbeddedAlerts alerts;
    private final EmbeddedLightCurves panStarrs;
    private final EmbeddedLightCurves gaia;
    private final EmbeddedReferenceCatalog referenceCatalog;
    private final EmbeddedClassifications classifications;

    private EmbeddedStore(String where, String description, boolean readOnly, DuckDBConnection connection) {
        this.where = where;
        this.description = description;
        this.readOnly = readOnly;
        this.connection = connection;
        this.poolSize = readOnly ? READ_CONNECTIONS : 1;
        Slot first = new Slot(connection);
        slots.add(first);
        idle.add(first);
        this.alerts = new EmbeddedAlerts(this);
        this.panStarrs = EmbeddedLightCurves.panStarrs(this);
        this.gaia = EmbeddedLightCurves.gaia(this);
        this.referenceCatalog = new EmbeddedReferenceCatalog(this);
        this.classifications = new EmbeddedClassifications(this);
    }

    /** Opens (creating if needed) a read-write store; the schema is created or brought up to date. */
    public static EmbeddedStore open(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new StoreException("cannot create " + file + ": directory " + parent + " does not exist");
        }
        EmbeddedStore store = connect(file, false, "embedded database " + file.getFileName());
        StoreSchema.migrate(store.connection, store.where);
        return store;
    }

    /** Opens an existing store read-only; several processes may do so at once. */
    public static EmbeddedStore openReadOnly(Path file) {
        return openReadOnly(file, "embedded database " + file.getFileName());
    }

    static EmbeddedStore openReadOnly(Path file, String description) {
        if (!Files.isRegularFile(file)) {
            throw new StoreException("cannot open " + file.toAbsolutePath() + ": no such file; create one with "
                    + "EmbeddedStore.open(path) or an importer from ztfkit-datasets");
        }
        return connect(file, true, description);
    }

    /** A scratch store in memory, with the full schema. */
    public static EmbeddedStore inMemory() {
        try {
            DuckDBConnection c = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
            EmbeddedStore store = new EmbeddedStore("an in-memory database", "in-memory database", false, c);
            StoreSchema.migrate(c, store.where);
            return store;
        } catch (SQLException e) {
            throw new StoreException("cannot create an in-memory DuckDB database: " + e.getMessage(), e);
        }
    }

    /**
     * The simulated demo sky packaged in {@code ztfkit-datasets}, read-only. It is extracted once from the jar to
     * the ztfkit cache directory (see {@link PackagedDatabase}).
     */
    public static EmbeddedStore demoSky() {
        return openReadOnly(PackagedDatabase.demoSky(), "embedded demo sky (simulated)");
    }

    private static EmbeddedStore connect(Path file, boolean readOnly, String description) {
        Properties props = new Properties();
        if (readOnly) {
            props.setProperty(DuckDBDriver.DUCKDB_READONLY_PROPERTY, "true");
        }
        String where = file.toAbsolutePath().toString();
        try {
            DuckDBConnection c = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + where, props);
            if (readOnly) {
                requireCurrentSchema(c, where);
            }
            return new EmbeddedStore(where, description, readOnly, c);
        } catch (SQLException e) {
            String msg = String.valueOf(e.getMessage());
            if (msg.contains("lock")) {
                throw new StoreException("cannot open " + where + (readOnly ? " for reading" : " for writing")
                        + ": another process has it open for writing (DuckDB allows one writer at a time); close "
                        + "that process or open a copy of the file", e);
            }
            throw new StoreException("cannot open " + where + " as a DuckDB database: " + firstLine(msg), e);
        }
    }

    /** A read-only store cannot be migrated, so one an earlier ztfkit wrote is refused with what to do. */
    private static void requireCurrentSchema(DuckDBConnection c, String where) throws SQLException {
        List<String> missing = StoreSchema.missing(c);
        if (missing.isEmpty()) {
            return;
        }
        c.close();
        if (missing.size() == StoreSchema.SCRIPTS.size()) {
            throw new StoreException("cannot open " + where + " as a ztfkit store: it has no schema_script table, so "
                    + "ztfkit did not write it; create stores with EmbeddedStore.open(path) or an importer");
        }
        throw new StoreException("cannot open " + where + " read-only: an earlier ztfkit wrote it and it lacks schema "
                + "scripts " + missing + "; open it once with EmbeddedStore.open(path) (read-write) to bring it up to "
                + "date, then read-only again");
    }

    /** The database file (or a description of an in-memory one). */
    public String location() {
        return where;
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    @Override
    public String description() {
        return description;
    }

    /** ZTF alerts: the closest alert object's light curve and packets, and loading real packets from Avro files. */
    public EmbeddedAlerts alerts() {
        return alerts;
    }

    /** Pan-STARRS DR2 stack objects and their detections. */
    public EmbeddedLightCurves panStarrs() {
        return panStarrs;
    }

    /** Gaia DR3 sources with epoch photometry. */
    public EmbeddedLightCurves gaia() {
        return gaia;
    }

    /** ZTF reference magnitudes per DR object. */
    public EmbeddedReferenceCatalog referenceCatalog() {
        return referenceCatalog;
    }

    /** The alert brokers' classifications of the alert objects, for the summary. */
    public EmbeddedClassifications classifications() {
        return classifications;
    }

    /**
     * Runs {@code work} on one of the store's connections, which no other thread uses meanwhile (a call made inside
     * {@code work} gets the same connection). This is the low-level door the importers, the generator and the caching
     * layer use; notebook code should not need it.
     */
    public <T> T withConnection(SqlWork<T> work) {
        Slot mine = held.get();
        if (mine != null) {
            return run(work, mine);
        }
        Slot slot = borrow();
        held.set(slot);
        try {
            return run(work, slot);
        } finally {
            held.remove();
            idle.addFirst(slot);
        }
    }

    private <T> T run(SqlWork<T> work, Slot slot) {
        try {
            return work.run(slot.connection);
        } catch (SQLException e) {
            throw new StoreException("query failed on " + where + ": " + firstLine(e.getMessage()), e);
        }
    }

    private Slot borrow() {
        Slot slot = idle.pollFirst();
        if (slot != null) {
            return slot;
        }
        synchronized (this) {
            if (slots.size() < poolSize) {
                try {
                    Slot added = new Slot(connection.duplicate());
                    slots.add(added);
                    return added;
                } catch (SQLException e) {
                    throw new StoreException("cannot open another connection to " + where + ": " + e.getMessage(), e);
                }
            }
        }
        try {
            return idle.takeFirst();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for a connection to " + where, e);
        }
    }

    /** Like {@link #withConnection} inside one transaction: all of {@code work} is kept, or none of it. */
    public <T> T inTransaction(SqlWork<T> work) {
        if (readOnly) {
            throw new StoreException(where + " is open read-only; open it with EmbeddedStore.open(path) to write");
        }
        return withConnection(c -> Transactions.run(c, work));
    }

    /** A cached prepared statement for {@code sql} on the connection {@code c} this thread holds inside
     * {@link #withConnection}. */
    PreparedStatement prepared(Connection c, String sql) throws SQLException {
        Slot slot = held.get();
        if (slot == null || slot.connection != c) {
            throw new IllegalStateException("prepared() is for the connection held inside withConnection()");
        }
        PreparedStatement ps = slot.statements.get(sql);
        if (ps == null || ps.isClosed()) {
            ps = c.prepareStatement(sql);
            slot.statements.put(sql, ps);
        }
        ps.clearParameters();
        return ps;
    }

    /** Runs a query and returns its rows as a Tablesaw table (types per {@link ResultTables}). */
    public Table query(String name, String sql, Object... parameters) {
        return withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bind(ps, parameters);
                try (ResultSet rs = ps.executeQuery()) {
                    return ResultTables.toTable(rs, name);
                }
            }
        });
    }

    // ---------------------------------------------------------------- ZtfDrSource

    @Override
    public List<DataRelease> releases() {
        return withConnection(c -> {
            List<DataRelease> out = new ArrayList<>();
            try (var st = c.createStatement(); var rs = st.executeQuery("SELECT dr FROM data_release")) {
                while (rs.next()) {
                    out.add(DataRelease.of(rs.getString(1)));
                }
            }
            out.sort(null);
            return out;
        });
    }

    @Override
    public DataRelease defaultRelease() {
        List<DataRelease> all = releases();
        if (all.isEmpty()) {
            throw new StoreException(where + " holds no ZTF data release; import one first");
        }
        return withConnection(c -> {
            try (var st = c.createStatement();
                 var rs = st.executeQuery("SELECT dr FROM data_release WHERE is_default")) {
                return rs.next() ? DataRelease.of(rs.getString(1)) : all.get(all.size() - 1);
            }
        });
    }

    @Override
    public Optional<ObjectMeta> object(DataRelease dr, Oid oid) {
        return withConnection(c -> {
            PreparedStatement ps = prepared(c, "SELECT " + OBJECT_COLUMNS + " FROM ztf_object WHERE oid = ? AND dr = ?" + SERVED);
            ps.setLong(1, oid.value());
            ps.setString(2, dr.name());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(meta(rs)) : Optional.<ObjectMeta>empty();
            }
        });
    }

    @Override
    public List<ObjectMeta> cone(DataRelease dr, SkyPosition center, double radiusArcsec) {
        if (!(radiusArcsec > 0)) {
            throw InvalidInputException.of("radiusArcsec", "positive", radiusArcsec, "");
        }
        List<SkyIndex.CellRange> ranges = SkyIndex.coneRanges(center.ra(), center.dec(), radiusArcsec / 3600.0);
        String sql = "SELECT " + OBJECT_COLUMNS + " FROM ztf_object WHERE " + rangePredicate(ranges.size())
                + " AND dr = ?" + SERVED;
        return withConnection(c -> {
            List<ObjectMeta> out = new ArrayList<>();
            PreparedStatement ps = prepared(c, sql);
            int i = bindRanges(ps, ranges);
            ps.setString(i, dr.name());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    double ra = rs.getDouble(3);
                    double dec = rs.getDouble(4);
                    if (SkyPosition.separationDeg(center.ra(), center.dec(), ra, dec) * 3600.0 <= radiusArcsec) {
                        out.add(meta(rs));
                    }
                }
            }
            return out;
        });
    }

    /** The metadata of the given objects that the release holds, in the order of {@code oids}. */
    public List<ObjectMeta> objects(DataRelease dr, Collection<Oid> oids) {
        if (oids.isEmpty()) {
            return List.of();
        }
        List<Long> wanted = oids.stream().map(Oid::value).distinct().toList();
        String sql = "SELECT " + OBJECT_COLUMNS + " FROM ztf_object WHERE oid IN ("
                + wanted.stream().map(o -> "?").collect(Collectors.joining(", ")) + ") AND dr = ?" + SERVED;
        return withConnection(c -> {
            java.util.Map<Long, ObjectMeta> found = new java.util.HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = 1;
                for (long oid : wanted) {
                    ps.setLong(i++, oid);
                }
                ps.setString(i, dr.name());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ObjectMeta m = meta(rs);
                        found.put(m.oid().value(), m);
                    }
                }
            }
            return wanted.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
        });
    }

    @Override
    public Table detections(DataRelease dr, Collection<ObjectMeta> objects) {
        String name = "ztf_detection " + dr;
        if (objects.isEmpty()) {
            return emptyDetections(name);
        }
        // Each zone's table is read on its own (a cone rarely spans two zones); see schema 040 for why.
        java.util.Map<Integer, List<long[]>> clustersByZone = objects.stream().map(ObjectMeta::hpx29)
                .collect(Collectors.groupingBy(DetectionZones::of, java.util.TreeMap::new, Collectors.collectingAndThen(
                        Collectors.toCollection(TreeSet::new), EmbeddedStore::clusters)));
        List<Long> oids = objects.stream().map(o -> o.oid().value()).distinct().toList();
        String oidMarks = oids.stream().map(o -> "?").collect(Collectors.joining(", "));
        String sql = clustersByZone.entrySet().stream().map(e -> "SELECT " + String.join(", ", DETECTION_COLUMNS)
                + " FROM " + DetectionZones.table(e.getKey()) + " WHERE " + rangePredicate(e.getValue().size())
                + " AND oid IN (" + oidMarks + ") AND dr = ? AND hmjd <= ? AND catflags = 0 AND magerr > 0")
                .collect(Collectors.joining(" UNION ALL "));
        DetectionRows rows = detectionRows(dr);
        return withConnection(c -> {
            PreparedStatement ps = prepared(c, sql);
            int i = 1;
            for (List<long[]> clusters : clustersByZone.values()) {
                for (long[] cluster : clusters) {
                    ps.setLong(i++, cluster[0]);
                    ps.setLong(i++, cluster[1]);
                }
                for (long oid : oids) {
                    ps.setLong(i++, oid);
                }
                ps.setString(i++, rows.release());
                ps.setDouble(i++, rows.untilHmjd());
            }
            // Sorted here, not by ORDER BY: DuckDB's sort costs about 10 ms even for a few hundred rows, three times
            // the scan itself (measured on the 10^7-object sky).
            try (ResultSet rs = ps.executeQuery()) {
                return ResultTables.toTable(rs, name).sortAscendingOn("oid", "hmjd");
            }
        });
    }

    /** Where a release's detection rows are: its own, or a later release's up to a cut-off (see schema 001). */
    private record DetectionRows(String release, double untilHmjd) {
    }

    private final java.util.Map<DataRelease, DetectionRows> detectionRows = new java.util.concurrent.ConcurrentHashMap<>();

    private DetectionRows detectionRows(DataRelease dr) {
        return detectionRows.computeIfAbsent(dr, d -> withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT detections_of, detections_until_hmjd FROM data_release WHERE dr = ?")) {
                ps.setString(1, d.name());
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next() && rs.getString(1) != null) {
                        double until = rs.getDouble(2);
                        return new DetectionRows(rs.getString(1), rs.wasNull() ? Double.POSITIVE_INFINITY : until);
                    }
                    return new DetectionRows(d.name(), Double.POSITIVE_INFINITY);
                }
            }
        }));
    }

    private static Table emptyDetections(String name) {
        return Table.create(name,
                tech.tablesaw.api.LongColumn.create("oid"), tech.tablesaw.api.DoubleColumn.create("hmjd"),
                tech.tablesaw.api.DoubleColumn.create("mag"), tech.tablesaw.api.DoubleColumn.create("magerr"),
                tech.tablesaw.api.DoubleColumn.create("clrcoeff"), tech.tablesaw.api.IntColumn.create("catflags"),
                tech.tablesaw.api.LongColumn.create("filefracday"));
    }

    /** Groups sorted cells whose neighbours are close on the index into [min, max] spans. */
    private static List<long[]> clusters(TreeSet<Long> cells) {
        final long gap = 1L << 34; // one depth-12 cell: objects of one cone are always closer than this
        List<long[]> out = new ArrayList<>();
        for (long cell : cells) {
            if (!out.isEmpty() && cell - out.get(out.size() - 1)[1] <= gap) {
                out.get(out.size() - 1)[1] = cell;
            } else {
                out.add(new long[] {cell, cell});
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- names and the SNAD catalog

    @Override
    public String resolverName() {
        return "name table of the " + description;
    }

    @Override
    public Optional<ResolvedName> resolve(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String norm = normalizeName(name);
        String tns = norm.replaceFirst("^(AT|SN)(?=\\d{4}[A-Z]+$)", "");
        return withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT alias, ra, dec, kind, oid FROM name_alias WHERE alias_norm = ? OR alias_norm = ? "
                            + "ORDER BY alias_norm = ? DESC, kind")) {
                ps.setString(1, norm);
                ps.setString(2, tns);
                ps.setString(3, norm);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.<ResolvedName>empty();
                    }
                    long oid = rs.getLong(5);
                    Optional<Oid> o = rs.wasNull() ? Optional.empty() : Optional.of(Oid.of(oid));
                    return Optional.of(new ResolvedName(rs.getString(1), SkyPosition.of(rs.getDouble(2), rs.getDouble(3)),
                            rs.getString(4), o, resolverName()));
                }
            }
        });
    }

    /**
     * Normal form of a name for lookups: upper case, spaces, dashes, underscores and dots removed
     * ({@code "Her X-1"} → {@code "HERX1"}).
     */
    public static String normalizeName(String name) {
        return name.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s\\-_.\u2212]", "");
    }

    /** The SNAD catalog entry of a name such as {@code SNAD101} (or {@code 101}). */
    public Optional<SnadCatalogEntry> snadEntry(String name) {
        String norm = normalizeName(name);
        String full = norm.matches("\\d{1,4}") ? "SNAD" + norm : norm;
        return withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + SNAD_COLUMNS + " FROM snad_catalog WHERE upper(name) = ?")) {
                ps.setString(1, full);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(snad(rs)) : Optional.<SnadCatalogEntry>empty();
                }
            }
        });
    }

    /** The SNAD catalog entries within {@code radiusArcsec} of {@code center}, nearest first. */
    public List<SnadCatalogEntry> snadNear(SkyPosition center, double radiusArcsec) {
        List<SkyIndex.CellRange> ranges = SkyIndex.coneRanges(center.ra(), center.dec(), radiusArcsec / 3600.0);
        return withConnection(c -> {
            List<SnadCatalogEntry> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + SNAD_COLUMNS + " FROM snad_catalog WHERE "
                    + rangePredicate(ranges.size()))) {
                bindRanges(ps, ranges);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        SnadCatalogEntry e = snad(rs);
                        if (center.separationArcsec(e.position()) <= radiusArcsec) {
                            out.add(e);
                        }
                    }
                }
            }
            out.sort(java.util.Comparator.comparingDouble(e -> center.separationArcsec(e.position())));
            return out;
        });
    }

    private static final String SNAD_COLUMNS =
            "name, ra, dec, oid, discovery_date_ut, mag, er_down, er_up, ref, er_ref, tns, type, comments";

    private static SnadCatalogEntry snad(ResultSet rs) throws SQLException {
        var ts = rs.getTimestamp(5);
        return new SnadCatalogEntry(rs.getString(1), SkyPosition.of(rs.getDouble(2), rs.getDouble(3)),
                Oid.of(rs.getLong(4)), ts == null ? null : ts.toLocalDateTime(),
                nullableDouble(rs, 6), nullableDouble(rs, 7), nullableDouble(rs, 8), nullableDouble(rs, 9),
                nullableDouble(rs, 10), rs.getString(11), rs.getString(12), rs.getString(13));
    }

    // ---------------------------------------------------------------- helpers

    private static ObjectMeta meta(ResultSet rs) throws SQLException {
        DataRelease dr = DataRelease.of(rs.getString(1));
        Oid oid = Oid.of(rs.getLong(2));
        SkyPosition p = SkyPosition.of(rs.getDouble(3), rs.getDouble(4));
        long hpx = rs.getLong(5);
        int nobs = rs.getInt(6);
        int ngood = rs.getInt(7);
        double duration = rs.getDouble(8);
        int ngoodShort = rs.getInt(9);
        Integer shortCount = rs.wasNull() ? null : ngoodShort;
        double durShort = rs.getDouble(10);
        Double shortDuration = rs.wasNull() ? null : durShort;
        return new ObjectMeta(dr, oid, p, hpx, nobs, ngood, duration, shortCount, shortDuration);
    }

    private static Double nullableDouble(ResultSet rs, int i) throws SQLException {
        double v = rs.getDouble(i);
        return rs.wasNull() ? null : v;
    }

    /** {@code (hpx29 BETWEEN ? AND ? OR …)} for {@code n} ranges. */
    public static String rangePredicate(int n) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : " OR ").append("hpx29 BETWEEN ? AND ?");
        }
        return sb.append(')').toString();
    }

    /** Binds the ranges of {@link #rangePredicate} from parameter 1; returns the next free index. */
    public static int bindRanges(PreparedStatement ps, List<SkyIndex.CellRange> ranges) throws SQLException {
        int i = 1;
        for (SkyIndex.CellRange r : ranges) {
            ps.setLong(i++, r.from());
            ps.setLong(i++, r.last());
        }
        return i;
    }

    private static void bind(PreparedStatement ps, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            ps.setObject(i + 1, parameters[i]);
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    @Override
    public synchronized void close() {
        try {
            for (Slot slot : slots) {
                for (PreparedStatement ps : slot.statements.values()) {
                    ps.close();
                }
                slot.statements.clear();
            }
            for (int i = slots.size() - 1; i >= 0; i--) {
                slots.get(i).connection.close();
            }
            slots.clear();
            idle.clear();
        } catch (SQLException e) {
            throw new StoreException("cannot close " + where + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "EmbeddedStore[" + description + ", " + where + (readOnly ? ", read-only" : "") + "]";
    }
}
