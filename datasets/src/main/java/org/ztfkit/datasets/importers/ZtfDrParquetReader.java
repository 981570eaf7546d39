package org.ztfkit.datasets.importers;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.errors.StoreException;
import org.ztfkit.model.Oid;
import org.ztfkit.sky.SkyPosition;
import org.ztfkit.store.DrRecord;

/**
 * IRSA's ZTF DR light-curve Parquet files (one row per object; LIST columns {@code hmjd}, {@code mag},
 * {@code magerr}, {@code clrcoeff}, {@code catflags}), read with DuckDB's own Parquet reader in a separate in-memory
 * database and exploded into epochs. The files store {@code hmjd}, {@code objra} and {@code objdec} as float32:
 * they are kept as the exact doubles of those floats (58348.48046875), so their resolution stays about 0.004 d;
 * nothing is invented beyond it. {@code nepochs} must equal the length of the lists.
 */
final class ZtfDrParquetReader implements DrFileReader {
    private static final String COLUMNS = "objectid, objra, objdec, nepochs, hmjd, mag, magerr, clrcoeff, catflags";

    @Override
    public long objectCount(Path file) {
        return withReader(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM read_parquet(?)")) {
                ps.setString(1, file.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        }, file);
    }

    @Override
    public void read(Path file, int batchSize, Batches batches, java.util.function.LongConsumer objectsRead) {
        withReader(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM read_parquet(?)")) {
                ps.setString(1, file.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    List<DrRecord> batch = new ArrayList<>(batchSize);
                    long read = 0;
                    while (rs.next()) {
                        batch.add(record(rs, file));
                        if (++read % PROGRESS_EVERY == 0) {
                            objectsRead.accept(read);
                        }
                        if (batch.size() == batchSize) {
                            batches.accept(batch);
                            batch = new ArrayList<>(batchSize);
                        }
                    }
                    if (!batch.isEmpty()) {
                        batches.accept(batch);
                    }
                }
            }
            return null;
        }, file);
    }

    private static DrRecord record(ResultSet rs, Path file) throws SQLException {
        long objectId = rs.getLong(1);
        Oid oid = Oid.of(objectId);
        SkyPosition position = SkyPosition.of((double) rs.getFloat(2), (double) rs.getFloat(3));
        long nepochs = rs.getLong(4);
        Object[] hmjd = list(rs.getArray(5));
        Object[] mag = list(rs.getArray(6));
        Object[] magerr = list(rs.getArray(7));
        Object[] clrcoeff = list(rs.getArray(8));
        Object[] catflags = list(rs.getArray(9));
        int n = hmjd.length;
        if (nepochs != n || mag.length != n || magerr.length != n || clrcoeff.length != n || catflags.length != n) {
            throw new InvalidInputException(file.getFileName() + ": object " + objectId + " has nepochs = " + nepochs
                    + " but lists of " + n + "/" + mag.length + "/" + magerr.length + "/" + clrcoeff.length + "/"
                    + catflags.length + " values (hmjd/mag/magerr/clrcoeff/catflags); the file is damaged");
        }
        List<DrRecord.Epoch> epochs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            if (hmjd[i] == null) {
                throw new InvalidInputException(file.getFileName() + ": object " + objectId + " epoch " + i
                        + " has no hmjd; the file is damaged");
            }
            epochs.add(new DrRecord.Epoch(((Number) hmjd[i]).floatValue(), real(mag[i]), real(magerr[i]),
                    real(clrcoeff[i]), catflags[i] == null ? 0 : ((Number) catflags[i]).intValue(), null));
        }
        return DrRecord.of(oid, position, (int) nepochs, epochs);
    }

    private static Object[] list(Array a) throws SQLException {
        return a == null ? new Object[0] : (Object[]) a.getArray();
    }

    private static float real(Object v) {
        return v == null ? Float.NaN : ((Number) v).floatValue();
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private static <T> T withReader(Work<T> work, Path file) {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
            return work.run(c);
        } catch (SQLException e) {
            String msg = String.valueOf(e.getMessage());
            throw new StoreException("cannot read " + file + " as a ZTF DR Parquet file (" + msg.lines().findFirst()
                    .orElse(msg) + "); it needs columns " + COLUMNS, e);
        }
    }
}
