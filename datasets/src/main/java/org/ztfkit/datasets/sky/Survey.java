package org.ztfkit.datasets.sky;

import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import org.ztfkit.model.Band;
import org.ztfkit.model.Oid;
import org.ztfkit.sky.SkyPosition;
import org.ztfkit.time.LightTravelTime;
import org.ztfkit.time.Observatory;
import org.ztfkit.time.Vector3;

/**
 * The simulated ZTF survey: when each field was exposed in each band, how deep each exposure went, and how a
 * source's magnitude becomes a DR detection (or none). The parameters reproduce the real ZTF DR5 field file in
 * {@code shared/realdata} within the tolerances of {@code SurveyRealismTest}; where the real survey had more
 * structure than matters here (scheduler, moon, seeing), the model says so.
 *
 * <ul>
 *   <li>Survey start HMJD 58194 (2018-03-17). Nights are clear with probability 0.75 (Palomar weather).</li>
 *   <li>A field is observable while its hour angle at local midnight is within a season half-width of 90° (dec
 *       −26°) to 135° (dec ≥ +24°), and never below dec −31°: seasons of six to nine months.</li>
 *   <li>On an observable clear night each of g and r is taken with probability 0.27 (dec −26°) to 0.55 (north),
 *       +0.1 after Phase II starts (HMJD 59184): medians of 4 and about 2–3 nights between visits; i only during the
 *       private survey (until HMJD 59280) with probability 0.08. Some nights get extra exposures of the same band
 *       30–60 minutes apart (the high-cadence private survey). The scheduler also leaves each field unobserved for
 *       30–50 days about once every 300 days (campaigns elsewhere, engineering), as the real field shows.</li>
 *   <li>Each exposure starts at a time near the field's meridian passage, lasts 30 s (a detection's HMJD is its
 *       mid-exposure time corrected to the Sun for the source's direction, as in the DR), and has a depth
 *       {@code lim} (magnitude where the photometric error is 0.2 mag): 20.45 (g), 20.35 (r), 19.95 (i) at the
 *       zenith, minus 0.6 mag per unit of airmass above 1, with 0.35 mag of night-to-night scatter.
 *       6% of exposures are bad images (catflags 32768 on all their rows).</li>
 *   <li>Error model: a 0.0155 mag floor in quadrature with {@code 0.2·10^(0.36 (m − lim))} softly capped near
 *       0.23 mag, calibrated on the real file's median magerr per magnitude bin; a source is detected when its
 *       measured magnitude is at most {@code lim + 0.7} (S/N about 3).</li>
 * </ul>
 */
public final class Survey {
    public static final double START_HMJD = 58194.0;
    static final double PHASE_II_START = 59184.0;
    static final double PRIVATE_SURVEY_END = 59280.0;
    static final double EXPOSURE_DAYS = org.ztfkit.time.SurveyTimes.ZTF_EXPOSURE_SECONDS / 86400.0;
    static final double ERROR_FLOOR = 0.0155;
    static final double ERROR_CAP = 0.23;
    /** Sources are detected down to this much fainter than the depth (S/N of about 3). */
    static final double DETECTION_MARGIN = 0.7;
    static final double BAD_IMAGE_RATE = 0.06;
    /** 1 − this is the rate of detections flagged individually (besides bad images). */
    static final double BAD_DETECTION_RATE = 0.02;
    private static final double PALOMAR_LAT = 33.356;
    /** UTC fraction of the day at Palomar local midnight (longitude −116.86°). */
    private static final double LOCAL_MIDNIGHT = 0.325;
    private static final double MARCH_EQUINOX_2018 = 58197.68;
    private static final long CONTINUATION_SEED = 0x2C1B3C6D5E7F8091L;

    /**
     * The exposures of one field in one band, sorted by time.
     *
     * @param mjdStart  exposure start, observer UTC MJD
     * @param depth     magnitude at which σ = 0.2 mag
     * @param badImage  whether the whole exposure is flagged
     * @param clrcoeff  colour coefficient of its photometric calibration
     * @param observer  Palomar's heliocentric position at mid-exposure (au), for the heliocentric correction
     */
    public record Exposures(double[] mjdStart, double[] depth, boolean[] badImage, double[] clrcoeff, Vector3[] observer) {
        public int size() {
            return mjdStart.length;
        }
    }

