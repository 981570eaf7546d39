package org.ztfkit.fit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.ztfkit.errors.InvalidInputException;

/**
 * A periodic Fourier series with one period shared by all bands and, per band, its own mean and its own harmonic
 * coefficients:
 * <pre>
 *   y_b(t) = mean_b + Σ_{k=1..n} [cos{k}_b·cos(2πk(t − epoch)/P) + sin{k}_b·sin(2πk(t − epoch)/P)]
 * </pre>
 * Per-band coefficients (rather than one shape scaled per band) let the amplitude and the shape differ between
 * passbands, as they do for pulsating stars, and keep the problem linear at a fixed period: it is then solved exactly
 * by weighted linear least squares (SVD), 2n + 1 parameters per band. Optionally the period is refined afterwards
 * by Levenberg–Marquardt over all parameters, starting from the linear solution and kept within [P/2, 2P]; this is a
 * local refinement of a period found by a periodogram, not a period search.
 *
 * <p>Parameter names: {@code mean}, {@code cos1}, {@code sin1}, … for data without band labels; {@code mean_ztf_g},
 * {@code cos1_ztf_g}, … per band otherwise; {@code period} first when it is refined. The epoch defaults to the mean
 * time of the fitted points (it keeps the period and the phases least correlated); {@link #withEpoch} fixes it.
 *
 * <pre>{@code
 * FitResult r = Models.fourier(3, 0.5671).fit(mjd, mag, magErr, bands);
 * r.value("cos1_ztf_g");  r.evaluate("ztf_r", 58650.3);
 * FitResult refined = Models.fourier(3, 0.5671).withPeriodRefinement(true).fit(mjd, mag, magErr, bands);
 * refined.value("period"); refined.error("period");
 * }</pre>
 */
public final class FourierModel implements Model {
    private final int harmonics;
    private final double periodDays;
    private final boolean refinePeriod;
    private final OptionalDouble epoch;
    private final int maxIterations;

    FourierModel(int harmonics, double periodDays) {
        this(harmonics, periodDays, false, OptionalDouble.empty(), Models.DEFAULT_MAX_ITERATIONS);
        if (harmonics < 1) {
            throw InvalidInputException.of("nHarmonics", "≥ 1", harmonics, "use 1 for a sinusoid, 2–5 for "
                    + "typical pulsators and eclipsing binaries");
        }
        if (!(Double.isFinite(periodDays) && periodDays > 0)) {
            throw InvalidInputException.of("periodDays", "a finite number > 0", periodDays,
                    "give the period in days, e.g. from a periodogram's best period");
        }
    }

    private FourierModel(int harmonics, double periodDays, boolean refinePeriod, OptionalDouble epoch,
            int maxIterations) {
        this.harmonics = harmonics;
        this.periodDays = periodDays;
        this.refinePeriod = refinePeriod;
        this.epoch = epoch;
        this.maxIterations = maxIterations;
    }

    @Override
    public String name() {
        return "fourier";
    }

    /** The number of harmonics n. */
    public int harmonics() {
        return harmonics;
    }

    /** The period, days (the starting value when the period is refined). */
    public double periodDays() {
        return periodDays;
    }

    public boolean refinesPeriod() {
        return refinePeriod;
    }

    /** The fixed epoch of phase zero, or empty for the default (the mean time of the fitted points). */
    public OptionalDouble epoch() {
        return epoch;
    }

    /** The fewest usable points each band needs: 2n + 1 (the fit needs one more point in all). */
    public int minimumPointsPerBand() {
        return 2 * harmonics + 1;
    }

    /** A copy that also fits the period (by Levenberg–Marquardt, from the linear solution at {@link #periodDays()}). */
    public FourierModel withPeriodRefinement(boolean refine) {
        return new FourierModel(harmonics, periodDays, refine, epoch, maxIterations);
    }

    /** A copy whose phases are measured from {@code epoch} (same time units as the data). */
    public FourierModel withEpoch(double epoch) {
        if (!Double.isFinite(epoch)) {
            throw InvalidInputException.of("epoch", "finite", epoch, "give a time in the units of the data");
        }
        return new FourierModel(harmonics, periodDays, refinePeriod, OptionalDouble.of(epoch), maxIterations);
    }

    /**
     * A copy that allows {@code iterations} iterations when refining the period (default
     * {@value Models#DEFAULT_MAX_ITERATIONS}).
     */
    public FourierModel withMaxIterations(int iterations) {
        return new FourierModel(harmonics, periodDays, refinePeriod, epoch,
                NonlinearLeastSquares.requireIterations(iterations));
    }

    /** The parameter names a fit of data with these band labels reports (an empty list: no labels). */
    public List<String> parameterNames(List<String> bands) {
        List<String> names = new ArrayList<>();
        if (refinePeriod) {
            names.add("period");
        }
        for (String band : bands.isEmpty() ? List.of("") : bands) {
            String suffix = band.isEmpty() ? "" : "_" + band;
            names.add("mean" + suffix);
            for (int k = 1; k <= harmonics; k++) {
                names.add("cos" + k + suffix);
                names.add("sin" + k + suffix);
            }
        }
        return List.copyOf(names);
    }

    @Override
    public FitResult fit(double[] t, double[] y, double[] dy) {
        return fit(FitData.of(t, y, dy, null));
    }

    @Override
    public FitResult fit(double[] t, double[] y, double[] dy, String[] bands) {
        return fit(FitData.of(t, y, dy, bands));
    }

