package org.ztfkit.alerts;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * A ZTF non-detection from an alert's {@code prv_candidates} (an entry whose {@code candid} is null): the position
 * was observed and nothing was detected down to the difference image's 5σ limit.
 *
 * <pre>{@code
 * UpperLimit u = packet.upperLimits().get(0);
 * u.jd();           // exposure start, UTC, observer
 * u.band();         // ztf_r
 * u.diffmaglim();   // OptionalDouble[20.56]
 * }</pre>
 */
public final class UpperLimit extends AlertEpoch {
    private UpperLimit(RawFields fields) {
        super(fields);
    }

    /** An upper limit from its fields as delivered ({@code jd} and {@code fid} required; null fields left out). */
    public static UpperLimit of(Map<String, Object> fields) {
        return new UpperLimit(RawFields.of("upper limit", fields));
    }

    @Override
    public String toString() {
        OptionalDouble lim = diffmaglim();
        return String.format(Locale.ROOT, "UpperLimit[jd=%.7f %s diffmaglim=%s]", jd(), band(),
                lim.isPresent() ? String.format(Locale.ROOT, "%.3f", lim.getAsDouble()) : "none");
    }
}