    private final long seed;
    private final double endMjd;
    private final Map<String, Exposures> cache = new ConcurrentHashMap<>();
    private final Map<String, Exposures> continued = new ConcurrentHashMap<>();

    public Survey(long seed, double endMjd) {
        this.seed = seed;
        this.endMjd = endMjd;
    }

    public double endMjd() {
        return endMjd;
    }

    /** The exposures of a field (by id and centre) in a ZTF band; the same for every call. */
    public Exposures exposures(int fieldId, double fieldRa, double fieldDec, Band band) {
        return cache.computeIfAbsent(fieldId + "/" + band.id(), k -> schedule(fieldId, fieldRa, fieldDec, band));
    }

    /**
     * The exposures of a field in a ZTF band up to {@code untilMjd}, which may lie after {@link #endMjd()}: the
     * exposures of {@link #exposures} followed by the survey's continuation, scheduled by the same rules from a
     * random stream of its own (so the exposures before {@code endMjd} are exactly those of {@link #exposures}). The
     * alert stream uses it: alerts continue after a data release's cut-off.
     */
    public Exposures exposuresUntil(int fieldId, double fieldRa, double fieldDec, Band band, double untilMjd) {
        Exposures release = exposures(fieldId, fieldRa, fieldDec, band);
        if (untilMjd <= endMjd) {
            return release;
        }
        return continued.computeIfAbsent(fieldId + "/" + band.id() + "/" + untilMjd, k -> concat(release,
                schedule(fieldId, fieldRa, fieldDec, band,
                        new SplittableRandom(fieldRng(fieldId, band).nextLong() ^ CONTINUATION_SEED), endMjd, untilMjd)));
    }

    private SplittableRandom fieldRng(int fieldId, Band band) {
        return new SplittableRandom(seed ^ (fieldId * 0x9E3779B97F4A7C15L) ^ band.ordinal() * 0xBF58476D1CE4E5B9L);
    }

    private boolean clear(int night) {
        return new SplittableRandom(seed * 31 + night).nextDouble() < 0.75;
    }

    private Exposures schedule(int fieldId, double fieldRa, double fieldDec, Band band) {
        return schedule(fieldId, fieldRa, fieldDec, band, fieldRng(fieldId, band), START_HMJD, endMjd);
    }

