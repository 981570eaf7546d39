package org.ztfkit.images;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.ztfkit.errors.InvalidInputException;

/**
 * IRSA's {@code filefracday} of a ZTF exposure, {@code YYYYMMDDffffff}: the UTC calendar date of the exposure
 * <b>start</b> and the fraction of that day in units of 10⁻⁶ day (≈ 0.0864 s). It names the archive directory
 * and file of every product of the exposure (external-services.md §3.1).
 *
 * <pre>{@code
 * FileFracDay f = FileFracDay.parse("20190314432616");
 * f.date();          // 2019-03-14
 * f.frac6();         // 432616
 * f.observerMjd();   // 58556.432616 (UTC, exposure start)
 * FileFracDay.fromObserverMjd(58556.432616);   // the same
 * }</pre>
 *
 * @param date  UTC date of the exposure start
 * @param frac6 fraction of that day at the exposure start, 10⁻⁶ day, 0–999999
 */
public record FileFracDay(LocalDate date, int frac6) implements Comparable<FileFracDay> {
    /** MJD of 1970-01-01. */
    static final long MJD_OF_EPOCH_DAY_0 = 40587;
    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    public FileFracDay {
        if (frac6 < 0 || frac6 > 999_999) {
            throw InvalidInputException.of("frac6", "in [0, 999999] (units of 1e-6 day)", frac6, "");
        }
    }

    /**
     * Parses {@code YYYYMMDDffffff}, e.g. {@code 20190314432616}.
     *
     * @throws InvalidInputException if the text is not 14 digits forming a real date
     */
    public static FileFracDay parse(String text) {
        String t = text == null ? "" : text.strip();
        if (!t.matches("\\d{14}")) {
            throw InvalidInputException.of("filefracday", "14 digits YYYYMMDDffffff, e.g. 20190314432616", text, "");
        }
        try {
            return new FileFracDay(LocalDate.parse(t.substring(0, 8), YYYYMMDD), Integer.parseInt(t.substring(8)));
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("filefracday", "a real date YYYYMMDD followed by ffffff", text, "");
        }
    }

    /**
     * The filefracday of an observer MJD (UTC, at Palomar, exposure start), rounded to the nearest 10⁻⁶ day as the
     * Viewer rounds it.
     */
    public static FileFracDay fromObserverMjd(double mjdUtc) {
        if (!(mjdUtc >= 58000 - 1000 && mjdUtc < 100000)) {
            throw InvalidInputException.of("observer MJD", "a ZTF-era MJD (≥ 57000, UTC)", mjdUtc,
                    "alert JD converts with jd − 2400000.5; DR HMJD needs the light-travel correction first");
        }
        long day = (long) Math.floor(mjdUtc);
        long frac6 = Math.round((mjdUtc - day) * 1e6);
        if (frac6 == 1_000_000) {
            day++;
            frac6 = 0;
        }
        return new FileFracDay(LocalDate.ofEpochDay(day - MJD_OF_EPOCH_DAY_0), (int) frac6);
    }

    /** The exposure start as an observer MJD, UTC. */
    public double observerMjd() {
        return date.toEpochDay() + MJD_OF_EPOCH_DAY_0 + frac6 / 1e6;
    }

    /** {@code YYYYMMDDffffff} as a number, e.g. 20190314432616 (the {@code filefracday} column of IRSA tables). */
    public long value() {
        return Long.parseLong(toString());
    }

    @Override
    public int compareTo(FileFracDay other) {
        int c = date.compareTo(other.date);
        return c != 0 ? c : Integer.compare(frac6, other.frac6);
    }

    /** {@code YYYYMMDDffffff}. */
    @Override
    public String toString() {
        return date.format(YYYYMMDD) + String.format(Locale.ROOT, "%06d", frac6);
    }
}
