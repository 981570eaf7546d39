package org.ztfkit.alerts;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.ztfkit.model.Band;

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
public final class UpperLimit {
    private final RawFields fields;
    private final double jd;
    private final int fid;

    private UpperLimit(RawFields fields) {
        this.fields = fields;
        this.jd = fields.requiredNumber("jd");
        this.fid = (int) fields.requiredInteger("fid");
        Band.ztf(fid);
    }

    /** An upper limit from its fields as delivered ({@code jd} and {@code fid} required; null fields left out). */
    public static UpperLimit of(Map<String, Object> fields) {
        return new UpperLimit(RawFields.of("upper limit", fields));
    }

    /** Julian date at the start of the exposure, UTC, observer. */
    public double jd() {
        return jd;
    }

    /** ZTF filter id: 1 = g, 2 = r, 3 = i. */
    public int fid() {
        return fid;
    }

    public Band band() {
        return Band.ztf(fid);
    }

    /** 5σ limiting magnitude of the difference image, mag; empty if the packet left it out. */
    public OptionalDouble diffmaglim() {
        return fields.number("diffmaglim");
    }

    public OptionalInt field() {
        return fields.smallInteger("field");
    }

    public OptionalInt rcid() {
        return fields.smallInteger("rcid");
    }

    /** Every field as delivered, in schema order (null-valued fields left out); unmodifiable. */
    public Map<String, Object> raw() {
        return fields.asMap();
    }

    @Override
    public String toString() {
        OptionalDouble lim = diffmaglim();
        return String.format(Locale.ROOT, "UpperLimit[jd=%.7f %s diffmaglim=%s]", jd, band(),
                lim.isPresent() ? String.format(Locale.ROOT, "%.3f", lim.getAsDouble()) : "none");
    }
}
