package org.ztfkit.features;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ztfkit.errors.InvalidInputException;

/**
 * Multicolour features of one light curve with a band label per observation. Non-finite rows are dropped and each
 * band is sorted by time, as for single-band features.
 *
 * <pre>{@code
 * Features f = MulticolorExtractor.of(MulticolorFeature.colorOfMaximum("ztf_g", "ztf_r"), MulticolorFeature.colorSpread())
 *         .extract(t, mag, magErr, bands);
 * }</pre>
 */
public final class MulticolorExtractor {
    private final List<MulticolorFeature> features;
    private final List<String> names;

    private MulticolorExtractor(List<MulticolorFeature> features) {
        this.features = List.copyOf(features);
        List<String> n = new ArrayList<>();
        features.forEach(f -> n.addAll(f.names()));
        this.names = List.copyOf(n);
    }

    public static MulticolorExtractor of(MulticolorFeature... features) {
        return new MulticolorExtractor(List.of(features));
    }

    public List<String> names() {
        return names;
    }

    /**
     * @param bands band label of every observation, e.g. {@code "ztf_g"}
     */
    public Features extract(double[] t, double[] m, double[] err, String[] bands) {
        if (bands.length != t.length) {
            throw InvalidInputException.of("bands length", "equal to t's " + t.length, bands.length,
                    "pass one band label per observation");
        }
        Map<String, List<Integer>> rows = new TreeMap<>();
        for (int i = 0; i < bands.length; i++) {
            rows.computeIfAbsent(bands[i], k -> new ArrayList<>()).add(i);
        }
        Map<String, Sample> byBand = new LinkedHashMap<>();
        rows.forEach((band, idx) -> {
            int[] r = idx.stream().mapToInt(Integer::intValue).toArray();
            Sample s = FeatureExtractor.prepare(pick(t, r), pick(m, r), err == null ? null : pick(err, r));
            if (s.n > 0) {
                byBand.put(band, s);
            }
        });
        double[] out = new double[names.size()];
        int k = 0;
        for (MulticolorFeature f : features) {
            for (String band : f.bands()) {
                if (!byBand.containsKey(band)) {
                    throw InvalidInputException.of("bands of feature " + f.names().get(0), "to include " + band,
                            byBand.keySet(), "the light curve has no finite observation in " + band);
                }
            }
            if (byBand.isEmpty()) {
                throw InvalidInputException.of("observations", "at least one finite", 0, "");
            }
            f.evaluate(byBand, out, k);
            k += f.names().size();
        }
        return new Features("", names, out, null);
    }

    private static double[] pick(double[] a, int[] rows) {
        return Arrays.stream(rows).mapToDouble(i -> a[i]).toArray();
    }

    @Override
    public String toString() {
        return "MulticolorExtractor[" + String.join(", ", names) + "]";
    }
}
