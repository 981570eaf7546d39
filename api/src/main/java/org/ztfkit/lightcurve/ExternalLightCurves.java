package org.ztfkit.lightcurve;

import org.ztfkit.model.Band;
import org.ztfkit.model.PhotometrySource;
import org.ztfkit.photometry.Photometry;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Builds light curves (schema of {@link LightCurveColumns}) from the rows of ZTF alerts, Pan-STARRS DR2 detections
 * and Gaia DR3 epochs as the embedded store and the online clients deliver them: native values plus the HMJD-axis
 * time computed once at ingestion (external-services.md §19.2–§19.3). Nothing here converts a time; it only carries
 * the converted and the native one.
 *
 * <pre>{@code
 * LightCurve alerts = ExternalLightCurves.fromAlertPhotometry(rows, "alerts of ZTF18abqkqdm");
 * LightCurve ps1 = ExternalLightCurves.fromPs1Detections(rows, "PS1 " + objId);
 * LightCurve gaia = ExternalLightCurves.fromGaiaEpochs(rows, "Gaia DR3 " + sourceId);
 * }</pre>
 */
public final class ExternalLightCurves {
    /**
     * Largest distance, in pixels (1.01″), between an alert and its reference-image source for the reference to be
     * the object's own counterpart, so that the apparent ("DC") magnitude can be reconstructed. ALeRCE's correction
     * step uses the same limit (distnr &lt; 1.4).
     */
    public static final double DC_MAX_DISTNR_PIXELS = 1.4;

    private ExternalLightCurves() {
    }

    /**
     * ZTF alert photometry (one row per epoch) as a light curve. Input columns: {@code ztf_name} (string),
     * {@code candid} (long, missing for upper limits), {@code kind} ({@code detection}, {@code upper_limit},
     * {@code bad_quality}), {@code jd} (exposure start, UTC), {@code hmjd_mid} (its HMJD at mid-exposure, converted at
     * ingestion), {@code fid}, {@code magpsf}, {@code sigmapsf}, {@code diffmaglim}, {@code isdiffpos} (+1/−1),
     * {@code magnr}, {@code sigmagnr}, {@code distnr} (numbers, missing where absent).
     *
     * <p>Bad-quality candidates are left out (they raised no alert). Detections whose reference source is the
     * object's counterpart ({@code distnr} ≤ {@value #DC_MAX_DISTNR_PIXELS} px, {@code magnr} known) get the apparent
     * magnitude {@link Photometry#ztfAlertDcMag} and its error; where that cannot be formed (no counterpart, or a
     * negative difference larger than the reference flux) the row keeps {@code magpsf ± sigmapsf} with the signed
     * difference flux and {@value LightCurveColumns#IS_DIFFERENCE} true. Upper limits carry {@code diffmaglim} and
     * its flux, with missing errors.
     */
    public static LightCurve fromAlertPhotometry(Table rows, String name) {
        int n = rows.rowCount();
        Builder out = new Builder(name, PhotometrySource.ZTF_ALERT);
        LongColumn candid = LongColumn.create(LightCurveColumns.CANDID, 0);
        BooleanColumn isDifference = BooleanColumn.create(LightCurveColumns.IS_DIFFERENCE);
        StringColumn names = rows.stringColumn("ztf_name");
        StringColumn kinds = rows.stringColumn("kind");
        LongColumn candids = rows.longColumn("candid");
        DoubleColumn jd = rows.doubleColumn("jd");
        DoubleColumn hmjd = rows.doubleColumn("hmjd_mid");
        var fid = rows.numberColumn("fid");
        DoubleColumn magpsf = rows.doubleColumn("magpsf");
        DoubleColumn sigmapsf = rows.doubleColumn("sigmapsf");
        DoubleColumn diffmaglim = rows.doubleColumn("diffmaglim");
        var isdiffpos = rows.numberColumn("isdiffpos");
        DoubleColumn magnr = rows.doubleColumn("magnr");
        DoubleColumn sigmagnr = rows.doubleColumn("sigmagnr");
        DoubleColumn distnr = rows.doubleColumn("distnr");
        for (int i = 0; i < n; i++) {
            String kind = kinds.get(i);
            boolean limit = kind.equals("upper_limit");
            if (!limit && !kind.equals("detection")) {
                continue;
            }
            Band band = Band.ztf((int) fid.getDouble(i));
            double mag;
            double magErr;
            double flux;
            double fluxErr;
            boolean difference = true;
            if (limit) {
                mag = diffmaglim.getDouble(i);
                magErr = Double.NaN;
                flux = Photometry.fluxJy(mag);
                fluxErr = Double.NaN;
                candid.appendMissing();
            } else {
                boolean positive = isdiffpos.getDouble(i) > 0;
                double dc = distnr.getDouble(i) <= DC_MAX_DISTNR_PIXELS
                        ? Photometry.ztfAlertDcMag(magpsf.getDouble(i), positive, magnr.getDouble(i)) : Double.NaN;
                if (Double.isFinite(dc)) {
                    difference = false;
                    mag = dc;
                    magErr = Photometry.ztfAlertDcMagErr(magpsf.getDouble(i), sigmapsf.getDouble(i), positive,
                            magnr.getDouble(i), sigmagnr.getDouble(i));
                    flux = Photometry.fluxJy(mag);
                } else {
                    mag = magpsf.getDouble(i);
                    magErr = sigmapsf.getDouble(i);
                    flux = (positive ? 1 : -1) * Photometry.fluxJy(mag);
                }
                fluxErr = Photometry.fluxErrJy(Math.abs(flux), magErr);
                candid.append(candids.getLong(i));
            }
            out.add(names.get(i), band, hmjd.getDouble(i), mag, magErr, flux, fluxErr, limit, jd.getDouble(i));
            isDifference.append(difference);
        }
        return out.build("jd_utc_start", candid, isDifference);
    }

