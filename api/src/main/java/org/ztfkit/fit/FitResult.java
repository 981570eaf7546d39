package org.ztfkit.fit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ztfkit.errors.InvalidInputException;

/**
 * A converged least-squares fit: parameters with 1σ uncertainties, χ², and the model ready to evaluate and plot.
 * Immutable. A fit that does not converge never produces one: it throws {@link FitFailedException}.
 *
 * <p>Conventions:
 * <ul>
 *   <li>χ² = Σ ((y − model)/dy)² over the {@link #pointCount()} points used; degrees of freedom = points −
 *       parameters; reduced χ² = χ² / degrees of freedom (the light-curve crate's {@code *_reduced_chi2}).</li>
 *   <li>The covariance is {@code (JᵀJ)⁻¹} with J the Jacobian of (model/dy) at the solution, i.e. the errors dy are
 *       taken as the true 1σ errors (scipy's {@code curve_fit(..., absolute_sigma=True)}). It is not rescaled by the
 *       reduced χ²; for scipy's default convention multiply the errors by {@code sqrt(reducedChi2())}.</li>
 *   <li>Uncertainties are from the curvature at the solution; for a parameter pinned at a bound they are not
 *       meaningful.</li>
 * </ul>
 *
 * <pre>{@code
 * FitResult r = Models.bazin().fit(t, flux, fluxErr);
 * r.value("fall_time"); r.error("fall_time"); r.reducedChi2();
 * ModelCurve line = r.modelCurve(58600, 58800, 500);
 * FitResult g = Models.fourier(3, 0.5671).fit(t, mag, magErr, bands);
 * g.evaluate("ztf_g", 58650.1); g.modelCurves(58650, 58651, 200);   // one curve per band
 * }</pre>
 */
public final class FitResult {
    /** The model's value in band {@code band} (an index into {@link #bands()}, 0 without bands) at time t. */
    @FunctionalInterface
    interface BandCurve {
        double value(int band, double t);
    }

    private final Model model;
    private final List<FitParameter> parameters;
    private final double[][] covariance;
    private final double chi2;
    private final int pointCount;
    private final int droppedPointCount;
    private final int iterations;
    private final int evaluations;
    private final List<String> bands;
    private final BandCurve curve;

    FitResult(Model model, List<FitParameter> parameters, double[][] covariance, double chi2, FitData data,
            int iterations, int evaluations, BandCurve curve) {
        this.model = model;
        this.parameters = List.copyOf(parameters);
        this.covariance = deepCopy(covariance);
        this.chi2 = chi2;
        this.pointCount = data.size();
        this.droppedPointCount = data.dropped();
        this.iterations = iterations;
        this.evaluations = evaluations;
        this.bands = data.bands();
        this.curve = curve;
    }

    /** The model that was fitted, with the options it was fitted with. */
    public Model model() {
        return model;
    }

    /** The fitted parameters, in the model's order. */
    public List<FitParameter> parameters() {
        return parameters;
    }

    /** The parameter called {@code name}; the message lists the valid names. */
    public FitParameter parameter(String name) {
        return parameters.get(indexOf(name));
    }

    /** The best value of parameter {@code name}. */
    public double value(String name) {
        return parameter(name).value();
    }

    /** The 1σ uncertainty of parameter {@code name}. */
    public double error(String name) {
        return parameter(name).error();
    }

    /** Parameter name → best value, in the model's order. */
    public Map<String, Double> values() {
        Map<String, Double> values = new LinkedHashMap<>();
        parameters.forEach(p -> values.put(p.name(), p.value()));
        return values;
    }

    /** The parameter covariance matrix (a copy), rows and columns in the order of {@link #parameters()}. */
    public double[][] covariance() {
        return deepCopy(covariance);
    }

    /** The correlation coefficient of two parameters, in [−1, 1]. */
    public double correlation(String a, String b) {
        int i = indexOf(a);
        int j = indexOf(b);
        return covariance[i][j] / Math.sqrt(covariance[i][i] * covariance[j][j]);
    }

    public double chi2() {
        return chi2;
    }

    /** Points used minus fitted parameters (≥ 1). */
    public int degreesOfFreedom() {
        return pointCount - parameters.size();
    }

    /** χ² / degrees of freedom; ≈ 1 when the model is right and the errors are true 1σ errors. */
    public double reducedChi2() {
        return chi2 / degreesOfFreedom();
    }

    /** The points the fit used. */
    public int pointCount() {
        return pointCount;
    }

    /** Points left out because their time, value or error was not finite. */
    public int droppedPointCount() {
        return droppedPointCount;
    }

    /** Levenberg–Marquardt iterations to convergence; 0 for a linear least-squares solution. */
    public int iterations() {
        return iterations;
    }

