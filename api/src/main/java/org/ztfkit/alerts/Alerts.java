package org.ztfkit.alerts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ztfkit.errors.InvalidInputException;

/**
 * The alert packets of one ZTF object, oldest first (by the candidate's {@code jd}). Immutable.
 *
 * <pre>{@code
 * Alerts alerts = Alerts.of(AlertFiles.read(path));
 * alerts.latest().cutouts();    // science | reference | difference of the newest packet
 * alerts.lightCurve();          // detections and upper limits of all packets, each epoch once
 * }</pre>
 */
public final class Alerts {
    private final List<AlertPacket> packets;

    private Alerts(List<AlertPacket> packets) {
        this.packets = packets;
    }

    /**
     * The packets of one object, sorted by time.
     *
     * @throws InvalidInputException if they belong to several objects
     */
    public static Alerts of(List<AlertPacket> packets) {
        List<AlertPacket> sorted = new ArrayList<>(packets);
        sorted.sort(Comparator.comparingDouble((AlertPacket p) -> p.candidate().jd()).thenComparingLong(
                AlertPacket::candid));
        AlertLightCurve.requireOneObject(sorted);
        return new Alerts(List.copyOf(sorted));
    }

    /** The packets, oldest first. */
    public List<AlertPacket> packets() {
        return packets;
    }

    public int size() {
        return packets.size();
    }

    public boolean isEmpty() {
        return packets.isEmpty();
    }

    /**
     * The newest packet.
     *
     * @throws InvalidInputException if there are no packets
     */
    public AlertPacket latest() {
        if (packets.isEmpty()) {
            throw new InvalidInputException("there are no alert packets: ZTF issued no public alert for this object"
                    + " (check isEmpty() first)");
        }
        return packets.get(packets.size() - 1);
    }

    /** Detections and upper limits of all packets, de-duplicated ({@link AlertLightCurve#merge}). */
    public AlertLightCurve lightCurve() {
        return AlertLightCurve.merge(packets);
    }

    @Override
    public String toString() {
        return packets.isEmpty() ? "Alerts[none]" : "Alerts[" + packets.get(0).objectId() + ", " + packets.size()
                + " packets, latest candid " + latest().candid() + "]";
    }
}
