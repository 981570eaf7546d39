package org.ztfkit.fit;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.exception.TooManyIterationsException;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresProblem;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;
import org.apache.commons.math3.fitting.leastsquares.MultivariateJacobianFunction;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.util.Pair;
import org.ztfkit.errors.InvalidInputException;

/**
 * Weighted nonlinear least squares with commons-math's Levenberg–Marquardt optimiser (MINPACK's lmder, default
 * tolerances 1e-10), bounds enforced by {@link ParameterBound}'s change of variable, and the checks every fit shares:
 * finite values at the start and at the solution, χ², and the covariance from the Jacobian at the solution.
 */
final class NonlinearLeastSquares {
    /** A safeguard for the inner loop of the optimiser: allowed model evaluations per allowed iteration. */
    private static final int EVALUATIONS_PER_ITERATION = 100;

    /** The model at the data points and its derivatives by each (external) parameter. */
    @FunctionalInterface
    interface ModelFunction {
        void evaluate(double[] params, double[] values, double[][] jacobian);
    }

    /** The optimiser's answer before the covariance is checked. */
    record Solution(double[] params, int iterations, int evaluations) {
    }

    private NonlinearLeastSquares() {
    }

    /** {@code iterations}, checked to be a usable iteration limit. */
    static int requireIterations(int iterations) {
        if (iterations < 1) {
            throw InvalidInputException.of("iterations", "≥ 1", iterations, "allow at least one iteration");
        }
        return iterations;
    }

    /**
     * Minimises χ² from {@code start}.
     *
     * @param startAdvice how the caller can give a better start, for the messages of failures
     * @throws FitFailedException {@code NON_FINITE} when the model is not finite at the start or at the solution,
     *                            {@code MAX_ITERATIONS} when the optimiser hits its limit
     */
    static Solution minimize(String model, List<String> names, ModelFunction function, FitData data,
            double[] start, ParameterBound[] bounds, int maxIterations, String startAdvice) {
        int n = data.size();
        int k = names.size();
        requireFinite(model, names, function, data, start, "at the initial values", startAdvice);
        double[] q0 = new double[k];
        for (int j = 0; j < k; j++) {
            q0[j] = bounds[j].toInternal(start[j]);
        }
        int[] evaluations = {0};
        MultivariateJacobianFunction weighted = point -> {
            evaluations[0]++;
            double[] q = point.toArray();
            double[] p = toExternal(q, bounds);
            double[] values = new double[n];
            double[][] jacobian = new double[n][k];
            function.evaluate(p, values, jacobian);
            for (int i = 0; i < n; i++) {
                values[i] /= data.dy[i];
                for (int j = 0; j < k; j++) {
                    jacobian[i][j] *= bounds[j].derivative(q[j]) / data.dy[i];
                }
            }
            return new Pair<>(new ArrayRealVector(values, false), new Array2DRowRealMatrix(jacobian, false));
        };
        double[] target = new double[n];
        for (int i = 0; i < n; i++) {
            target[i] = data.y[i] / data.dy[i];
        }
        LeastSquaresProblem problem = new LeastSquaresBuilder().start(q0).model(weighted).target(target)
                .lazyEvaluation(false).maxIterations(maxIterations)
                .maxEvaluations(EVALUATIONS_PER_ITERATION * maxIterations).build();
        LeastSquaresOptimizer.Optimum optimum;
        try {
            optimum = new LevenbergMarquardtOptimizer().optimize(problem);
        } catch (TooManyIterationsException | TooManyEvaluationsException e) {
            String limit = e instanceof TooManyIterationsException
                    ? maxIterations + (maxIterations == 1 ? " iteration" : " iterations")
                    : EVALUATIONS_PER_ITERATION * maxIterations + " model evaluations";
            throw new FitFailedException(model, FitFailedException.Reason.MAX_ITERATIONS,
                    "no convergence within " + limit,
                    "raise the limit with withMaxIterations(...), " + startAdvice
                            + ", or check that the data show the shape of the model");
        }
        double[] p = toExternal(optimum.getPoint().toArray(), bounds);
        requireFinite(model, names, function, data, p, "at the solution", startAdvice);
        // commons-math 3.6.1 swaps the two counts on some return paths; we count evaluations ourselves.
        int iterations = optimum.getIterations() + optimum.getEvaluations() - evaluations[0];
        return new Solution(p, iterations, evaluations[0]);
    }

    private static double[] toExternal(double[] q, ParameterBound[] bounds) {
        double[] p = new double[q.length];
        for (int j = 0; j < q.length; j++) {
            p[j] = bounds[j].toExternal(q[j]);
        }
        return p;
    }

    private static void requireFinite(String model, List<String> names, ModelFunction function, FitData data,
            double[] params, String where, String startAdvice) {
        int n = data.size();
        double[] values = new double[n];
        double[][] jacobian = new double[n][names.size()];
        function.evaluate(params, values, jacobian);
        double chi2 = 0;
        for (int i = 0; i < n; i++) {
            double residual = (data.y[i] - values[i]) / data.dy[i];
            boolean finite = Double.isFinite(residual);
            for (double d : jacobian[i]) {
                finite &= Double.isFinite(d / data.dy[i]);
            }
            if (!finite) {
                throw nonFinite(model, "the model or its derivatives are not finite at t = " + data.t[i] + " "
                        + where + " " + describe(names, params), startAdvice);
            }
            chi2 += residual * residual;
        }
        if (!Double.isFinite(chi2)) {
            throw nonFinite(model, "χ² overflows " + where + " " + describe(names, params), startAdvice);
        }
    }

    private static FitFailedException nonFinite(String model, String detail, String startAdvice) {
        return new FitFailedException(model, FitFailedException.Reason.NON_FINITE, detail,
                startAdvice + " so that the model stays finite over the observed times, and give values and errors "
                        + "in ordinary units (e.g. μJy)");
    }

    private static String describe(List<String> names, double[] params) {
        StringBuilder s = new StringBuilder("(");
        for (int j = 0; j < names.size(); j++) {
            s.append(j == 0 ? "" : ", ").append(names.get(j)).append(" = ").append(params[j]);
        }
        return s.append(')').toString();
    }

    /**
     * The result at a solution: χ² and the covariance from the weighted Jacobian there.
     *
     * @param reported the values to report, when they differ from {@code params} by a change of origin
     * @throws FitFailedException {@code SINGULAR_MATRIX} when the data cannot determine every parameter
     */
    static FitResult result(Model model, List<String> names, ModelFunction function, FitData data, double[] params,
            double[] reported, int iterations, int evaluations, String degeneracyHint, FitResult.BandCurve curve) {
        int n = data.size();
        int k = names.size();
        double[] values = new double[n];
        double[][] jacobian = new double[n][k];
        function.evaluate(params, values, jacobian);
        double chi2 = 0;
        for (int i = 0; i < n; i++) {
            double r = (data.y[i] - values[i]) / data.dy[i];
            chi2 += r * r;
            for (int j = 0; j < k; j++) {
                jacobian[i][j] /= data.dy[i];
            }
        }
        double[][] covariance = DesignMatrix.decompose(model.name(), names, jacobian, degeneracyHint).covariance();
        List<FitParameter> parameters = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            parameters.add(new FitParameter(names.get(j), reported[j], Math.sqrt(covariance[j][j])));
        }
        return new FitResult(model, parameters, covariance, chi2, data, iterations, evaluations, curve);
    }
}
