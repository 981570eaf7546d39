package org.ztfkit.alerts;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.ztfkit.model.Band;

/**
 * One epoch at an alert's position: a {@linkplain AlertCandidate detection}, an {@linkplain UpperLimit upper
 * limit} or a {@linkplain ForcedPhotometry forced-photometry measurement}, with what they all carry. {@link #jd()}
 * is the Julian date at the <b>start</b> of the 30 s exposure, UTC, at Palomar; conversion to the light curve's
 * HMJD axis happens at ingestion (external-services.md §4).
 *
 * <p>Optional values are empty when the field is absent from the schema version, null, NaN, or one of ZTF's "no
 * value" sentinels (−999, −99999); {@link #raw()} keeps every field as delivered.
 */
public abstract sealed class AlertEpoch permits AlertCandidate, UpperLimit, ForcedPhotometry {
    final RawFields fields;
    private final double jd;
    private final int fid;

    AlertEpoch(RawFields fields) {
        this.fields = fields;
        this.jd = fields.requiredNumber("jd");
        this.fid = (int) fields.requiredInteger("fid");
        Band.ztf(fid);
    }

    /** Julian date at the start of the exposure, UTC, observer (Palomar). */
    public double jd() {
        return jd;
    }

    /** ZTF filter id: 1 = g, 2 = r, 3 = i. */
    public int fid() {
        return fid;
    }

    /** {@code ztf_g}, {@code ztf_r} or {@code ztf_i}. */
    public Band band() {
        return Band.ztf(fid);
    }

    /** 5σ limiting magnitude of the difference image, mag. */
    public OptionalDouble diffmaglim() {
        return fields.number("diffmaglim");
    }

    /** ZTF field number of the exposure. */
    public OptionalInt field() {
        return fields.smallInteger("field");
    }

    /** Read-out channel 0–63 of the exposure, {@code 4·(ccdid − 1) + (qid − 1)}. */
    public OptionalInt rcid() {
        return fields.smallInteger("rcid");
    }

    /** Any numeric field by name, with the missing-value rules above. */
    public OptionalDouble number(String field) {
        return fields.number(field);
    }

    /** Every field as delivered, in schema order (null-valued fields left out); unmodifiable. */
    public Map<String, Object> raw() {
        return fields.asMap();
    }
}
