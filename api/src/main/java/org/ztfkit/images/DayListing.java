package org.ztfkit.images;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.function.Function;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.sky.SkyPosition;
import org.ztfkit.time.Mjd;
import org.ztfkit.time.SurveyTimes;

/**
 * The exposures of one UTC day in IRSA's science-image archive: the six-digit sub-directories of
 * {@code …/products/sci/YYYY/MMDD/}, one per exposure start. A DR light-curve point has no {@code filefracday};
 * its exposure is found by snapping the observer time down to this listing (external-services.md §3.2; stored
 * offline as {@code ztf_day_listing}).
 *
 * <pre>{@code
 * String page = DayListing.url(LocalDate.of(2019, 3, 14));                // fetch it with org.ztfkit.net.Http
 * DayListing day = DayListing.parse(LocalDate.of(2019, 3, 14), html);   // the directory page IRSA serves
 * day.exposureAtOrBefore(58556.4327896);   // Optional[20190314432616]: the exposure that was running then
 * }</pre>
 */
public final class DayListing {
    private static final Pattern ENTRY = Pattern.compile("href=\"(\\d{6})/\"");

    private final LocalDate day;
    private final TreeSet<Integer> frac6s;

    private DayListing(LocalDate day, TreeSet<Integer> frac6s) {
        this.day = day;
        this.frac6s = frac6s;
    }

    /** A listing from its entries (fractions of the day in 10⁻⁶ day, any order). */
    public static DayListing of(LocalDate day, Collection<Integer> frac6s) {
        TreeSet<Integer> sorted = new TreeSet<>();
        for (int f : frac6s) {
            if (f < 0 || f > 999_999) {
                throw InvalidInputException.of("listing entry", "in [0, 999999] (units of 1e-6 day)", f, "");
            }
            sorted.add(f);
        }
        return new DayListing(day, sorted);
    }

    /** The listing in the HTML index page IRSA (or the SNAD proxy) serves for the day's directory. */
    public static DayListing parse(LocalDate day, String html) {
        TreeSet<Integer> frac6s = new TreeSet<>();
        Matcher m = ENTRY.matcher(html);
        while (m.find()) {
            frac6s.add(Integer.parseInt(m.group(1)));
        }
        return new DayListing(day, frac6s);
    }

    /** The day's directory page at IRSA, which {@link #parse} reads. */
    public static String url(LocalDate day) {
        return ZtfProducts.IRSA + path(day);
    }

    /** The day's directory below {@code products/}: {@code sci/YYYY/MMDD/}. */
    public static String path(LocalDate day) {
        return String.format(Locale.ROOT, "sci/%04d/%02d%02d/", day.getYear(), day.getMonthValue(), day.getDayOfMonth());
    }

    public LocalDate day() {
        return day;
    }

    /** The exposure starts of the day, in order. */
    public List<FileFracDay> exposures() {
        return frac6s.stream().map(f -> new FileFracDay(day, f)).toList();
    }

    /**
     * The exposure running at an observer time: the latest listed exposure that started at or before it. Give the
     * mid-exposure time of a DR point (HMJD minus the heliocentric light-travel time) or an alert's {@code jd −
     * 2400000.5}; both fall after their exposure's listed start. An exact match is taken (the Viewer takes the
     * entry before; with mid-exposure times the two agree).
     *
     * @param observerMjdUtc observer MJD, UTC, on this listing's day
     * @return empty when no exposure of this day started at or before the time (it began on the previous UTC day)
     * @throws InvalidInputException if the time is on another day
     */
    public Optional<FileFracDay> exposureAtOrBefore(double observerMjdUtc) {
        long mjdDay = (long) Math.floor(observerMjdUtc);
        if (mjdDay != day.toEpochDay() + FileFracDay.MJD_OF_EPOCH_DAY_0) {
            throw InvalidInputException.of("observer MJD", "on " + day + " (MJD " + (day.toEpochDay()
                    + FileFracDay.MJD_OF_EPOCH_DAY_0) + ".x)", observerMjdUtc, "fetch the listing of that day");
        }
        int frac6 = (int) Math.min(999_999, Math.round((observerMjdUtc - mjdDay) * 1e6));
        Integer start = frac6s.floor(frac6);
        return start == null ? Optional.empty() : Optional.of(new FileFracDay(day, start));
    }

    /**
     * The exposure of a DR light-curve point, as the Viewer finds it (external-services.md §3.2): the observer's
     * mid-exposure time (HMJD minus the heliocentric light-travel time at Palomar), snapped down to the day's
     * listing; a point whose exposure began before midnight UTC is found in the previous day's listing.
     *
     * @param hmjd      the point's time (heliocentric MJD, mid-exposure)
     * @param source    the object's position
     * @param listingOf the listing of a UTC day (fetched, or read from a store)
     * @return empty when neither day lists an exposure before the point
     */
    public static Optional<FileFracDay> exposureOfDrPoint(double hmjd, SkyPosition source,
                                                          Function<LocalDate, DayListing> listingOf) {
        double mid = SurveyTimes.ztfMidExposureMjdUtcFromHmjd(hmjd, source);
        LocalDate day = Mjd.toDateUtc(mid);
        Optional<FileFracDay> same = listingOf.apply(day).exposureAtOrBefore(mid);
        if (same.isPresent()) {
            return same;
        }
        List<FileFracDay> before = listingOf.apply(day.minusDays(1)).exposures();
        return before.isEmpty() ? Optional.empty() : Optional.of(before.get(before.size() - 1));
    }

    @Override
    public String toString() {
        return "DayListing[" + day + ", " + frac6s.size() + " exposures]";
    }
}
