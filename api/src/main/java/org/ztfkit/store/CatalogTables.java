package org.ztfkit.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.ztfkit.catalog.Catalog;
import org.ztfkit.catalog.CatalogColumn;
import org.ztfkit.catalog.CatalogRow;
import org.ztfkit.catalog.Catalogs;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.errors.ServiceUnavailableException;
import org.ztfkit.errors.StoreException;
import org.ztfkit.sky.SkyIndex;
import org.ztfkit.sky.SkyPosition;
import org.ztfkit.source.CatalogSource;
import org.ztfkit.source.SnadCatalogEntry;
import org.ztfkit.source.SolarSystemSource;

/**
 * The cross-match catalogs of an embedded database ({@code catalog}, {@code catalog_source}, {@code skybot_query},
 * {@code skybot_result}; external-services.md §19.4–19.5; Gaia DR3, Gaia EDR3 distances and Pan-STARRS from the
 * tables of the merged light curve's sources): cones answered by HEALPix ranges and an exact cut, as the DR cones
 * are. A catalog the database holds no data of is unavailable ("not in the embedded data"), not
 * empty. The static {@code write…} methods are the one way rows get in: the simulated-sky generator and the
 * recording of online answers use them.
 *
 * <pre>{@code
 * CatalogTables catalogs = new CatalogTables(EmbeddedStore.demoSky());
 * List<CatalogRow> vsx = catalogs.cone(Catalogs.VSX, SkyPosition.of(295.26855, 30.65906), 10.0);
 * }</pre>
 */
