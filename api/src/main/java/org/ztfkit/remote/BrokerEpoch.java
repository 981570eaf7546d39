package org.ztfkit.remote;

import java.util.Locale;

/**
 * One epoch of a broker's alert light curve: a detection (difference-image PSF photometry), an upper limit (only
 * {@code diffmaglim}) or a candidate that failed the quality cuts; native time scale, JD at exposure start (UTC,
 * observer). Missing numbers are NaN, missing ids null (external-services.md §4, the {@code alert_photometry} table).
 *
 * @param kind           {@code detection}, {@code upper_limit} or {@code bad_quality}
 * @param candid         the alert candidate id; null for upper limits
 * @param jd             JD at exposure start, UTC
 * @param fid            1 g, 2 r, 3 i
 * @param brokerPassband the passband as the broker writes it ({@code R} for ANTARES' r)
 * @param magpsf         difference magnitude
 * @param sigmapsf       its error
 * @param diffmaglim     5σ limit of the difference image
 * @param isdiffpos      +1 science brighter than reference, −1 fainter, 0 unknown
 * @param ra             candidate position (NaN for upper limits)
 * @param dec            candidate position
 * @param rb             real/bogus score
 * @param drb            deep real/bogus score
 * @param magpsfCorr     ALeRCE's apparent magnitude
 * @param sigmapsfCorr   its error
 * @param sigmapsfCorrExt its extended error
 * @param field          ZTF field (null when not given)
 * @param rcid           read-out channel (null when not given)
 * @param programid      ZTF programme (null when not given)
 * @param raw            the broker's record as compact JSON
 */
public record BrokerEpoch(String kind, Long candid, double jd, int fid, String brokerPassband, double magpsf,
                          double sigmapsf, double diffmaglim, int isdiffpos, double ra, double dec, double rb,
                          double drb, double magpsfCorr, double sigmapsfCorr, double sigmapsfCorrExt, Integer field,
                          Integer rcid, Integer programid, String raw) {
    public static final String DETECTION = "detection";
    public static final String UPPER_LIMIT = "upper_limit";
    public static final String BAD_QUALITY = "bad_quality";

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "BrokerEpoch[%s jd %.5f fid %d %s]", kind, jd, fid,
                kind.equals(UPPER_LIMIT) ? "> " + diffmaglim : magpsf + " ± " + sigmapsf);
    }
}
