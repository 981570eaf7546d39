package org.ztfkit;

import java.util.List;
import java.util.Locale;
import org.ztfkit.features.FeatureSet;
import org.ztfkit.features.Features;
import org.ztfkit.lightcurve.DrLightCurves;
import org.ztfkit.lightcurve.LightCurve;
import org.ztfkit.model.DataRelease;
import org.ztfkit.model.Oid;
import org.ztfkit.period.Periodogram;
import org.ztfkit.sky.SkyPosition;
import org.ztfkit.source.ObjectMeta;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A handle on one ZTF DR object in one data release. Made by {@link Ztf#object(long)}, which has already checked
 * that the object exists; the handle fetches the rest lazily and keeps what it fetched.
 *
 * <pre>{@code
 * ZtfObject obj = Ztf.embedded().object(633207400004730L);
 * obj.meta();              // field, rcid, ngoodobs, duration, …
 * obj.lightCurve();        // DR detections as a LightCurve
 * obj.neighbours(1.5);     // the other OIDs within 1.5″, nearest first
 * }</pre>
 */
public final class ZtfObject {
    private final Ztf ztf;
    private final ObjectMeta meta;
    private volatile LightCurve lightCurve;

    ZtfObject(Ztf ztf, ObjectMeta meta) {
        this.ztf = ztf;
        this.meta = meta;
    }

    public Oid oid() {
        return meta.oid();
    }

    public DataRelease dr() {
        return meta.dr();
    }

    /** What the data release says about the object: position, field, rcid, passband, epochs, duration. */
    public ObjectMeta meta() {
        return meta;
    }

    public SkyPosition position() {
        return meta.position();
    }

    /** The same OID in another release of the same data. */
    public ZtfObject inRelease(String dr) {
        return ztf.dr(dr).object(meta.oid());
    }

    /** The object's DR light curve: its good epochs ({@code catflags = 0}, {@code magerr > 0}). */
    public LightCurve lightCurve() {
        LightCurve lc = lightCurve;
        if (lc == null) {
            Table detections = ztf.drSource().detections(meta.dr(), List.of(meta));
            lc = DrLightCurves.fromDetections(detections, "light curve of " + meta.oid() + " " + meta.dr())
                    .withDataRelease(meta.dr());
            lightCurve = lc;
        }
        return lc;
    }

    /**
     * The Lomb–Scargle periodogram of the object's DR light curve (one band: its OID's), with astropy's automatic
     * grid; {@code obj.lightCurve().periodogram(options)} sets the grid.
     */
    public Periodogram periodogram() {
        return lightCurve().periodogram();
    }

    /** Features of the object's DR light curve in ztfkit's default set ({@link FeatureSet#defaultSet()}). */
    public Features features() {
        return lightCurve().features();
    }

    /** Features of the object's DR light curve in a named set, e.g. {@code FeatureSet.version("v0.2")}. */
    public Features features(FeatureSet set) {
        return lightCurve().features(set);
    }

    /** {@link #neighbours(double)} with the Viewer's default radius of 1″. */
    public Table neighbours() {
        return neighbours(Ztf.DEFAULT_CONE_RADIUS_ARCSEC);
    }

    /**
     * The other DR objects within {@code radiusArcsec}: the same sky source seen in other passbands and fields,
     * and nearby sources. Columns as {@link Ztf#cone(String, double)} plus {@code relation}:
     * {@code other_passband} (same field, other filter), {@code other_field} (another field, any filter),
     * {@code same_field_same_passband} (another source in this field and filter).
     *
     * @param radiusArcsec in (0, 60]
     */
    public Table neighbours(double radiusArcsec) {
        Ztf.checkRadius(radiusArcsec);
        List<Ztf.Match> matches = ztf.coneMatches(meta.position(), radiusArcsec).stream()
                .filter(m -> !m.meta().oid().equals(meta.oid())).toList();
        Table t = Ztf.matchTable(String.format(Locale.ROOT, "neighbours of %s within %s\" %s", meta.oid(),
                Ztf.trim(radiusArcsec), meta.dr()), matches);
        StringColumn relation = StringColumn.create("relation");
        for (Ztf.Match m : matches) {
            relation.append(relation(m.meta()));
        }
        t.addColumns(relation);
        return t;
    }

    private String relation(ObjectMeta other) {
        if (other.fieldId() != meta.fieldId()) {
            return "other_field";
        }
        return other.band() != meta.band() ? "other_passband" : "same_field_same_passband";
    }

    /** Link to this object in the SNAD ZTF Viewer. */
    public String viewerUrl() {
        return "https://ztf.snad.space/" + meta.dr() + "/view/" + meta.oid();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "ZtfObject[%s %s %s %s, %d good epochs over %.0f d]", meta.oid(), meta.dr(),
                meta.filter(), meta.position(), meta.ngoodobs(), meta.durationDays());
    }

}
