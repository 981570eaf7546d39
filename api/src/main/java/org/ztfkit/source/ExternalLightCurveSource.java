package org.ztfkit.source;

import java.util.Optional;
import org.ztfkit.lightcurve.LightCurve;
import org.ztfkit.model.PhotometrySource;
import org.ztfkit.sky.SkyPosition;

/**
 * Light curves from a survey other than the ZTF data releases: ZTF alerts, Pan-STARRS DR2, Gaia DR3. The embedded
 * store and the online clients implement it, so the merged light curve is assembled the same way offline and
 * online. As the SNAD Viewer does, the merged light curve takes the closest object within 5″ of the target.
 *
 * <pre>{@code
 * ExternalLightCurveSource ps1 = store.panStarrs();
 * ps1.closest(obj.position(), 5.0).map(ps1::lightCurve);
 * }</pre>
 */
public interface ExternalLightCurveSource {
    /** The {@code source} its light-curve rows carry. */
    PhotometrySource kind();

    /** What this source is, for messages: e.g. {@code "Pan-STARRS DR2 in the embedded demo sky (simulated)"}. */
    String description();

    /**
     * The object with photometry closest to {@code center} within {@code radiusArcsec} (boundary included); empty
     * when there is none. For Gaia, only sources with epoch photometry count.
     */
    Optional<NearbyObject> closest(SkyPosition center, double radiusArcsec);

    /**
     * The object's epochs as a light curve in the schema of {@code LightCurveColumns}, times already on the HMJD
     * axis (converted when the rows were ingested), empty when it has none.
     */
    LightCurve lightCurve(NearbyObject object);
}
