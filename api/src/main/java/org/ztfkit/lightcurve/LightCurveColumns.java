package org.ztfkit.lightcurve;

import java.util.List;

/**
 * The documented schema of every light-curve table (design.md §2). One row per epoch of one object in one band.
 *
 * <table>
 *   <caption>Columns</caption>
 *   <tr><td>{@value #OID}</td><td>string</td><td>the object's id in its source: a ZTF DR OID, an alert name
 *   ({@code ZTF18abqkqdm}), a Pan-STARRS {@code objID}, a Gaia {@code source_id}</td></tr>
 *   <tr><td>{@value #SOURCE}</td><td>string</td><td>{@code ztf_dr}, {@code ztf_alert}, {@code ps1}, {@code gaia}</td></tr>
 *   <tr><td>{@value #BAND}</td><td>string</td><td>unambiguous passband: {@code ztf_g} … {@code gaia_RP}</td></tr>
 *   <tr><td>{@value #TIME}</td><td>double</td><td>heliocentric MJD, UTC, mid-exposure (the ZTF DR's time axis); every
 *   source is converted to it once, at ingestion</td></tr>
 *   <tr><td>{@value #MAG}, {@value #MAGERR}</td><td>double</td><td>AB magnitude and error; for an upper limit, the
 *   limiting magnitude and a missing error</td></tr>
 *   <tr><td>{@value #FLUX}, {@value #FLUXERR}</td><td>double</td><td>flux density and error, Jy (seed 001 eqs. 1–2)</td></tr>
 *   <tr><td>{@value #IS_UPPER_LIMIT}</td><td>boolean</td><td>true for a non-detection</td></tr>
 * </table>
 * Sources add their own columns after these (DR: {@code clrcoeff}).
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

    /** The columns every light curve has, in order. */
    public static final List<String> REQUIRED =
            List.of(OID, SOURCE, BAND, TIME, MAG, MAGERR, FLUX, FLUXERR, IS_UPPER_LIMIT);

    private LightCurveColumns() {
    }
}
