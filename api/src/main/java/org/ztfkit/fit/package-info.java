/**
 * Least-squares model fits of light curves: supernova-like shapes (Bazin, Villar, Linexp, as the light-curve crate
 * defines them) and a multiband periodic Fourier series, returning parameters with 1σ uncertainties, χ² and a model
 * curve ready to plot. Pure: arrays in, immutable values out, no I/O.
 *
 * <pre>{@code
 * FitResult sn = Models.bazin().fit(mjd, fluxMicroJy, fluxErrMicroJy);
 * sn.value("rise_time"); sn.error("rise_time"); sn.reducedChi2();
 * ModelCurve line = sn.modelCurve(58600, 58800, 500);
 * FitResult rr = Models.fourier(3, 0.5671).withPeriodRefinement(true).fit(mjd, mag, magErr, bands);
 * Map<String, Double> features = FitFeatures.transformed(sn, FitFeatures.ZERO_POINT_MICRO_JY);
 * }</pre>
 *
 * <ul>
 *   <li>Nonlinear fits use commons-math's Levenberg–Marquardt (MINPACK lmder); linear ones an SVD. Bounds are
 *       enforced by a change of variable (see {@link org.ztfkit.fit.CurveModel}).</li>
 *   <li>Uncertainties take the errors dy as true 1σ errors: covariance (JᵀJ)⁻¹, not rescaled by the reduced χ²
 *       (see {@link org.ztfkit.fit.FitResult}).</li>
 *   <li>A fit either returns a converged {@link org.ztfkit.fit.FitResult} or throws
 *       {@link org.ztfkit.fit.FitFailedException} naming the model, the reason (too few points, iteration limit,
 *       singular matrix, non-finite values) and what to try. Bad arguments throw
 *       {@link org.ztfkit.errors.InvalidInputException}.</li>
 *   <li>Points whose time, value or error is not finite are dropped before fitting and counted in the result.</li>
 * </ul>
 */
package org.ztfkit.fit;