    private FitResult fit(FitData data) {
        int bandCount = Math.max(1, data.bands().size());
        for (int b = 0; b < bandCount; b++) {
            int count = data.countInBand(b);
            if (count < minimumPointsPerBand()) {
                String where = data.bands().isEmpty() ? data.describeCount(count)
                        : "band " + data.bands().get(b) + " has " + count + " usable point" + (count == 1 ? "" : "s");
                throw new FitFailedException(name(), FitFailedException.Reason.TOO_FEW_POINTS,
                        where + "; " + harmonics + " harmonic" + (harmonics == 1 ? ""
                                : "s") + " need at least " + minimumPointsPerBand() + " per band",
                        "fit fewer harmonics" + (data.bands().isEmpty() ? "" : ", or leave that band out"),
                        minimumPointsPerBand());
            }
        }
        List<String> names = parameterNames(data.bands());
        if (data.size() <= names.size()) {
            throw new FitFailedException(name(), FitFailedException.Reason.TOO_FEW_POINTS,
                    data.describeCount(data.size()) + "; the " + names.size() + " parameters need at least "
                            + (names.size() + 1),
                    "fit fewer harmonics" + (refinePeriod ? ", or do not refine the period" : ""), names.size() + 1);
        }
        double phaseEpoch = epoch.orElse(data.meanTime());
        String hint = "a fit of " + harmonics + " harmonics needs points spread over the whole cycle in every band "
                + "(a period equal to the cadence, or a multiple of it, leaves phases empty)";
        FourierModel linear = withPeriodRefinement(false);
        NonlinearLeastSquares.ModelFunction fixedPeriod = linear.function(data, phaseEpoch);
        List<String> linearNames = linear.parameterNames(data.bands());
        double[][] design = new double[data.size()][linearNames.size()];
        fixedPeriod.evaluate(new double[linearNames.size()], new double[data.size()], design);
        double[] target = new double[data.size()];
        for (int i = 0; i < data.size(); i++) {
            target[i] = data.y[i] / data.dy[i];
            for (int j = 0; j < linearNames.size(); j++) {
                design[i][j] /= data.dy[i];
            }
        }
        double[] coefficients = DesignMatrix.decompose(name(), linearNames, design, hint).solve(target);
        if (!refinePeriod) {
            return NonlinearLeastSquares.result(this, names, fixedPeriod, data, coefficients, coefficients, 0, 1,
                    hint, (band, time) -> value(coefficients, band, time, phaseEpoch, null));
        }
        double[] start = new double[names.size()];
        start[0] = periodDays;
        System.arraycopy(coefficients, 0, start, 1, coefficients.length);
        ParameterBound[] bounds = new ParameterBound[names.size()];
        Arrays.fill(bounds, ParameterBound.NONE);
        bounds[0] = new ParameterBound(periodDays / 2, 2 * periodDays);
        NonlinearLeastSquares.ModelFunction function = function(data, phaseEpoch);
        NonlinearLeastSquares.Solution solution = NonlinearLeastSquares.minimize(name(), names, function, data,
                start, bounds, maxIterations, "start from a better period (the periodogram's peak)");
        double[] params = solution.params();
        return NonlinearLeastSquares.result(this, names, function, data, params, params, solution.iterations(),
                solution.evaluations(), hint, (band, time) -> value(params, band, time, phaseEpoch, null));
    }

    private NonlinearLeastSquares.ModelFunction function(FitData data, double phaseEpoch) {
        return (p, values, jacobian) -> {
            for (int i = 0; i < data.size(); i++) {
                values[i] = value(p, data.band[i], data.t[i], phaseEpoch, jacobian[i]);
            }
        };
    }

    /** The model in band {@code band} at time {@code t}; fills {@code gradient} (all parameters) unless null. */
    private double value(double[] p, int band, double t, double phaseEpoch, double[] gradient) {
        int first = refinePeriod ? 1 : 0;
        double period = refinePeriod ? p[0] : periodDays;
        int base = first + band * minimumPointsPerBand();
        double phase = 2 * Math.PI * (t - phaseEpoch) / period;
        double value = p[base];
        double byPeriod = 0;
        if (gradient != null) {
            Arrays.fill(gradient, 0);
            gradient[base] = 1;
        }
        for (int k = 1; k <= harmonics; k++) {
            double cos = Math.cos(k * phase);
            double sin = Math.sin(k * phase);
            double a = p[base + 2 * k - 1];
            double b = p[base + 2 * k];
            value += a * cos + b * sin;
            byPeriod += (a * sin - b * cos) * k * phase / period;
            if (gradient != null) {
                gradient[base + 2 * k - 1] = cos;
                gradient[base + 2 * k] = sin;
            }
        }
        if (gradient != null && refinePeriod) {
            gradient[0] = byPeriod;
        }
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FourierModel m && harmonics == m.harmonics && periodDays == m.periodDays
                && refinePeriod == m.refinePeriod && epoch.equals(m.epoch) && maxIterations == m.maxIterations;
    }

    @Override
    public int hashCode() {
        return Objects.hash(harmonics, periodDays, refinePeriod, epoch, maxIterations);
    }

    /** {@code FourierModel[3 harmonics, period 0.5671 d (refined), epoch = mean time]}. */
    @Override
    public String toString() {
        return "FourierModel[" + harmonics + " harmonic" + (harmonics == 1 ? "" : "s") + ", period " + periodDays
                + " d" + (refinePeriod ? " (refined, maxIterations=" + maxIterations + ")" : "") + ", epoch = "
                + (epoch.isPresent() ? epoch.getAsDouble() : "mean time") + "]";
    }
}
