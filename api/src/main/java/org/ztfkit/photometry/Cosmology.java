package org.ztfkit.photometry;

import java.util.Locale;
import org.ztfkit.errors.InvalidInputException;

/**
 * A flat ΛCDM cosmology without radiation, for distances from redshifts: the luminosity distance that turns an
 * observed flux into a luminosity. The SNAD Viewer uses H0 = 70 km/s/Mpc and Ωm = 0.3 ({@link #VIEWER}) for the
 * distances of TNS, SDSS quasar, OSC and OTTER redshifts (external-services.md §7.1).
 *
 * <p>{@code D_L(z) = (1 + z) · (c / H0) · ∫₀^z dz′ / E(z′)}, with {@code E(z) = sqrt(Ωm (1 + z)³ + 1 − Ωm)}. The
 * integral is evaluated with the composite Simpson rule on 1,024 equal steps: the integrand is smooth and
 * slowly varying, so the relative error stays below 1e−9 up to z = 10 (the tests hold it to astropy's
 * {@code FlatLambdaCDM} within 1e−8 and to the closed form of the Einstein–de Sitter case).
 *
 * <pre>{@code
 * Cosmology.VIEWER.luminosityDistanceMpc(1.0);   // 6607.66 (Wright 2006 calculator: 6607.7)
 * Cosmology.VIEWER.luminosityDistancePc(0.043);  // 1.902e8
 * }</pre>
 *
 * @param hubbleConstant H0, km/s/Mpc
 * @param omegaMatter    Ωm; the dark-energy density is 1 − Ωm (flat)
 */
public record Cosmology(double hubbleConstant, double omegaMatter) {
    /** Speed of light, km/s. */
    public static final double SPEED_OF_LIGHT_KM_S = 299_792.458;
    /** The SNAD Viewer's cosmology: H0 = 70 km/s/Mpc, Ωm = 0.3, flat. */
    public static final Cosmology VIEWER = new Cosmology(70.0, 0.3);
    private static final int SIMPSON_STEPS = 1024;

    public Cosmology {
        if (!(hubbleConstant > 0 && Double.isFinite(hubbleConstant))) {
            throw InvalidInputException.of("hubbleConstant", "positive, in km/s/Mpc", hubbleConstant, "e.g. 70");
        }
        if (!(omegaMatter >= 0 && omegaMatter <= 1)) {
            throw InvalidInputException.of("omegaMatter", "in [0, 1] (flat: Ωm + ΩΛ = 1)", omegaMatter, "e.g. 0.3");
        }
    }

    /** A flat cosmology with this H0 (km/s/Mpc) and Ωm. */
    public static Cosmology flat(double hubbleConstant, double omegaMatter) {
        return new Cosmology(hubbleConstant, omegaMatter);
    }

    /**
     * Luminosity distance in megaparsecs.
     *
     * @param z redshift, 0 ≤ z ≤ 20 (beyond, the cosmology has no radiation term and is not meant for it)
     */
    public double luminosityDistanceMpc(double z) {
        if (!(z >= 0 && z <= 20)) {
            throw InvalidInputException.of("redshift z", "in [0, 20]", z, "a negative or huge redshift has no luminosity "
                    + "distance in this model");
        }
        return (1 + z) * SPEED_OF_LIGHT_KM_S / hubbleConstant * comovingIntegral(z);
    }

    /** Luminosity distance in parsecs. */
    public double luminosityDistancePc(double z) {
        return luminosityDistanceMpc(z) * 1e6;
    }

    /** {@code ∫₀^z dz′ / E(z′)} by the composite Simpson rule. */
    private double comovingIntegral(double z) {
        if (z == 0) {
            return 0;
        }
        double h = z / SIMPSON_STEPS;
        double sum = inverseE(0) + inverseE(z);
        for (int i = 1; i < SIMPSON_STEPS; i++) {
            sum += (i % 2 == 1 ? 4 : 2) * inverseE(i * h);
        }
        return sum * h / 3;
    }

    private double inverseE(double z) {
        double a = 1 + z;
        return 1 / Math.sqrt(omegaMatter * a * a * a + 1 - omegaMatter);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "flat ΛCDM H0=%s km/s/Mpc Ωm=%s", hubbleConstant, omegaMatter);
    }
}
