package org.ztfkit.photometry;

import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.model.Band;

/**
 * Brightness conversions exactly as the SNAD Viewer makes them (seed 001, equations 1–11; external-services.md
 * §16.4, §5.4, §6.2), in the AB system with flux densities in janskies, plus the apparent magnitude of a ZTF alert.
 *
 * <pre>{@code
 * Photometry.fluxJy(8.9);                        // 1.0 Jy                       (eq. 1)
 * Photometry.fluxErrJy(1.0, 0.1);                // 0.0921 Jy                    (eq. 2)
 * double df = Photometry.diffFluxJy(Photometry.fluxJy(17.0), Photometry.fluxJy(18.0));   // (eq. 3)
 * Photometry.diffMag(df, 1e-5);                  // 8.9 − 2.5 lg Δf               (eq. 5)
 * Photometry.mag(1e-5);                          // 21.4                         (eq. 8)
 * Photometry.gaiaMagAb(Band.GAIA_G, 1000.0);     // 25.80104 − 7.5 = 18.30104     (eq. 10)
 * Photometry.ztfAlertDcMag(19.0, true, 18.0);    // 17.64                        (alert → apparent)
 * }</pre>
 * Functions are plain {@code double → double} so that they can run over columns; NaN in gives NaN out.
 */
public final class Photometry {
    /** AB zero point for fluxes in janskies: m = 8.9 − 2.5 lg f. */
    public static final double AB_ZERO_POINT_JY = 8.9;
    /** 0.4·ln 10, the factor of equation 2. */
    public static final double FLUX_ERROR_FACTOR = 0.4 * Math.log(10.0);
    /** 2.5 / ln 10, the factor of equations 9 and 11 (the Viewer rounds it to 1.0857). */
    public static final double MAG_ERROR_FACTOR = 2.5 / Math.log(10.0);

    private Photometry() {
    }

    /** Equation 1: {@code f = 10^(−0.4 (m − 8.9))} Jy; +∞ mag gives 0 Jy. */
    public static double fluxJy(double mag) {
        return Math.pow(10.0, -0.4 * (mag - AB_ZERO_POINT_JY));
    }

    /** Equation 2: {@code σ_f = 0.4 ln10 · f · σ_m}. */
    public static double fluxErrJy(double fluxJy, double magErr) {
        return FLUX_ERROR_FACTOR * fluxJy * magErr;
    }

    /** Equation 8: {@code m = 8.9 − 2.5 lg f}; NaN for f ≤ 0. */
    public static double mag(double fluxJy) {
        return fluxJy > 0 ? AB_ZERO_POINT_JY - 2.5 * Math.log10(fluxJy) : Double.NaN;
    }

    /** Equation 9: {@code σ_m = (2.5/ln10) σ_f / f}. */
    public static double magErr(double fluxJy, double fluxErrJy) {
        return MAG_ERROR_FACTOR * fluxErrJy / fluxJy;
    }

    /** Equation 3: the difference flux {@code Δf = f − f_ref}, Jy (f_ref = 0 when no reference is set). */
    public static double diffFluxJy(double fluxJy, double refFluxJy) {
        return fluxJy - refFluxJy;
    }

    /** Equation 4: {@code σ_Δf = sqrt(σ_f² + σ_fref²)}, Jy. */
    public static double diffFluxErrJy(double fluxErrJy, double refFluxErrJy) {
        return Math.hypot(fluxErrJy, refFluxErrJy);
    }

    /**
     * Equation 5: the difference magnitude {@code Δm = 8.9 − 2.5 lg Δf}. When {@code Δf ≤ 0} or {@code Δf < σ_Δf}
     * the Viewer sets it to +∞ and does not draw the point; so do we.
     */
    public static double diffMag(double diffFluxJy, double diffFluxErrJy) {
        return undrawable(diffFluxJy, diffFluxErrJy) ? Double.POSITIVE_INFINITY
                : AB_ZERO_POINT_JY - 2.5 * Math.log10(diffFluxJy);
    }

    /**
     * Equation 6: the error bar toward fainter magnitudes (the upper bar on an inverted axis),
     * {@code σ⁺ = −2.5 lg(1 − σ_Δf/Δf)}, a positive number; +∞ where {@link #diffMag} is.
     */
    public static double diffMagErrPlus(double diffFluxJy, double diffFluxErrJy) {
        return undrawable(diffFluxJy, diffFluxErrJy) ? Double.POSITIVE_INFINITY
                : -2.5 * Math.log10(1 - diffFluxErrJy / diffFluxJy);
    }

    /**
     * Equation 7 with the Viewer's sign: the error bar toward brighter magnitudes as a positive length,
     * {@code σ⁻ = +2.5 lg(1 + σ_Δf/Δf)}; the bar spans {@code [Δm − σ⁻, Δm + σ⁺]}. The paper writes eq. 7 with a
     * leading minus (a signed offset, negative); the magnitude is the same. +∞ where {@link #diffMag} is.
     */
    public static double diffMagErrMinus(double diffFluxJy, double diffFluxErrJy) {
        return undrawable(diffFluxJy, diffFluxErrJy) ? Double.POSITIVE_INFINITY
                : 2.5 * Math.log10(1 + diffFluxErrJy / diffFluxJy);
    }

