package org.ztfkit.fit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.model.Band;

/**
 * The points a fit uses: the caller's arrays with every point whose time, value or error is not finite dropped
 * (counted in {@link #dropped()}), and the band labels turned into indices into {@link #bands()}. Bands are ordered
 * as {@link Band} orders them (ZTF g, r, i, Gaia, Pan-STARRS), unknown labels after them alphabetically, so the
 * result does not depend on the order of the rows.
 */
final class FitData {
    final double[] t;
    final double[] y;
    final double[] dy;
    /** Index into {@link #bands} per point; all 0 when the data have no band labels. */
    final int[] band;
    private final List<String> bands;
    private final int dropped;

    private FitData(double[] t, double[] y, double[] dy, int[] band, List<String> bands, int dropped) {
        this.t = t;
        this.y = y;
        this.dy = dy;
        this.band = band;
        this.bands = bands;
        this.dropped = dropped;
    }

    /**
     * Validates and cleans the caller's arrays. {@code bands} may be null (no labels).
     *
     * @throws InvalidInputException for arrays of different lengths, a null label, or a finite error ≤ 0
     */
    static FitData of(double[] t, double[] y, double[] dy, String[] bands) {
        requireArray("t", t);
        requireArray("y", y);
        requireArray("dy", dy);
        requireSameLength("y", y.length, t.length);
        requireSameLength("dy", dy.length, t.length);
        if (bands != null) {
            requireSameLength("bands", bands.length, t.length);
        }
        int n = t.length;
        boolean[] keep = new boolean[n];
        int kept = 0;
        for (int i = 0; i < n; i++) {
            if (Double.isFinite(dy[i]) && dy[i] <= 0) {
                throw InvalidInputException.of("dy[" + i + "]", "> 0 (the 1σ error of y[" + i + "])", dy[i],
                        "drop the point, or give its measured error");
            }
            if (bands != null && bands[i] == null) {
                throw InvalidInputException.of("bands[" + i + "]", "a passband label such as ztf_r", null,
                        "label every point, or fit without bands");
            }
            keep[i] = Double.isFinite(t[i]) && Double.isFinite(y[i]) && Double.isFinite(dy[i]);
            kept += keep[i] ? 1 : 0;
        }
        List<String> labels = bands == null ? List.of() : orderedLabels(bands, keep);
        Map<String, Integer> index = new LinkedHashMap<>();
        for (String label : labels) {
            index.put(label, index.size());
        }
        double[] tk = new double[kept];
        double[] yk = new double[kept];
        double[] dyk = new double[kept];
        int[] bk = new int[kept];
        for (int i = 0, k = 0; i < n; i++) {
            if (keep[i]) {
                tk[k] = t[i];
                yk[k] = y[i];
                dyk[k] = dy[i];
                bk[k] = bands == null ? 0 : index.get(bands[i]);
                k++;
            }
        }
        return new FitData(tk, yk, dyk, bk, List.copyOf(labels), n - kept);
    }

    private static void requireArray(String name, double[] values) {
        if (values == null) {
            throw InvalidInputException.of(name, "an array of numbers", null, "pass the light curve's column");
        }
    }

    private static void requireSameLength(String name, int length, int expected) {
        if (length != expected) {
            throw InvalidInputException.of(name + ".length", "the length of t (" + expected + ")", length,
                    "pass one value per observation time");
        }
    }

    private static List<String> orderedLabels(String[] bands, boolean[] keep) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < bands.length; i++) {
            if (keep[i] && !labels.contains(bands[i])) {
                labels.add(bands[i]);
            }
        }
        labels.sort(Comparator.comparingInt(FitData::knownBandOrder).thenComparing(Comparator.naturalOrder()));
        return labels;
    }

    private static int knownBandOrder(String label) {
        return Arrays.stream(Band.values()).filter(b -> b.id().equals(label)).mapToInt(Enum::ordinal).findFirst()
                .orElse(Integer.MAX_VALUE);
    }

    int size() {
        return t.length;
    }

    /** The same points with every time reduced by {@code origin}. */
    FitData withTimeOrigin(double origin) {
        double[] shifted = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            shifted[i] = t[i] - origin;
        }
        return new FitData(shifted, y, dy, band, bands, dropped);
    }

    /** Points dropped because their time, value or error was not finite. */
    int dropped() {
        return dropped;
    }

    /** The distinct band labels of the kept points, in band order; empty when the data have no labels. */
    List<String> bands() {
        return bands;
    }

    int countInBand(int b) {
        int count = 0;
        for (int i : band) {
            count += i == b ? 1 : 0;
        }
        return count;
    }

    int distinctTimes() {
        return (int) Arrays.stream(t).distinct().count();
    }

    /** "12 usable points" plus, when some were dropped, "(3 with a non-finite time, value or error dropped)". */
    String describeCount(int count) {
        return count + " usable point" + (count == 1 ? "" : "s") + (dropped > 0 ? " (" + dropped
                + " with a non-finite time, value or error dropped)" : "");
    }

    /** max t − min t, or 1 day when all times are equal (so that bounds derived from it stay open). */
    double timeSpan() {
        double span = maxTime() - minTime();
        return span > 0 ? span : 1;
    }

    /** max y − min y, or the largest error when all values are equal (so that bounds derived from it stay open). */
    double valueRange() {
        double range = maxValue() - minValue();
        return range > 0 ? range : Arrays.stream(dy).max().orElse(1);
    }

    double minTime() {
        return Arrays.stream(t).min().orElse(Double.NaN);
    }

    double maxTime() {
        return Arrays.stream(t).max().orElse(Double.NaN);
    }

    double minValue() {
        return Arrays.stream(y).min().orElse(Double.NaN);
    }

    double maxValue() {
        return Arrays.stream(y).max().orElse(Double.NaN);
    }

    /** The time of the largest value (the first such time when several points share it). */
    double timeOfMaxValue() {
        int best = 0;
        for (int i = 1; i < y.length; i++) {
            if (y[i] > y[best]) {
                best = i;
            }
        }
        return t[best];
    }

    double meanTime() {
        return Arrays.stream(t).average().orElse(Double.NaN);
    }
}