    /** The exposures starting in [fromMjd, toMjd). */
    private Exposures schedule(int fieldId, double fieldRa, double fieldDec, Band band, SplittableRandom rng,
                               double fromMjd, double toMjd) {
        double north = clamp((fieldDec + 26.0) / 50.0, 0, 1);
        double seasonHalfWidth = 90.0 + 45.0 * north;
        double extraNightRate = 0.10 + 0.08 * north;
        int capacity = 1024;
        double[] t = new double[capacity];
        double[] depth = new double[capacity];
        boolean[] bad = new boolean[capacity];
        double[] clr = new double[capacity];
        int n = 0;
        double clrMean = switch (band) {
            case ZTF_G -> 0.09;
            case ZTF_R -> -0.03;
            default -> 0.02;
        };
        double zenithDepth = switch (band) {
            case ZTF_G -> 20.45;
            case ZTF_R -> 20.35;
            default -> 19.95;
        };
        if (fieldDec < -31.0) {
            return new Exposures(new double[0], new double[0], new boolean[0], new double[0], new Vector3[0]);
        }
        java.util.List<double[]> holes = new java.util.ArrayList<>();
        for (double h = fromMjd + rng.nextDouble() * 300; h < toMjd; h += 100 + 400 * rng.nextDouble()) {
            holes.add(new double[] {h, h + 30 + 20 * rng.nextDouble()});
        }
        for (int night = (int) fromMjd; night < toMjd; night++) {
            double nightRng = rng.nextDouble();
            double timeJitter = rng.nextGaussian();
            double depthJitter = rng.nextGaussian();
            double extraRng = rng.nextDouble();
            int extras = 1 + rng.nextInt(3);
            if (!clear(night) || inHole(holes, night)) {
                continue;
            }
            double antiSunRa = (180.0 + 360.0 * (night - MARCH_EQUINOX_2018) / 365.2422) % 360.0;
            double hourAngleAtMidnight = wrap180(antiSunRa - fieldRa);
            if (Math.abs(hourAngleAtMidnight) > seasonHalfWidth) {
                continue;
            }
            double probability;
            if (band == Band.ZTF_I) {
                probability = night < PRIVATE_SURVEY_END ? 0.08 * (0.5 + 0.5 * north) : 0.0;
            } else {
                probability = 0.27 + 0.28 * north + (night >= PHASE_II_START ? 0.10 : 0.0);
            }
            if (nightRng >= probability) {
                continue;
            }
            double hoursFromMidnight = clamp(-hourAngleAtMidnight / 15.0, -4.6, 4.6) + 0.8 * timeJitter;
            hoursFromMidnight = clamp(hoursFromMidnight, -5.0, 5.0);
            double start = night + LOCAL_MIDNIGHT + hoursFromMidnight / 24.0;
            int count = night < PRIVATE_SURVEY_END && extraRng < extraNightRate ? 1 + (north > 0.5 ? extras : 1) : 1;
            for (int k = 0; k < count && start < toMjd; k++) {
                if (n == capacity) {
                    capacity *= 2;
                    t = Arrays.copyOf(t, capacity);
                    depth = Arrays.copyOf(depth, capacity);
                    bad = Arrays.copyOf(bad, capacity);
                    clr = Arrays.copyOf(clr, capacity);
                }
                double hourAngle = hourAngleAtMidnight + (start - night - LOCAL_MIDNIGHT) * 360.0;
                double airmass = airmass(fieldDec, hourAngle);
                t[n] = start;
                depth[n] = zenithDepth - 0.6 * (airmass - 1.0) + 0.35 * (k == 0 ? depthJitter : rng.nextGaussian());
                bad[n] = rng.nextDouble() < BAD_IMAGE_RATE;
                clr[n] = clrMean + 0.02 * rng.nextGaussian();
                if (start >= fromMjd) {
                    n++;
                }
                start += (30 + 30 * rng.nextDouble()) / 1440.0;
            }
        }
        Vector3[] observer = new Vector3[n];
        for (int i = 0; i < n; i++) {
            observer[i] = LightTravelTime.observerHeliocentricAu(t[i] + EXPOSURE_DAYS / 2, Observatory.PALOMAR);
        }
        return new Exposures(Arrays.copyOf(t, n), Arrays.copyOf(depth, n), Arrays.copyOf(bad, n), Arrays.copyOf(clr, n),
                observer);
    }

    private static Exposures concat(Exposures a, Exposures b) {
        int n = a.size() + b.size();
        double[] t = Arrays.copyOf(a.mjdStart(), n);
        double[] depth = Arrays.copyOf(a.depth(), n);
        boolean[] bad = Arrays.copyOf(a.badImage(), n);
        double[] clr = Arrays.copyOf(a.clrcoeff(), n);
        Vector3[] observer = Arrays.copyOf(a.observer(), n);
        System.arraycopy(b.mjdStart(), 0, t, a.size(), b.size());
        System.arraycopy(b.depth(), 0, depth, a.size(), b.size());
        System.arraycopy(b.badImage(), 0, bad, a.size(), b.size());
        System.arraycopy(b.clrcoeff(), 0, clr, a.size(), b.size());
        System.arraycopy(b.observer(), 0, observer, a.size(), b.size());
        return new Exposures(t, depth, bad, clr, observer);
    }

