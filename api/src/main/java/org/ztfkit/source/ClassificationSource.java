package org.ztfkit.source;

import java.util.List;
import org.ztfkit.sky.SkyPosition;
import org.ztfkit.summary.Classification;

/**
 * Alert brokers' machine-learning classifications of the objects around a position (ALeRCE's stamp and light-curve
 * classifiers, Fink's μLens, KN and SN modules; external-services.md §4.2, §4.3), for the object summary. A minimal
 * seam: the broker clients plug in here.
 */
public interface ClassificationSource {
    /**
     * Every class each classifier gives the closest broker object within {@code radiusArcsec}, with its probability.
     *
     * @throws org.ztfkit.errors.ServiceUnavailableException when the brokers cannot answer
     */
    List<Classification> classifications(SkyPosition center, double radiusArcsec);
}
