package org.ztfkit.alerts;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * One epoch of forced PSF photometry on the difference image at the alert position ({@code fp_hists}, alert schema
 * ≥ 4.0). The flux is in DN at the image's zero point {@link #magzpsci()}; it is missing when the pipeline did not
 * succeed ({@code procstatus} other than {@code "0"}) or wrote the −99999 sentinel.
 *
 * <pre>{@code
 * ForcedPhotometry fp = packet.forcedPhotometry().get(0);
 * fp.isValid();             // procstatus "0" and a real flux
 * fp.forcediffimflux();     // OptionalDouble[-160.57] (DN; may be negative)
 * }</pre>
 */
public final class ForcedPhotometry extends AlertEpoch {
    private final String procstatus;

    private ForcedPhotometry(RawFields fields) {
        super(fields);
        this.procstatus = fields.string("procstatus").orElse("");
    }

    /** An epoch from its fields as delivered ({@code jd}, {@code fid} required; null fields left out). */
    public static ForcedPhotometry of(Map<String, Object> fields) {
        return new ForcedPhotometry(RawFields.of("forced-photometry epoch", fields));
    }

    /** The pipeline's status: {@code "0"} means success; other codes (e.g. {@code "61"}) mean no measurement. */
    public String procstatus() {
        return procstatus;
    }

    /** True when the epoch has a measured flux: {@code procstatus == "0"} and neither flux field is a sentinel. */
    public boolean isValid() {
        return procstatus.equals("0") && fields.number("forcediffimflux").isPresent()
                && fields.number("forcediffimfluxunc").isPresent();
    }

    /** Forced difference-image PSF flux, DN; empty unless {@link #isValid()}. */
    public OptionalDouble forcediffimflux() {
        return isValid() ? fields.number("forcediffimflux") : OptionalDouble.empty();
    }

    /** 1σ error of {@link #forcediffimflux()}, DN; empty unless {@link #isValid()}. */
    public OptionalDouble forcediffimfluxunc() {
        return isValid() ? fields.number("forcediffimfluxunc") : OptionalDouble.empty();
    }

    /** Photometric zero point of the science image, mag (flux in DN → AB mag: {@code magzpsci − 2.5 log10 f}). */
    public OptionalDouble magzpsci() {
        return fields.number("magzpsci");
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "ForcedPhotometry[jd=%.7f %s %s]", jd(), band(),
                isValid() ? String.format(Locale.ROOT, "flux=%.2f±%.2f DN", forcediffimflux().getAsDouble(),
                        forcediffimfluxunc().getAsDouble()) : "no measurement (procstatus " + procstatus + ")");
    }
}
