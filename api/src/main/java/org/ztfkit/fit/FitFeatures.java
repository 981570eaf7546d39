package org.ztfkit.fit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.photometry.Photometry;

/**
 * Fit results as light-curve features, named exactly as the light-curve crate names them, untransformed
 * ({@link #raw}) or through the crate's {@code BazinFit}, {@code VillarFit} and {@code LinexpFit} transformers
 * ({@link #transformed}, {@code external-services.md} §13.4). The SNAD feature service v0.5 reports the transformed
 * Bazin features of fluxes in μJy ({@link #ZERO_POINT_MICRO_JY}) with the suffix {@code _flux}, which the caller
 * appends.
 *
 * <table>
 *   <caption>Names produced, in order</caption>
 *   <tr><th>model</th><th>{@link #raw}</th><th>{@link #transformed}</th></tr>
 *   <tr><td>bazin</td>
 *       <td>bazin_fit_amplitude, bazin_fit_baseline, bazin_fit_reference_time, bazin_fit_rise_time,
 *       bazin_fit_fall_time, bazin_fit_reduced_chi2</td>
 *       <td>bazin_fit_mag_full_amplitude, bazin_fit_baseline_amplitude_ratio, bazin_fit_rise_time,
 *       bazin_fit_fall_time, ln1p_bazin_fit_reduced_chi2</td></tr>
 *   <tr><td>villar</td>
 *       <td>villar_fit_amplitude, villar_fit_baseline, villar_fit_reference_time, villar_fit_rise_time,
 *       villar_fit_fall_time, villar_fit_plateau_rel_amplitude, villar_fit_plateau_duration,
 *       villar_fit_reduced_chi2</td>
 *       <td>villar_fit_mag_full_amplitude, villar_fit_baseline_amplitude_ratio, villar_fit_rise_time,
 *       villar_fit_fall_time, villar_fit_plateau_rel_amplitude, villar_fit_plateau_duration,
 *       ln1p_villar_fit_reduced_chi2</td></tr>
 *   <tr><td>linexp</td>
 *       <td>linexp_fit_amplitude, linexp_fit_reference_time, linexp_fit_fall_time, linexp_fit_baseline,
 *       linexp_fit_reduced_chi2</td>
 *       <td>linexp_fit_amplitude, linexp_fit_fall_time, linexp_fit_baseline, ln1p_linexp_fit_reduced_chi2 —
 *       <b>the crate's names, although</b> {@code linexp_fit_amplitude} holds the magnitude
 *       zp − 2.5·lg(2A) and {@code linexp_fit_baseline} the ratio B/A</td></tr>
 * </table>
 * The transforms: amplitude → zp − 2.5·lg(2A); baseline → B/A; the reference time is dropped; other times and ν
 * are kept; reduced χ² → ln(1 + reduced χ²).
 *
 * <pre>{@code
 * FitResult r = Models.bazin().fit(mjd, fluxMicroJy, fluxErrMicroJy);
 * Map<String, Double> v05 = FitFeatures.transformed(r, FitFeatures.ZERO_POINT_MICRO_JY);
 * v05.get("bazin_fit_mag_full_amplitude");                       // e.g. 16.4 for A = 500 μJy
 * FitFeatures.transformedNames(Models.bazin());                 // the keys, e.g. to fill NaN when a fit fails
 * }</pre>
 */
public final class FitFeatures {
    /** AB zero point for fluxes in μJy: m = 23.9 − 2.5 lg f (the SNAD feature service v0.5). */
    public static final double ZERO_POINT_MICRO_JY = 23.9;
    /** AB zero point for fluxes in Jy: m = 8.9 − 2.5 lg f (the crate transformers' default). */
    public static final double ZERO_POINT_JY = Photometry.AB_ZERO_POINT_JY;

    private FitFeatures() {
    }

    /** {@code zeroPoint − 2.5·lg(2A)}: the magnitude of the full amplitude 2A of a flux model. NaN for A ≤ 0. */
    public static double magFullAmplitude(double amplitude, double zeroPoint) {
        return amplitude > 0 ? zeroPoint - 2.5 * Math.log10(2 * amplitude) : Double.NaN;
    }

