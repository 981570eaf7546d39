package org.ztfkit.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.ztfkit.sky.SkyIndex;

/**
 * The sky zones ZTF DR detections are stored in (schema 040): one table {@code ztf_detection_zNN} per HEALPix
 * depth-1 cell, holding the detections of the objects whose {@code hpx29} lies in that cell. A light curve is read
 * from its zone's table, whose row groups are a small part of the whole; {@code ztf_detection} is a view over every
 * zone for all other reading. Writers go through {@link Appender}.
 *
 * <pre>{@code
 * String table = DetectionZones.tableOf(SkyIndex.hpx29(247.45543, 24.77282));   // "ztf_detection_z05"
 * try (DetectionZones.Appender det = new DetectionZones.Appender(connection)) {
 *     det.row(hpx29).append("dr13").append(oid).append(hpx29).append(hmjd) ... .endRow();
 * }
 * }</pre>
 */
public final class DetectionZones {
    /** The HEALPix depth of a zone: 48 zones. */
    public static final int DEPTH = 1;
    /** How many zones (and zone tables) there are. */
    public static final int COUNT = 12 << (2 * DEPTH);
    private static final int SHIFT = 2 * (SkyIndex.DEPTH - DEPTH);

    private DetectionZones() {
    }

    /** The zone of a depth-29 cell. */
    public static int of(long hpx29) {
        if (hpx29 < 0 || (hpx29 >>> SHIFT) >= COUNT) {
            throw new IllegalArgumentException("not a depth-29 HEALPix cell: " + hpx29 + " (valid: 0 to "
                    + ((long) COUNT << SHIFT) + " exclusive); compute it with SkyIndex.hpx29(ra, dec)");
        }
        return (int) (hpx29 >>> SHIFT);
    }

    /** The first depth-29 cell of a zone. */
    public static long firstCell(int zone) {
        return (long) zone << SHIFT;
    }

    /** The last depth-29 cell of a zone. */
    public static long lastCell(int zone) {
        return firstCell(zone + 1) - 1;
    }

    /** The table of a zone, {@code ztf_detection_z00} to {@code ztf_detection_z47}. */
    public static String table(int zone) {
        if (zone < 0 || zone >= COUNT) {
            throw new IllegalArgumentException("zone " + zone + " out of range 0.." + (COUNT - 1)
                    + "; take it from DetectionZones.of(hpx29)");
        }
        return String.format(Locale.ROOT, "ztf_detection_z%02d", zone);
    }

    /** The table holding the detections of the object in cell {@code hpx29}. */
    public static String tableOf(long hpx29) {
        return table(of(hpx29));
    }

    /** Every zone table, in zone order. */
    public static List<String> tables() {
        List<String> out = new ArrayList<>(COUNT);
        for (int z = 0; z < COUNT; z++) {
            out.add(table(z));
        }
        return out;
    }

    /**
     * Appends detection rows to their zone tables, with the columns of {@code ztf_detection} in order. One DuckDB
     * appender per zone is opened when its first row comes; all are flushed at {@link #close()}.
     */
    public static final class Appender implements AutoCloseable {
        private final DuckDBConnection connection;
        private final DuckDBAppender[] open = new DuckDBAppender[COUNT];

        public Appender(Connection connection) throws SQLException {
            this.connection = connection.unwrap(DuckDBConnection.class);
        }

        /** Begins a row in the zone of {@code hpx29} (the object's cell, also the row's hpx29 column). */
        public DuckDBAppender row(long hpx29) throws SQLException {
            int zone = of(hpx29);
            DuckDBAppender a = open[zone];
            if (a == null) {
                a = connection.createAppender("main", table(zone));
                open[zone] = a;
            }
            return a.beginRow();
        }

        @Override
        public void close() throws SQLException {
            SQLException first = null;
            for (int z = 0; z < COUNT; z++) {
                if (open[z] == null) {
                    continue;
                }
                try {
                    open[z].close();
                } catch (SQLException e) {
                    if (first == null) {
                        first = e;
                    } else {
                        first.addSuppressed(e);
                    }
                }
                open[z] = null;
            }
            if (first != null) {
                throw first;
            }
        }
    }
}