    /**
     * Pan-STARRS DR2 detections as a light curve (external-services.md §5.4). Input columns: {@code objid} (long),
     * {@code filter_id} (1–5), {@code obs_time_mjd_tai} (native), {@code hmjd_utc} (converted at ingestion),
     * {@code psf_flux_jy}, {@code psf_flux_err_jy}, {@code mag}, {@code magerr} (eqs. 8–9, computed at ingestion).
     * Rows with {@code psf_flux_jy ≤ 0} are left out, as the Viewer does.
     */
    public static LightCurve fromPs1Detections(Table rows, String name) {
        int n = rows.rowCount();
        Builder out = new Builder(name, PhotometrySource.PS1);
        LongColumn objid = rows.longColumn("objid");
        var filterId = rows.numberColumn("filter_id");
        DoubleColumn obsTime = rows.doubleColumn("obs_time_mjd_tai");
        DoubleColumn hmjd = rows.doubleColumn("hmjd_utc");
        DoubleColumn flux = rows.doubleColumn("psf_flux_jy");
        DoubleColumn fluxErr = rows.doubleColumn("psf_flux_err_jy");
        DoubleColumn mag = rows.doubleColumn("mag");
        DoubleColumn magErr = rows.doubleColumn("magerr");
        for (int i = 0; i < n; i++) {
            if (!(flux.getDouble(i) > 0)) {
                continue;
            }
            out.add(Long.toString(objid.getLong(i)), Band.ps1((int) filterId.getDouble(i)), hmjd.getDouble(i),
                    mag.getDouble(i), magErr.getDouble(i), flux.getDouble(i), fluxErr.getDouble(i), false,
                    obsTime.getDouble(i));
        }
        return out.build("mjd_tai_mid");
    }

