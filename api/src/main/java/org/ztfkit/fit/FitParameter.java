package org.ztfkit.fit;

/**
 * One fitted parameter: its name (the light-curve crate's name where the crate has the model, e.g.
 * {@code rise_time}), its best value and its 1σ uncertainty, in the units of the data (times in days, amplitudes and
 * baselines in the units of y).
 *
 * <pre>{@code
 * FitParameter rise = Models.bazin().fit(t, flux, fluxErr).parameter("rise_time");
 * rise.value(); rise.error();      // e.g. 4.93, 0.31 (days)
 * }</pre>
 *
 * @param name  the parameter's name
 * @param value the best-fit value
 * @param error the 1σ uncertainty: the square root of the covariance diagonal (see {@link FitResult#covariance()})
 */
public record FitParameter(String name, double value, double error) {
    /** {@code rise_time = 4.932 ± 0.3107}. */
    @Override
    public String toString() {
        return name + " = " + String.format("%.6g ± %.4g", value, error);
    }
}
