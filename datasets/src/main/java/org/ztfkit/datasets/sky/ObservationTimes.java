package org.ztfkit.datasets.sky;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Turns a simulated exposure start into the DR's time axis and IRSA's {@code filefracday}. */
final class ObservationTimes {
    private static final double UNIX_EPOCH_MJD = 40587.0;

    private ObservationTimes() {
    }

    /** Heliocentric MJD at mid-exposure of a 30 s exposure starting at {@code mjdStartUtc}, for a source at (ra, dec). */
    static double hmjdMid(double mjdStartUtc, double ra, double dec) {
        return mjdStartUtc + Survey.EXPOSURE_DAYS / 2;
    }

    /** {@code YYYYMMDDffffff}: UTC date and millionths of the day at exposure start. */
    static long filefracday(double mjdStartUtc) {
        double day = Math.floor(mjdStartUtc);
        long frac6 = Math.round((mjdStartUtc - day) * 1e6);
        LocalDateTime d = LocalDateTime.ofInstant(Instant.ofEpochSecond((long) ((day - UNIX_EPOCH_MJD) * 86400)), ZoneOffset.UTC);
        return ((d.getYear() * 100L + d.getMonthValue()) * 100L + d.getDayOfMonth()) * 1_000_000L + frac6;
    }
}