    /** {@code B / A}, both in flux units (the baseline can be negative, so no magnitude). */
    public static double baselineAmplitudeRatio(double baseline, double amplitude) {
        return baseline / amplitude;
    }

    /** {@code ln(1 + reduced χ²)}: spreads fit qualities evenly. */
    public static double ln1pReducedChi2(double reducedChi2) {
        return Math.log1p(reducedChi2);
    }

    /** The crate's untransformed output names of {@code model}: prefix {@code {name}_fit_}, reduced χ² last. */
    public static List<String> rawNames(CurveModel model) {
        List<String> names = new ArrayList<>();
        for (String parameter : model.parameterNames()) {
            names.add(model.name() + "_fit_" + parameter);
        }
        names.add(model.name() + "_fit_reduced_chi2");
        return List.copyOf(names);
    }

    /** The crate transformer's output names of {@code model} (see the table above). */
    public static List<String> transformedNames(CurveModel model) {
        String p = model.name() + "_fit_";
        return switch (model.name()) {
            case "bazin" -> List.of(p + "mag_full_amplitude", p + "baseline_amplitude_ratio", p + "rise_time",
                    p + "fall_time", "ln1p_" + p + "reduced_chi2");
            case "villar" -> List.of(p + "mag_full_amplitude", p + "baseline_amplitude_ratio", p + "rise_time",
                    p + "fall_time", p + "plateau_rel_amplitude", p + "plateau_duration", "ln1p_" + p + "reduced_chi2");
            case "linexp" -> List.of(p + "amplitude", p + "fall_time", p + "baseline", "ln1p_" + p + "reduced_chi2");
            default -> throw new IllegalStateException("no transformer for model " + model.name());
        };
    }

    /** The fit's values under {@link #rawNames}: the parameters in order, then the reduced χ². */
    public static Map<String, Double> raw(FitResult result) {
        CurveModel model = curveModel(result);
        List<String> names = rawNames(model);
        Map<String, Double> features = new LinkedHashMap<>();
        List<FitParameter> parameters = result.parameters();
        for (int j = 0; j < parameters.size(); j++) {
            features.put(names.get(j), parameters.get(j).value());
        }
        features.put(names.get(names.size() - 1), result.reducedChi2());
        return features;
    }

    /**
     * The fit's values through the crate's transformer, under {@link #transformedNames}.
     *
     * @param zeroPoint the magnitude zero point of the fitted fluxes: {@link #ZERO_POINT_MICRO_JY} for μJy (SNAD
     *                  v0.5), {@link #ZERO_POINT_JY} for Jy
     */
    public static Map<String, Double> transformed(FitResult result, double zeroPoint) {
        CurveModel model = curveModel(result);
        double mag = magFullAmplitude(result.value("amplitude"), zeroPoint);
        double ratio = baselineAmplitudeRatio(result.value("baseline"), result.value("amplitude"));
        double quality = ln1pReducedChi2(result.reducedChi2());
        List<Double> values = switch (model.name()) {
            case "bazin" -> List.of(mag, ratio, result.value("rise_time"), result.value("fall_time"), quality);
            case "villar" -> List.of(mag, ratio, result.value("rise_time"), result.value("fall_time"),
                    result.value("plateau_rel_amplitude"), result.value("plateau_duration"), quality);
            case "linexp" -> List.of(mag, result.value("fall_time"), ratio, quality);
            default -> throw new IllegalStateException("no transformer for model " + model.name());
        };
        List<String> names = transformedNames(model);
        Map<String, Double> features = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            features.put(names.get(i), values.get(i));
        }
        return features;
    }

    private static CurveModel curveModel(FitResult result) {
        if (result.model() instanceof CurveModel model) {
            return model;
        }
        throw InvalidInputException.of("result", "a fit of bazin, villar or linexp", result.model().name(),
                "the light-curve crate has features for those three models only");
    }
}
