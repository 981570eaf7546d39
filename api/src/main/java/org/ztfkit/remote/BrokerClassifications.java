package org.ztfkit.remote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.ztfkit.errors.ServiceUnavailableException;
import org.ztfkit.net.FetchPool;
import org.ztfkit.sky.SkyPosition;
import org.ztfkit.source.ClassificationSource;
import org.ztfkit.summary.BrokerClassification;
import org.ztfkit.summary.Classification;

/**
 * The alert brokers' classifications of the closest broker object around a position, for the summary: every broker
 * is asked at the same time, and one that cannot answer leaves the others' classes. {@link #online()} asks ALeRCE and
 * Fink directly; {@code Ztf.online()} asks them through its snapshot (recorded, and served offline the same way).
 *
 * <pre>{@code
 * var ztf = Ztf.embedded().withClassifications(BrokerClassifications.online());
 * ztf.object("SNAD101").summary().classifications();
 * }</pre>
 */
public final class BrokerClassifications implements ClassificationSource {
    /** One broker's rows for the closest of its objects within a cone; empty when it has none there. */
    @FunctionalInterface
    public interface Lookup {
        /** @throws ServiceUnavailableException when the broker cannot answer */
        List<BrokerClassification> closest(SkyPosition center, double radiusArcsec);
    }

    private final List<Lookup> brokers;
    private final String description;

    /**
     * @param brokers     one lookup per broker, in the order their classes are listed (ALeRCE, then Fink)
     * @param description for {@link #toString()}
     */
    public BrokerClassifications(List<Lookup> brokers, String description) {
        this.brokers = List.copyOf(brokers);
        this.description = description;
    }

    /** ALeRCE and Fink at their configured URLs ({@link RemoteService}), asked directly, without a record. */
    public static BrokerClassifications online() {
        return online(List.of(new AlerceClient(), new FinkClient()));
    }

    /** These brokers, asked directly: each one's cone search, then the closest object's classifications. */
    public static BrokerClassifications online(List<BrokerClassifier> clients) {
        return new BrokerClassifications(clients.stream().<Lookup>map(c -> (center, radius) -> closest(c.cone(center,
                radius), center, radius).map(c::classifications).orElse(List.of())).toList(),
                "brokers " + clients.stream().map(BrokerClient::broker).toList() + " online");
    }

    /** The object of a cone search closest to {@code center} within the radius (ties: the smaller id). */
    static Optional<BrokerObject> closest(List<BrokerObject> cone, SkyPosition center, double radiusArcsec) {
        return cone.stream().filter(o -> center.separationArcsec(o.position()) <= radiusArcsec)
                .min(Comparator.comparingDouble((BrokerObject o) -> center.separationArcsec(o.position()))
                        .thenComparing(BrokerObject::brokerOid));
    }

    @Override
    public List<Classification> classifications(SkyPosition center, double radiusArcsec) {
        List<Supplier<List<BrokerClassification>>> tasks = brokers.stream()
                .<Supplier<List<BrokerClassification>>>map(b -> () -> b.closest(center, radiusArcsec)).toList();
        List<BrokerClassification> rows = new ArrayList<>();
        List<ServiceUnavailableException> down = new ArrayList<>();
        for (FetchPool.Outcome<List<BrokerClassification>> o : FetchPool.all(tasks)) {
            if (o.isSuccess()) {
                rows.addAll(o.value());
            } else if (o.failure() instanceof ServiceUnavailableException e) {
                down.add(e);
            } else {
                throw o.failure();
            }
        }
        if (!down.isEmpty() && down.size() == brokers.size()) {
            throw new ServiceUnavailableException("alert brokers", String.join("; ", down.stream()
                    .map(e -> e.service() + ": " + e.reason()).toList()), down.get(0));
        }
        return BrokerClassification.topClasses(rows);
    }

    @Override
    public String toString() {
        return "BrokerClassifications[" + description + "]";
    }
}
