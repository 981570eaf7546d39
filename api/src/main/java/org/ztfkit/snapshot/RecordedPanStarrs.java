package org.ztfkit.snapshot;

import java.util.List;
import java.util.Optional;
import org.ztfkit.lightcurve.LightCurve;
import org.ztfkit.model.PhotometrySource;
import org.ztfkit.remote.MastPs1Client;
import org.ztfkit.remote.Ps1Detection;
import org.ztfkit.remote.Ps1StackObject;
import org.ztfkit.sky.SkyPosition;
import org.ztfkit.source.ExternalLightCurveSource;
import org.ztfkit.source.NearbyObject;

/**
 * Pan-STARRS DR2 from MAST through a {@link Snapshot}: the stack objects of a cone ({@code ps1_object}, duplicates
 * merged as the Viewer merges them) and the detections of one object ({@code ps1_detection}, with HMJD and AB
 * magnitudes derived when stored), read back with the embedded store's own Pan-STARRS source.
 *
 * <pre>{@code
 * ExternalLightCurveSource ps1 = new RecordedPanStarrs(Snapshot.inMemory(), new MastPs1Client());
 * ps1.closest(obj.position(), 5.0).map(ps1::lightCurve);
 * }</pre>
 */
public final class RecordedPanStarrs extends RecordedSource<MastPs1Client> implements ExternalLightCurveSource {
    public static final String SERVICE = "mast-ps1";

    /** @param client the MAST client; may be null when the snapshot is offline */
    public RecordedPanStarrs(Snapshot snapshot, MastPs1Client client) {
        super(snapshot, client);
    }

    @Override
    public PhotometrySource kind() {
        return PhotometrySource.PS1;
    }

    @Override
    public String description() {
        return describe(client == null ? "" : "Pan-STARRS DR2 at MAST " + client.baseUrl());
    }

    @Override
    public Optional<NearbyObject> closest(SkyPosition center, double radiusArcsec) {
        CallKey key = CallKey.of(SERVICE, "stack", center.ra(), center.dec(), radiusArcsec)
                .describedAs("the Pan-STARRS stack cone " + center + " r=" + radiusArcsec + "\"");
        String rows = "SELECT objid, objname, ra_mean, dec_mean, hpx29, g_psf_mag, r_psf_mag, i_psf_mag, z_psf_mag, "
                + "y_psf_mag, n_stack_rows FROM ps1_object WHERE CAST(objid AS VARCHAR) IN (%s) ORDER BY objid";
        Entry e = snapshot.entry(key, m -> Closest.rows(rows, m), () -> {
            List<Ps1StackObject> objects = client.stackCone(center, radiusArcsec);
            return Fetched.found("POST " + client.stackUrl() + " " + MastPs1Client.stackConeBody(center, radiusArcsec),
                    objects.stream().map(o -> Long.toString(o.objId())).toList(),
                    c -> {
                        ExternalTables.writePs1Objects(c, objects);
                        return null;
                    });
        });
        return Closest.among(snapshot.store(), e.members(), PhotometrySource.PS1,
                "SELECT CAST(objid AS VARCHAR), objname, 'Pan-STARRS DR2', ra_mean, dec_mean FROM ps1_object "
                        + "WHERE CAST(objid AS VARCHAR) IN (%s)", center, radiusArcsec);
    }

    @Override
    public LightCurve lightCurve(NearbyObject object) {
        long objId = Long.parseLong(object.id());
        CallKey key = CallKey.of(SERVICE, "detection", objId).describedAs("the Pan-STARRS detections of " + object.name());
        snapshot.entry(key, m -> List.of(StoreQuery.of("SELECT detect_id, objid, hpx29, filter_id, obs_time_mjd_tai, "
                + "ra, dec, psf_flux_jy, psf_flux_err_jy, hmjd_utc, mag, magerr FROM ps1_detection WHERE objid = ? "
                + "ORDER BY detect_id", objId)), () -> {
                    List<Ps1Detection> detections = client.detections(objId);
                    return Fetched.found("POST " + client.detectionUrl() + " " + MastPs1Client.detectionBody(objId),
                            List.of(object.id()), c -> {
                                ExternalTables.writePs1Detections(c, objId, object.position(), detections);
                                return null;
                            });
                });
        return snapshot.store().panStarrs().lightCurve(object);
    }
}
