package org.ztfkit.source;

import java.util.List;
import org.ztfkit.sky.SkyPosition;
import org.ztfkit.summary.Classification;

/**
 * Alert brokers' machine-learning classifications of the closest alert object around a position (ALeRCE's stamp and
 * light-curve classifiers, Fink's μLens, KN and SN modules; external-services.md §4.2, §4.3), for the object summary.
 * The embedded store, the brokers online and a snapshot of them implement it.
 *
 * <pre>{@code
 * ClassificationSource brokers = Ztf.embedded().store().classifications();
 * brokers.classifications(obj.position(), 1.0);   // [93% SNIa (ALeRCE light curve), 91% SN (Fink)]
 * }</pre>
 */
public interface ClassificationSource {
    /**
     * The top class of each classifier of the closest broker object within {@code radiusArcsec}, whatever its
     * probability ({@link org.ztfkit.summary.BrokerClassification#topClasses}): ALeRCE's, then Fink's. Empty when no
     * broker object is there; the classes of the brokers that answer when another cannot.
     *
     * @throws org.ztfkit.errors.ServiceUnavailableException when no broker can answer
     */
    List<Classification> classifications(SkyPosition center, double radiusArcsec);
}
