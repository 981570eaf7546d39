package org.ztfkit.remote;

import java.util.List;
import org.ztfkit.summary.BrokerClassification;

/**
 * A broker that classifies its alert objects (external-services.md §4.2, §4.3): ALeRCE's classifiers'
 * probabilities ({@code /objects/{oid}/probabilities}), Fink's module scores of an object's latest alert (carried by
 * its cone-search record).
 *
 * <pre>{@code
 * BrokerClassifier alerce = new AlerceClient();
 * alerce.classifications(alerce.cone(SkyPosition.of(247.45543, 24.77282), 1.0).get(0));
 * }</pre>
 */
public interface BrokerClassifier extends BrokerClient {
    /** The request the classifications of {@code object} come from (for the record of calls). */
    String classificationsUrl(BrokerObject object);

    /**
     * Every classification row the broker has for an object of its cone search; empty when it has none.
     *
     * @throws org.ztfkit.errors.ServiceUnavailableException when the broker cannot answer or sends a bad payload
     */
    List<BrokerClassification> classifications(BrokerObject object);
}
