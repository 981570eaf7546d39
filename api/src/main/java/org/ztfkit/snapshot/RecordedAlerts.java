package org.ztfkit.snapshot;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Optional;
import org.ztfkit.alerts.Alerts;
import org.ztfkit.errors.ServiceUnavailableException;
import org.ztfkit.lightcurve.LightCurve;
import org.ztfkit.model.PhotometrySource;
import org.ztfkit.remote.BrokerClient;
import org.ztfkit.remote.BrokerEpoch;
import org.ztfkit.remote.BrokerObject;
import org.ztfkit.sky.SkyPosition;
import org.ztfkit.source.AlertSource;
import org.ztfkit.source.NearbyObject;

/**
 * ZTF alerts from the brokers through a {@link Snapshot}: the first broker that answers (in the given order,
 * ALeRCE, Fink, ANTARES by default) gives the alert objects of the cone ({@code alert_object}) and the closest one's
 * detections and upper limits ({@code alert_photometry}, with HMJD derived when stored), read back with the embedded
 * store's own alert source. Offline the brokers are asked in the same order, so the same broker answers.
 *
 * <pre>{@code
 * AlertSource alerts = new RecordedAlerts(Snapshot.inMemory(), List.of(new AlerceClient(), new FinkClient()));
 * alerts.closest(obj.position(), 5.0).map(alerts::lightCurve);
 * }</pre>
 */
public final class RecordedAlerts extends RecordedSource<List<BrokerClient>> implements AlertSource {
    private final List<String> brokers;

    /**
     * @param brokers the broker names in the order they are asked (offline: those the snapshot recorded)
     * @param clients their clients online, in the same order; may be null when the snapshot is offline
     */
    public RecordedAlerts(Snapshot snapshot, List<String> brokers, List<BrokerClient> clients) {
        super(snapshot, clients);
        this.brokers = List.copyOf(brokers);
    }

    @Override
    public PhotometrySource kind() {
        return PhotometrySource.ZTF_ALERT;
    }

    @Override
    public String description() {
        return describe("ZTF alerts from " + String.join(", ", brokers));
    }

    @Override
    public Optional<NearbyObject> closest(SkyPosition center, double radiusArcsec) {
        ServiceUnavailableException first = null;
        for (String broker : brokers) {
            try {
                return closest(broker, center, radiusArcsec);
            } catch (ServiceUnavailableException unavailable) {
                first = first == null ? unavailable : first;
            }
        }
        throw first;
    }

    /** The closest object of one broker's recorded cone search. */
    Optional<NearbyObject> closest(String broker, SkyPosition center, double radiusArcsec) {
        BrokerClient c = client == null ? null : client.get(brokers.indexOf(broker));
        CallKey key = CallKey.of(broker, "cone", center.ra(), center.dec(), radiusArcsec)
                .describedAs("the " + broker + " cone " + center + " r=" + radiusArcsec + "\"");
        Entry e = snapshot.entry(key, m -> Closest.rows("SELECT broker, broker_oid, ztf_name, ra, dec, hpx29 "
                + "FROM alert_object WHERE broker = '" + broker + "' AND broker_oid IN (%s) ORDER BY broker_oid", m),
                () -> {
                    List<BrokerObject> objects = c.cone(center, radiusArcsec);
                    return Fetched.found(c.coneUrl(center, radiusArcsec),
                            objects.stream().map(BrokerObject::brokerOid).toList(), conn -> {
                                ExternalTables.writeBrokerObjects(conn, objects);
                                return null;
                            });
                });
        return Closest.among(snapshot.store(), e.members(), PhotometrySource.ZTF_ALERT,
                "SELECT broker_oid, ztf_name, broker, ra, dec FROM alert_object WHERE broker = '" + broker
                        + "' AND broker_oid IN (%s)", center, radiusArcsec);
    }

    @Override
    public LightCurve lightCurve(NearbyObject object) {
        String broker = object.origin();
        int index = brokers.indexOf(broker);
        CallKey key = CallKey.of(broker, "lightcurve", object.id()).describedAs("the " + broker + " light curve of "
                + object.name());
        snapshot.entry(key, m -> List.of(StoreQuery.of("SELECT candid, kind, jd, hmjd_mid, fid, magpsf, sigmapsf, "
                + "diffmaglim, isdiffpos FROM alert_photometry WHERE broker = ? AND broker_oid = ? ORDER BY jd, fid, kind",
                broker, object.id())), () -> {
                    BrokerClient c = client.get(index);
                    BrokerObject stored = stored(broker, object.id());
                    List<BrokerEpoch> epochs = c.lightCurve(stored);
                    return Fetched.found(c.lightCurveUrl(stored), List.of(object.id()), conn -> {
                        ExternalTables.writeBrokerEpochs(conn, stored, epochs);
                        return null;
                    });
                });
        return snapshot.store().alerts().lightCurve(object);
    }

    /** The broker's packets are not fetched (the brokers' light curves carry the photometry): what the store holds. */
    @Override
    public Alerts alerts(NearbyObject object) {
        return snapshot.store().alerts().alerts(object);
    }

    /** A broker object as its cone search recorded it. */
    BrokerObject stored(String broker, String brokerOid) {
        return snapshot.store().withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT ztf_name, ra, dec, ndet, raw FROM alert_object "
                    + "WHERE broker = ? AND broker_oid = ?")) {
                ps.setString(1, broker);
                ps.setString(2, brokerOid);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new ServiceUnavailableException(broker, "object " + brokerOid + " was not found by a "
                                + "cone search first");
                    }
                    return new BrokerObject(broker, brokerOid, rs.getString(1), SkyPosition.of(rs.getDouble(2),
                            rs.getDouble(3)), rs.getInt(4), rs.getString(5));
                }
            }
        });
    }
}
