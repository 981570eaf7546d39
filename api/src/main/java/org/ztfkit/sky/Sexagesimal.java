package org.ztfkit.sky;

import java.util.Locale;

/** Formatting of angles as {@code hh:mm:ss.sss} and {@code ±dd:mm:ss.ss}. */
public final class Sexagesimal {
    private Sexagesimal() {
    }

    /** RA in degrees as hours, {@code hh:mm:ss.sss}. */
    public static String formatRa(double raDeg) {
        long totalMillis = Math.round(raDeg / 15.0 * 3600.0 * 1000.0);
        totalMillis = Math.floorMod(totalMillis, 24L * 3600 * 1000);
        long h = totalMillis / 3_600_000;
        long m = (totalMillis / 60_000) % 60;
        double s = (totalMillis % 60_000) / 1000.0;
        return String.format(Locale.ROOT, "%02d:%02d:%06.3f", h, m, s);
    }

    /** Dec in degrees, {@code ±dd:mm:ss.ss}. */
    public static String formatDec(double decDeg) {
        long totalCentis = Math.round(Math.abs(decDeg) * 3600.0 * 100.0);
        long d = totalCentis / 360_000;
        long m = (totalCentis / 6_000) % 60;
        double s = (totalCentis % 6_000) / 100.0;
        return String.format(Locale.ROOT, "%s%02d:%02d:%05.2f", decDeg < 0 ? "-" : "+", d, m, s);
    }
}
