package org.ztfkit.source;

import org.ztfkit.alerts.Alerts;

/**
 * ZTF alerts: the closest alert object's detections and upper limits as a light curve, and its alert packets.
 *
 * <pre>{@code
 * AlertSource alerts = store.alerts();
 * alerts.closest(obj.position(), 5.0).map(alerts::alerts).map(Alerts::latest);
 * }</pre>
 */
public interface AlertSource extends ExternalLightCurveSource {
    /**
     * The alert packets of an object found by {@link #closest}, oldest first: each with its candidate, its history
     * (the object's detections and upper limits of the 30 days before it, as a real packet carries them) and its
     * cutouts where they were kept.
     */
    Alerts alerts(NearbyObject object);
}
