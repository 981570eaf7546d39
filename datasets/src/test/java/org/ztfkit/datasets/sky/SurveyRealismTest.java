package org.ztfkit.datasets.sky;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ztfkit.RealData;
import org.ztfkit.datasets.sky.SourceModel.Colors;
import org.ztfkit.model.Band;
import org.ztfkit.model.Oid;

/**
 * The simulated survey against a real one: the IRSA ZTF DR5 light-curve file of field 250, zg, CCD 01, quadrant 1
 * ({@code shared/realdata/lightcurves/ztf_dr/}, 5449 objects). The test simulates the same field (its real centre,
 * from {@code geometry/ztf_fields.txt}), band and time span, with one constant source at each real object's position
 * and median magnitude, and compares the statistics the mission names: cadence (gaps between observed nights within
 * a season), seasonal gaps, several epochs per night, the error-versus-magnitude relation, flagged epochs, the number
 * of exposures, and the depth. Tolerances are stated per statistic.
 */
class SurveyRealismTest {
    static Stats real;
    static Stats simulated;

    /** Good and bad epochs of one object, time-sorted. */
    record Curve(double[] hmjd, double[] mag, double[] magerr, int[] catflags) {
    }

    @BeforeAll
    static void measure() throws Exception {
        String file = RealData.file("lightcurves/ztf_dr/ztf_000250_zg_c01_q1_dr5.parquet").toString();
        Map<Long, Curve> realCurves = new HashMap<>();
        Map<Long, double[]> positions = new HashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT objectid, objra, objdec, hmjd, mag, magerr, catflags FROM read_parquet('"
                    + file + "')")) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    positions.put(id, new double[] {rs.getDouble(2), rs.getDouble(3)});
                    realCurves.put(id, new Curve(doubles(rs, 4), doubles(rs, 5), doubles(rs, 6), ints(rs, 7)));
                }
            }
        }
        real = Stats.of(new ArrayList<>(realCurves.values()), 58348.0, 59234.0);

        double[] centre = fieldCentre(250);
        double start = Arrays.stream(realCurves.values().stream().flatMapToDouble(cv -> Arrays.stream(cv.hmjd())).toArray()).min().orElseThrow();
        double end = realCurves.values().stream().flatMapToDouble(cv -> Arrays.stream(cv.hmjd())).max().orElseThrow();
        Survey survey = new Survey(250L, end + 1);
        Survey.Exposures all = survey.exposures(250, centre[0], centre[1], Band.ZTF_G);
        Survey.Exposures exposures = within(all, start - 0.5, end + 0.5);
        SplittableRandom rng = new SplittableRandom(5449);
        List<Curve> simCurves = new ArrayList<>();
        for (Map.Entry<Long, Curve> e : realCurves.entrySet()) {
            double median = medianGoodMag(e.getValue());
            if (Double.isNaN(median)) {
                continue;
            }
            double[] p = positions.get(e.getKey());
            var model = new SourceModel.Constant(new Colors(median, median - 0.5, median - 0.7));
            var o = Survey.observe(exposures, Oid.of(250101100000001L), p[0], p[1], model, Band.ZTF_G, rng);
            if (o != null) {
                double[] mag = new double[o.mag().length];
                double[] err = new double[o.mag().length];
                for (int i = 0; i < mag.length; i++) {
                    mag[i] = o.mag()[i];
                    err[i] = o.magerr()[i];
                }
                simCurves.add(new Curve(o.hmjd(), mag, err, o.catflags()));
            }
        }
        simulated = Stats.of(simCurves, start - 0.5, end + 0.5);
        System.out.println("real:      " + real);
        System.out.println("simulated: " + simulated);
    }

    @Test
    void cadenceWithinSeasonsMatchesWithinOneNight() {
        assertEquals(real.gapQuartiles[1], simulated.gapQuartiles[1], 1.0, "median gap between observed nights");
        assertEquals(real.gapQuartiles[0], simulated.gapQuartiles[0], 1.0, "first quartile");
        assertEquals(real.gapQuartiles[2], simulated.gapQuartiles[2], 2.0, "third quartile");
    }

    @Test
    void seasonalGapsMatch() {
        assertEquals(real.seasonGapsPerObject, simulated.seasonGapsPerObject, 1.0, "gaps over 30 days per object");
    }

    @Test
    void nightsWithSeveralEpochsAreRareAsInTheRealField() {
        assertTrue(simulated.multiEpochNightFraction > real.multiEpochNightFraction / 2
                        && simulated.multiEpochNightFraction < real.multiEpochNightFraction * 2,
                "within a factor 2 of " + real.multiEpochNightFraction + ": " + simulated.multiEpochNightFraction);
    }

    @Test
    void errorVersusMagnitudeMatchesWithin25Percent() {
        for (int bin = 15; bin <= 20; bin++) {
            double r = real.medianErrorByMagBin.get(bin);
            double s = simulated.medianErrorByMagBin.get(bin);
            assertEquals(r, s, 0.25 * r, "median magerr for " + bin + " ≤ mag < " + (bin + 1));
        }
    }

    @Test
    void flaggedEpochsAreAsFrequent() {
        assertEquals(real.flaggedFraction, simulated.flaggedFraction, 0.025, "fraction of epochs with catflags ≠ 0");
    }

    @Test
    void theNumberOfExposuresAndTheDepthMatch() {
        assertEquals(real.exposures, simulated.exposures, 0.3 * real.exposures, "distinct exposures in the span");
        assertEquals(real.mag95, simulated.mag95, 0.3, "95th percentile of good magnitudes (the depth)");
    }

    /** The statistics compared. */
    record Stats(double[] gapQuartiles, double seasonGapsPerObject, double multiEpochNightFraction,
                 Map<Integer, Double> medianErrorByMagBin, double flaggedFraction, int exposures, double mag95) {
        static Stats of(List<Curve> curves, double start, double end) {
            List<Double> gaps = new ArrayList<>();
            int seasonGaps = 0;
            int wellObserved = 0;
            int nights = 0;
            int multiNights = 0;
            Map<Integer, List<Double>> errors = new HashMap<>();
            long flagged = 0;
            long total = 0;
            java.util.Set<Long> exposureTimes = new java.util.HashSet<>();
            List<Double> goodMags = new ArrayList<>();
            for (Curve c : curves) {
                List<Double> good = new ArrayList<>();
                for (int i = 0; i < c.hmjd().length; i++) {
                    if (c.hmjd()[i] < start || c.hmjd()[i] > end) {
                        continue;
                    }
                    total++;
                    exposureTimes.add(Math.round(c.hmjd()[i] * 200)); // 7-minute bins: one exposure, any position
                    if (c.catflags()[i] != 0) {
                        flagged++;
                        continue;
                    }
                    good.add(c.hmjd()[i]);
                    goodMags.add(c.mag()[i]);
                    errors.computeIfAbsent((int) Math.floor(c.mag()[i]), k -> new ArrayList<>()).add(c.magerr()[i]);
                }
                if (good.size() < 50) {
                    continue;
                }
                wellObserved++;
                Map<Long, Integer> perNight = new java.util.TreeMap<>();
                for (double t : good) {
                    perNight.merge((long) Math.floor(t), 1, Integer::sum);
                }
                nights += perNight.size();
                multiNights += (int) perNight.values().stream().filter(k -> k > 1).count();
                Long previous = null;
                for (long night : perNight.keySet()) {
                    if (previous != null) {
                        long gap = night - previous;
                        if (gap > 30) {
                            seasonGaps++;
                        } else {
                            gaps.add((double) gap);
                        }
                    }
                    previous = night;
                }
            }
            Map<Integer, Double> medians = new HashMap<>();
            errors.forEach((bin, list) -> medians.put(bin, quantile(list, 0.5)));
            return new Stats(new double[] {quantile(gaps, 0.25), quantile(gaps, 0.5), quantile(gaps, 0.75)},
                    seasonGaps / (double) wellObserved, multiNights / (double) nights, medians,
                    flagged / (double) total, exposureTimes.size(), quantile(goodMags, 0.95));
        }

        @Override
        public String toString() {
            return "gap quartiles " + Arrays.toString(gapQuartiles) + ", season gaps/object "
                    + String.format("%.2f", seasonGapsPerObject) + ", multi-epoch nights "
                    + String.format("%.3f", multiEpochNightFraction) + ", median magerr by bin " + new java.util.TreeMap<>(medianErrorByMagBin)
                    + ", flagged " + String.format("%.3f", flaggedFraction) + ", exposures " + exposures + ", mag95 "
                    + String.format("%.2f", mag95);
        }
    }

    static double quantile(List<Double> values, double q) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (v.length == 0) {
            return Double.NaN;
        }
        double pos = q * (v.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(v.length - 1, lo + 1);
        return v[lo] + (pos - lo) * (v[hi] - v[lo]);
    }

    static double medianGoodMag(Curve c) {
        List<Double> good = new ArrayList<>();
        for (int i = 0; i < c.mag().length; i++) {
            if (c.catflags()[i] == 0) {
                good.add(c.mag()[i]);
            }
        }
        return quantile(good, 0.5);
    }

    static Survey.Exposures within(Survey.Exposures ex, double start, double end) {
        List<Integer> keep = new ArrayList<>();
        for (int i = 0; i < ex.size(); i++) {
            if (ex.mjdStart()[i] >= start && ex.mjdStart()[i] <= end) {
                keep.add(i);
            }
        }
        int n = keep.size();
        double[] t = new double[n];
        double[] d = new double[n];
        boolean[] b = new boolean[n];
        double[] c = new double[n];
        org.ztfkit.time.Vector3[] o = new org.ztfkit.time.Vector3[n];
        for (int j = 0; j < n; j++) {
            int i = keep.get(j);
            t[j] = ex.mjdStart()[i];
            d[j] = ex.depth()[i];
            b[j] = ex.badImage()[i];
            c[j] = ex.clrcoeff()[i];
            o[j] = ex.observer()[i];
        }
        return new Survey.Exposures(t, d, b, c, o);
    }

    static double[] fieldCentre(int field) throws IOException {
        for (String line : Files.readAllLines(RealData.file("geometry/ztf_fields.txt"))) {
            String[] f = line.split(",");
            if (f[0].matches("\\d+") && Integer.parseInt(f[0]) == field) {
                return new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[2])};
            }
        }
        throw new IllegalStateException("field " + field + " not in ztf_fields.txt");
    }

    private static double[] doubles(ResultSet rs, int column) throws SQLException {
        Object[] values = (Object[]) rs.getArray(column).getArray();
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = ((Number) values[i]).doubleValue();
        }
        return out;
    }

    private static int[] ints(ResultSet rs, int column) throws SQLException {
        Object[] values = (Object[]) rs.getArray(column).getArray();
        int[] out = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = ((Number) values[i]).intValue();
        }
        return out;
    }
}
