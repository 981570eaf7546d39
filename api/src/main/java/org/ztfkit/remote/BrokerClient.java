package org.ztfkit.remote;

import java.util.List;
import org.ztfkit.sky.SkyPosition;

/**
 * A ZTF alert broker (external-services.md §4): a cone search over its alert objects and one object's light curve
 * with detections and upper limits. ALeRCE, Fink and ANTARES implement it.
 *
 * <pre>{@code
 * BrokerClient alerce = new AlerceClient();
 * List<BrokerObject> near = alerce.cone(SkyPosition.of(247.45543, 24.77282), 5.0);
 * List<BrokerEpoch> lc = alerce.lightCurve(near.get(0));
 * }</pre>
 */
public interface BrokerClient {
    /** {@code alerce}, {@code fink} or {@code antares}. */
    String broker();

    /** The request a cone search sends (for the record of calls). */
    String coneUrl(SkyPosition center, double radiusArcsec);

    /** Alert objects within the radius, in the broker's order. */
    List<BrokerObject> cone(SkyPosition center, double radiusArcsec);

    /** The request for an object's light curve. */
    String lightCurveUrl(BrokerObject object);

    /** The object's detections and upper limits, in the broker's order; empty when the broker has none. */
    List<BrokerEpoch> lightCurve(BrokerObject object);
}
