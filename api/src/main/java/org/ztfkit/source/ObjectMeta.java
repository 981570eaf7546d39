package org.ztfkit.source;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.ztfkit.model.Band;
import org.ztfkit.model.DataRelease;
import org.ztfkit.model.Oid;
import org.ztfkit.sky.SkyPosition;

/**
 * What a data release says about one object (the SNAD DR API's {@code meta}, external-services.md §1.2).
 *
 * @param dr                the data release
 * @param oid               the object id
 * @param position          DR mean position (ICRS, degrees)
 * @param hpx29             HEALPix nested depth-29 cell of the position
 * @param nobs              epochs in the DR file, bad ones included
 * @param ngoodobs          epochs with {@code catflags = 0} and {@code magerr > 0}
 * @param durationDays      time span of the good epochs, days
 * @param ngoodobsShort     good epochs within the release's short window; null when the release has no short
 *                          window
 * @param durationShortDays span of those epochs, days; null when not defined
 */
public record ObjectMeta(
        DataRelease dr,
        Oid oid,
        SkyPosition position,
        long hpx29,
        int nobs,
        int ngoodobs,
        double durationDays,
        Integer ngoodobsShort,
        Double durationShortDays) {

    public int fieldId() {
        return oid.fieldId();
    }

    public Band band() {
        return oid.band();
    }

    /** {@code zg}, {@code zr} or {@code zi}. */
    public String filter() {
        return oid.filterCode();
    }

    public int ccdId() {
        return oid.ccdId();
    }

    public int qid() {
        return oid.qid();
    }

    public int rcid() {
        return oid.rcid();
    }

    public double ra() {
        return position.ra();
    }

    public double dec() {
        return position.dec();
    }

    /**
     * The metadata as labelled values in the Viewer's order, for display. Values that are not defined (the short
     * window of releases without one) are left out, never shown blank.
     */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("oid", oid.value());
        m.put("dr", dr.name());
        m.put("filter", filter());
        m.put("ra", position.ra());
        m.put("dec", position.dec());
        m.put("coord", position.toSexagesimal());
        m.put("fieldid", fieldId());
        m.put("rcid", rcid());
        m.put("ccdid", ccdId());
        m.put("qid", qid());
        m.put("nobs", nobs);
        m.put("ngoodobs", ngoodobs);
        m.put("duration", durationDays);
        if (ngoodobsShort != null) {
            m.put("ngoodobs_short", ngoodobsShort);
        }
        if (durationShortDays != null) {
            m.put("duration_short", durationShortDays);
        }
        return m;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "ObjectMeta[%s %s %s field %d rcid %d (ccd %02d q%d) %s ngoodobs %d/%d over %.1f d]",
                oid, dr, filter(), fieldId(), rcid(), ccdId(), qid(), position, ngoodobs, nobs, durationDays);
    }
}
