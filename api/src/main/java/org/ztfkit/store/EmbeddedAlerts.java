package org.ztfkit.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ztfkit.alerts.AlertCandidate;
import org.ztfkit.alerts.AlertCutout;
import org.ztfkit.alerts.AlertEpoch;
import org.ztfkit.alerts.AlertPacket;
import org.ztfkit.alerts.Alerts;
import org.ztfkit.alerts.CutoutKind;
import org.ztfkit.alerts.UpperLimit;
import org.ztfkit.alerts.io.AlertFiles;
import org.ztfkit.errors.StoreException;
import org.ztfkit.lightcurve.ExternalLightCurves;
import org.ztfkit.lightcurve.LightCurve;
import org.ztfkit.model.PhotometrySource;
import org.ztfkit.sky.SkyIndex;
import org.ztfkit.sky.SkyPosition;
import org.ztfkit.source.AlertSource;
import org.ztfkit.source.NearbyObject;

/**
 * ZTF alerts in the embedded store ({@code alert_object}, {@code alert_photometry}, {@code alert_packet},
 * {@code alert_cutout}; external-services.md §19.2): the closest alert object's light curve, its packets, and the
 * loading of real alert packets from Avro files. Made by {@link EmbeddedStore#alerts()}.
 *
 * <pre>{@code
 * EmbeddedAlerts alerts = store.alerts();
 * alerts.load(Path.of("alerts/"));                      // every *.avro below: packets, history, cutouts
 * NearbyObject o = alerts.closest(position, 5.0).orElseThrow();
 * alerts.lightCurve(o);                                 // detections and upper limits on the HMJD axis
 * alerts.alerts(o).latest().cutouts();                  // science | template | difference
 * }</pre>
 *
 * <p>A packet is rebuilt from the tables: its candidate is the photometry row with its {@code candid}, its history
 * the object's detections and upper limits of the 30 days before its {@code jd} (what a real packet's
 * {@code prv_candidates} holds), its cutouts the blobs stored for its {@code candid} (the simulated sky keeps them
 * for each object's latest packet and for every packet of its real transients). Rows loaded from Avro files keep
 * every field as delivered in their {@code raw} column and are rebuilt from it.
 */
public final class EmbeddedAlerts implements AlertSource {
    /** The broker name of packets read from Avro files. */
    public static final String AVRO_BROKER = "avro";
    /** A real packet's history covers the 30 days before it. */
    public static final double HISTORY_DAYS = 30.0;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ROWS_OF_OBJECT = " WHERE hpx29 = ? AND broker_oid = ? AND broker = ?";

    private final EmbeddedStore store;
    private final EmbeddedLightCurves lightCurves;

    EmbeddedAlerts(EmbeddedStore store) {
        this.store = store;
        this.lightCurves = new EmbeddedLightCurves(store, PhotometrySource.ZTF_ALERT, "ZTF alerts",
                new NearestQuery(PhotometrySource.ZTF_ALERT,
                        "SELECT broker_oid, ztf_name, broker, ra, dec FROM alert_object WHERE", ""),
                "SELECT ztf_name, candid, kind, jd, hmjd_mid, fid, magpsf, sigmapsf, diffmaglim, isdiffpos, magnr,"
                        + " sigmagnr, distnr FROM alert_photometry" + ROWS_OF_OBJECT,
                EmbeddedAlerts::bindObject, ExternalLightCurves::fromAlertPhotometry);
    }

    @Override
    public PhotometrySource kind() {
        return PhotometrySource.ZTF_ALERT;
    }

    @Override
    public String description() {
        return lightCurves.description();
    }

    @Override
    public Optional<NearbyObject> closest(SkyPosition center, double radiusArcsec) {
        return lightCurves.closest(center, radiusArcsec);
    }

    @Override
    public LightCurve lightCurve(NearbyObject object) {
        return lightCurves.lightCurve(object);
    }

