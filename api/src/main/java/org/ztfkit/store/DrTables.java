package org.ztfkit.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.ztfkit.model.DataRelease;
import org.ztfkit.model.MjdRange;
import org.ztfkit.model.Oid;

/**
 * Writes ZTF DR objects and epochs into {@code ztf_object} and the detection zone tables ({@link DetectionZones};
 * schemas 001 and 040): the one writer
 * the snapshot of online calls and the bulk importers share. Call it inside {@link EmbeddedStore#inTransaction}.
 *
 * <ul>
 *   <li>An object already stored in the release is replaced, never duplicated.</li>
 *   <li>Objects are appended in {@code hpx29} order and each object's epochs in time order, so one batch is stored
 *       sorted as the cone search expects ({@link #sortByHpx29} re-sorts a table built from many batches).</li>
 *   <li>Every epoch is stored, bad ones too; readers keep {@code catflags = 0 AND magerr > 0} as the DR API does,
 *       and objects without a good epoch stay stored but are not served.</li>
 *   <li>Statistics a record leaves null ({@code ngoodobs}, {@code duration_d}, and for every record
 *       {@code min/max/mean_mag}) are computed here with the DR API's definitions; {@code ngoodobs_short} only for
 *       dr2 and dr3, the releases for which the API reports it.</li>
 * </ul>
 *
 * <pre>{@code
 * store.inTransaction(c -> DrTables.write(c, DataRelease.of("dr5"), records));
 * }</pre>
 */
public final class DrTables {
    private DrTables() {
    }

