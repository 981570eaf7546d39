package org.ztfkit.alerts;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.sky.SkyPosition;

/**
 * One ZTF alert detection: the packet's {@code candidate}, or a previous detection from its {@code prv_candidates}
 * (an entry with a {@code candid}). Photometry is difference-image PSF photometry: {@code magpsf} is the magnitude
 * of |science − reference|, its sign in {@link #isdiffpos()}. Typed accessors cover the fields ztfkit uses, with
 * the missing-value rules of {@link AlertEpoch}; most are absent from previous detections, which carry a subset of
 * the fields, rounded.
 *
 * <pre>{@code
 * AlertCandidate c = packet.candidate();
 * c.jd();             // 2460229.9338542 (exposure start, UTC)
 * c.band();           // ztf_g
 * c.magpsf();         // 16.628078 (difference magnitude)
 * c.magnr();          // OptionalDouble[14.308], the nearest reference-catalog source
 * c.sgmag2();         // OptionalDouble.empty: the packet says −999
 * c.raw().get("chipsf");
 * }</pre>
 */
public final class AlertCandidate extends AlertEpoch {
    private final long candid;
    private final double ra;
    private final double dec;
    private final double magpsf;
    private final double sigmapsf;
    private final int isdiffpos;

    private AlertCandidate(RawFields fields) {
        super(fields);
        this.candid = fields.requiredInteger("candid");
        this.ra = fields.requiredNumber("ra");
        this.dec = fields.requiredNumber("dec");
        this.magpsf = fields.requiredNumber("magpsf");
        this.sigmapsf = fields.requiredNumber("sigmapsf");
        this.isdiffpos = parseIsdiffpos(fields.requiredString("isdiffpos"));
    }

    /**
     * A detection from its fields as delivered (field name → a Number, String or Boolean; leave null
     * fields out).
     *
     * @throws InvalidInputException if {@code candid}, {@code jd}, {@code fid}, {@code ra}, {@code dec},
     *                               {@code magpsf}, {@code sigmapsf} or {@code isdiffpos} is missing
     */
    public static AlertCandidate of(Map<String, Object> fields) {
        return new AlertCandidate(RawFields.of("candidate", fields));
    }

    /** {@code t} or {@code 1} → +1 (science brighter than reference); {@code f} or {@code 0} → −1. */
    private static int parseIsdiffpos(String value) {
        return switch (value) {
            case "t", "1" -> 1;
            case "f", "0" -> -1;
            default -> throw InvalidInputException.of("isdiffpos", "'t', 'f', '1' or '0'", value,
                    "the packet is not a ZTF alert, or is damaged");
        };
    }

    /** The candidate id (unique per detection). */
    public long candid() {
        return candid;
    }

    /** Processing id of the image (empty for some previous candidates). */
    public OptionalLong pid() {
        return fields.integer("pid");
    }

    /** Candidate right ascension, ICRS degrees. */
    public double ra() {
        return ra;
    }

    /** Candidate declination, ICRS degrees. */
    public double dec() {
        return dec;
    }

    public SkyPosition position() {
        return SkyPosition.of(ra, dec);
    }

    /** Difference-image PSF magnitude, AB mag. */
    public double magpsf() {
        return magpsf;
    }

    /** 1σ error of {@link #magpsf()}, mag. */
    public double sigmapsf() {
        return sigmapsf;
    }

    /** +1 when the science image is brighter than the reference, −1 when fainter. */
    public int isdiffpos() {
        return isdiffpos;
    }

    /** Real-bogus score (random forest), 0–1. */
    public OptionalDouble rb() {
        return fields.number("rb");
    }

    /** Deep-learning real-bogus score, 0–1 (schema ≥ 3.3). */
    public OptionalDouble drb() {
        return fields.number("drb");
    }

    /** Magnitude of the nearest source in the reference image's PSF catalog, mag. */
    public OptionalDouble magnr() {
        return fields.number("magnr");
    }

    /** 1σ error of {@link #magnr()}, mag. */
    public OptionalDouble sigmagnr() {
        return fields.number("sigmagnr");
    }

    /** Distance to the nearest reference-catalog source, pixels. */
    public OptionalDouble distnr() {
        return fields.number("distnr");
    }

    /** Program id: 1 public, 2 partnership, 3 Caltech. */
    public OptionalInt programid() {
        return fields.smallInteger("programid");
    }

    /** Name of the nearest known solar-system object; empty when none (the packet says {@code "null"}). */
    public Optional<String> ssnamenr() {
        return fields.string("ssnamenr");
    }

    /** Distance to the nearest known solar-system object, arcsec. */
    public OptionalDouble ssdistnr() {
        return fields.number("ssdistnr");
    }

    /** Star/galaxy score of the nearest Pan-STARRS1 source (1 = star). */
    public OptionalDouble sgscore1() {
        return fields.number("sgscore1");
    }

    /** Distance to the nearest Pan-STARRS1 source, arcsec. */
    public OptionalDouble distpsnr1() {
        return fields.number("distpsnr1");
    }

    /** g magnitude of the nearest Pan-STARRS1 source. */
    public OptionalDouble sgmag1() {
        return fields.number("sgmag1");
    }

    /** r magnitude of the nearest Pan-STARRS1 source. */
    public OptionalDouble srmag1() {
        return fields.number("srmag1");
    }

    /** g magnitude of the second-nearest Pan-STARRS1 source. */
    public OptionalDouble sgmag2() {
        return fields.number("sgmag2");
    }

    /** Number of past detections at this position (any program). */
    public OptionalLong ndethist() {
        return fields.integer("ndethist");
    }

    /** JD of the first detection at this position. */
    public OptionalDouble jdstarthist() {
        return fields.number("jdstarthist");
    }

    /** G magnitude of the nearest Gaia source within 90″. */
    public OptionalDouble maggaia() {
        return fields.number("maggaia");
    }

    /**
     * File name of the difference image, which carries the exposure's {@code filefracday}, e.g.
     * {@code ztf_20231012433727_000505_zg_c01_o_q4_scimrefdiffimg.fits}.
     */
    public Optional<String> pdiffimfilename() {
        return fields.string("pdiffimfilename");
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "AlertCandidate[candid=%d jd=%.7f %s magpsf=%.3f±%.3f %s]", candid, jd(),
                band(), magpsf, sigmapsf, isdiffpos > 0 ? "positive" : "negative");
    }
}
