package org.ztfkit.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ztfkit.errors.InvalidInputException;

/** Names and counts of the SNAD service versions, as listed in external-services.md §13.2. */
class FeatureSet_NamesTest {
    static List<String> periods(int peaks) {
        List<String> n = new ArrayList<>();
        for (int i = 0; i < peaks; i++) {
            n.add("period_" + i);
            n.add("period_s_to_n_" + i);
        }
        return n;
    }

    static List<String> suffixed(List<String> names, String suffix) {
        return names.stream().map(n -> n + suffix).toList();
    }

    @Test
    void v01HasTheFortyTwoFeaturesOfMalanchevEtAl2021WithoutSuffixes() {
        List<String> expected = new ArrayList<>(List.of("amplitude", "beyond_1_std", "beyond_2_std", "cusum", "eta",
                "eta_e", "inter_percentile_range_25", "inter_percentile_range_10", "kurtosis", "linear_fit_slope",
                "linear_fit_slope_sigma", "linear_fit_reduced_chi2", "linear_trend", "linear_trend_sigma",
                "magnitude_percentage_ratio_40_5", "magnitude_percentage_ratio_20_10", "maximum_slope", "mean",
                "median_absolute_deviation", "median_buffer_range_percentage_5", "percent_amplitude",
                "percent_difference_magnitude_percentile_5", "percent_difference_magnitude_percentile_20"));
        expected.addAll(periods(3));
        expected.addAll(List.of("periodogram_amplitude", "periodogram_beyond_1_std", "periodogram_beyond_2_std",
                "periodogram_cusum", "periodogram_eta", "periodogram_inter_percentile_range_25",
                "periodogram_standard_deviation", "periodogram_percent_amplitude", "chi2", "skew",
                "standard_deviation", "stetson_K", "weighted_mean"));
        assertEquals(42, expected.size());
        assertEquals(expected, FeatureSet.version("v0.1").names());
        assertEquals(expected, FeatureSet.version("v0.1.17").names());
    }

    static List<String> v02Magnitude() {
        List<String> m = new ArrayList<>(List.of("amplitude", "anderson_darling_normal", "beyond_1_std",
                "beyond_2_std", "cusum", "eta_e", "inter_percentile_range_2", "inter_percentile_range_10",
                "inter_percentile_range_25", "kurtosis", "linear_fit_slope", "linear_fit_slope_sigma",
                "linear_fit_reduced_chi2", "linear_trend", "linear_trend_sigma", "magnitude_percentage_ratio_40_5",
                "magnitude_percentage_ratio_20_5", "maximum_slope", "mean", "median_absolute_deviation",
                "median_buffer_range_percentage_10", "median_buffer_range_percentage_20", "percent_amplitude",
                "percent_difference_magnitude_percentile_5", "percent_difference_magnitude_percentile_10"));
        m.addAll(periods(5));
        m.addAll(List.of("periodogram_amplitude", "periodogram_beyond_2_std", "periodogram_beyond_3_std",
                "periodogram_standard_deviation", "chi2", "skew", "standard_deviation", "stetson_K",
                "weighted_mean"));
        return m;
    }

    @Test
    void v02Has44MagnitudeAnd9FluxFeatures() {
        List<String> magn = v02Magnitude();
        List<String> flux = List.of("anderson_darling_normal", "cusum", "eta_e", "excess_variance", "kurtosis",
                "mean_variance", "chi2", "skew", "stetson_K");
        assertEquals(44, magn.size());
        List<String> expected = new ArrayList<>(suffixed(magn, "_magn"));
        expected.addAll(suffixed(flux, "_flux"));
        FeatureSet set = FeatureSet.version("v0.2");
        assertEquals(expected, set.names());
        assertEquals(0, set.fluxZeroPoint());
    }

    @Test
    void v04Has43MagnitudeAnd8FluxFeatures() {
        List<String> magn = new ArrayList<>(v02Magnitude());
        magn.remove("eta_e");
        magn.remove("maximum_slope");
        magn.add(magn.indexOf("linear_trend_sigma") + 1, "linear_trend_noise");
        List<String> flux = List.of("anderson_darling_normal", "cusum", "excess_variance", "kurtosis",
                "mean_variance", "chi2", "skew", "stetson_K");
        List<String> expected = new ArrayList<>(suffixed(magn, "_magn"));
        expected.addAll(suffixed(flux, "_flux"));
        assertEquals(43 + 8, expected.size());
        assertEquals(expected, FeatureSet.version("v0.4").names());
    }

    @Test
    void v05IsLatestWith33TransformedMagnitudeAnd7FluxFeatures() {
        String b = "bins_window1.0_offset0.0_";
        List<String> magn = new ArrayList<>(List.of("beyond_1_std", "beyond_2_std", b + "cusum", b + "ln1p_eta_e",
                b + "arcsinh_linear_fit_slope", b + "lg_linear_fit_slope_sigma", b + "ln1p_linear_fit_reduced_chi2",
                b + "arcsinh_linear_trend", b + "lg_linear_trend_sigma", b + "lg_linear_trend_noise",
                b + "lg_maximum_slope", "lg_inter_percentile_range_2", "lg_inter_percentile_range_25",
                "lg_inter_percentile_range_10", "kurtosis", "lg_otsu_mean_diff", "otsu_std_lower", "otsu_std_upper",
                "otsu_lower_to_all_ratio"));
        magn.addAll(periods(5));
        magn.addAll(List.of("ln1p_chi2", "arcsinh_skew", "stetson_K", "weighted_mean"));
        List<String> flux = List.of("ln1p_anderson_darling_normal", "bazin_fit_mag_full_amplitude",
                "bazin_fit_baseline_amplitude_ratio", "bazin_fit_rise_time", "bazin_fit_fall_time",
                "ln1p_bazin_fit_reduced_chi2", "excess_variance");
        List<String> expected = new ArrayList<>(suffixed(magn, "_magn"));
        expected.addAll(suffixed(flux, "_flux"));
        assertEquals(33 + 7, expected.size());
        assertEquals(expected, FeatureSet.version("v0.5").names());
        assertEquals(expected, FeatureSet.latest().names());
        assertEquals(23.9, FeatureSet.latest().fluxZeroPoint());
    }

    @Test
    void unknownVersionIsRejectedWithTheKnownOnes() {
        var e = assertThrows(InvalidInputException.class, () -> FeatureSet.version("v0.3"));
        assertTrue(e.getMessage().contains("one of [v0.1, v0.2, v0.4, v0.5, latest], got 'v0.3'"), e.getMessage());
    }

    @Test
    void defaultSetIsNamedAndVersioned() {
        FeatureSet d = FeatureSet.defaultSet();
        assertEquals("ztfkit", d.name());
        assertEquals("1", d.version());
        assertTrue(d.names().contains("period_0_magn") && d.names().contains("excess_variance_flux"));
        assertTrue(d.toString().startsWith("FeatureSet[ztfkit 1: "), d.toString());
    }
}
