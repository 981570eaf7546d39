package org.ztfkit.fit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.ztfkit.errors.InvalidInputException;

/**
 * A single-band supernova-like model, {@link Models#bazin()}, {@link Models#villar()} or {@link Models#linexp()},
 * fitted by Levenberg–Marquardt (commons-math) with bounds. Immutable; the {@code with*} methods return a copy with
 * one option changed.
 *
 * <p>How a fit proceeds:
 * <ol>
 *   <li>Points with a non-finite time, value or error are dropped; at least parameters + 1 points must remain
 *       ({@link #minimumPoints()}), else {@link FitFailedException.Reason#TOO_FEW_POINTS}.</li>
 *   <li>Initial values and bounds come from the data as the light-curve crate derives them (peak time, value range,
 *       time span; see {@link Models}), then any {@link #withInitialValue} / {@link #withBounds} override applies.
 *       A start value on or outside its bounds is moved just inside.</li>
 *   <li>Times are measured from the time of the largest value while fitting, so results do not depend on the time
 *       origin: shifting all times shifts {@code reference_time} by the same amount and changes nothing else.</li>
 *   <li>Bounds are enforced by a change of variable (sine transform, in log space for positive ranges wider than
 *       three decades), so the optimiser never leaves them; uncertainties come from the Jacobian with respect to the
 *       parameters themselves, see {@link FitResult}.</li>
 * </ol>
 *
 * <pre>{@code
 * CurveModel bazin = Models.bazin();
 * bazin.parameterNames();                        // [amplitude, baseline, reference_time, rise_time, fall_time]
 * bazin.value(58650.0, 1000, 50, 58640, 3, 25);  // the model at one time, parameters in that order
 * FitResult r = bazin.withBounds("rise_time", 0.5, 50).fit(mjd, fluxMicroJy, fluxErrMicroJy);
 * }</pre>
 */
public final class CurveModel implements Model {
    private final CurveShape shape;
    private final Map<String, ParameterBound> bounds;
    private final Map<String, Double> initialValues;
    private final int maxIterations;

    CurveModel(CurveShape shape) {
        this(shape, Map.of(), Map.of(), Models.DEFAULT_MAX_ITERATIONS);
    }

    private CurveModel(CurveShape shape, Map<String, ParameterBound> bounds, Map<String, Double> initialValues,
            int maxIterations) {
        this.shape = shape;
        this.bounds = bounds;
        this.initialValues = initialValues;
        this.maxIterations = maxIterations;
    }

    @Override
    public String name() {
        return shape.name();
    }

    /** The parameter names, in the order of {@link #value} and of the fit results (the light-curve crate's order). */
    public List<String> parameterNames() {
        return shape.parameterNames();
    }

    /** The fewest usable points a fit accepts: parameters + 1, the light-curve crate's minimum. */
    public int minimumPoints() {
        return parameterNames().size() + 1;
    }

    public int maxIterations() {
        return maxIterations;
    }

    /**
     * The model at time {@code t} for the given parameters.
     *
     * @param parameters one value per name of {@link #parameterNames()}, in that order
     */
    public double value(double t, double... parameters) {
        if (parameters == null || parameters.length != parameterNames().size()) {
            throw InvalidInputException.of("parameters", parameterNames().size() + " values " + parameterNames(),
                    parameters == null ? null : parameters.length + " values", "give one value per parameter");
        }
        return shape.value(t, parameters);
    }

    /**
     * A copy that keeps {@code parameter} within [lower, upper] instead of its default range.
     *
     * @param lower finite, below {@code upper}; in the units of the parameter (days for times and time scales)
     */
    public CurveModel withBounds(String parameter, double lower, double upper) {
        requireParameter(parameter);
        if (!(Double.isFinite(lower) && Double.isFinite(upper) && lower < upper)) {
            throw InvalidInputException.of("bounds of " + parameter, "finite with lower < upper",
                    "[" + lower + ", " + upper + "]", "give a finite range");
        }
        Map<String, ParameterBound> copy = new LinkedHashMap<>(bounds);
        copy.put(parameter, new ParameterBound(lower, upper));
        return new CurveModel(shape, Map.copyOf(copy), initialValues, maxIterations);
    }

