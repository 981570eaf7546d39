package org.ztfkit.snapshot;

import java.util.ArrayList;
import java.util.List;
import org.ztfkit.remote.BrokerClassifications;
import org.ztfkit.remote.BrokerClassifier;
import org.ztfkit.remote.BrokerObject;
import org.ztfkit.sky.SkyPosition;
import org.ztfkit.source.ClassificationSource;
import org.ztfkit.source.NearbyObject;
import org.ztfkit.summary.BrokerClassification;
import org.ztfkit.summary.Classification;

/**
 * The alert brokers' classifications through a {@link Snapshot}: each broker's cone search (the one
 * {@link RecordedAlerts} records) gives its closest object, whose classifications (ALeRCE's probabilities, Fink's
 * scores of the cone record) go into {@code alert_classification} and are read back with the embedded store's own
 * code, so online and offline give the same classes. The brokers are asked at the same time; one that cannot answer
 * leaves the others' classes.
 *
 * <pre>{@code
 * Snapshot s = Snapshot.inMemory();
 * List<BrokerClassifier> brokers = List.of(new AlerceClient(), new FinkClient());
 * var alerts = new RecordedAlerts(s, List.of("alerce", "fink"), List.copyOf(brokers));
 * new RecordedClassifications(s, alerts, List.of("alerce", "fink"), brokers).classifications(position, 1.0);
 * }</pre>
 */
public final class RecordedClassifications extends RecordedSource<List<BrokerClassifier>>
        implements ClassificationSource {
    private final RecordedAlerts alerts;
    private final BrokerClassifications brokers;

    /**
     * @param alerts  the recorded alert source whose cone searches find the brokers' objects
     * @param brokers the brokers that classify, in the order their classes are listed (ALeRCE, then Fink)
     * @param clients their clients online, in the same order; null when the snapshot is offline
     */
    public RecordedClassifications(Snapshot snapshot, RecordedAlerts alerts, List<String> brokers,
                                   List<BrokerClassifier> clients) {
        super(snapshot, clients);
        this.alerts = alerts;
        List<BrokerClassifications.Lookup> lookups = new ArrayList<>();
        for (int i = 0; i < brokers.size(); i++) {
            String broker = brokers.get(i);
            BrokerClassifier c = clients == null ? null : clients.get(i);
            lookups.add((center, radius) -> alerts.closest(broker, center, radius).map(o -> rows(broker, c, o))
                    .orElse(List.of()));
        }
        this.brokers = new BrokerClassifications(lookups, describe("brokers " + brokers));
    }

    @Override
    public List<Classification> classifications(SkyPosition center, double radiusArcsec) {
        return brokers.classifications(center, radiusArcsec);
    }

    private List<BrokerClassification> rows(String broker, BrokerClassifier c, NearbyObject object) {
        CallKey key = CallKey.of(broker, "classifications", object.id())
                .describedAs("the " + broker + " classifications of " + object.name());
        snapshot.entry(key, m -> List.of(StoreQuery.of("SELECT classifier, classifier_version, class_name, "
                + "probability, ranking, jd FROM alert_classification WHERE broker = ? AND broker_oid = ? "
                + "ORDER BY classifier, classifier_version, class_name, jd", broker, object.id())), () -> {
                    BrokerObject stored = alerts.stored(broker, object.id());
                    List<BrokerClassification> rows = c.classifications(stored);
                    return Fetched.found(c.classificationsUrl(stored), List.of(object.id()), conn -> {
                        ExternalTables.writeBrokerClassifications(conn, broker, object.id(), rows);
                        return null;
                    });
                });
        return snapshot.store().classifications().rows(object.id()).stream()
                .filter(r -> r.broker().equals(broker)).toList();
    }
}
