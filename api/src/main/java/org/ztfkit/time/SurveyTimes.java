package org.ztfkit.time;

import org.ztfkit.sky.SkyPosition;

/**
 * Every survey's time stamp → the light-curve axis, heliocentric MJD (UTC, mid-exposure) — "HMJD", the ZTF DR's
 * {@code hmjd} — and back (external-services.md §0, §4, §5.4, §6.2). Each conversion happens once, at ingestion.
 *
 * <pre>{@code
 * SkyPosition p = SkyPosition.of(247.45543, 24.77282);
 * SurveyTimes.hmjdFromZtfAlertJd(2458700.7512, p);        // alert jd (exposure start) → HMJD
 * SurveyTimes.hmjdFromPs1ObsTimeMjdTai(56000.4, p);       // Pan-STARRS obsTime (TAI) → HMJD
 * SurveyTimes.mjdUtcFromGaiaTimeDaysTcb(1700.1234);       // Gaia g_transit_time → MJD (UTC, barycentric)
 * SurveyTimes.ztfExposureStartMjdUtcFromHmjd(58700.25, p);   // a DR point → its image's exposure start
 * }</pre>
 */
public final class SurveyTimes {
    /** ZTF exposure length, seconds: alert times are at exposure start, DR times at mid-exposure. */
    public static final double ZTF_EXPOSURE_SECONDS = 30.0;
    /** JD of the Gaia time origin, 2010-01-01T00:00:00 TCB. */
    public static final double GAIA_TIME_ORIGIN_JD = 2455197.5;

    private static final double HALF_ZTF_EXPOSURE_DAYS = ZTF_EXPOSURE_SECONDS / 2 / TimeScales.SECONDS_PER_DAY;

    private SurveyTimes() {
    }

    /** Observer UTC MJD → HMJD: adds the heliocentric light-travel time toward {@code source}. */
    public static double hmjdFromMjdUtc(double mjdUtc, SkyPosition source, Observatory site) {
        return mjdUtc + LightTravelTime.heliocentricSeconds(mjdUtc, source, site) / TimeScales.SECONDS_PER_DAY;
    }

    /**
     * HMJD → observer UTC MJD of the same instant, the inverse of {@link #hmjdFromMjdUtc}. The light-travel time
     * changes by at most 9 s per day, so a fixed-point iteration gains four digits per step; three steps reach
     * double precision.
     */
    public static double mjdUtcFromHmjd(double hmjd, SkyPosition source, Observatory site) {
        double mjdUtc = hmjd;
        for (int i = 0; i < 3; i++) {
            mjdUtc = hmjd - LightTravelTime.heliocentricSeconds(mjdUtc, source, site) / TimeScales.SECONDS_PER_DAY;
        }
        return mjdUtc;
    }

    /**
     * ZTF alert {@code jd} (UTC, observer at Palomar, exposure start) → HMJD at mid-exposure: + 15 s, then + the
     * heliocentric light-travel time (computed at mid-exposure).
     */
    public static double hmjdFromZtfAlertJd(double jdUtcExposureStart, SkyPosition source) {
        double midExposure = Mjd.fromJd(jdUtcExposureStart) + HALF_ZTF_EXPOSURE_DAYS;
        return hmjdFromMjdUtc(midExposure, source, Observatory.PALOMAR);
    }

    /**
     * ZTF HMJD (mid-exposure) → the observer's UTC MJD at mid-exposure: the epoch a SkyBoT query wants
     * (external-services.md §11).
     */
    public static double ztfMidExposureMjdUtcFromHmjd(double hmjd, SkyPosition source) {
        return mjdUtcFromHmjd(hmjd, source, Observatory.PALOMAR);
    }

    /**
     * ZTF HMJD (mid-exposure) → the observer's UTC MJD at exposure start: the time that names the science image
     * (its {@code filefracday}, see {@link Mjd#filefracday}; external-services.md §3.2).
     */
    public static double ztfExposureStartMjdUtcFromHmjd(double hmjd, SkyPosition source) {
        return ztfMidExposureMjdUtcFromHmjd(hmjd, source) - HALF_ZTF_EXPOSURE_DAYS;
    }

    /** Pan-STARRS DR2 {@code obsTime} (MJD, TAI, mid-exposure at Haleakala) → HMJD: TAI → UTC, + light time. */
    public static double hmjdFromPs1ObsTimeMjdTai(double obsTimeMjdTai, SkyPosition source) {
        return hmjdFromMjdUtc(TimeScales.mjdUtcFromTai(obsTimeMjdTai), source, Observatory.HALEAKALA);
    }

    /**
     * Gaia DR3 epoch time ({@code g_transit_time}, {@code bp_obs_time}, {@code rp_obs_time}: barycentric JD in TCB
     * − 2455197.5) → MJD in UTC, still barycentric. As the SNAD Viewer does, no barycentric → heliocentric
     * correction is made: the two differ by the light time across the Sun–barycentre distance projected on the
     * source: at most 2.8 s over Gaia DR3's epochs (2014–2017; the Sun lay within 0.0057 au of the barycentre) and
     * under 5 s in any year (astropy's ephemeris), negligible for Gaia's sparse epochs.
     */
    public static double mjdUtcFromGaiaTimeDaysTcb(double gaiaTimeDaysTcb) {
        return TimeScales.mjdUtcFromTcb(Mjd.fromJd(GAIA_TIME_ORIGIN_JD) + gaiaTimeDaysTcb);
    }
}