    /** Model evaluations (an iteration may try several steps); 1 for a linear least-squares solution. */
    public int evaluations() {
        return evaluations;
    }

    /** The band labels of the data, in band order; empty when the data had no labels. */
    public List<String> bands() {
        return bands;
    }

    /**
     * The model at time {@code t}. For a fit of several bands use {@link #evaluate(String, double)}.
     *
     * @throws InvalidInputException when the fit has more than one band
     */
    public double evaluate(double t) {
        if (bands.size() > 1) {
            throw InvalidInputException.of("band", "one of " + bands, null,
                    "this fit has several bands; call evaluate(band, t) or modelCurves(...)");
        }
        return curve.value(0, t);
    }

    /** The model at each time of {@code t} (single-band fits, as {@link #evaluate(double)}). */
    public double[] evaluate(double[] t) {
        double[] values = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            values[i] = evaluate(t[i]);
        }
        return values;
    }

    /** The model in {@code band} at time {@code t}. */
    public double evaluate(String band, double t) {
        return curve.value(bandIndex(band), t);
    }

    /** {@code n} evenly spaced samples of the model over [tMin, tMax] (single-band fits). */
    public ModelCurve modelCurve(double tMin, double tMax, int n) {
        if (bands.size() > 1) {
            throw InvalidInputException.of("band", "one of " + bands, null,
                    "this fit has several bands; call modelCurve(band, tMin, tMax, n) or modelCurves(...)");
        }
        return sample(0, model.name(), tMin, tMax, n);
    }

    /** {@code n} evenly spaced samples over [tMin, tMax] of the model in {@code band}, named {@code model_band}. */
    public ModelCurve modelCurve(String band, double tMin, double tMax, int n) {
        return sample(bandIndex(band), model.name() + "_" + band, tMin, tMax, n);
    }

    /** One curve per band (one curve when the fit has no bands), each sampled as {@link #modelCurve}. */
    public List<ModelCurve> modelCurves(double tMin, double tMax, int n) {
        if (bands.isEmpty()) {
            return List.of(modelCurve(tMin, tMax, n));
        }
        List<ModelCurve> curves = new ArrayList<>();
        for (String band : bands) {
            curves.add(modelCurve(band, tMin, tMax, n));
        }
        return List.copyOf(curves);
    }

    private ModelCurve sample(int band, String name, double tMin, double tMax, int n) {
        if (!(Double.isFinite(tMin) && Double.isFinite(tMax) && tMin < tMax)) {
            throw InvalidInputException.of("[tMin, tMax]", "a finite interval with tMin < tMax",
                    "[" + tMin + ", " + tMax + "]", "give the time span to plot");
        }
        if (n < 2) {
            throw InvalidInputException.of("n", "≥ 2", n, "ask for at least the two end points");
        }
        double[] time = new double[n];
        double[] value = new double[n];
        for (int i = 0; i < n; i++) {
            time[i] = i == n - 1 ? tMax : tMin + (tMax - tMin) * i / (n - 1);
            value[i] = curve.value(band, time[i]);
        }
        return new ModelCurve(name, time, value);
    }

    private int indexOf(String name) {
        for (int i = 0; i < parameters.size(); i++) {
            if (parameters.get(i).name().equals(name)) {
                return i;
            }
        }
        throw InvalidInputException.of("parameter", "one of " + parameters.stream().map(FitParameter::name)
                .collect(Collectors.toList()), name, "use a name from parameters()");
    }

    private int bandIndex(String band) {
        if (bands.isEmpty() && band != null) {
            throw InvalidInputException.of("band", "absent (this fit had no band labels)", band,
                    "call evaluate(t) or modelCurve(tMin, tMax, n)");
        }
        int index = bands.indexOf(band);
        if (index < 0) {
            throw InvalidInputException.of("band", "one of " + bands, band, "use a band of the fitted data");
        }
        return index;
    }

    private static double[][] deepCopy(double[][] m) {
        double[][] copy = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            copy[i] = m[i].clone();
        }
        return copy;
    }

    /**
     * {@code FitResult[bazin: amplitude = 1003.2 ± 11.9, …; χ²/dof = 0.97 (75 dof, 80 points), 9 iterations]}.
     */
    @Override
    public String toString() {
        return "FitResult[" + model.name() + (bands.isEmpty() ? "" : " " + bands) + ": "
                + parameters.stream().map(FitParameter::toString).collect(Collectors.joining(", "))
                + String.format("; χ²/dof = %.4g (%d dof, %d points", reducedChi2(), degreesOfFreedom(), pointCount)
                + (droppedPointCount > 0 ? ", " + droppedPointCount + " non-finite dropped" : "") + "), "
                + (iterations == 0 ? "linear least squares" : iterations + " iterations") + "]";
    }
}
