package org.ztfkit.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Holds the periodogram against astropy 5.2.1 ({@code reference/lombscargle_astropy.py}): frequency grids, exact
 * power in all four normalisations with and without errors, the fast method, and Baluev false-alarm probabilities.
 * Inputs: a synthetic ZTF-like light curve (stored beside the script) and a real ZTF DR light curve.
 */
class Periodogram_AstropyTest {
    static final String FILE = "lombscargle_astropy.csv";

    @ParameterizedTest
    @ValueSource(strings = {"synthetic", "real640202200001881"})
    void frequencyGridIsAstropysAutofrequency(String name) {
        ReferenceValues ref = ReferenceValues.load(FILE, name);
        double[][] d = ReferenceValues.input(name);
        Map<String, PeriodogramOptions> sets = Map.of(
                "default", PeriodogramOptions.DEFAULT,
                "spp10_nyq2", Periodogram.options().samplesPerPeak(10).nyquistFactor(2).build(),
                "minmax", Periodogram.options().minimumFrequency(0.02).maximumFrequency(3.3).build());
        sets.forEach((set, options) -> {
            double[] f = Periodogram.of(d[0], d[1], d[2], options).frequency();
            assertEquals(ref.get("grid_size_" + set), f.length, set);
            assertEquals(ref.get("grid_fmin_" + set), f[0], 1e-12 * f[0], set);
            assertEquals(ref.get("grid_fmax_" + set), f[f.length - 1], 1e-12 * f[f.length - 1], set);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"synthetic", "real640202200001881"})
    void exactPowerMatchesAstropyInEveryNormalisation(String name) {
        ReferenceValues ref = ReferenceValues.load(FILE, name);
        double[][] d = ReferenceValues.input(name);
        double[] freq = ref.all("power_freq").values().stream().mapToDouble(Double::doubleValue).toArray();
        for (Normalization norm : Normalization.values()) {
            for (String tag : new String[] {"w", "u"}) {
                if (norm == Normalization.PSD && tag.equals("u")) {
                    continue;
                }
                PeriodogramOptions o = Periodogram.options().frequencies(freq).normalization(norm).build();
                double[] p = Periodogram.of(d[0], d[1], tag.equals("w") ? d[2] : null, o).power();
                for (int k = 0; k < freq.length; k++) {
                    double expected = ref.get("power_" + norm.astropyName() + "_" + tag, k);
                    assertEquals(expected, p[k], 1e-9 * Math.abs(expected) + 1e-12,
                            norm + " " + tag + " at f=" + freq[k]);
                }
            }
        }
    }

    /**
     * With astropy's parameters (oversampling 5, 4 extirpolation points) our fast sums are astropy's: the power agrees
     * to 1e-7 wherever astropy's fast power is sound (within 1e-3 of its exact power). Where it is not, ours
     * re-evaluates exactly: astropy's fast method puts a false peak at 1.0032 /d into the real light curve.
     */
    @ParameterizedTest
    @ValueSource(strings = {"synthetic", "real640202200001881"})
    void fastSumsAreAstropysWithAstropysParameters(String name) {
        ReferenceValues ref = ReferenceValues.load(FILE, name);
        double[][] d = ReferenceValues.input(name);
        Periodogram pg = Periodogram.of(d[0], d[1], d[2]);
        FrequencyGrid grid = FrequencyGrid.of(pg.frequency());
        FrequencyGrid regular = FrequencyGrid.regular(grid.f0(), pg.frequency()[1] - pg.frequency()[0], grid.size());
        double[] p = LombScargle.fast(LombScargle.Data.of(d[0], d[1], d[2]), regular, Normalization.STANDARD, 5, 4);
        int compared = 0;
        for (var e : ref.all("fast_standard_w").entrySet()) {
            int k = e.getKey();
            if (Math.abs(e.getValue() - ref.get("exact_standard_w", k)) < 1e-3) {
                assertEquals(e.getValue(), p[k], 1e-7, "k=" + k);
                compared++;
            }
        }
        assertTrue(compared > 30, "compared " + compared);
    }

    /**
     * The default fast method is within 0.5% of the highest exact power of astropy's exact power everywhere, finds
     * astropy's exact best frequency, and the direct method reproduces astropy's best power and its false-alarm
     * probability.
     */
    @ParameterizedTest
    @ValueSource(strings = {"synthetic", "real640202200001881"})
    void fastPowerIsWithinHalfAPercentOfAstropysExactPower(String name) {
        ReferenceValues ref = ReferenceValues.load(FILE, name);
        double[][] d = ReferenceValues.input(name);
        Periodogram pg = Periodogram.of(d[0], d[1], d[2]);
        double[] p = pg.power();
        double peak = ref.get("best_power");
        ref.all("exact_standard_w").forEach((k, exact) -> assertEquals(exact, p[k], 0.005 * peak, "k=" + k));
        assertEquals(ref.get("best_freq"), pg.bestFrequency(), 1e-12 * pg.bestFrequency());
        PeriodogramOptions direct = Periodogram.options().method(PeriodogramOptions.Method.DIRECT).build();
        Periodogram exact = Periodogram.of(d[0], d[1], d[2], direct);
        assertEquals(peak, exact.best().power(), 1e-9 * peak);
        double fap = exact.falseAlarmProbability().orElseThrow();
        assertEquals(ref.get("best_fap"), fap, 1e-6 * ref.get("best_fap"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"synthetic", "real640202200001881"})
    void baluevFalseAlarmProbabilityMatchesAstropy(String name) {
        ReferenceValues ref = ReferenceValues.load(FILE, name);
        double[][] d = ReferenceValues.input(name);
        for (Normalization norm : Normalization.values()) {
            Periodogram pg = Periodogram.of(d[0], d[1], d[2], Periodogram.options().normalization(norm).build());
            ref.all("fap_z_" + norm.astropyName()).forEach((k, z) -> {
                double expected = ref.get("fap_" + norm.astropyName() + "_w", k);
                double actual = pg.falseAlarmProbability(z).orElseThrow();
                assertEquals(expected, actual, 1e-9 * expected + 1e-300, norm + " z=" + z);
            });
        }
    }
}
