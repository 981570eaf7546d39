package org.ztfkit.lightcurve;

import java.util.List;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The documented schema of every light-curve table (design.md §2). One row per epoch of one object in one band.
 *
 * <table>
 *   <caption>Columns every light curve has</caption>
 *   <tr><td>{@value #OID}</td><td>string</td><td>the object's id in its source: a ZTF DR OID, an alert name
 *   ({@code ZTF18abqkqdm}), a Pan-STARRS {@code objID}, a Gaia {@code source_id}</td></tr>
 *   <tr><td>{@value #SOURCE}</td><td>string</td><td>{@code ztf_dr}, {@code ztf_alert}, {@code ps1}, {@code gaia}</td></tr>
 *   <tr><td>{@value #BAND}</td><td>string</td><td>unambiguous passband: {@code ztf_g} … {@code gaia_RP}</td></tr>
 *   <tr><td>{@value #TIME}</td><td>double</td><td>heliocentric MJD, UTC, mid-exposure (the ZTF DR's time axis); every
 *   source is converted to it once, at ingestion ({@code org.ztfkit.time.SurveyTimes})</td></tr>
 *   <tr><td>{@value #MAG}, {@value #MAGERR}</td><td>double</td><td>AB magnitude and error; for an upper limit, the
 *   limiting magnitude as its source reports it (ZTF alerts: {@code diffmaglim}, a 5σ limit of the difference
 *   image) and a missing error</td></tr>
 *   <tr><td>{@value #FLUX}, {@value #FLUXERR}</td><td>double</td><td>flux density and error, Jy (seed 001 eqs. 1–2);
 *   for an upper limit, the limiting flux and a missing error</td></tr>
 *   <tr><td>{@value #IS_UPPER_LIMIT}</td><td>boolean</td><td>true for a non-detection</td></tr>
 * </table>
 *
 * <p>Sources add their own columns after these (missing in the rows of other sources once merged):
 * <ul>
 *   <li>ZTF DR: {@value #CLRCOEFF};</li>
 *   <li>ZTF alerts, Pan-STARRS and Gaia: {@value #TIME_NATIVE} and {@value #TIME_NATIVE_SCALE}, the time as the
 *   source delivered it and its scale, so that every conversion onto {@value #TIME} can be checked;</li>
 *   <li>ZTF alerts: {@value #CANDID} and {@value #IS_DIFFERENCE}. A detection whose reference-image source is the
 *   object's own counterpart ({@code distnr} ≤ {@link ExternalLightCurves#DC_MAX_DISTNR_PIXELS} pixels) is an
 *   apparent magnitude reconstructed from the difference and reference fluxes (ZTF's "DC" magnitude,
 *   {@code org.ztfkit.photometry.Photometry#ztfAlertDcMag}); otherwise {@value #MAG} is the difference magnitude
 *   {@code magpsf}, {@value #FLUX} the signed difference flux, and {@value #IS_DIFFERENCE} is true. Upper limits
 *   are difference-image limits and also marked true.</li>
 * </ul>
 * Derived columns, computed on demand and
 * never stored in the value:
 * <ul>
 *   <li>the difference representation ({@code lc.difference()}; external-services.md §16.4) adds
 *   {@value #REF_MAG}, {@value #REF_MAGERR} (the row's object's reference, +∞ and 0 when it has none),
 *   {@value #DIFFFLUX}, {@value #DIFFFLUXERR} (eqs. 3–4, Jy), {@value #DIFFMAG}, {@value #DIFFMAGERR_PLUS},
 *   {@value #DIFFMAGERR_MINUS} (eqs. 5–7; +∞ where the point is not drawn). Upper limits keep their limit as
 *   {@value #DIFFFLUX}/{@value #DIFFMAG} with missing errors: a limit is not a measurement to subtract from;</li>
 *   <li>a folded light curve adds {@value #PHASE} (in [0, 1)) and {@value #FOLDED_TIME} (days, phase × period);</li>
 *   <li>a binned light curve adds {@value #N_POINTS}, the number of epochs averaged into each row.</li>
 * </ul>
 */
public final class LightCurveColumns {
    public static final String OID = "oid";
    public static final String SOURCE = "source";
    public static final String BAND = "band";
    public static final String TIME = "time";
    public static final String MAG = "mag";
    public static final String MAGERR = "magerr";
    public static final String FLUX = "flux";
    public static final String FLUXERR = "fluxerr";
    public static final String IS_UPPER_LIMIT = "is_upper_limit";
    /** ZTF DR colour coefficient of the calibration (dimensionless), DR rows only. */
    public static final String CLRCOEFF = "clrcoeff";
    /** The time as the source delivered it (alerts, Pan-STARRS, Gaia). */
    public static final String TIME_NATIVE = "time_native";
    /**
     * Its scale: {@code jd_utc_start} (ZTF alert JD at exposure start, UTC, observer), {@code mjd_tai_mid}
     * (Pan-STARRS obsTime, TAI, mid-exposure), {@code bjd_tcb_2010} (Gaia: barycentric JD in TCB − 2455197.5).
     */
    public static final String TIME_NATIVE_SCALE = "time_native_scale";
    /** ZTF alert candidate id (missing for upper limits). */
    public static final String CANDID = "candid";
    /** True where {@value #MAG}/{@value #FLUX} are difference-image values rather than apparent ones (alerts). */
    public static final String IS_DIFFERENCE = "is_difference";

    /** Reference magnitude of the row's object (+∞ when none is set). */
    public static final String REF_MAG = "ref_mag";
    /** Its error (0 when none is set). */
    public static final String REF_MAGERR = "ref_magerr";
    /** Difference flux density, Jy (eq. 3). */
    public static final String DIFFFLUX = "diffflux";
    /** Its error, Jy (eq. 4). */
    public static final String DIFFFLUXERR = "difffluxerr";
    /** Difference magnitude (eq. 5), +∞ when the difference is ≤ 0 or below its error. */
    public static final String DIFFMAG = "diffmag";
    /** Error toward fainter magnitudes (eq. 6), positive. */
    public static final String DIFFMAGERR_PLUS = "diffmagerr_plus";
    /** Error toward brighter magnitudes (eq. 7, the Viewer's positive sign). */
    public static final String DIFFMAGERR_MINUS = "diffmagerr_minus";

    /** Phase of a folded light curve, in [0, 1). */
    public static final String PHASE = "phase";
    /** Phase × period, days. */
    public static final String FOLDED_TIME = "folded_time";
    /** Number of epochs averaged into a binned row. */
    public static final String N_POINTS = "n_points";

    /** The columns every light curve has, in order. */
    public static final List<String> REQUIRED =
            List.of(OID, SOURCE, BAND, TIME, MAG, MAGERR, FLUX, FLUXERR, IS_UPPER_LIMIT);

    /** The columns of the difference representation, in the order they are appended. */
    public static final List<String> DIFFERENCE =
            List.of(REF_MAG, REF_MAGERR, DIFFFLUX, DIFFFLUXERR, DIFFMAG, DIFFMAGERR_PLUS, DIFFMAGERR_MINUS);

    private LightCurveColumns() {
    }

    /** The Tablesaw type of a required column. */
    static ColumnType typeOf(String required) {
        return switch (required) {
            case OID, SOURCE, BAND -> ColumnType.STRING;
            case IS_UPPER_LIMIT -> ColumnType.BOOLEAN;
            default -> ColumnType.DOUBLE;
        };
    }

    /** An empty table with the required columns, for building light curves row by row. */
    public static Table emptyTable(String name) {
        return Table.create(name, StringColumn.create(OID), StringColumn.create(SOURCE), StringColumn.create(BAND),
                DoubleColumn.create(TIME), DoubleColumn.create(MAG), DoubleColumn.create(MAGERR),
                DoubleColumn.create(FLUX), DoubleColumn.create(FLUXERR), BooleanColumn.create(IS_UPPER_LIMIT));
    }
}
