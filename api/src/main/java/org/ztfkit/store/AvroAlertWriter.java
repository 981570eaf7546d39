package org.ztfkit.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.ztfkit.alerts.AlertCandidate;
import org.ztfkit.alerts.AlertCutout;
import org.ztfkit.alerts.AlertEpoch;
import org.ztfkit.alerts.AlertPacket;
import org.ztfkit.alerts.UpperLimit;
import org.ztfkit.sky.SkyIndex;
import org.ztfkit.sky.SkyPosition;
import org.ztfkit.time.SurveyTimes;

/** Writes decoded Avro alert packets into the alert tables (see {@link EmbeddedAlerts#load}). */
final class AvroAlertWriter {
    private static final String BROKER = EmbeddedAlerts.AVRO_BROKER;
    private static final String OF_OBJECT = " WHERE broker = '" + BROKER + "' AND broker_oid = ?";

    private AvroAlertWriter() {
    }

    static EmbeddedAlerts.LoadSummary write(EmbeddedStore store, List<AlertPacket> packets) {
        Map<String, List<AlertPacket>> byObject = new LinkedHashMap<>();
        for (AlertPacket p : packets) {
            byObject.computeIfAbsent(p.objectId(), k -> new ArrayList<>()).add(p);
        }
        return store.inTransaction(c -> {
            int[] counts = new int[4];
            for (Map.Entry<String, List<AlertPacket>> e : byObject.entrySet()) {
                writeObject(c, e.getKey(), e.getValue(), counts);
            }
            return new EmbeddedAlerts.LoadSummary(packets.size(), byObject.size(), counts[0], counts[1], counts[2],
                    counts[3]);
        });
    }

