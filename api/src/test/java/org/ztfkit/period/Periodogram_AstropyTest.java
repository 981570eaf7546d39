package org.ztfkit.period;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

    @ParameterizedTest
    @ValueSource(strings = {"synthetic", "real640202200001881"})
    void fastPowerMatchesAstropyFastMethod(String name) {
        ReferenceValues ref = ReferenceValues.load(FILE, name);
        double[][] d = ReferenceValues.input(name);
        Periodogram pg = Periodogram.of(d[0], d[1], d[2]);
        double[] p = pg.power();
        ref.all("fast_standard_w").forEach((k, expected) -> assertEquals(expected, p[k], 1e-7, "k=" + k));
        assertEquals(ref.get("best_freq"), pg.bestFrequency(), 1e-12 * pg.bestFrequency());
        assertEquals(ref.get("best_power"), pg.best().power(), 1e-7);
        double fap = pg.falseAlarmProbability().orElseThrow();
        assertEquals(ref.get("best_fap"), fap, 1e-5 * ref.get("best_fap"));
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
