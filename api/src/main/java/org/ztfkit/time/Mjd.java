package org.ztfkit.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.ztfkit.errors.InvalidInputException;

/**
 * Modified Julian dates: JD ↔ MJD, UTC calendar date-times and ZTF's {@code filefracday}.
 *
 * <pre>{@code
 * Mjd.fromJd(2458556.932616);                          // 58556.432616
 * Mjd.toDateTimeUtc(58556.432616);                     // 2019-03-14T10:22:58.022…
 * Mjd.ofDateTimeUtc(LocalDateTime.of(2018, 3, 17, 0, 0));   // 58194.0
 * Mjd.filefracday(58556.432616);                       // 20190314432616
 * }</pre>
 * The calendar helpers count 86 400 s in every day, as {@code java.time} does: within the last hours of the three
 * leap-second days since 2010 (2012-06-30, 2015-06-30, 2016-12-31) they differ from astropy's ISO strings by up to
 * 1 s. The time-scale conversions ({@link TimeScales}) handle those days exactly.
 */
public final class Mjd {
    /** MJD = JD − 2400000.5. */
    public static final double JD_OFFSET = 2400000.5;
    /** MJD of 1970-01-01 (the epoch day 0 of {@code java.time}). */
    public static final long UNIX_EPOCH_MJD = 40587L;
    /** MJD of J2000.0 (JD 2451545.0, 2000-01-01T12:00 TT). */
    public static final double J2000_MJD = 51544.5;

    private static final double NANOS_PER_DAY = 86_400e9;

    private Mjd() {
    }

    /** JD → MJD (a double JD resolves 40 μs; an MJD 0.6 μs). */
    public static double fromJd(double jd) {
        return jd - JD_OFFSET;
    }

    /** MJD → JD. */
    public static double toJd(double mjd) {
        return mjd + JD_OFFSET;
    }

    /** The UTC calendar date-time of a UTC MJD, to the nanosecond. */
    public static LocalDateTime toDateTimeUtc(double mjdUtc) {
        checkFinite(mjdUtc);
        double day = Math.floor(mjdUtc);
        long nanos = Math.round((mjdUtc - day) * NANOS_PER_DAY);
        return LocalDate.ofEpochDay((long) day - UNIX_EPOCH_MJD).atStartOfDay().plusNanos(nanos);
    }

    /** The UTC calendar date of a UTC MJD (the date the Viewer shows, {@code YYYY-MM-DD}). */
    public static LocalDate toDateUtc(double mjdUtc) {
        checkFinite(mjdUtc);
        return LocalDate.ofEpochDay((long) Math.floor(mjdUtc) - UNIX_EPOCH_MJD);
    }

    /** The UTC MJD of a UTC calendar date-time. */
    public static double ofDateTimeUtc(LocalDateTime utc) {
        double day = utc.toLocalDate().toEpochDay() + UNIX_EPOCH_MJD;
        return day + utc.toLocalTime().toNanoOfDay() / NANOS_PER_DAY;
    }

    /** The UTC MJD of an instant. */
    public static double ofInstant(Instant instant) {
        return ofDateTimeUtc(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    /** The instant of a UTC MJD. */
    public static Instant toInstant(double mjdUtc) {
        return toDateTimeUtc(mjdUtc).toInstant(ZoneOffset.UTC);
    }

    /**
     * ZTF's {@code filefracday} of a UTC MJD: {@code YYYYMMDDffffff}, the UTC date and the fraction of that day in
     * units of 10⁻⁶ day, rounded to nearest (IRSA's file names round; the ZTF DR's {@code mjd} of exposure start
     * and its {@code filefracday} agree to ±0.5 unit). Pass the exposure start, e.g. from
     * {@link SurveyTimes#ztfExposureStartMjdUtcFromHmjd}.
     */
    public static long filefracday(double mjdUtc) {
        checkFinite(mjdUtc);
        double day = Math.floor(mjdUtc);
        long frac6 = Math.round((mjdUtc - day) * 1e6);
        if (frac6 == 1_000_000L) {
            day += 1;
            frac6 = 0;
        }
        LocalDate date = LocalDate.ofEpochDay((long) day - UNIX_EPOCH_MJD);
        long yyyymmdd = date.getYear() * 10_000L + date.getMonthValue() * 100L + date.getDayOfMonth();
        return yyyymmdd * 1_000_000L + frac6;
    }

    /**
     * The UTC MJD of a {@code filefracday} ({@code YYYYMMDDffffff}).
     *
     * @throws InvalidInputException if it is not 14 digits with a valid date
     */
    public static double fromFilefracday(long filefracday) {
        long yyyymmdd = filefracday / 1_000_000L;
        long frac6 = filefracday % 1_000_000L;
        LocalDate date;
        try {
            date = LocalDate.of((int) (yyyymmdd / 10_000), (int) (yyyymmdd / 100 % 100), (int) (yyyymmdd % 100));
        } catch (java.time.DateTimeException e) {
            throw InvalidInputException.of("filefracday", "14 digits YYYYMMDDffffff with a valid UTC date",
                    filefracday, "e.g. 20190314432616");
        }
        if (filefracday < 0 || date.getYear() < 1000) {
            throw InvalidInputException.of("filefracday", "14 digits YYYYMMDDffffff", filefracday,
                    "e.g. 20190314432616");
        }
        return date.toEpochDay() + UNIX_EPOCH_MJD + frac6 / 1e6;
    }

    private static void checkFinite(double mjd) {
        if (!Double.isFinite(mjd)) {
            throw InvalidInputException.of("MJD", "a finite number", mjd, "drop rows with missing times first");
        }
    }
}