    private static boolean undrawable(double diffFluxJy, double diffFluxErrJy) {
        return diffFluxJy <= 0 || diffFluxJy < diffFluxErrJy;
    }

    /**
     * Equation 10: a Gaia epoch flux (e⁻/s) → AB magnitude, {@code m = ZP_AB − 2.5 lg f}, with the Gaia EDR3
     * passband zero points (Riello et al. 2021); NaN for f ≤ 0.
     *
     * @throws InvalidInputException for a band that is not {@code gaia_G}, {@code gaia_BP} or {@code gaia_RP}
     */
    public static double gaiaMagAb(Band band, double fluxElectronsPerSecond) {
        return fluxElectronsPerSecond > 0 ? gaiaZeroPointAb(band) - 2.5 * Math.log10(fluxElectronsPerSecond)
                : Double.NaN;
    }

    /**
     * Equation 11: its error {@code sqrt((2.5/ln10 / (f/σ_f))² + σ_ZP²)}, from the DR3 column
     * {@code *_flux_over_error}.
     */
    public static double gaiaMagErrAb(Band band, double fluxOverError) {
        return Math.hypot(MAG_ERROR_FACTOR / fluxOverError, gaiaZeroPointErrAb(band));
    }

    /** Gaia EDR3 AB zero point: G 25.8010446445, BP 25.3539555559, RP 25.1039837393. */
    public static double gaiaZeroPointAb(Band band) {
        return switch (gaiaBand(band)) {
            case GAIA_G -> 25.8010446445;
            case GAIA_BP -> 25.3539555559;
            default -> 25.1039837393;
        };
    }

    /** Its uncertainty σ_ZP: G 0.0027590522, BP 0.0023065687, RP 0.0015800349. */
    public static double gaiaZeroPointErrAb(Band band) {
        return switch (gaiaBand(band)) {
            case GAIA_G -> 0.0027590522;
            case GAIA_BP -> 0.0023065687;
            default -> 0.0015800349;
        };
    }

    private static Band gaiaBand(Band band) {
        if (band != Band.GAIA_G && band != Band.GAIA_BP && band != Band.GAIA_RP) {
            throw InvalidInputException.of("Gaia band", "gaia_G, gaia_BP or gaia_RP", String.valueOf(band),
                    "Gaia zero points exist only for the three Gaia passbands");
        }
        return band;
    }

    /**
     * A ZTF alert's apparent ("DC") magnitude: the difference flux added to (or, when {@code isdiffpos} is false,
     * subtracted from) the flux of the nearest reference-image source,
     * {@code m = −2.5 lg(10^(−0.4 magnr) ± 10^(−0.4 magpsf))}. This is ALeRCE's {@code magpsf_corr} (Förster et
     * al. 2021, AJ 161, 242; alercebroker/pipeline correction step) and Fink's {@code dc_mag} (after R. Williams)
     * when the science and reference zero points are equal; the zero points cancel for calibrated magnitudes, so
     * we use none. NaN when the total flux is not positive, or without {@code magnr}. Valid only when the
     * reference source is the alert's own counterpart (ALeRCE requires {@code distnr < 1.4″}): the caller decides.
     */
    public static double ztfAlertDcMag(double magpsf, boolean isDiffPos, double magnr) {
        double total = dcRelativeFlux(magpsf, isDiffPos, magnr);
        return total > 0 ? -2.5 * Math.log10(total) : Double.NaN;
    }

    /**
     * Its error: the reference and difference flux errors added in quadrature (as Fink's {@code dc_mag} and
     * ALeRCE's extended-source {@code sigmapsf_corr_ext} do),
     * {@code σ = sqrt((10^(−0.4 magpsf)·sigmapsf)² + (10^(−0.4 magnr)·sigmagnr)²) / 10^(−0.4 m)}. ALeRCE's
     * point-source {@code sigmapsf_corr} subtracts the reference term instead; we keep the conservative sum.
     */
    public static double ztfAlertDcMagErr(double magpsf, double sigmapsf, boolean isDiffPos, double magnr,
            double sigmagnr) {
        double total = dcRelativeFlux(magpsf, isDiffPos, magnr);
        if (!(total > 0)) {
            return Double.NaN;
        }
        double diff = Math.pow(10, -0.4 * magpsf);
        double ref = Math.pow(10, -0.4 * magnr);
        return Math.hypot(diff * sigmapsf, ref * sigmagnr) / total;
    }

    private static double dcRelativeFlux(double magpsf, boolean isDiffPos, double magnr) {
        double diff = Math.pow(10, -0.4 * magpsf);
        return Math.pow(10, -0.4 * magnr) + (isDiffPos ? diff : -diff);
    }
}