    /** counts: new packets, detections, upper limits, cutouts. */
    private static void writeObject(Connection c, String objectId, List<AlertPacket> packets, int[] counts)
            throws SQLException {
        Set<Long> storedPackets = longs(c, "SELECT candid FROM alert_packet" + OF_OBJECT, objectId);
        Set<Long> storedDetections = longs(c, "SELECT candid FROM alert_photometry" + OF_OBJECT
                + " AND candid IS NOT NULL", objectId);
        Set<String> storedLimits = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT jd, fid FROM alert_photometry" + OF_OBJECT
                + " AND kind = 'upper_limit'")) {
            ps.setString(1, objectId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    storedLimits.add(limitKey(rs.getDouble(1), rs.getInt(2)));
                }
            }
        }
        // A packet's own candidate wins over the same candid in another packet's (rounded) history.
        Map<Long, AlertCandidate> detections = new LinkedHashMap<>();
        Set<Long> candidates = new HashSet<>();
        for (AlertPacket p : packets) {
            detections.put(p.candid(), p.candidate());
            candidates.add(p.candid());
        }
        for (AlertPacket p : packets) {
            p.previousDetections().forEach(d -> detections.putIfAbsent(d.candid(), d));
        }
        Map<String, UpperLimit> limits = new LinkedHashMap<>();
        for (AlertPacket p : packets) {
            p.upperLimits().forEach(u -> limits.putIfAbsent(limitKey(u.jd(), u.fid()), u));
        }
        // A stored history entry is replaced when its candidate arrives as a packet's own candidate.
        List<Long> replaced = new ArrayList<>();
        for (long candid : candidates) {
            if (storedDetections.contains(candid) && !storedPackets.contains(candid)) {
                replaced.add(candid);
                storedDetections.remove(candid);
            }
        }
        for (long candid : replaced) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM alert_photometry" + OF_OBJECT
                    + " AND candid = ?")) {
                ps.setString(1, objectId);
                ps.setLong(2, candid);
                ps.executeUpdate();
            }
        }
        List<AlertCandidate> newDetections = detections.values().stream()
                .filter(d -> !storedDetections.contains(d.candid())).toList();
        List<UpperLimit> newLimits = limits.entrySet().stream().filter(e -> !storedLimits.contains(e.getKey()))
                .map(Map.Entry::getValue).toList();

        SkyPosition position = meanPosition(c, objectId, newDetections);
        long hpx29 = SkyIndex.hpx29(position);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO alert_photometry VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, NULL, ?, ?, ?, ?)")) {
            for (AlertCandidate d : newDetections) {
                int i = bindEpoch(ps, objectId, hpx29, position, d, "detection");
                ps.setLong(5, d.candid());
                setReal(ps, i++, OptionalDouble.of(d.magpsf()));
                setReal(ps, i++, OptionalDouble.of(d.sigmapsf()));
                setReal(ps, i++, d.diffmaglim());
                ps.setByte(i++, (byte) d.isdiffpos());
                ps.setDouble(i++, d.ra());
                ps.setDouble(i++, d.dec());
                setReal(ps, i++, d.magnr());
                setReal(ps, i++, d.sigmagnr());
                setReal(ps, i++, d.distnr());
                setReal(ps, i++, d.rb());
                setReal(ps, i++, d.drb());
                bindTail(ps, i, d);
                ps.addBatch();
            }
            for (UpperLimit u : newLimits) {
                int i = bindEpoch(ps, objectId, hpx29, position, u, "upper_limit");
                ps.setNull(5, Types.BIGINT);
                ps.setNull(i++, Types.REAL);
                ps.setNull(i++, Types.REAL);
                setReal(ps, i++, u.diffmaglim());
                for (int k = 0; k < 8; k++) {
                    ps.setNull(i++, k < 1 ? Types.TINYINT : k < 3 ? Types.DOUBLE : Types.REAL);
                }
                bindTail(ps, i, u);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        // The object's rows follow its (possibly moved) mean position.
        for (String table : List.of("alert_photometry", "alert_packet")) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET hpx29 = ?" + OF_OBJECT
                    + " AND hpx29 <> ?")) {
                ps.setLong(1, hpx29);
                ps.setString(2, objectId);
                ps.setLong(3, hpx29);
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM alert_object" + OF_OBJECT)) {
            ps.setString(1, objectId);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO alert_object SELECT ?, ?, ?, ?, ?, ?,"
                + " min(jd) - 2400000.5, max(jd) - 2400000.5, count(*), NULL FROM alert_photometry" + OF_OBJECT
                + " AND kind = 'detection'")) {
            ps.setString(1, BROKER);
            ps.setString(2, objectId);
            ps.setString(3, objectId);
            ps.setDouble(4, position.ra());
            ps.setDouble(5, position.dec());
            ps.setLong(6, hpx29);
            ps.setString(7, objectId);
            ps.executeUpdate();
        }
        int newPackets = 0;
        int newCutouts = 0;
        try (PreparedStatement packet = c.prepareStatement("INSERT INTO alert_packet VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement cutout = c.prepareStatement(
                     "INSERT INTO alert_cutout VALUES (?, ?, 'fits.gz', ?, ?, ?, ?, 63, 63)")) {
            for (AlertPacket p : packets) {
                if (!storedPackets.add(p.candid())) {
                    continue;
                }
                packet.setLong(1, p.candid());
                packet.setString(2, BROKER);
                packet.setString(3, objectId);
                packet.setString(4, objectId);
                packet.setLong(5, hpx29);
                packet.setDouble(6, p.candidate().jd());
                packet.setString(7, p.schemaVersion());
                packet.setString(8, p.publisher());
                packet.addBatch();
                newPackets++;
                for (AlertCutout blob : p.rawCutouts()) {
                    cutout.setLong(1, p.candid());
                    cutout.setString(2, blob.kind().toString());
                    cutout.setString(3, objectId);
                    cutout.setString(4, BROKER);
                    cutout.setString(5, blob.fileName());
                    cutout.setBytes(6, blob.gzippedFits());
                    cutout.addBatch();
                    newCutouts++;
                }
            }
            packet.executeBatch();
            cutout.executeBatch();
        }
        counts[0] += newPackets;
        counts[1] += newDetections.size();
        counts[2] += newLimits.size();
        counts[3] += newCutouts;
    }

    /** Binds broker … filter and returns the index of {@code magpsf}. */
    private static int bindEpoch(PreparedStatement ps, String objectId, long hpx29, SkyPosition position, AlertEpoch e,
                                 String kind) throws SQLException {
        ps.setString(1, BROKER);
        ps.setString(2, objectId);
        ps.setString(3, objectId);
        ps.setLong(4, hpx29);
        ps.setString(6, kind);
        ps.setDouble(7, e.jd());
        ps.setDouble(8, SurveyTimes.hmjdFromZtfAlertJd(e.jd(), position));
        ps.setByte(9, (byte) e.fid());
        ps.setString(10, e.band().ztfFilterCode());
        return 11;
    }

    /** Binds field, rcid, programid and raw from {@code i}. */
    private static void bindTail(PreparedStatement ps, int i, AlertEpoch e) throws SQLException {
        setInt(ps, i, e.field());
        setInt(ps, i + 1, e.rcid());
        OptionalDouble programid = e.number("programid");
        setInt(ps, i + 2, programid.isPresent() ? OptionalInt.of((int) programid.getAsDouble()) : OptionalInt.empty());
        ps.setString(i + 3, EmbeddedAlerts.json(e.raw()));
    }

    private static void setReal(PreparedStatement ps, int i, OptionalDouble v) throws SQLException {
        if (v.isPresent()) {
            ps.setFloat(i, (float) v.getAsDouble());
        } else {
            ps.setNull(i, Types.REAL);
        }
    }

    private static void setInt(PreparedStatement ps, int i, OptionalInt v) throws SQLException {
        if (v.isPresent()) {
            ps.setInt(i, v.getAsInt());
        } else {
            ps.setNull(i, Types.INTEGER);
        }
    }

    private static String limitKey(double jd, int fid) {
        return Double.doubleToLongBits(jd) + "/" + fid;
    }

    private static Set<Long> longs(Connection c, String sql, String objectId) throws SQLException {
        Set<Long> out = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, objectId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
        }
        return out;
    }

    /** The object's mean position over its stored and new detections (offsets from the first, so RA 0 is safe). */
    private static SkyPosition meanPosition(Connection c, String objectId, List<AlertCandidate> added)
            throws SQLException {
        List<double[]> positions = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT ra, dec FROM alert_photometry" + OF_OBJECT
                + " AND kind = 'detection'")) {
            ps.setString(1, objectId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    positions.add(new double[] {rs.getDouble(1), rs.getDouble(2)});
                }
            }
        }
        added.forEach(d -> positions.add(new double[] {d.ra(), d.dec()}));
        double ra0 = positions.get(0)[0];
        double dra = 0;
        double dec = 0;
        for (double[] p : positions) {
            double d = p[0] - ra0;
            dra += d > 180 ? d - 360 : d < -180 ? d + 360 : d;
            dec += p[1];
        }
        int n = positions.size();
        return SkyPosition.of(((ra0 + dra / n) % 360 + 360) % 360, dec / n);
    }
}
