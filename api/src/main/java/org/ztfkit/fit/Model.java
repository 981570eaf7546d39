package org.ztfkit.fit;

/**
 * A light-curve model that can be fitted by least squares. Made by {@link Models}; immutable, so one value can be
 * reused for many light curves. Times are in days (MJD or any origin: the fits do not depend on it), y and dy in
 * any consistent unit (the supernova models are meant for fluxes).
 *
 * <pre>{@code
 * FitResult r = Models.bazin().fit(t, flux, fluxErr);                      // one passband
 * FitResult p = Models.fourier(3, 0.5671).fit(t, mag, magErr, bands);      // several passbands together
 * }</pre>
 */
public sealed interface Model permits CurveModel, FourierModel {
    /** The model's name, as the light-curve crate prefixes its outputs: {@code bazin}, {@code villar}, … */
    String name();

    /**
     * Fits the model to one passband. Points whose time, value or error is not finite are dropped first (see
     * {@link FitResult#droppedPointCount()}).
     *
     * @param t  observation times, days
     * @param y  values (fluxes for the supernova models)
     * @param dy 1σ errors of y, > 0 where finite
     * @throws FitFailedException     when the fit fails; the message says why and what to try
     * @throws org.ztfkit.errors.InvalidInputException for arrays of different lengths or an error ≤ 0
     */
    FitResult fit(double[] t, double[] y, double[] dy);

    /**
     * Fits the model to labelled points, e.g. the {@code band} column of a light curve ({@code ztf_g}, …).
     * Single-band models accept one distinct label only.
     *
     * @param bands one passband label per point
     * @throws FitFailedException     when the fit fails; the message says why and what to try
     * @throws org.ztfkit.errors.InvalidInputException as {@link #fit(double[], double[], double[])}, or for several
     *                                bands given to a single-band model
     */
    FitResult fit(double[] t, double[] y, double[] dy, String[] bands);
}
