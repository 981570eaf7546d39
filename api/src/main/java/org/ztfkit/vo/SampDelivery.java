package org.ztfkit.vo;

import java.util.List;

/**
 * Who a SAMP message went to: the names of the applications subscribed to its MType (e.g. TOPCAT, Aladin). Empty
 * when no running application listens for it.
 *
 * <pre>{@code
 * SampDelivery d = samp.send(table);
 * d.recipients();          // [topcat]
 * }</pre>
 *
 * @param mtype      the message type sent, e.g. {@code table.load.votable}
 * @param recipients names of the applications that received it
 */
public record SampDelivery(String mtype, List<String> recipients) {
    public SampDelivery {
        recipients = List.copyOf(recipients);
    }

    /** True when at least one application received the message. */
    public boolean isDelivered() {
        return !recipients.isEmpty();
    }

    @Override
    public String toString() {
        return isDelivered() ? "sent " + mtype + " to " + String.join(", ", recipients)
                : "no SAMP application listens for " + mtype + ": open TOPCAT or Aladin and send again";
    }
}