    /**
     * Gaia DR3 epoch photometry as a light curve (external-services.md §6.2), one row per transit and band. Input
     * columns: {@code source_id} (long), {@code band} ({@code G}, {@code BP}, {@code RP}), {@code time_tcb_d}
     * (native), {@code mjd_utc} (converted at ingestion; barycentric, used as HMJD as the Viewer does),
     * {@code flux} (e⁻/s, missing when not measured), {@code mag_ab}, {@code magerr_ab} (eqs. 10–11, computed at
     * ingestion), {@code rejected_by_photometry}, {@code variability_reject} (booleans). Rejected rows and rows
     * without flux are left out (§18.11); fluxes in Jy follow from the AB magnitudes by eqs. 1–2.
     */
    public static LightCurve fromGaiaEpochs(Table rows, String name) {
        int n = rows.rowCount();
        Builder out = new Builder(name, PhotometrySource.GAIA);
        LongColumn sourceId = rows.longColumn("source_id");
        StringColumn bands = rows.stringColumn("band");
        DoubleColumn time = rows.doubleColumn("time_tcb_d");
        DoubleColumn mjd = rows.doubleColumn("mjd_utc");
        DoubleColumn flux = rows.doubleColumn("flux");
        DoubleColumn mag = rows.doubleColumn("mag_ab");
        DoubleColumn magErr = rows.doubleColumn("magerr_ab");
        BooleanColumn rejected = rows.booleanColumn("rejected_by_photometry");
        BooleanColumn variabilityReject = rows.booleanColumn("variability_reject");
        for (int i = 0; i < n; i++) {
            if (rejected.get(i) || variabilityReject.get(i) || !(flux.getDouble(i) > 0)) {
                continue;
            }
            double m = mag.getDouble(i);
            double f = Photometry.fluxJy(m);
            out.add(Long.toString(sourceId.getLong(i)), Band.of("gaia_" + bands.get(i)), mjd.getDouble(i), m,
                    magErr.getDouble(i), f, Photometry.fluxErrJy(f, magErr.getDouble(i)), false, time.getDouble(i));
        }
        return out.build("bjd_tcb_2010");
    }

    /** Rows of one source in the required columns plus the native time. */
    private static final class Builder {
        private final String name;
        private final String source;
        private final StringColumn oid = StringColumn.create(LightCurveColumns.OID);
        private final StringColumn sourceColumn = StringColumn.create(LightCurveColumns.SOURCE);
        private final StringColumn band = StringColumn.create(LightCurveColumns.BAND);
        private final DoubleColumn time = DoubleColumn.create(LightCurveColumns.TIME);
        private final DoubleColumn mag = DoubleColumn.create(LightCurveColumns.MAG);
        private final DoubleColumn magErr = DoubleColumn.create(LightCurveColumns.MAGERR);
        private final DoubleColumn flux = DoubleColumn.create(LightCurveColumns.FLUX);
        private final DoubleColumn fluxErr = DoubleColumn.create(LightCurveColumns.FLUXERR);
        private final BooleanColumn upper = BooleanColumn.create(LightCurveColumns.IS_UPPER_LIMIT);
        private final DoubleColumn timeNative = DoubleColumn.create(LightCurveColumns.TIME_NATIVE);

        Builder(String name, PhotometrySource source) {
            this.name = name;
            this.source = source.id();
        }

        void add(String id, Band b, double t, double m, double dm, double f, double df, boolean limit,
                 double nativeTime) {
            oid.append(id);
            sourceColumn.append(source);
            band.append(b.id());
            time.append(t);
            mag.append(m);
            magErr.append(dm);
            flux.append(f);
            fluxErr.append(df);
            upper.append(limit);
            timeNative.append(nativeTime);
        }

        LightCurve build(String nativeScale, tech.tablesaw.columns.Column<?>... extra) {
            StringColumn scale = StringColumn.create(LightCurveColumns.TIME_NATIVE_SCALE);
            for (int i = 0; i < oid.size(); i++) {
                scale.append(nativeScale);
            }
            Table t = Table.create(name, oid, sourceColumn, band, time, mag, magErr, flux, fluxErr, upper, timeNative,
                    scale);
            t.addColumns(extra);
            return LightCurve.of(t);
        }
    }
}
