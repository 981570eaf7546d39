package org.ztfkit.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.BiFunction;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.lightcurve.ExternalLightCurves;
import org.ztfkit.lightcurve.LightCurve;
import org.ztfkit.model.PhotometrySource;
import org.ztfkit.sky.SkyIndex;
import org.ztfkit.sky.SkyPosition;
import org.ztfkit.source.ExternalLightCurveSource;
import org.ztfkit.source.NearbyObject;
import tech.tablesaw.api.Table;

/**
 * Pan-STARRS DR2 and Gaia DR3 light curves from the embedded store's tables ({@code ps1_object},
 * {@code ps1_detection}; {@code gaia_source}, {@code gaia_epoch}), with times converted at ingestion. Made by
 * {@link EmbeddedStore#panStarrs()} and {@link EmbeddedStore#gaia()}; {@link EmbeddedAlerts} reads its alert
 * objects' light curves the same way.
 *
 * <pre>{@code
 * ExternalLightCurveSource ps1 = store.panStarrs();
 * ps1.closest(SkyPosition.of(253.15763, 25.82260), 5.0).map(ps1::lightCurve);   // SNAD158's PS1 light curve
 * }</pre>
 */
public final class EmbeddedLightCurves implements ExternalLightCurveSource {
    private final EmbeddedStore store;
    private final PhotometrySource kind;
    private final String description;
    private final NearestQuery nearest;
    private final String epochsSql;
    private final ObjectBinder binder;
    private final BiFunction<Table, String, LightCurve> builder;

    /** Binds an object's keys to the parameters of its epochs query. */
    @FunctionalInterface
    interface ObjectBinder {
        void bind(PreparedStatement ps, NearbyObject object) throws SQLException;
    }

    /** Binds {@code hpx29 = ?} (the cell of the object's stored position) and a numeric id. */
    private static final ObjectBinder CELL_AND_NUMERIC_ID = (ps, object) -> {
        ps.setLong(1, SkyIndex.hpx29(object.position()));
        ps.setLong(2, Long.parseLong(object.id()));
    };

    EmbeddedLightCurves(EmbeddedStore store, PhotometrySource kind, String survey, NearestQuery nearest,
                        String epochsSql, ObjectBinder binder, BiFunction<Table, String, LightCurve> builder) {
        this.store = store;
        this.kind = kind;
        this.description = survey + " in the " + store.description();
        this.nearest = nearest;
        this.epochsSql = epochsSql;
        this.binder = binder;
        this.builder = builder;
    }

    static EmbeddedLightCurves panStarrs(EmbeddedStore store) {
        return new EmbeddedLightCurves(store, PhotometrySource.PS1, "Pan-STARRS DR2",
                new NearestQuery(PhotometrySource.PS1,
                        "SELECT CAST(objid AS VARCHAR), objname, 'Pan-STARRS DR2', ra_mean, dec_mean FROM ps1_object"
                                + " WHERE", ""),
                "SELECT objid, filter_id, obs_time_mjd_tai, hmjd_utc, psf_flux_jy, psf_flux_err_jy, mag, magerr"
                        + " FROM ps1_detection WHERE hpx29 = ? AND objid = ?",
                CELL_AND_NUMERIC_ID, ExternalLightCurves::fromPs1Detections);
    }

    static EmbeddedLightCurves gaia(EmbeddedStore store) {
        return new EmbeddedLightCurves(store, PhotometrySource.GAIA, "Gaia DR3",
                new NearestQuery(PhotometrySource.GAIA,
                        "SELECT CAST(source_id AS VARCHAR), 'Gaia DR3 ' || source_id, 'Gaia DR3', ra, dec"
                                + " FROM gaia_source WHERE", "has_epoch_phot"),
                "SELECT source_id, band, time_tcb_d, mjd_utc, flux, mag_ab, magerr_ab, rejected_by_photometry,"
                        + " variability_reject FROM gaia_epoch WHERE hpx29 = ? AND source_id = ?",
                CELL_AND_NUMERIC_ID, ExternalLightCurves::fromGaiaEpochs);
    }

    @Override
    public PhotometrySource kind() {
        return kind;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public Optional<NearbyObject> closest(SkyPosition center, double radiusArcsec) {
        return nearest.closest(store, center, radiusArcsec);
    }

    /** @throws InvalidInputException if the object is not one of this source's */
    @Override
    public LightCurve lightCurve(NearbyObject object) {
        requireKind(kind, object);
        String name = object.name() + " (" + kind + ")";
        Table rows = store.withConnection(c -> {
            PreparedStatement ps = store.prepared(c, epochsSql);
            binder.bind(ps, object);
            try (ResultSet rs = ps.executeQuery()) {
                return ResultTables.toTable(rs, name);
            }
        });
        return builder.apply(rows, name);
    }

    static void requireKind(PhotometrySource kind, NearbyObject object) {
        if (object.source() != kind) {
            throw InvalidInputException.of("object", "a " + kind + " object", object.toString(),
                    "ask the source that found it");
        }
    }

    @Override
    public String toString() {
        return "EmbeddedLightCurves[" + description + "]";
    }
}
