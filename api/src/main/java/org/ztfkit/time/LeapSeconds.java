package org.ztfkit.time;

import java.time.LocalDate;
import java.util.List;
import org.ztfkit.errors.InvalidInputException;

/**
 * TAI − UTC, the accumulated leap seconds, from 1972-01-01 (10 s) to the 2017-01-01 step (37 s).
 *
 * <p>No leap second has been introduced since 2017-01-01. The IERS announces each one in its Bulletin C about six
 * months ahead; when one is, append a {@link Step} to {@link #STEPS} (the first day with the new value) and the
 * reference test will ask for it to be in {@code leap_seconds.csv} too.
 *
 * <p>On a day that ends with a leap second the UTC day has 86 401 SI seconds, and a UTC MJD fraction {@code f}
 * of that day lies {@code f · 86401} s after its start: TAI − UTC then grows linearly through the day, as in
 * ERFA's {@code utctai} (and therefore astropy). Every other day has a constant TAI − UTC.
 *
 * <pre>{@code
 * LeapSeconds.taiMinusUtcSeconds(58000.0);   // 37.0  (2017-09-04)
 * LeapSeconds.taiMinusUtcSeconds(55197.0);   // 34.0  (2010-01-01)
 * }</pre>
 */
public final class LeapSeconds {
    /**
     * A change of TAI − UTC.
     *
     * @param firstDay              the first UTC day with the new value
     * @param taiMinusUtcSeconds    TAI − UTC from that day on, seconds
     */
    public record Step(LocalDate firstDay, int taiMinusUtcSeconds) {
        /** The MJD of {@link #firstDay()} at 0h UTC. */
        public double mjd() {
            return firstDay.toEpochDay() + Mjd.UNIX_EPOCH_MJD;
        }
    }

    /** Every step since 1972-01-01, in order (IERS Bulletin C; the same table as ERFA's {@code eraDat}). */
    public static final List<Step> STEPS = List.of(
            step(1972, 1, 10), step(1972, 7, 11), step(1973, 1, 12), step(1974, 1, 13), step(1975, 1, 14),
            step(1976, 1, 15), step(1977, 1, 16), step(1978, 1, 17), step(1979, 1, 18), step(1980, 1, 19),
            step(1981, 7, 20), step(1982, 7, 21), step(1983, 7, 22), step(1985, 7, 23), step(1988, 1, 24),
            step(1990, 1, 25), step(1991, 1, 26), step(1992, 7, 27), step(1993, 7, 28), step(1994, 7, 29),
            step(1996, 1, 30), step(1997, 7, 31), step(1999, 1, 32), step(2006, 1, 33), step(2009, 1, 34),
            step(2012, 7, 35), step(2015, 7, 36), step(2017, 1, 37));

    /** The first UTC MJD the table covers: 1972-01-01 (before it UTC had fractional steps and drifts). */
    public static final double FIRST_MJD = STEPS.get(0).mjd();

    private static final double[] STEP_MJD = STEPS.stream().mapToDouble(Step::mjd).toArray();

    private LeapSeconds() {
    }

    private static Step step(int year, int month, int seconds) {
        return new Step(LocalDate.of(year, month, 1), seconds);
    }

    /**
     * TAI − UTC in seconds at a UTC MJD; on a leap-second day it grows through the day (see the class note).
     *
     * @throws InvalidInputException before 1972-01-01
     */
    public static double taiMinusUtcSeconds(double mjdUtc) {
        if (Double.isNaN(mjdUtc)) {
            return Double.NaN;
        }
        checkCovered(mjdUtc);
        double day = Math.floor(mjdUtc);
        int atStart = atDayStart(day);
        int jump = atDayStart(day + 1) - atStart;
        return atStart + (mjdUtc - day) * jump;
    }

    /** TAI − UTC at 0h UTC of an integral MJD. */
    private static int atDayStart(double dayMjd) {
        int value = 0;
        for (int i = 0; i < STEP_MJD.length && STEP_MJD[i] <= dayMjd; i++) {
            value = STEPS.get(i).taiMinusUtcSeconds();
        }
        return value;
    }

    static void checkCovered(double mjdUtc) {
        if (mjdUtc < FIRST_MJD) {
            throw InvalidInputException.of("UTC MJD", "at least " + (long) FIRST_MJD
                    + " (1972-01-01, where the leap-second table starts)", mjdUtc,
                    "times before 1972 are not supported; check that the value is an MJD, not a JD offset");
        }
    }
}
