package org.ztfkit.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ztfkit.errors.InvalidInputException;

/**
 * The crate transformers (light-curve-feature {@code src/transformers/{bazin,villar,linexp}_fit.rs}): names copied
 * from the crate, values checked by hand.
 */
class FitFeaturesTest {
    @Test
    void scalarTransformsByHand() {
        assertEquals(16.4, FitFeatures.magFullAmplitude(500, FitFeatures.ZERO_POINT_MICRO_JY), 1e-12); // 2A = 10³ μJy
        assertEquals(8.9, FitFeatures.magFullAmplitude(0.5, FitFeatures.ZERO_POINT_JY), 1e-12);          // 2A = 1 Jy
        assertTrue(Double.isNaN(FitFeatures.magFullAmplitude(0, 23.9)));
        assertEquals(-0.25, FitFeatures.baselineAmplitudeRatio(-50, 200));
        assertEquals(1.0, FitFeatures.ln1pReducedChi2(Math.E - 1), 1e-15);
        assertEquals(0.0, FitFeatures.ln1pReducedChi2(0));
    }

    @Test
    void namesAreTheCratesNames() {
        assertEquals(List.of("bazin_fit_amplitude", "bazin_fit_baseline", "bazin_fit_reference_time",
                "bazin_fit_rise_time", "bazin_fit_fall_time", "bazin_fit_reduced_chi2"),
                FitFeatures.rawNames(Models.bazin()));
        assertEquals(List.of("bazin_fit_mag_full_amplitude", "bazin_fit_baseline_amplitude_ratio",
                "bazin_fit_rise_time", "bazin_fit_fall_time", "ln1p_bazin_fit_reduced_chi2"),
                FitFeatures.transformedNames(Models.bazin()));
        assertEquals(List.of("villar_fit_amplitude", "villar_fit_baseline", "villar_fit_reference_time",
                "villar_fit_rise_time", "villar_fit_fall_time", "villar_fit_plateau_rel_amplitude",
                "villar_fit_plateau_duration", "villar_fit_reduced_chi2"), FitFeatures.rawNames(Models.villar()));
        assertEquals(List.of("villar_fit_mag_full_amplitude", "villar_fit_baseline_amplitude_ratio",
                "villar_fit_rise_time", "villar_fit_fall_time", "villar_fit_plateau_rel_amplitude",
                "villar_fit_plateau_duration", "ln1p_villar_fit_reduced_chi2"),
                FitFeatures.transformedNames(Models.villar()));
        assertEquals(List.of("linexp_fit_amplitude", "linexp_fit_reference_time", "linexp_fit_fall_time",
                "linexp_fit_baseline", "linexp_fit_reduced_chi2"), FitFeatures.rawNames(Models.linexp()));
        assertEquals(List.of("linexp_fit_amplitude", "linexp_fit_fall_time", "linexp_fit_baseline",
                "ln1p_linexp_fit_reduced_chi2"), FitFeatures.transformedNames(Models.linexp()));
    }

    @Test
    void bazinV05FeaturesOfAnExactFit() {
        double[] t = Signals.grid(60000, 60140, 60);
        FitResult r = Models.bazin().fit(t, Signals.sample(x -> Signals.bazin(x, 500, 100, 60030, 5, 20), t),
                Signals.constant(60, 10));
        Map<String, Double> v05 = FitFeatures.transformed(r, FitFeatures.ZERO_POINT_MICRO_JY);
        assertEquals(FitFeatures.transformedNames(Models.bazin()), List.copyOf(v05.keySet()));
        assertEquals(16.4, v05.get("bazin_fit_mag_full_amplitude"), 1e-9);
        assertEquals(0.2, v05.get("bazin_fit_baseline_amplitude_ratio"), 1e-9);
        assertEquals(5, v05.get("bazin_fit_rise_time"), 1e-8);
        assertEquals(20, v05.get("bazin_fit_fall_time"), 1e-8);
        assertEquals(0, v05.get("ln1p_bazin_fit_reduced_chi2"), 1e-12);
        Map<String, Double> raw = FitFeatures.raw(r);
        assertEquals(FitFeatures.rawNames(Models.bazin()), List.copyOf(raw.keySet()));
        assertEquals(60030, raw.get("bazin_fit_reference_time"), 1e-7);
        assertEquals(r.reducedChi2(), raw.get("bazin_fit_reduced_chi2"));
    }

    @Test
    void villarKeepsThePlateauParameters() {
        double[] t = Signals.grid(60000, 60150, 100);
        FitResult r = Models.villar().fit(t,
                Signals.sample(x -> Signals.villar(x, 5000, -500, 60020, 4, 30, 0.3, 25), t), Signals.constant(100, 10));
        Map<String, Double> f = FitFeatures.transformed(r, FitFeatures.ZERO_POINT_MICRO_JY);
        assertEquals(23.9 - 2.5 * 4, f.get("villar_fit_mag_full_amplitude"), 1e-9);   // 2A = 10⁴ μJy
        assertEquals(-0.1, f.get("villar_fit_baseline_amplitude_ratio"), 1e-9);
        assertEquals(0.3, f.get("villar_fit_plateau_rel_amplitude"), 1e-9);
        assertEquals(25, f.get("villar_fit_plateau_duration"), 1e-8);
    }

    /** The crate's LinexpFit transformer keeps the untransformed names for the magnitude and for the ratio. */
    @Test
    void linexpReproducesTheCratesNamingQuirk() {
        double[] t = Signals.grid(60000, 60120, 60);
        FitResult r = Models.linexp().fit(t, Signals.sample(x -> Signals.linexp(x, 50, 60010, 15, 20), t),
                Signals.constant(60, 1));
        Map<String, Double> f = FitFeatures.transformed(r, FitFeatures.ZERO_POINT_JY);
        assertEquals(8.9 - 2.5 * 2, f.get("linexp_fit_amplitude"), 1e-9);   // zp − 2.5 lg(2·50)
        assertEquals(15, f.get("linexp_fit_fall_time"), 1e-8);
        assertEquals(0.4, f.get("linexp_fit_baseline"), 1e-9);             // B/A = 20/50
    }

    @Test
    void fourierFitsHaveNoCrateFeatures() {
        FitResult fourier = Models.fourier(1, 2).fit(Signals.grid(0, 10, 20), Signals.grid(0, 1, 20),
                Signals.constant(20, 0.1));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> FitFeatures.raw(fourier));
        assertTrue(e.getMessage().contains("bazin, villar or linexp"), e.getMessage());
    }
}