    /**
     * Stores the records in release {@code dr}, replacing objects already there.
     *
     * @return the number of epochs written
     */
    public static long write(Connection c, DataRelease dr, List<DrRecord> records) throws SQLException {
        if (records.isEmpty()) {
            return 0;
        }
        List<Placed> sorted = new ArrayList<>(records.size());
        for (DrRecord r : records) {
            sorted.add(new Placed(r, r.hpx29()));
        }
        sorted.sort(Comparator.comparingLong(Placed::hpx29).thenComparingLong(p -> p.record().oid().value()));
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TEMP TABLE IF NOT EXISTS dr_write_oid (oid BIGINT, computed BOOLEAN)");
            st.execute("DELETE FROM dr_write_oid");
        }
        DuckDBConnection duck = c.unwrap(DuckDBConnection.class);
        try (DuckDBAppender a = duck.createAppender("temp", "main", "dr_write_oid")) {
            for (Placed p : sorted) {
                DrRecord r = p.record();
                a.beginRow().append(r.oid().value()).append(r.ngoodobs() == null || r.durationDays() == null).endRow();
            }
        }
        // The detections of a stored object are in the zone of its stored cell (which a new position may change).
        java.util.Set<Integer> zones = new java.util.TreeSet<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT DISTINCT hpx29 FROM ztf_object WHERE dr = ? AND oid IN (SELECT oid FROM dr_write_oid)")) {
            ps.setString(1, dr.name());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    zones.add(DetectionZones.of(rs.getLong(1)));
                }
            }
        }
        for (int zone : zones) {
            try (PreparedStatement delDet = c.prepareStatement("DELETE FROM " + DetectionZones.table(zone)
                    + " WHERE dr = ? AND oid IN (SELECT oid FROM dr_write_oid)")) {
                delDet.setString(1, dr.name());
                delDet.executeUpdate();
            }
        }
        try (PreparedStatement del = c.prepareStatement(
                "DELETE FROM ztf_object WHERE dr = ? AND oid IN (SELECT oid FROM dr_write_oid)")) {
            del.setString(1, dr.name());
            del.executeUpdate();
        }
        long epochs = 0;
        try (DuckDBAppender obj = duck.createAppender("main", "ztf_object");
             DetectionZones.Appender det = new DetectionZones.Appender(c)) {
            for (Placed p : sorted) {
                DrRecord r = p.record();
                long hpx = p.hpx29();
                appendObject(obj, dr, r, hpx);
                List<DrRecord.Epoch> inOrder = new ArrayList<>(r.epochs());
                inOrder.sort(Comparator.comparingDouble(DrRecord.Epoch::hmjd));
                for (DrRecord.Epoch e : inOrder) {
                    DuckDBAppender row = det.row(hpx).append(dr.name()).append(r.oid().value()).append(hpx)
                            .append(e.hmjd());
                    appendReal(row, e.mag());
                    appendReal(row, e.magerr());
                    appendReal(row, e.clrcoeff());
                    row.append(e.catflags());
                    if (e.filefracday() == null) {
                        row.appendNull();
                    } else {
                        row.append(e.filefracday().longValue());
                    }
                    row.endRow();
                    epochs++;
                }
            }
        }
        computeStatistics(c, dr);
        return epochs;
    }

    /** NaN is "not provided": stored as NULL (§19). */
    private static void appendReal(DuckDBAppender a, float v) throws SQLException {
        if (Float.isNaN(v)) {
            a.appendNull();
        } else {
            a.append(v);
        }
    }

    private record Placed(DrRecord record, long hpx29) {
    }

    private static void appendObject(DuckDBAppender a, DataRelease dr, DrRecord r, long hpx29) throws SQLException {
        Oid oid = r.oid();
        int nobs = r.nobs() != null ? r.nobs() : r.epochs().size();
        a.beginRow().append(dr.name()).append(oid.value()).append(oid.fieldId()).append((byte) oid.filterId())
                .append(oid.filterCode()).append((byte) oid.ccdId()).append((byte) oid.qid()).append((byte) oid.rcid())
                .append((int) oid.sourceId()).append(r.position().ra()).append(r.position().dec()).append(hpx29)
                .append(nobs).append(r.ngoodobs() == null ? 0 : r.ngoodobs());
        if (r.durationDays() == null) {
            a.appendNull();
        } else {
            a.append(r.durationDays().doubleValue());
        }
        if (r.ngoodobsShort() == null) {
            a.appendNull();
        } else {
            a.append(r.ngoodobsShort().intValue());
        }
        if (r.durationShortDays() == null) {
            a.appendNull();
        } else {
            a.append(r.durationShortDays().doubleValue());
        }
        a.appendNull().appendNull().appendNull().endRow();
    }

    /** Magnitude statistics of every written object; counts and spans of those whose record left them null. */
    private static void computeStatistics(Connection c, DataRelease dr) throws SQLException {
        MjdRange shortRange = dr.name().equals("dr2") || dr.name().equals("dr3") ? dr.shortRange().orElse(null) : null;
        String good = "catflags = 0 AND magerr > 0";
        String inShort = shortRange == null ? "FALSE" : "hmjd BETWEEN " + shortRange.min() + " AND " + shortRange.max();
        String sql = "UPDATE ztf_object SET "
                + "ngoodobs = CASE WHEN w.computed THEN s.ngood ELSE ztf_object.ngoodobs END, "
                + "duration_d = CASE WHEN w.computed THEN s.span ELSE ztf_object.duration_d END, "
                + "ngoodobs_short = CASE WHEN w.computed AND " + (shortRange != null)
                + " THEN s.ngood_short ELSE ztf_object.ngoodobs_short END, "
                + "duration_short_d = CASE WHEN w.computed AND " + (shortRange != null)
                + " THEN s.span_short ELSE ztf_object.duration_short_d END, "
                + "min_mag = s.min_mag, max_mag = s.max_mag, mean_mag = s.mean_mag "
                + "FROM dr_write_oid w, (SELECT oid, "
                + "count(*) FILTER (WHERE " + good + ") AS ngood, "
                + "coalesce(max(hmjd) FILTER (WHERE " + good + ") - min(hmjd) FILTER (WHERE " + good + "), 0) AS span, "
                + "count(*) FILTER (WHERE " + good + " AND " + inShort + ") AS ngood_short, "
                + "coalesce(max(hmjd) FILTER (WHERE " + good + " AND " + inShort + ") - min(hmjd) FILTER (WHERE " + good
                + " AND " + inShort + "), 0) AS span_short, "
                + "min(mag) FILTER (WHERE " + good + ") AS min_mag, max(mag) FILTER (WHERE " + good + ") AS max_mag, "
                + "avg(mag) FILTER (WHERE " + good + ") AS mean_mag "
                + "FROM ztf_detection WHERE dr = ? AND oid IN (SELECT oid FROM dr_write_oid) GROUP BY oid) s "
                + "WHERE ztf_object.dr = ? AND ztf_object.oid = s.oid AND w.oid = s.oid";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, dr.name());
            ps.setString(2, dr.name());
            ps.executeUpdate();
        }
    }

    /**
     * Adds the release to {@code data_release} unless it is there. The first release stored becomes the default;
     * a later, higher-numbered one takes over the default only when {@code origin} is the same.
     */
    public static void ensureRelease(Connection c, DataRelease dr, String origin, String description) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM data_release WHERE dr = ?")) {
            ps.setString(1, dr.name());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
        }
        boolean isDefault;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT dr FROM data_release WHERE is_default")) {
            try (ResultSet rs = ps.executeQuery()) {
                isDefault = !rs.next() || DataRelease.of(rs.getString(1)).compareTo(dr) < 0;
            }
        }
        if (isDefault) {
            try (Statement st = c.createStatement()) {
                st.execute("UPDATE data_release SET is_default = false");
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO data_release (dr, is_default, short_min_hmjd, "
                + "short_max_hmjd, origin, description, ingested_at) VALUES (?, ?, ?, ?, ?, ?, now())")) {
            ps.setString(1, dr.name());
            ps.setBoolean(2, isDefault);
            MjdRange shortRange = dr.shortRange().filter(MjdRange::isBounded).orElse(null);
            if (shortRange == null) {
                ps.setNull(3, java.sql.Types.DOUBLE);
                ps.setNull(4, java.sql.Types.DOUBLE);
            } else {
                ps.setDouble(3, shortRange.min());
                ps.setDouble(4, shortRange.max());
            }
            ps.setString(5, origin);
            ps.setString(6, description);
            ps.executeUpdate();
        }
    }

    /** Sets the release's time span from its stored detections. */
    public static void updateReleaseSpan(Connection c, DataRelease dr) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE data_release SET min_hmjd = (SELECT min(hmjd) FROM "
                + "ztf_detection WHERE dr = ?), max_hmjd = (SELECT max(hmjd) FROM ztf_detection WHERE dr = ?) WHERE dr = ?")) {
            ps.setString(1, dr.name());
            ps.setString(2, dr.name());
            ps.setString(3, dr.name());
            ps.executeUpdate();
        }
    }

    /**
     * Rewrites {@code ztf_object} and each detection zone table in {@code hpx29} order, so that a table filled by many
     * batches is as fast to search as one written at once.
     */
    public static void sortByHpx29(Connection c) throws SQLException {
        StoredOrder.rewrite(c, "ztf_object", "hpx29, oid, dr");
        for (String zone : DetectionZones.tables()) {
            StoredOrder.rewrite(c, zone, "hpx29, oid, dr, hmjd");
        }
    }
}