    @Override
    public Alerts alerts(NearbyObject object) {
        EmbeddedLightCurves.requireKind(PhotometrySource.ZTF_ALERT, object);
        return store.withConnection(c -> {
            List<StoredEpoch> epochs = new ArrayList<>();
            Map<Long, AlertCandidate> byCandid = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT candid, kind, jd, fid, magpsf, sigmapsf, diffmaglim,"
                    + " isdiffpos, ra, dec, magnr, sigmagnr, distnr, rb, drb, field, rcid, programid, raw"
                    + " FROM alert_photometry" + ROWS_OF_OBJECT + " ORDER BY jd, fid")) {
                bindObject(ps, object);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        StoredEpoch e = StoredEpoch.of(rs);
                        epochs.add(e);
                        if (e.epoch() instanceof AlertCandidate candidate) {
                            byCandid.put(candidate.candid(), candidate);
                        }
                    }
                }
            }
            Map<Long, List<AlertCutout>> cutouts = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT candid, kind, file_name, data FROM alert_cutout WHERE ztf_name = ? AND broker = ?")) {
                ps.setString(1, object.name());
                ps.setString(2, object.origin());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        CutoutKind kind = CutoutKind.valueOf(rs.getString(2).toUpperCase(Locale.ROOT));
                        String file = rs.getString(3);
                        cutouts.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                                .add(AlertCutout.of(kind, file == null ? "" : file, rs.getBytes(4)));
                    }
                }
            }
            List<AlertPacket> packets = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT candid, jd, schemavsn, publisher FROM alert_packet"
                    + ROWS_OF_OBJECT + " ORDER BY jd")) {
                bindObject(ps, object);
                try (ResultSet rs = ps.executeQuery()) {
                    int first = 0;
                    while (rs.next()) {
                        long candid = rs.getLong(1);
                        double jd = rs.getDouble(2);
                        AlertCandidate candidate = byCandid.get(candid);
                        if (candidate == null) {
                            throw new StoreException("alert packet " + candid + " of " + object.name() + " in "
                                    + store.location() + " has no photometry row: the alert tables are inconsistent");
                        }
                        while (first < epochs.size() && epochs.get(first).jd() < jd - HISTORY_DAYS) {
                            first++;
                        }
                        List<AlertCandidate> previous = new ArrayList<>();
                        List<UpperLimit> limits = new ArrayList<>();
                        for (int i = first; i < epochs.size() && epochs.get(i).jd() < jd; i++) {
                            if (epochs.get(i).epoch() instanceof AlertCandidate d) {
                                previous.add(d);
                            } else if (epochs.get(i).epoch() instanceof UpperLimit u) {
                                limits.add(u);
                            }
                        }
                        packets.add(AlertPacket.of(object.name(), rs.getString(3), rs.getString(4), candidate, previous,
                                limits, List.of(), cutouts.getOrDefault(candid, List.of())));
                    }
                }
            }
            return Alerts.of(packets);
        });
    }

    private static void bindObject(PreparedStatement ps, NearbyObject object) throws SQLException {
        ps.setLong(1, SkyIndex.hpx29(object.position()));
        ps.setString(2, object.id());
        ps.setString(3, object.origin());
    }

    /** A photometry row as an alert epoch: a detection (candidate) or an upper limit. */
    private record StoredEpoch(double jd, AlertEpoch epoch) {
        static StoredEpoch of(ResultSet rs) throws SQLException {
            String raw = rs.getString(19);
            boolean limit = rs.getString(2).equals("upper_limit");
            Map<String, Object> fields = raw != null ? parse(raw) : columns(rs);
            AlertEpoch epoch = limit ? UpperLimit.of(fields) : AlertCandidate.of(fields);
            return new StoredEpoch(epoch.jd(), epoch);
        }

        /** The fields of a simulated row, named as in an alert packet. */
        private static Map<String, Object> columns(ResultSet rs) throws SQLException {
            Map<String, Object> f = new LinkedHashMap<>();
            String[] names = {"candid", null, "jd", "fid", "magpsf", "sigmapsf", "diffmaglim", "isdiffpos", "ra", "dec",
                "magnr", "sigmagnr", "distnr", "rb", "drb", "field", "rcid", "programid"};
            for (int i = 0; i < names.length; i++) {
                Object v = rs.getObject(i + 1);
                if (names[i] == null || v == null) {
                    continue;
                }
                f.put(names[i], names[i].equals("isdiffpos") ? (((Number) v).intValue() > 0 ? "t" : "f") : v);
            }
            return f;
        }

        private static Map<String, Object> parse(String json) {
            try {
                return JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() { });
            } catch (JsonProcessingException e) {
                throw new StoreException("an alert row's raw JSON cannot be read: " + e.getOriginalMessage(), e);
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ loading

    /**
     * What {@link #load} wrote.
     *
     * @param packets        packets read
     * @param objects        alert objects they belong to
     * @param newPackets     packets not in the store before
     * @param newDetections  detections (candidates and history entries with a {@code candid}) not stored before
     * @param newUpperLimits upper limits not stored before (keyed by {@code jd} and {@code fid})
     * @param newCutouts     cutout blobs not stored before
     */
    public record LoadSummary(int packets, int objects, int newPackets, int newDetections, int newUpperLimits,
                              int newCutouts) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "LoadSummary[%d packets of %d objects: %d new packets, %d detections,"
                    + " %d upper limits, %d cutouts]", packets, objects, newPackets, newDetections, newUpperLimits,
                    newCutouts);
        }
    }

    /**
     * Reads ZTF alert packets from an Avro file, or from every {@code *.avro} file below a directory
     * ({@link AlertFiles}, each file decoded with its own writer schema), and stores them with broker
     * {@value #AVRO_BROKER}: the packets, their candidates and histories de-duplicated across packets and against
     * what the store already holds (detections by {@code candid}, a packet's own candidate preferred over a history
     * entry, which carries rounded values; upper limits by {@code jd} and {@code fid}), and their cutouts as
     * gzipped-FITS blobs. Each row keeps every delivered field in {@code raw} and gets {@code hmjd_mid} from its
     * {@code jd} ({@link org.ztfkit.time.SurveyTimes#hmjdFromZtfAlertJd}) at the object's mean position. Forced
     * photometry ({@code fp_hists}) is not stored. All of it is written in one transaction.
     *
     * @throws org.ztfkit.errors.InvalidInputException if a file cannot be read or is not a ZTF alert container
     * @throws StoreException if the store is read-only
     */
    public LoadSummary load(Path fileOrDirectory) {
        List<AlertPacket> packets = Files.isDirectory(fileOrDirectory) ? AlertFiles.readDirectory(fileOrDirectory)
                : AlertFiles.read(fileOrDirectory);
        return AvroAlertWriter.write(store, packets);
    }

    static String json(Map<String, Object> fields) {
        try {
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new StoreException("an alert's fields cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "EmbeddedAlerts[" + description() + "]";
    }
}
