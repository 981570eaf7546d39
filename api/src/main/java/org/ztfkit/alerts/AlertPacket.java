package org.ztfkit.alerts;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.fits.Stamp;
import org.ztfkit.fits.StampTriplet;

/**
 * One ZTF alert packet (schema 3.2–4.02, as published by ZTF or republished by a broker): the new detection, up to
 * 30 days of history split into previous detections and upper limits, forced photometry (schema ≥ 4.0) and the
 * three cutouts. Immutable.
 *
 * <pre>{@code
 * AlertPacket p = AlertFiles.read(Path.of("2475433850315015009.avro")).get(0);
 * p.objectId();                   // ZTF17aadcuwj
 * p.candidate().magpsf();         // 16.628078
 * p.previousDetections().size();  // 37
 * p.upperLimits().size();         // 28
 * p.forcedPhotometry().size();    // 21
 * p.cutouts();                    // science | reference | difference, centred on the alert position
 * }</pre>
 */
public final class AlertPacket {
    private final String objectId;
    private final String schemaVersion;
    private final String publisher;
    private final AlertCandidate candidate;
    private final List<AlertCandidate> previousDetections;
    private final List<UpperLimit> upperLimits;
    private final List<ForcedPhotometry> forcedPhotometry;
    private final Map<CutoutKind, AlertCutout> cutouts;

    private AlertPacket(String objectId, String schemaVersion, String publisher, AlertCandidate candidate,
                        List<AlertCandidate> previousDetections, List<UpperLimit> upperLimits,
                        List<ForcedPhotometry> forcedPhotometry, Map<CutoutKind, AlertCutout> cutouts) {
        this.objectId = objectId;
        this.schemaVersion = schemaVersion;
        this.publisher = publisher;
        this.candidate = candidate;
        this.previousDetections = List.copyOf(previousDetections);
        this.upperLimits = List.copyOf(upperLimits);
        this.forcedPhotometry = List.copyOf(forcedPhotometry);
        this.cutouts = cutouts.isEmpty() ? Map.of() : new EnumMap<>(cutouts);
    }

    /**
     * A packet from its parts.
     *
     * @param objectId           the ZTF object name, e.g. {@code ZTF17aadcuwj}
     * @param schemaVersion      {@code schemavsn}, e.g. {@code 4.01}
     * @param publisher          who published the packet, e.g. {@code ZTF (www.ztf.caltech.edu)}, {@code Fink}
     * @param candidate          the new detection
     * @param previousDetections history entries with a {@code candid}
     * @param upperLimits        history entries without one
     * @param forcedPhotometry   {@code fp_hists}, empty before schema 4.0
     * @param cutouts            the cutouts present
     */
    public static AlertPacket of(String objectId, String schemaVersion, String publisher, AlertCandidate candidate,
                                 List<AlertCandidate> previousDetections, List<UpperLimit> upperLimits,
                                 List<ForcedPhotometry> forcedPhotometry, List<AlertCutout> cutouts) {
        if (objectId == null || !objectId.matches("ZTF\\d{2}[a-z]{7}")) {
            throw InvalidInputException.of("objectId", "a ZTF alert name: ZTF, two year digits, seven lower-case"
                    + " letters (e.g. ZTF17aadcuwj)", objectId, "the packet is not a ZTF alert, or is damaged");
        }
        Map<CutoutKind, AlertCutout> byKind = new EnumMap<>(CutoutKind.class);
        for (AlertCutout c : cutouts) {
            byKind.put(c.kind(), c);
        }
        return new AlertPacket(objectId, schemaVersion, publisher, candidate, previousDetections, upperLimits,
                forcedPhotometry, byKind);
    }

    /** The ZTF object name, e.g. {@code ZTF17aadcuwj}. */
    public String objectId() {
        return objectId;
    }

    /** The new detection's candidate id. */
    public long candid() {
        return candidate.candid();
    }

    /** {@code schemavsn}: {@code 3.2}, {@code 3.3}, {@code 4.01}, {@code 4.02}, … */
    public String schemaVersion() {
        return schemaVersion;
    }

    /** Who published the packet ({@code ZTF (www.ztf.caltech.edu)}, {@code Fink}, …). */
    public String publisher() {
        return publisher;
    }

    /** The new detection. */
    public AlertCandidate candidate() {
        return candidate;
    }

    /** History entries that are detections (they have a {@code candid}), oldest first as delivered. */
    public List<AlertCandidate> previousDetections() {
        return previousDetections;
    }

    /** History entries without a detection: the 5σ limits. */
    public List<UpperLimit> upperLimits() {
        return upperLimits;
    }

    /** Forced photometry at the alert position ({@code fp_hists}); empty before schema 4.0. */
    public List<ForcedPhotometry> forcedPhotometry() {
        return forcedPhotometry;
    }

    /** The candidate followed by the previous detections. */
    public List<AlertCandidate> detections() {
        List<AlertCandidate> all = new ArrayList<>(previousDetections.size() + 1);
        all.add(candidate);
        all.addAll(previousDetections);
        return List.copyOf(all);
    }

    /** One cutout as delivered (gzipped FITS bytes and file name); empty if the packet lacks it. */
    public Optional<AlertCutout> rawCutout(CutoutKind kind) {
        return Optional.ofNullable(cutouts.get(kind));
    }

    /** The cutouts present, in the order science, template, difference. */
    public List<AlertCutout> rawCutouts() {
        return List.copyOf(cutouts.values());
    }

    /**
     * The three cutouts decoded, each centred on the candidate position (pixel (31, 31) of a 63×63 stamp).
     *
     * @throws InvalidInputException if the packet lacks one of them
     */
    public StampTriplet cutouts() {
        return new StampTriplet(stamp(CutoutKind.SCIENCE), stamp(CutoutKind.TEMPLATE), stamp(CutoutKind.DIFFERENCE));
    }

    private Stamp stamp(CutoutKind kind) {
        return rawCutout(kind).orElseThrow(() -> new InvalidInputException("alert " + objectId + " candid "
                + candid() + " has no " + kind.field() + ": the publisher left it out; brokers serve cutouts"
                + " separately (ALeRCE get_stamp, Fink /api/v1/cutouts)")).stamp(candidate.position());
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "AlertPacket[%s candid=%d schema %s jd=%.5f %s magpsf=%.3f; history %d det"
                        + " / %d ulim%s; %d cutouts]", objectId, candid(), schemaVersion, candidate.jd(),
                candidate.band(), candidate.magpsf(), previousDetections.size(), upperLimits.size(),
                forcedPhotometry.isEmpty() ? "" : "; " + forcedPhotometry.size() + " forced", cutouts.size());
    }
}
