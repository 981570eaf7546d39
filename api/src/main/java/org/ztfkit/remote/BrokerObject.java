package org.ztfkit.remote;

import java.util.Locale;
import org.ztfkit.sky.SkyPosition;

/**
 * An alert object as a broker lists it in a cone search (external-services.md §4, the {@code alert_object} table).
 *
 * @param broker    {@code alerce}, {@code fink} or {@code antares}
 * @param brokerOid the broker's id: the ZTF name (ANTARES: its locus id, e.g. {@code ANT2020g7nq})
 * @param ztfName   the ZTF alert name, e.g. {@code ZTF18abqkqdm} (null when the broker does not say)
 * @param position  the broker's mean position
 * @param ndet      detections the broker counts (0 when not given)
 * @param raw       the broker's record as compact JSON
 */
public record BrokerObject(String broker, String brokerOid, String ztfName, SkyPosition position, int ndet, String raw) {
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "BrokerObject[%s %s%s %s, %d detections]", broker, brokerOid,
                ztfName == null || ztfName.equals(brokerOid) ? "" : " (" + ztfName + ")", position, ndet);
    }
}
