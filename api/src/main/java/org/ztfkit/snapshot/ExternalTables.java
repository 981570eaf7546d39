package org.ztfkit.snapshot;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import org.ztfkit.model.Band;
import org.ztfkit.model.Oid;
import org.ztfkit.photometry.Photometry;
import org.ztfkit.remote.BrokerEpoch;
import org.ztfkit.remote.BrokerObject;
import org.ztfkit.remote.GaiaDistance;
import org.ztfkit.remote.GaiaEpoch;
import org.ztfkit.remote.GaiaSource;
import org.ztfkit.remote.Ps1Detection;
import org.ztfkit.remote.Ps1StackObject;
import org.ztfkit.remote.ReferenceSourceRow;
import org.ztfkit.sky.SkyIndex;
import org.ztfkit.summary.BrokerClassification;
import org.ztfkit.sky.SkyPosition;
import org.ztfkit.time.SurveyTimes;

/**
 * Writes what the remote clients read into the embedded schema's tables for alerts, Pan-STARRS, Gaia and reference
 * catalogs (external-services.md §19.1–19.3): native values as delivered, derived columns (HMJD, AB magnitudes)
 * computed once here with {@link SurveyTimes} and {@link Photometry}, NaN stored as NULL. A row already stored under
 * the same key is replaced. Call inside {@code EmbeddedStore.inTransaction}.
 *
 * <pre>{@code
 * store.inTransaction(c -> { ExternalTables.writePs1Objects(c, stack); return null; });
 * }</pre>
 */
public final class ExternalTables {
    private ExternalTables() {
    }

