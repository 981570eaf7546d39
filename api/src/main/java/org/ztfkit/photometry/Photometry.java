package org.ztfkit.photometry;

/**
 * Magnitude ↔ flux-density conversions in the AB system with fluxes in janskies, as the SNAD Viewer uses them
 * (seed 001, equations 1–2 and 8–9).
 *
 * <pre>{@code
 * Photometry.fluxJy(8.9);                 // 1.0 Jy
 * Photometry.fluxErrJy(1.0, 0.1);         // 0.0921 Jy
 * Photometry.mag(1e-5);                   // 21.4
 * }</pre>
 */
public final class Photometry {
    /** AB zero point for fluxes in janskies: m = 8.9 − 2.5 lg f. */
    public static final double AB_ZERO_POINT_JY = 8.9;
    /** 0.4·ln 10, the factor of equation 2. */
    public static final double FLUX_ERROR_FACTOR = 0.4 * Math.log(10.0);
    /** 2.5 / ln 10, the factor of equation 9. */
    public static final double MAG_ERROR_FACTOR = 2.5 / Math.log(10.0);

    private Photometry() {
    }

    /** Equation 1: {@code f = 10^(−0.4 (m − 8.9))} Jy. */
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
}
