package org.ztfkit.snapshot;

import java.util.List;
import java.util.Optional;
import org.ztfkit.lightcurve.LightCurve;
import org.ztfkit.model.PhotometrySource;
import org.ztfkit.remote.GaiaClient;
import org.ztfkit.remote.GaiaEpoch;
import org.ztfkit.remote.GaiaSource;
import org.ztfkit.sky.SkyPosition;
import org.ztfkit.source.ExternalLightCurveSource;
import org.ztfkit.source.NearbyObject;

/**
 * Gaia DR3 through a {@link Snapshot}: the sources of a cone from VizieR ({@code gaia_source}; only those with epoch
 * photometry are candidates, as in the Viewer) and a source's epoch photometry from the archive's DataLink service
 * ({@code gaia_epoch}, with UTC times and AB magnitudes derived when stored), read back with the embedded store's
 * own Gaia source.
 *
 * <pre>{@code
 * ExternalLightCurveSource gaia = new RecordedGaia(Snapshot.inMemory(), new GaiaClient());
 * gaia.closest(obj.position(), 5.0).map(gaia::lightCurve);
 * }</pre>
 */
public final class RecordedGaia extends RecordedSource<GaiaClient> implements ExternalLightCurveSource {
    public static final String SERVICE = "gaia";

    /** @param client the Gaia client; may be null when the snapshot is offline */
    public RecordedGaia(Snapshot snapshot, GaiaClient client) {
        super(snapshot, client);
    }

    @Override
    public PhotometrySource kind() {
        return PhotometrySource.GAIA;
    }

    @Override
    public String description() {
        return describe(client == null ? "" : "Gaia DR3 (VizieR and the Gaia archive)");
    }

    @Override
    public Optional<NearbyObject> closest(SkyPosition center, double radiusArcsec) {
        CallKey key = CallKey.of(SERVICE, "sources", center.ra(), center.dec(), radiusArcsec)
                .describedAs("the Gaia DR3 cone " + center + " r=" + radiusArcsec + "\"");
        Entry e = snapshot.entry(key, m -> Closest.rows("SELECT source_id, ra, dec, hpx29, g_mag, plx, has_epoch_phot "
                + "FROM gaia_source WHERE CAST(source_id AS VARCHAR) IN (%s) ORDER BY source_id", m), () -> {
                    List<GaiaSource> sources = client.sources(center, radiusArcsec);
                    return Fetched.found(client.sourcesUrl(center, radiusArcsec),
                            sources.stream().map(s -> Long.toString(s.sourceId())).toList(), c -> {
                                ExternalTables.writeGaiaSources(c, sources);
                                return null;
                            });
                });
        return Closest.among(snapshot.store(), e.members(), PhotometrySource.GAIA,
                "SELECT CAST(source_id AS VARCHAR), 'Gaia DR3 ' || source_id, 'Gaia DR3', ra, dec FROM gaia_source "
                        + "WHERE has_epoch_phot AND CAST(source_id AS VARCHAR) IN (%s)", center, radiusArcsec);
    }

    @Override
    public LightCurve lightCurve(NearbyObject object) {
        long sourceId = Long.parseLong(object.id());
        CallKey key = CallKey.of(SERVICE, "epoch_photometry", sourceId).describedAs("the epoch photometry of "
                + object.name());
        snapshot.entry(key, m -> List.of(StoreQuery.of("SELECT source_id, hpx29, transit_id, band, time_tcb_d, flux, "
                + "flux_error, flux_over_error, rejected_by_photometry, variability_reject, mjd_utc, mag_ab, magerr_ab "
                + "FROM gaia_epoch WHERE source_id = ? ORDER BY transit_id, band", sourceId)), () -> {
                    List<GaiaEpoch> epochs = client.epochPhotometry(sourceId);
                    return Fetched.found(client.epochPhotometryUrl(sourceId), List.of(object.id()), c -> {
                        ExternalTables.writeGaiaEpochs(c, sourceId, object.position(), epochs);
                        return null;
                    });
                });
        return snapshot.store().gaia().lightCurve(object);
    }
}