    /** Merged PS1 stack objects into {@code ps1_object}. */
    public static void writePs1Objects(Connection c, List<Ps1StackObject> objects) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM ps1_object WHERE objid = ?");
             PreparedStatement ins = c.prepareStatement("INSERT INTO ps1_object VALUES (" + marks(27) + ")")) {
            for (Ps1StackObject o : objects) {
                del.setLong(1, o.objId());
                del.addBatch();
                int i = 1;
                ins.setLong(i++, o.objId());
                ins.setString(i++, o.objName());
                ins.setDouble(i++, o.position().ra());
                ins.setDouble(i++, o.position().dec());
                ins.setLong(i++, SkyIndex.hpx29(o.position()));
                for (Ps1StackObject.Magnitudes m : o.bands()) {
                    real(ins, i++, m.psfMag());
                    real(ins, i++, m.psfMagErr());
                    real(ins, i++, m.apMag());
                    real(ins, i++, m.apMagErr());
                }
                ins.setShort(i++, (short) o.stackRows());
                ins.setNull(i, Types.VARCHAR);
                ins.addBatch();
            }
            del.executeBatch();
            ins.executeBatch();
        }
    }

    /**
     * One PS1 object's detections into {@code ps1_detection}, with {@code hmjd_utc} (TAI → UTC, + the heliocentric
     * light time at Haleakala toward the detection) and eqs. 8–9 magnitudes (NULL when the flux is not positive).
     * Detections without a flux or its error are not stored (the table requires both).
     */
    public static void writePs1Detections(Connection c, long objId, SkyPosition objectPosition,
                                          List<Ps1Detection> detections) throws SQLException {
        long hpx29 = SkyIndex.hpx29(objectPosition);
        try (PreparedStatement del = c.prepareStatement("DELETE FROM ps1_detection WHERE objid = ?")) {
            del.setLong(1, objId);
            del.executeUpdate();
        }
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO ps1_detection VALUES (" + marks(16) + ")")) {
            for (Ps1Detection d : detections) {
                if (!Double.isFinite(d.psfFluxJy()) || !Double.isFinite(d.psfFluxErrJy())
                        || !Double.isFinite(d.obsTimeMjdTai())) {
                    continue;
                }
                int i = 1;
                ins.setLong(i++, d.detectId());
                ins.setLong(i++, objId);
                ins.setLong(i++, hpx29);
                ins.setByte(i++, (byte) d.filterId());
                ins.setString(i++, "ps_" + Ps1StackObject.BAND_NAMES.get(d.filterId() - 1));
                ins.setDouble(i++, d.obsTimeMjdTai());
                ins.setDouble(i++, d.ra());
                ins.setDouble(i++, d.dec());
                ins.setDouble(i++, d.psfFluxJy());
                ins.setDouble(i++, d.psfFluxErrJy());
                longOrNull(ins, i++, d.infoFlag());
                longOrNull(ins, i++, d.infoFlag2());
                longOrNull(ins, i++, d.infoFlag3());
                ins.setDouble(i++, SurveyTimes.hmjdFromPs1ObsTimeMjdTai(d.obsTimeMjdTai(), SkyPosition.wrapped(d.ra(), d.dec())));
                boolean positive = d.psfFluxJy() > 0;
                real(ins, i++, positive ? Photometry.mag(d.psfFluxJy()) : Double.NaN);
                real(ins, i, positive ? Photometry.magErr(d.psfFluxJy(), d.psfFluxErrJy()) : Double.NaN);
                ins.addBatch();
            }
            ins.executeBatch();
        }
    }

    /** Gaia DR3 sources into {@code gaia_source}. */
    public static void writeGaiaSources(Connection c, List<GaiaSource> sources) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM gaia_source WHERE source_id = ?");
             PreparedStatement ins = c.prepareStatement("INSERT INTO gaia_source VALUES (" + marks(31) + ")")) {
            for (GaiaSource s : sources) {
                del.setLong(1, s.sourceId());
                del.addBatch();
                int i = 1;
                ins.setLong(i++, s.sourceId());
                ins.setDouble(i++, s.position().ra());
                ins.setDouble(i++, s.position().dec());
                doubleOrNull(ins, i++, s.raEp2016());
                doubleOrNull(ins, i++, s.decEp2016());
                ins.setLong(i++, SkyIndex.hpx29(s.position()));
                for (double v : new double[] {s.gMag(), s.bpMag(), s.rpMag(), s.plx(), s.ePlx(), s.pmra(), s.ePmra(),
                        s.pmdec(), s.ePmdec(), s.teff(), s.teffLo(), s.teffHi(), s.logg(), s.loggLo(), s.loggHi(),
                        s.feh(), s.fehLo(), s.fehHi(), s.a0(), s.a0Lo(), s.a0Hi(), s.pqso(), s.pgal(), s.pss()}) {
                    real(ins, i++, v);
                }
                ins.setBoolean(i, s.hasEpochPhot());
                ins.addBatch();
            }
            del.executeBatch();
            ins.executeBatch();
        }
    }

    /**
     * A source's epoch photometry into {@code gaia_epoch}, one row per transit and band, with {@code mjd_utc} (TCB →
     * UTC, still barycentric) and eqs. 10–11 AB magnitudes (NULL without a positive flux). Measurements without a
     * time are not stored.
     */
    public static void writeGaiaEpochs(Connection c, long sourceId, SkyPosition sourcePosition, List<GaiaEpoch> epochs)
            throws SQLException {
        long hpx29 = SkyIndex.hpx29(sourcePosition);
        try (PreparedStatement del = c.prepareStatement("DELETE FROM gaia_epoch WHERE source_id = ?")) {
            del.setLong(1, sourceId);
            del.executeUpdate();
        }
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO gaia_epoch VALUES (" + marks(16) + ")")) {
            for (GaiaEpoch e : epochs) {
                if (!Double.isFinite(e.timeTcbDays())) {
                    continue;
                }
                Band band = Band.of("gaia_" + e.band());
                int i = 1;
                ins.setLong(i++, sourceId);
                ins.setLong(i++, hpx29);
                ins.setLong(i++, e.transitId());
                ins.setString(i++, e.band());
                ins.setString(i++, band.id());
                ins.setDouble(i++, e.timeTcbDays());
                doubleOrNull(ins, i++, e.flux());
                doubleOrNull(ins, i++, e.fluxError());
                real(ins, i++, e.fluxOverError());
                real(ins, i++, e.magVega());
                ins.setBoolean(i++, e.rejectedByPhotometry());
                ins.setBoolean(i++, e.rejectedByVariability());
                ins.setBoolean(i++, e.variabilityReject());
                ins.setDouble(i++, SurveyTimes.mjdUtcFromGaiaTimeDaysTcb(e.timeTcbDays()));
                boolean positive = e.flux() > 0;
                real(ins, i++, positive ? Photometry.gaiaMagAb(band, e.flux()) : Double.NaN);
                real(ins, i, positive && Double.isFinite(e.fluxOverError())
                        ? Photometry.gaiaMagErrAb(band, e.fluxOverError()) : Double.NaN);
                ins.addBatch();
            }
            ins.executeBatch();
        }
    }

    /** Bailer-Jones EDR3 distances into {@code gaia_distance_edr3}. */
    public static void writeGaiaDistances(Connection c, List<GaiaDistance> distances) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM gaia_distance_edr3 WHERE source_id = ?");
             PreparedStatement ins = c.prepareStatement("INSERT INTO gaia_distance_edr3 VALUES (" + marks(11) + ")")) {
            for (GaiaDistance d : distances) {
                del.setLong(1, d.sourceId());
                del.addBatch();
                int i = 1;
                ins.setLong(i++, d.sourceId());
                ins.setDouble(i++, d.position().ra());
                ins.setDouble(i++, d.position().dec());
                ins.setLong(i++, SkyIndex.hpx29(d.position()));
                for (double v : new double[] {d.rgeo(), d.rgeoLo(), d.rgeoHi(), d.rpgeo(), d.rpgeoLo(), d.rpgeoHi()}) {
                    doubleOrNull(ins, i++, v);
                }
                ins.setString(i, d.flag());
                ins.addBatch();
            }
            del.executeBatch();
            ins.executeBatch();
        }
    }

    /** Alert objects of a broker cone into {@code alert_object} (counts and dates are those of the broker's record). */
    public static void writeBrokerObjects(Connection c, List<BrokerObject> objects) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM alert_object WHERE broker = ? AND broker_oid = ?");
             PreparedStatement ins = c.prepareStatement("INSERT INTO alert_object VALUES (?, ?, ?, ?, ?, ?, NULL, NULL, ?, ?)")) {
            for (BrokerObject o : objects) {
                del.setString(1, o.broker());
                del.setString(2, o.brokerOid());
                del.addBatch();
                ins.setString(1, o.broker());
                ins.setString(2, o.brokerOid());
                ins.setString(3, o.ztfName() == null ? o.brokerOid() : o.ztfName());
                ins.setDouble(4, o.position().ra());
                ins.setDouble(5, o.position().dec());
                ins.setLong(6, SkyIndex.hpx29(o.position()));
                ins.setInt(7, o.ndet());
                ins.setString(8, o.raw());
                ins.addBatch();
            }
            del.executeBatch();
            ins.executeBatch();
        }
    }

    /**
     * One broker object's light curve into {@code alert_photometry}, with {@code hmjd_mid} (+ 15 s to
     * mid-exposure, + the heliocentric light time toward the object) and the first and last detection dates on its
     * {@code alert_object} row.
     */
    public static void writeBrokerEpochs(Connection c, BrokerObject object, List<BrokerEpoch> epochs) throws SQLException {
        long hpx29 = SkyIndex.hpx29(object.position());
        String ztfName = object.ztfName() == null ? object.brokerOid() : object.ztfName();
        try (PreparedStatement del = c.prepareStatement(
                "DELETE FROM alert_photometry WHERE broker = ? AND broker_oid = ?")) {
            del.setString(1, object.broker());
            del.setString(2, object.brokerOid());
            del.executeUpdate();
        }
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO alert_photometry VALUES (" + marks(29) + ")")) {
            for (BrokerEpoch e : epochs) {
                int i = 1;
                ins.setString(i++, object.broker());
                ins.setString(i++, object.brokerOid());
                ins.setString(i++, ztfName);
                ins.setLong(i++, hpx29);
                longOrNull(ins, i++, e.candid());
                ins.setString(i++, e.kind());
                ins.setDouble(i++, e.jd());
                ins.setDouble(i++, SurveyTimes.hmjdFromZtfAlertJd(e.jd(), object.position()));
                ins.setByte(i++, (byte) e.fid());
                ins.setString(i++, Band.ztf(e.fid()).ztfFilterCode());
                ins.setString(i++, e.brokerPassband());
                real(ins, i++, e.magpsf());
                real(ins, i++, e.sigmapsf());
                real(ins, i++, e.diffmaglim());
                if (e.isdiffpos() == 0) {
                    ins.setNull(i++, Types.TINYINT);
                } else {
                    ins.setByte(i++, (byte) e.isdiffpos());
                }
                doubleOrNull(ins, i++, e.ra());
                doubleOrNull(ins, i++, e.dec());
                for (int k = 0; k < 3; k++) {
                    ins.setNull(i++, Types.REAL); // magnr, sigmagnr, distnr: not sent by the brokers' light curves
                }
                real(ins, i++, e.rb());
                real(ins, i++, e.drb());
                real(ins, i++, e.magpsfCorr());
                real(ins, i++, e.sigmapsfCorr());
                real(ins, i++, e.sigmapsfCorrExt());
                intOrNull(ins, i++, e.field());
                intOrNull(ins, i++, e.rcid());
                intOrNull(ins, i++, e.programid());
                ins.setString(i, e.raw());
                ins.addBatch();
            }
            ins.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE alert_object SET first_mjd = (SELECT min(jd) - 2400000.5 "
                + "FROM alert_photometry p WHERE p.broker = alert_object.broker AND p.broker_oid = alert_object.broker_oid "
                + "AND kind = 'detection'), last_mjd = (SELECT max(jd) - 2400000.5 FROM alert_photometry p WHERE "
                + "p.broker = alert_object.broker AND p.broker_oid = alert_object.broker_oid AND kind = 'detection') "
                + "WHERE broker = ? AND broker_oid = ?")) {
            ps.setString(1, object.broker());
            ps.setString(2, object.brokerOid());
            ps.executeUpdate();
        }
    }

    /**
     * One broker object's classification rows into {@code alert_classification}, replacing the rows stored for it.
     */
    public static void writeBrokerClassifications(Connection c, String broker, String brokerOid,
                                                  List<BrokerClassification> rows) throws SQLException {
        try (PreparedStatement del = c.prepareStatement(
                "DELETE FROM alert_classification WHERE broker = ? AND broker_oid = ?")) {
            del.setString(1, broker);
            del.setString(2, brokerOid);
            del.executeUpdate();
        }
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO alert_classification VALUES (" + marks(8) + ")")) {
            for (BrokerClassification r : rows) {
                ins.setString(1, r.broker());
                ins.setString(2, r.brokerOid());
                ins.setString(3, r.classifier());
                ins.setString(4, r.classifierVersion());
                ins.setString(5, r.className());
                ins.setDouble(6, r.probability());
                intOrNull(ins, 7, r.ranking().isPresent() ? r.ranking().getAsInt() : null);
                doubleOrNull(ins, 8, r.jd().orElse(Double.NaN));
                ins.addBatch();
            }
            ins.executeBatch();
        }
    }

    /** A reference-catalog row and its quadrant's zero point into {@code ztf_ref_source} and {@code ztf_ref_quadrant}. */
    public static void writeReference(Connection c, ReferenceSourceRow row, String sourceUrl) throws SQLException {
        Oid oid = row.oid();
        String filter = oid.filterCode();
        try (PreparedStatement del = c.prepareStatement("DELETE FROM ztf_ref_quadrant WHERE fieldid = ? AND filter = ? "
                + "AND ccdid = ? AND qid = ?");
             PreparedStatement ins = c.prepareStatement("INSERT INTO ztf_ref_quadrant VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)")) {
            quadrant(del, oid, filter);
            del.executeUpdate();
            quadrant(ins, oid, filter);
            ins.setFloat(5, (float) row.magzp());
            real(ins, 6, row.magzpRms());
            real(ins, 7, row.magzpUnc());
            ins.setInt(8, row.infobits());
            ins.setString(9, sourceUrl);
            ins.executeUpdate();
        }
        try (PreparedStatement del = c.prepareStatement("DELETE FROM ztf_ref_source WHERE fieldid = ? AND filter = ? "
                + "AND ccdid = ? AND qid = ? AND sourceid = ?");
             PreparedStatement ins = c.prepareStatement("INSERT INTO ztf_ref_source VALUES (" + marks(18) + ")")) {
            quadrant(del, oid, filter);
            del.setInt(5, (int) oid.sourceId());
            del.executeUpdate();
            quadrant(ins, oid, filter);
            int i = 5;
            ins.setInt(i++, (int) oid.sourceId());
            real(ins, i++, row.xpos());
            real(ins, i++, row.ypos());
            ins.setDouble(i++, row.position().ra());
            ins.setDouble(i++, row.position().dec());
            ins.setLong(i++, SkyIndex.hpx29(row.position()));
            real(ins, i++, row.flux());
            real(ins, i++, row.sigflux());
            ins.setFloat(i++, (float) row.mag());
            ins.setFloat(i++, (float) row.sigmag());
            real(ins, i++, row.snr());
            real(ins, i++, row.chi());
            real(ins, i++, row.sharp());
            ins.setInt(i, row.flags());
            ins.executeUpdate();
        }
    }

    private static void quadrant(PreparedStatement ps, Oid oid, String filter) throws SQLException {
        ps.setInt(1, oid.fieldId());
        ps.setString(2, filter);
        ps.setByte(3, (byte) oid.ccdId());
        ps.setByte(4, (byte) oid.qid());
    }

    private static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    /** A REAL column: NaN is "not provided", NULL (§19). */
    private static void real(PreparedStatement ps, int i, double v) throws SQLException {
        if (Double.isFinite(v)) {
            ps.setFloat(i, (float) v);
        } else {
            ps.setNull(i, Types.REAL);
        }
    }

    private static void doubleOrNull(PreparedStatement ps, int i, double v) throws SQLException {
        if (Double.isFinite(v)) {
            ps.setDouble(i, v);
        } else {
            ps.setNull(i, Types.DOUBLE);
        }
    }

    private static void longOrNull(PreparedStatement ps, int i, Long v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.BIGINT);
        } else {
            ps.setLong(i, v);
        }
    }

    private static void intOrNull(PreparedStatement ps, int i, Integer v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setInt(i, v);
        }
    }
}
