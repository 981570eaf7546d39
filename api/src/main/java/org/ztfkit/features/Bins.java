package org.ztfkit.features;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The crate's {@code Bins} meta-feature: observations are grouped into windows [jW + O, (j+1)W + O); each bin becomes
 * one point with t = (j + ½)·W (the crate does not add O back; irrelevant for O = 0), m = the weighted mean and
 * w = the mean weight; the sub-features are evaluated on the binned series. Names are
 * {@code bins_window{W:.1}_offset{O:.1}_{sub}}. A sub-feature that needs more bins than there are raises the usual
 * error, naming the binned feature.
 */
final class Bins extends Feature {
    private final double window;
    private final double offset;
    private final List<Feature> features;
    private final List<String> names;
    private final int minimumPoints;

    Bins(double window, double offset, List<Feature> features) {
        positive("windowDays", window);
        this.window = window;
        this.offset = offset;
        this.features = List.copyOf(features);
        List<String> n = new ArrayList<>();
        String prefix = String.format(Locale.ROOT, "bins_window%.1f_offset%.1f_", window, offset);
        for (Feature f : features) {
            for (String name : f.names()) {
                n.add(prefix + name);
            }
        }
        this.names = List.copyOf(n);
        this.minimumPoints = features.stream().mapToInt(Feature::minimumPoints).max().orElse(1);
    }

    @Override
    public List<String> names() {
        return names;
    }

    @Override
    public int minimumPoints() {
        return minimumPoints;
    }

    @Override
    boolean requiresVariability() {
        return false;
    }

    @Override
    void evaluate(Sample s, double[] out, int offset) {
        Sample binned = bin(s);
        int k = offset;
        for (Feature f : features) {
            try {
                f.evaluateChecked(binned, out, k);
            } catch (org.ztfkit.errors.InvalidInputException e) {
                throw new org.ztfkit.errors.InvalidInputException(String.format(Locale.ROOT,
                        "%s (on the light curve binned in %.1f-day windows: %d bins)", e.getMessage(), window,
                        binned.n), e);
            }
            k += f.size();
        }
    }

    Sample bin(Sample s) {
        double[] t = new double[s.n];
        double[] m = new double[s.n];
        double[] w = new double[s.n];
        int bins = -1;
        double current = Double.NaN;
        int count = 0;
        for (int i = 0; i < s.n; i++) {
            double j = Math.floor((s.t[i] - offset) / window);
            if (j != current) {
                if (bins >= 0) {
                    m[bins] /= w[bins];
                    w[bins] /= count;
                }
                bins++;
                current = j;
                t[bins] = (j + 0.5) * window;
                count = 0;
            }
            m[bins] += s.m[i] * s.w[i];
            w[bins] += s.w[i];
            count++;
        }
        m[bins] /= w[bins];
        w[bins] /= count;
        bins++;
        return new Sample(java.util.Arrays.copyOf(t, bins), java.util.Arrays.copyOf(m, bins),
                java.util.Arrays.copyOf(w, bins));
    }
}