    /**
     * What a source of true brightness {@code model} leaves in the DR through these exposures: one row per exposure in
     * which its measured magnitude reaches the exposure's depth, with the error of that measurement, the exposure's
     * colour coefficient and quality flags; or null when it is never detected. Values are stored at the DR's
     * precision: HMJD to 5 decimals (about 1 s, seed 001 §3.5), magnitudes to 1 mmag.
     */
    static SkyGenerator.SimObject observe(Exposures ex, Oid oid, double ra, double dec, SourceModel model, Band band,
                                          SplittableRandom rng) {
        int n = ex.size();
        double[] hmjd = new double[n];
        float[] mag = new float[n];
        float[] err = new float[n];
        float[] clr = new float[n];
        int[] flags = new int[n];
        int k = 0;
        SkyPosition position = SkyPosition.of(ra, dec);
        for (int e = 0; e < n; e++) {
            double t = ex.mjdStart()[e] + EXPOSURE_DAYS / 2
                    + LightTravelTime.heliocentricSeconds(ex.observer()[e], position) / 86400.0;
            double trueMag = model.magnitude(t, band);
            double noise = rng.nextGaussian();
            double flagDraw = rng.nextDouble();
            double flagKind = rng.nextDouble();
            if (!Double.isFinite(trueMag)) {
                continue;
            }
            double measured = trueMag + magErr(trueMag, ex.depth()[e]) * noise;
            if (measured > ex.depth()[e] + DETECTION_MARGIN) {
                continue;
            }
            int flag = 0;
            if (ex.badImage()[e]) {
                flag = 32768;
                measured += 0.15 * rng.nextGaussian();
            } else if (flagDraw < BAD_DETECTION_RATE) {
                flag = new int[] {1, 2, 4, 16, 256, 32768}[(int) (flagKind * 6)];
            }
            hmjd[k] = Math.rint(t * 1e5) / 1e5;
            mag[k] = (float) (Math.rint(measured * 1e3) / 1e3);
            err[k] = (float) (Math.rint(magErr(measured, ex.depth()[e]) * 1e3) / 1e3);
            clr[k] = (float) (Math.rint(ex.clrcoeff()[e] * 1e4) / 1e4);
            flags[k] = flag;
            k++;
        }
        if (k == 0) {
            return null;
        }
        return new SkyGenerator.SimObject(oid, ra, dec, org.ztfkit.sky.SkyIndex.hpx29(ra, dec), Arrays.copyOf(hmjd, k),
                Arrays.copyOf(mag, k), Arrays.copyOf(err, k), Arrays.copyOf(clr, k), Arrays.copyOf(flags, k));
    }

    private static boolean inHole(java.util.List<double[]> holes, int night) {
        for (double[] h : holes) {
            if (night >= h[0] && night < h[1]) {
                return true;
            }
        }
        return false;
    }

    /** Every schedule made so far (one per field and band observed). */
    java.util.Collection<Exposures> scheduled() {
        return cache.values();
    }

    /**
     * Photometric error of a measurement of magnitude {@code mag} on an exposure of depth {@code depth}: a 0.0155
     * mag floor, a photon term reaching 0.2 mag at the depth, and a soft cap near 0.23 mag that real DR errors show
     * at the faint end.
     */
    public static double magErr(double mag, double depth) {
        double phot = 0.2 * Math.pow(10.0, 0.36 * (mag - depth));
        double capped = phot / Math.pow(1 + Math.pow(phot / ERROR_CAP, 4), 0.25);
        return Math.sqrt(ERROR_FLOOR * ERROR_FLOOR + capped * capped);
    }

    static double airmass(double decDeg, double hourAngleDeg) {
        double lat = Math.toRadians(PALOMAR_LAT);
        double dec = Math.toRadians(decDeg);
        double sinAlt = Math.sin(lat) * Math.sin(dec) + Math.cos(lat) * Math.cos(dec) * Math.cos(Math.toRadians(hourAngleDeg));
        return Math.min(3.0, 1.0 / Math.max(sinAlt, 1.0 / 3.0));
    }

    private static double wrap180(double deg) {
        double d = ((deg + 180.0) % 360.0 + 360.0) % 360.0 - 180.0;
        return d;
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
