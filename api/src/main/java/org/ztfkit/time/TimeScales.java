package org.ztfkit.time;

/**
 * Conversions between the time scales of the surveys, on MJDs (days). UTC ↔ TAI by {@link LeapSeconds}; TT = TAI
 * + 32.184 s; TDB from TCB by the IAU 2006 resolution B3 definition; TT from TDB with the six largest periodic
 * terms of TDB − TT (Fairhead &amp; Bretagnon 1990 as truncated in USNO Circular 179, eq. 2.6; neglected terms
 * total under 10 μs, the topocentric terms under 2 μs).
 *
 * <pre>{@code
 * TimeScales.mjdTaiFromUtc(58000.0);       // 58000.000428240…  (+37 s)
 * TimeScales.mjdUtcFromTai(58000.000428);  // back to UTC
 * TimeScales.mjdUtcFromTcb(56897.122465);  // a Gaia epoch, ≈ 85.6 s earlier
 * }</pre>
 * Precision: a {@code double} MJD near 60000 resolves 0.6 μs, well below every term here.
 */
public final class TimeScales {
    /** TT − TAI, seconds (exact by definition). */
    public static final double TT_MINUS_TAI_SECONDS = 32.184;
    /** L_B of IAU 2006 B3: the rate of TCB relative to TDB. */
    public static final double L_B = 1.550519768e-8;
    /** T0 of IAU 2006 B3: JD 2443144.5003725 (1977-01-01T00:00:32.184 TAI), as an MJD. */
    public static final double T0_MJD = 43144.0003725;
    /** TDB0 of IAU 2006 B3, seconds. */
    public static final double TDB0_SECONDS = -6.55e-5;

    static final double SECONDS_PER_DAY = 86400.0;

    private TimeScales() {
    }

    /** UTC → TAI. */
    public static double mjdTaiFromUtc(double mjdUtc) {
        return mjdUtc + LeapSeconds.taiMinusUtcSeconds(mjdUtc) / SECONDS_PER_DAY;
    }

    /**
     * TAI → UTC, the exact inverse of {@link #mjdTaiFromUtc} (a fixed-point iteration: TAI − UTC changes by at most
     * 1 s per day, so each step gains five digits).
     */
    public static double mjdUtcFromTai(double mjdTai) {
        if (Double.isNaN(mjdTai)) {
            return Double.NaN;
        }
        LeapSeconds.checkCovered(mjdTai - 10.0 / SECONDS_PER_DAY);
        double utc = mjdTai;
        for (int i = 0; i < 4; i++) {
            utc = mjdTai - LeapSeconds.taiMinusUtcSeconds(Math.max(utc, LeapSeconds.FIRST_MJD)) / SECONDS_PER_DAY;
        }
        return utc;
    }

    /** TAI → TT. */
    public static double mjdTtFromTai(double mjdTai) {
        return mjdTai + TT_MINUS_TAI_SECONDS / SECONDS_PER_DAY;
    }

    /** TT → TAI. */
    public static double mjdTaiFromTt(double mjdTt) {
        return mjdTt - TT_MINUS_TAI_SECONDS / SECONDS_PER_DAY;
    }

    /** UTC → TT. */
    public static double mjdTtFromUtc(double mjdUtc) {
        return mjdTtFromTai(mjdTaiFromUtc(mjdUtc));
    }

    /** TT → UTC. */
    public static double mjdUtcFromTt(double mjdTt) {
        return mjdUtcFromTai(mjdTaiFromTt(mjdTt));
    }

    /** TCB → TDB (IAU 2006 B3): {@code TDB = TCB − L_B·(JD_TCB − T0)·86400 s + TDB0}. */
    public static double mjdTdbFromTcb(double mjdTcb) {
        return mjdTcb - L_B * (mjdTcb - T0_MJD) + TDB0_SECONDS / SECONDS_PER_DAY;
    }

    /** TDB → TT, subtracting {@link #tdbMinusTtSeconds}. */
    public static double mjdTtFromTdb(double mjdTdb) {
        return mjdTdb - tdbMinusTtSeconds(mjdTdb) / SECONDS_PER_DAY;
    }

    /** TT → TDB. */
    public static double mjdTdbFromTt(double mjdTt) {
        return mjdTt + tdbMinusTtSeconds(mjdTt) / SECONDS_PER_DAY;
    }

    /** TCB → UTC (through TDB, TT and TAI). */
    public static double mjdUtcFromTcb(double mjdTcb) {
        return mjdUtcFromTt(mjdTtFromTdb(mjdTdbFromTcb(mjdTcb)));
    }

    /**
     * TDB − TT at the geocentre, seconds: the annual term (1.657 ms, from the Earth's eccentric orbit) and the five
     * next terms of USNO Circular 179 eq. 2.6. The argument may be TT or TDB (they differ by 2 ms, which changes
     * the result by 10⁻¹³ s).
     */
    public static double tdbMinusTtSeconds(double mjd) {
        double t = (mjd - Mjd.J2000_MJD) / 36525.0;
        return 0.001657 * Math.sin(628.3076 * t + 6.2401)
                + 0.000022 * Math.sin(575.3385 * t + 4.2970)
                + 0.000014 * Math.sin(1256.6152 * t + 6.1969)
                + 0.000005 * Math.sin(606.9777 * t + 4.0212)
                + 0.000005 * Math.sin(52.9691 * t + 0.4444)
                + 0.000002 * Math.sin(21.3299 * t + 5.5431)
                + 0.000010 * t * Math.sin(628.3076 * t + 4.2490);
    }
}