public final class CatalogTables implements CatalogSource, SolarSystemSource {
    /** The ZTF site, whose answers SkyBoT queries are stored for. */
    public static final String ZTF_SITE = "I41";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };
    /** Stored SkyBoT answers match a query within this distance and time. */
    private static final double SKYBOT_MATCH_ARCSEC = 1.0;
    private static final double SKYBOT_MATCH_DAYS = 1.0 / 86400;

    private final EmbeddedStore store;

    /** The catalogs of {@code store}. */
    public CatalogTables(EmbeddedStore store) {
        this.store = store;
    }

    @Override
    public String description() {
        return store.description();
    }

    /**
     * Catalogs whose rows live in the tables of the merged light curve's sources (Gaia DR3 sources and EDR3
     * distances, Pan-STARRS stack objects; schema 005), read under the original column names of the catalog.
     *
     * @param table   the table
     * @param columns the table's columns, in the order of {@code names}
     * @param names   the catalog's own names for them (VizieR's, MAST's)
     */
    private record SourceTable(String table, List<String> columns, List<String> names) {
        static SourceTable of(String table, String... columnThenName) {
            List<String> columns = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (int i = 0; i < columnThenName.length; i += 2) {
                columns.add(columnThenName[i]);
                names.add(columnThenName[i + 1]);
            }
            return new SourceTable(table, columns, names);
        }
    }

    private static final Map<String, SourceTable> SOURCE_TABLES = Map.of(
            Catalogs.GAIA_DR3.id(), SourceTable.of("gaia_source", "source_id", "Source", "ra", "_RAJ2000",
                    "dec", "_DEJ2000", "g_mag", "Gmag", "bp_mag", "BPmag", "rp_mag", "RPmag", "plx", "Plx",
                    "e_plx", "e_Plx", "pmra", "pmRA", "e_pmra", "e_pmRA", "pmdec", "pmDE", "e_pmdec", "e_pmDE",
                    "teff", "Teff", "teff_lo", "b_Teff", "teff_hi", "B_Teff", "logg", "logg", "logg_lo", "b_logg",
                    "logg_hi", "B_logg", "feh", "[Fe/H]", "feh_lo", "b_[Fe/H]", "feh_hi", "B_[Fe/H]", "a0", "A0",
                    "a0_lo", "b_A0", "a0_hi", "B_A0", "pqso", "PQSO", "pgal", "PGal", "pss", "PSS",
                    "CAST(has_epoch_phot AS INTEGER)", "EpochPh"),
            Catalogs.GAIA_EDR3_DISTANCES.id(), SourceTable.of("gaia_distance_edr3", "source_id", "Source",
                    "ra", "_RAJ2000", "dec", "_DEJ2000", "rgeo", "rgeo", "rgeo_lo", "b_rgeo", "rgeo_hi", "B_rgeo",
                    "rpgeo", "rpgeo", "rpgeo_lo", "b_rpgeo", "rpgeo_hi", "B_rpgeo", "flag", "Flag"),
            Catalogs.PANSTARRS.id(), SourceTable.of("ps1_object", "objname", "objName", "objid", "objID",
                    "ra_mean", "raMean", "dec_mean", "decMean", "g_psf_mag", "gPSFMag", "g_psf_mag_err", "gPSFMagErr",
                    "r_psf_mag", "rPSFMag", "r_psf_mag_err", "rPSFMagErr", "i_psf_mag", "iPSFMag",
                    "i_psf_mag_err", "iPSFMagErr", "z_psf_mag", "zPSFMag", "z_psf_mag_err", "zPSFMagErr",
                    "y_psf_mag", "yPSFMag", "y_psf_mag_err", "yPSFMagErr", "g_ap_mag", "gApMag", "r_ap_mag", "rApMag",
                    "i_ap_mag", "iApMag", "z_ap_mag", "zApMag", "y_ap_mag", "yApMag"));

    /**
     * The catalog's sources within the cone, from {@code catalog_source}, or for Gaia DR3, Gaia EDR3 distances and
     * Pan-STARRS from the tables their light curves come from.
     *
     * @throws ServiceUnavailableException when the database holds no data of the catalog
     */
    @Override
    public List<CatalogRow> cone(Catalog catalog, SkyPosition center, double radiusArcsec) {
        if (!(radiusArcsec > 0)) {
            throw InvalidInputException.of("radiusArcsec", "positive", radiusArcsec, "");
        }
        List<SkyIndex.CellRange> ranges = SkyIndex.coneRanges(center.ra(), center.dec(), radiusArcsec / 3600.0);
        SourceTable source = SOURCE_TABLES.get(catalog.id());
        return store.withConnection(c -> {
            if (source != null ? !hasRows(c, source.table()) : !holds(c, catalog.id())) {
                throw new ServiceUnavailableException(catalog.id(), "the " + store.description() + " holds no "
                        + catalog.title() + " data; query it online (Ztf.online()) or from a snapshot that recorded it");
            }
            List<CatalogRow> rows = source != null ? fromSourceTable(c, catalog, source, ranges)
                    : fromCatalogSource(c, catalog, ranges);
            return rows.stream().filter(r -> r.separationArcsec(center) <= radiusArcsec).toList();
        });
    }

    /** The stored sources of a catalog with these ids (a recorded answer), nearest-first order left to callers. */
    public List<CatalogRow> byIds(Catalog catalog, List<String> sourceIds) {
        if (sourceIds.isEmpty()) {
            return List.of();
        }
        return store.withConnection(c -> {
            List<CatalogRow> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + SOURCE_COLUMNS + " FROM catalog_source WHERE "
                    + "catalog = ? AND source_id IN (" + String.join(", ", java.util.Collections.nCopies(
                    sourceIds.size(), "?")) + ")")) {
                ps.setString(1, catalog.id());
                for (int i = 0; i < sourceIds.size(); i++) {
                    ps.setString(i + 2, sourceIds.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(row(catalog, rs));
                    }
                }
            }
            return out;
        });
    }

    /** The columns of a stored source, in the order {@link #row} reads them. */
    public static final String SOURCE_COLUMNS =
            "source_id, name, ra, dec, type, period_d, redshift, distance_pc, event_mjd, url, columns";

    private static CatalogRow row(Catalog catalog, ResultSet rs) throws SQLException {
        return new CatalogRow(catalog.id(), rs.getString(1), rs.getString(2),
                SkyPosition.of(rs.getDouble(3), rs.getDouble(4)), Optional.ofNullable(rs.getString(5)),
                optional(rs, 6), optional(rs, 7), optional(rs, 8), optional(rs, 9),
                Optional.ofNullable(rs.getString(10)), columns(rs.getString(11)));
    }

    private static List<CatalogRow> fromCatalogSource(Connection c, Catalog catalog, List<SkyIndex.CellRange> ranges)
            throws SQLException {
        List<CatalogRow> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + SOURCE_COLUMNS + " FROM catalog_source WHERE "
                + EmbeddedStore.rangePredicate(ranges.size()) + " AND catalog = ?")) {
            int i = EmbeddedStore.bindRanges(ps, ranges);
            ps.setString(i, catalog.id());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(row(catalog, rs));
                }
            }
        }
        return out;
    }

    private static List<CatalogRow> fromSourceTable(Connection c, Catalog catalog, SourceTable source,
                                                    List<SkyIndex.CellRange> ranges) throws SQLException {
        List<CatalogRow> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + String.join(", ", source.columns()) + " FROM "
                + source.table() + " WHERE " + EmbeddedStore.rangePredicate(ranges.size()))) {
            EmbeddedStore.bindRanges(ps, ranges);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Map<String, Object> record = new LinkedHashMap<>();
                    for (int i = 0; i < source.names().size(); i++) {
                        Object v = rs.getObject(i + 1);
                        if (v instanceof Float f) {
                            record.put(source.names().get(i), Double.parseDouble(Float.toString(f)));
                        } else if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
                            record.put(source.names().get(i), ((Number) v).longValue());
                        } else if (v != null) {
                            record.put(source.names().get(i), v);
                        }
                    }
                    out.add(catalog.row(record));
                }
            }
        }
        return out;
    }

    private static boolean hasRows(Connection c, String table) throws SQLException {
        try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT 1 FROM " + table + " LIMIT 1")) {
            return rs.next();
        }
    }

    /** True when the database holds data of this catalog (a {@code catalog} row). */
    public boolean holds(String catalogId) {
        return store.withConnection(c -> holds(c, catalogId));
    }

    private static boolean holds(Connection c, String catalogId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM catalog WHERE catalog = ?")) {
            ps.setString(1, catalogId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /**
     * The recorded SkyBoT answer for this cone and epoch (within 1″ and 1 s of a stored query of at least this
     * radius), the objects within {@code radiusArcsec} of the centre.
     *
     * @throws ServiceUnavailableException when no such answer is stored: ephemerides cannot be computed offline
     */
    @Override
    public List<CatalogRow> solarSystemObjects(SkyPosition center, double epochJdUtc, double radiusArcsec) {
        return store.withConnection(c -> {
            double[] stored = storedSkybotQuery(c, center, epochJdUtc, radiusArcsec);
            if (stored == null) {
                throw new ServiceUnavailableException(Catalogs.SKYBOT.id(), String.format(java.util.Locale.ROOT,
                        "the %s holds no SkyBoT answer for %s at JD %.6f; solar-system ephemerides need the online "
                                + "service (Ztf.online())", store.description(), center, epochJdUtc));
            }
            List<CatalogRow> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT number, name, type, ra_obj, dec_obj, v_mag, "
                    + "posunc_arcsec, centerdist_arcsec, ra_rate, dec_rate, ephem_epoch_jd FROM skybot_result "
                    + "WHERE ra = ? AND dec = ? AND epoch_jd_utc = ? AND location = ? AND query_radius_arcsec = ? "
                    + "ORDER BY centerdist_arcsec, name")) {
                for (int i = 0; i < 3; i++) {
                    ps.setDouble(i + 1, stored[i]);
                }
                ps.setString(4, ZTF_SITE);
                ps.setDouble(5, stored[3]);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Map<String, Object> r = new LinkedHashMap<>();
                        long number = rs.getLong(1);
                        r.put("Number", rs.wasNull() ? -1L : number);
                        r.put("Name", rs.getString(2));
                        putText(r, "Type", rs.getString(3));
                        r.put("RA", rs.getDouble(4));
                        r.put("DEC", rs.getDouble(5));
                        putNumber(r, "V", rs, 6);
                        putNumber(r, "posunc", rs, 7);
                        putNumber(r, "centerdist", rs, 8);
                        putNumber(r, "RA_rate", rs, 9);
                        putNumber(r, "DEC_rate", rs, 10);
                        putNumber(r, "epoch", rs, 11);
                        CatalogRow row = Catalogs.SKYBOT.row(r);
                        if (row.separationArcsec(center) <= radiusArcsec) {
                            out.add(row);
                        }
                    }
                }
            }
            return out;
        });
    }

    /** The key (ra, dec, epoch, radius) of a stored SkyBoT query matching this one, or null. */
    private static double[] storedSkybotQuery(Connection c, SkyPosition center, double epochJdUtc, double radiusArcsec)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT ra, dec, epoch_jd_utc, query_radius_arcsec FROM "
                + "skybot_query WHERE location = ? AND abs(epoch_jd_utc - ?) <= ? AND query_radius_arcsec >= ? "
                + "AND abs(dec - ?) <= ? ORDER BY abs(epoch_jd_utc - ?)")) {
            ps.setString(1, ZTF_SITE);
            ps.setDouble(2, epochJdUtc);
            ps.setDouble(3, SKYBOT_MATCH_DAYS);
            ps.setDouble(4, radiusArcsec);
            ps.setDouble(5, center.dec());
            ps.setDouble(6, SKYBOT_MATCH_ARCSEC / 3600);
            ps.setDouble(7, epochJdUtc);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    double[] key = {rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4)};
                    if (center.separationArcsec(SkyPosition.of(key[0], key[1])) <= SKYBOT_MATCH_ARCSEC) {
                        return key;
                    }
                }
            }
        }
        return null;
    }

    // ------------------------------------------------------------------------------------------------ writing

    /** Records that the database holds data of {@code catalog} (replacing an earlier record). */
    public static void register(Connection c, Catalog catalog, String origin, String version) throws SQLException {
        List<Map<String, String>> shown = new ArrayList<>();
        for (CatalogColumn col : catalog.columns()) {
            shown.add(Map.of("column", col.column(), "header", col.header(), "unit", col.unit()));
        }
        try (PreparedStatement del = c.prepareStatement("DELETE FROM catalog WHERE catalog = ?");
             PreparedStatement ps = c.prepareStatement("INSERT INTO catalog VALUES (?, ?, ?, ?::JSON, ?, ?, ?)")) {
            del.setString(1, catalog.id());
            del.executeUpdate();
            ps.setString(1, catalog.id());
            ps.setString(2, origin);
            ps.setDouble(3, catalog.defaultRadiusArcsec());
            ps.setString(4, json(shown));
            ps.setString(5, catalog.linkTemplate().isEmpty() ? null : catalog.linkTemplate());
            ps.setString(6, version);
            ps.setObject(7, OffsetDateTime.now(ZoneOffset.UTC));
            ps.executeUpdate();
        }
    }

    /**
     * Writes catalog sources (a source already stored under the same catalog and id is replaced). Callers that
     * build a database from scratch pass the rows sorted by HEALPix cell, so cones read few row groups.
     */
    public static void write(Connection c, List<CatalogRow> rows) throws SQLException {
        Map<String, List<String>> ids = new LinkedHashMap<>();
        rows.forEach(r -> ids.computeIfAbsent(r.catalog(), k -> new ArrayList<>()).add(r.sourceId()));
        for (Map.Entry<String, List<String>> e : ids.entrySet()) {
            List<String> all = e.getValue();
            for (int from = 0; from < all.size(); from += 500) {
                List<String> chunk = all.subList(from, Math.min(all.size(), from + 500));
                try (PreparedStatement del = c.prepareStatement("DELETE FROM catalog_source WHERE catalog = ? AND "
                        + "source_id IN (" + String.join(", ", java.util.Collections.nCopies(chunk.size(), "?")) + ")")) {
                    del.setString(1, e.getKey());
                    for (int i = 0; i < chunk.size(); i++) {
                        del.setString(i + 2, chunk.get(i));
                    }
                    del.executeUpdate();
                }
            }
        }
        try (DuckDBAppender a = c.unwrap(DuckDBConnection.class).createAppender("main", "catalog_source")) {
            for (CatalogRow r : rows) {
                a.beginRow().append(r.catalog()).append(r.sourceId()).append(r.name()).append(r.position().ra())
                        .append(r.position().dec()).append(SkyIndex.hpx29(r.position()));
                appendText(a, r.type());
                appendNumber(a, r.periodDays());
                appendNumber(a, r.redshift());
                appendNumber(a, r.distancePc());
                appendNumber(a, r.eventMjd());
                appendText(a, r.url());
                a.append(json(r.columns())).endRow();
            }
        }
    }

    /**
     * Writes one SkyBoT answer at the ZTF site: the query, and its objects as rows of {@link Catalogs#SKYBOT}
     * (astroquery's column names; {@code RA}/{@code DEC} in degrees).
     */
    public static void writeSkybot(Connection c, SkyPosition center, double epochJdUtc, double queryRadiusArcsec,
                                   List<CatalogRow> objects) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("INSERT INTO skybot_query VALUES (?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement r = c.prepareStatement(
                     "INSERT INTO skybot_result VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            q.setDouble(1, center.ra());
            q.setDouble(2, center.dec());
            q.setDouble(3, epochJdUtc);
            q.setString(4, ZTF_SITE);
            q.setDouble(5, queryRadiusArcsec);
            q.setInt(6, objects.size());
            q.setObject(7, OffsetDateTime.now(ZoneOffset.UTC));
            q.executeUpdate();
            for (CatalogRow o : objects) {
                r.setDouble(1, center.ra());
                r.setDouble(2, center.dec());
                r.setDouble(3, epochJdUtc);
                r.setString(4, ZTF_SITE);
                r.setDouble(5, queryRadiusArcsec);
                Object number = o.columns().get("Number");
                if (number instanceof Number n && n.longValue() >= 0) {
                    r.setInt(6, n.intValue());
                } else {
                    r.setNull(6, Types.INTEGER);
                }
                r.setString(7, String.valueOf(o.columns().getOrDefault("Name", o.name())));
                setText(r, 8, o.type());
                r.setDouble(9, o.position().ra());
                r.setDouble(10, o.position().dec());
                String[] numbers = {"V", "posunc", "centerdist", "RA_rate", "DEC_rate"};
                for (int i = 0; i < numbers.length; i++) {
                    setNumber(r, 11 + i, number(o.columns().get(numbers[i])));
                }
                setNumber(r, 16, number(o.columns().get("epoch")));
                r.addBatch();
            }
            r.executeBatch();
        }
    }

    /**
     * Writes SNAD catalog entries ({@code snad_catalog}, replacing entries of the same name) and their names into the
     * name table: the SNAD name, the TNS name and the ZTF alert names of the comments, each denoting the entry's OID.
     */
    public static void writeSnadCatalog(Connection c, List<SnadCatalogEntry> entries) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM snad_catalog WHERE name = ?");
             PreparedStatement ps = c.prepareStatement(
                     "INSERT INTO snad_catalog VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement alias = c.prepareStatement(
                     "INSERT OR REPLACE INTO name_alias VALUES (?, ?, ?, ?, ?, ?, 'snad', ?)")) {
            for (SnadCatalogEntry e : entries) {
                del.setString(1, e.name());
                del.executeUpdate();
                ps.setString(1, e.name());
                ps.setDouble(2, e.position().ra());
                ps.setDouble(3, e.position().dec());
                ps.setLong(4, SkyIndex.hpx29(e.position()));
                ps.setLong(5, e.oid().value());
                ps.setObject(6, e.discoveryDateUt());
                Double[] numbers = {e.mag(), e.errDown(), e.errUp(), e.ref(), e.errRef()};
                for (int i = 0; i < numbers.length; i++) {
                    if (numbers[i] == null) {
                        ps.setNull(7 + i, Types.REAL);
                    } else {
                        ps.setDouble(7 + i, numbers[i]);
                    }
                }
                ps.setString(12, e.tns());
                ps.setString(13, e.type());
                ps.setString(14, e.comments());
                ps.addBatch();
                List<String[]> names = new ArrayList<>();
                names.add(new String[] {e.name(), "snad"});
                if (e.tns() != null) {
                    names.add(new String[] {e.tns(), "tns"});
                }
                java.util.regex.Matcher alert = java.util.regex.Pattern.compile("ZTF\\d{2}[a-z]{7}")
                        .matcher(e.comments() == null ? "" : e.comments());
                while (alert.find()) {
                    names.add(new String[] {alert.group(), "ztf_alert"});
                }
                for (String[] n : names) {
                    alias.setString(1, n[0]);
                    alias.setString(2, EmbeddedStore.normalizeName(n[0]));
                    alias.setString(3, n[1]);
                    alias.setDouble(4, e.position().ra());
                    alias.setDouble(5, e.position().dec());
                    alias.setLong(6, e.oid().value());
                    alias.setString(7, e.name());
                    alias.addBatch();
                }
            }
            ps.executeBatch();
            alias.executeBatch();
        }
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private static OptionalDouble optional(ResultSet rs, int i) throws SQLException {
        double v = rs.getDouble(i);
        return rs.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    private static OptionalDouble number(Object v) {
        return v instanceof Number n && Double.isFinite(n.doubleValue()) ? OptionalDouble.of(n.doubleValue())
                : OptionalDouble.empty();
    }

    private static void putNumber(Map<String, Object> r, String key, ResultSet rs, int i) throws SQLException {
        double v = rs.getDouble(i);
        if (!rs.wasNull()) {
            r.put(key, v);
        }
    }

    private static void putText(Map<String, Object> r, String key, String value) {
        if (value != null) {
            r.put(key, value);
        }
    }

    private static void appendText(DuckDBAppender a, Optional<String> v) throws SQLException {
        if (v.isPresent()) {
            a.append(v.get());
        } else {
            a.appendNull();
        }
    }

    private static void appendNumber(DuckDBAppender a, OptionalDouble v) throws SQLException {
        if (v.isPresent()) {
            a.append(v.getAsDouble());
        } else {
            a.appendNull();
        }
    }

    private static void setText(PreparedStatement ps, int i, Optional<String> v) throws SQLException {
        if (v.isPresent()) {
            ps.setString(i, v.get());
        } else {
            ps.setNull(i, Types.VARCHAR);
        }
    }

    private static void setNumber(PreparedStatement ps, int i, OptionalDouble v) throws SQLException {
        if (v.isPresent()) {
            ps.setDouble(i, v.getAsDouble());
        } else {
            ps.setNull(i, Types.DOUBLE);
        }
    }

    /** The original columns as stored: whole numbers come back as {@code Long}, others as {@code Double}. */
    static Map<String, Object> columns(String json) {
        try {
            LinkedHashMap<String, Object> raw = JSON.readValue(json, MAP);
            raw.replaceAll((k, v) -> v instanceof Integer || v instanceof BigInteger ? ((Number) v).longValue()
                    : v instanceof Float || v instanceof BigDecimal ? ((Number) v).doubleValue() : v);
            return raw;
        } catch (JsonProcessingException e) {
            throw new StoreException("catalog_source.columns holds text that is not a JSON object: "
                    + e.getOriginalMessage(), e);
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new StoreException("cannot write catalog columns as JSON: " + e.getOriginalMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "CatalogTables[" + store.description() + "]";
    }
}