    /** A copy that starts {@code parameter} at {@code value} instead of the value derived from the data. */
    public CurveModel withInitialValue(String parameter, double value) {
        requireParameter(parameter);
        if (!Double.isFinite(value)) {
            throw InvalidInputException.of("initial value of " + parameter, "finite", value, "give a number");
        }
        Map<String, Double> copy = new LinkedHashMap<>(initialValues);
        copy.put(parameter, value);
        return new CurveModel(shape, bounds, Map.copyOf(copy), maxIterations);
    }

    /**
     * A copy that allows {@code iterations} Levenberg–Marquardt iterations (default
     * {@value Models#DEFAULT_MAX_ITERATIONS}).
     */
    public CurveModel withMaxIterations(int iterations) {
        return new CurveModel(shape, bounds, initialValues, NonlinearLeastSquares.requireIterations(iterations));
    }

    private void requireParameter(String parameter) {
        if (!parameterNames().contains(parameter)) {
            throw InvalidInputException.of("parameter", "one of " + parameterNames(), parameter,
                    "use a name of parameterNames()");
        }
    }

    @Override
    public FitResult fit(double[] t, double[] y, double[] dy) {
        return fit(FitData.of(t, y, dy, null));
    }

    @Override
    public FitResult fit(double[] t, double[] y, double[] dy, String[] bands) {
        FitData data = FitData.of(t, y, dy, bands);
        if (data.bands().size() > 1) {
            throw InvalidInputException.of("bands", "a single passband for the " + name() + " model", data.bands()
                    .toString(), "fit each band on its own, e.g. the ztf_r points only");
        }
        return fit(data);
    }

    private FitResult fit(FitData raw) {
        List<String> names = parameterNames();
        if (raw.size() < minimumPoints()) {
            throw new FitFailedException(name(), FitFailedException.Reason.TOO_FEW_POINTS,
                    raw.describeCount(raw.size()) + "; its " + names.size() + " parameters need at least "
                            + minimumPoints(),
                    "fit a longer stretch of the light curve, or a model with fewer parameters (bazin has 5, "
                            + "linexp 4)", minimumPoints());
        }
        double origin = raw.timeOfMaxValue();
        FitData data = raw.withTimeOrigin(origin);
        int epoch = shape.referenceTimeIndex();
        double[] start = shape.initialValues(data);
        ParameterBound[] parameterBounds = shape.defaultBounds(data);
        for (int j = 0; j < names.size(); j++) {
            double shift = j == epoch ? origin : 0;
            ParameterBound bound = bounds.get(names.get(j));
            if (bound != null) {
                parameterBounds[j] = new ParameterBound(bound.lower() - shift, bound.upper() - shift);
            }
            Double initial = initialValues.get(names.get(j));
            if (initial != null) {
                start[j] = initial - shift;
            }
        }
        NonlinearLeastSquares.ModelFunction function = (p, values, jacobian) -> {
            for (int i = 0; i < data.size(); i++) {
                values[i] = shape.value(data.t[i], p);
                shape.gradient(data.t[i], p, jacobian[i]);
            }
        };
        NonlinearLeastSquares.Solution solution = NonlinearLeastSquares.minimize(name(), names, function, data,
                start, parameterBounds, maxIterations, "start nearer the solution with withInitialValue(...) and "
                        + "withBounds(...)");
        double[] params = solution.params();
        double[] reported = params.clone();
        reported[epoch] += origin;
        String hint = "a " + name() + " fit needs points spread over the rise and the decline (here "
                + data.size() + " points at " + data.distinctTimes() + " distinct times)";
        return NonlinearLeastSquares.result(this, names, function, data, params, reported, solution.iterations(),
                solution.evaluations(), hint, (band, time) -> shape.value(time - origin, params));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CurveModel m && name().equals(m.name()) && bounds.equals(m.bounds)
                && initialValues.equals(m.initialValues) && maxIterations == m.maxIterations;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name(), bounds, initialValues, maxIterations);
    }

    /** {@code CurveModel[bazin: amplitude, baseline, reference_time, rise_time, fall_time; maxIterations=200]}. */
    @Override
    public String toString() {
        return "CurveModel[" + name() + ": " + String.join(", ", parameterNames())
                + (bounds.isEmpty() ? "" : "; bounds " + new TreeMap<>(bounds))
                + (initialValues.isEmpty() ? "" : "; initial " + new TreeMap<>(initialValues))
                + "; maxIterations=" + maxIterations + "]";
    }
}
