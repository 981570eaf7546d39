package org.ztfkit.fit;

/**
 * The models ztfkit fits: three supernova-like shapes of the light-curve crate (the offline counterparts of the SNAD
 * fit service, {@code external-services.md} §13.4, §14) and a multiband periodic Fourier series.
 *
 * <table>
 *   <caption>Defaults derived from the data (Δt = time span, Δy = value range, t_peak = time of the largest value,
 *   y_min/y_max = smallest/largest value)</caption>
 *   <tr><th>model</th><th>initial values</th><th>bounds</th></tr>
 *   <tr><td>{@link #bazin()}</td>
 *       <td>A = Δy/2, B = y_min, t0 = t_peak, τ_rise = τ_fall = Δt/2</td>
 *       <td>SNAD feature service v0.5 (crate 0.5.5): A ∈ [10^(−0.4(30−23.9)), 10^(0.4·23.9)] ≈ [3.63e−3, 3.63e9]
 *       (magnitudes 30 to 0 <b>for fluxes in μJy</b>; for other units use
 *       {@code withBounds("amplitude", …)}); τ_rise, τ_fall ∈ [1e−4, 3e4] d; crate defaults for the rest:
 *       B ∈ [y_min − 100Δy, y_max + 100Δy], t0 ∈ [t_min − 10Δt, t_max + 10Δt]</td></tr>
 *   <tr><td>{@link #villar()}</td>
 *       <td>A = Δy/2, c = y_min, t0 = t_peak, τ_rise = τ_fall = Δt/2, ν = 0, γ = Δt/10</td>
 *       <td>crate defaults: A ∈ [0, 100Δy], c ∈ [y_min − 100Δy, y_max + 100Δy], t0 ∈ [t_min − 20Δt,
 *       t_max + 10Δt], ν ∈ [0, 1); τ_rise, τ_fall, γ ∈ [1e−4 d, 10Δt] (the crate's lower bound 0, raised so that
 *       the time scales stay positive)</td></tr>
 *   <tr><td>{@link #linexp()}</td>
 *       <td>A = 3Δy, τ = Δt/4, t0 = t_peak − 1.5τ, B = y_min</td>
 *       <td>crate defaults: A ∈ [0, 100Δy], t0 ∈ [t_min − 10Δt, t_max + 10Δt], τ ∈ [1e−4 d, 1e4·Δt],
 *       B ∈ [y_min − 100Δy, y_max + 100Δy]</td></tr>
 * </table>
 * A start value on a bound (such as ν = 0) is moved 0.1% of the range inside it.
 *
 * <pre>{@code
 * FitResult sn = Models.bazin().fit(mjd, fluxMicroJy, fluxErrMicroJy);
 * FitResult ii = Models.villar().fit(mjd, fluxMicroJy, fluxErrMicroJy);
 * FitResult rr = Models.fourier(3, 0.5671).fit(mjd, mag, magErr, bands);
 * }</pre>
 */
public final class Models {
    /** Levenberg–Marquardt iterations a fit may take unless {@code withMaxIterations} says otherwise. */
    public static final int DEFAULT_MAX_ITERATIONS = 200;

    private Models() {
    }

    /**
     * Bazin et al. 2009: {@code f = A·e^(−(t−t0)/τ_fall) / (1 + e^(−(t−t0)/τ_rise)) + B}; parameters
     * {@code amplitude, baseline, reference_time, rise_time, fall_time}; at least 6 points. Meant for fluxes; the
     * default amplitude bounds assume μJy.
     */
    public static CurveModel bazin() {
        return new CurveModel(new BazinShape());
    }

    /**
     * Villar et al. 2019 with the crate's plateau parameterisation ν ∈ [0, 1):
     * {@code f = c + A·logistic((t−t0)/τ_rise)·(1 − ν(t−t0)/γ)} up to t0 + γ, then
     * {@code c + A·logistic((t−t0)/τ_rise)·(1 − ν)·e^(−(t−t0−γ)/τ_fall)}; parameters {@code amplitude, baseline,
     * reference_time, rise_time, fall_time, plateau_rel_amplitude, plateau_duration}; at least 8 points.
     */
    public static CurveModel villar() {
        return new CurveModel(new VillarShape());
    }

    /**
     * The crate's Linexp: {@code f = A·x·e^(−x) + B} with {@code x = (t − t0)/τ}; parameters {@code amplitude,
     * reference_time, fall_time, baseline}; at least 5 points. Peaks at t0 + τ with A/e above the baseline.
     */
    public static CurveModel linexp() {
        return new CurveModel(new LinexpShape());
    }

    /**
     * A Fourier series of {@code nHarmonics} harmonics at a fixed period shared by all bands, with per-band mean
     * and coefficients; see {@link FourierModel}.
     *
     * @param nHarmonics ≥ 1
     * @param periodDays the period, days, > 0
     */
    public static FourierModel fourier(int nHarmonics, double periodDays) {
        return new FourierModel(nHarmonics, periodDays);
    }
}
