package org.ztfkit.photometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ztfkit.Reference;
import org.ztfkit.errors.InvalidInputException;
import tech.tablesaw.api.Table;

class CosmologyTest {
    @Test
    void luminosityDistanceMatchesAstropyFlatLambdaCdm() {
        Table ref = Reference.csv("cosmology_luminosity_distance.csv"); // cosmology_reference.py, astropy 5.2.1
        for (int i = 0; i < ref.rowCount(); i++) {
            double z = ref.doubleColumn("z").get(i);
            double expected = ref.doubleColumn("luminosity_distance_mpc").get(i);
            assertEquals(expected, Cosmology.VIEWER.luminosityDistanceMpc(z), expected * 1e-8, "z = " + z);
        }
    }

    @Test
    void luminosityDistanceAtRedshiftOneIsThePublishedValue() {
        // Wright (2006, PASP 118, 1711) cosmology calculator, H0 = 70, Ωm = 0.3, flat: D_L(z = 1) = 6607.7 Mpc
        assertEquals(6607.7, Cosmology.VIEWER.luminosityDistanceMpc(1.0), 0.05);
    }

    @Test
    void einsteinDeSitterCaseHasAClosedForm() {
        // Ωm = 1: D_L = (2c/H0)(1 + z)(1 − 1/sqrt(1 + z))
        Cosmology eds = Cosmology.flat(70, 1.0);
        for (double z : new double[] {0.05, 0.5, 3.0, 9.0}) {
            double closed = 2 * Cosmology.SPEED_OF_LIGHT_KM_S / 70 * (1 + z) * (1 - 1 / Math.sqrt(1 + z));
            assertEquals(closed, eds.luminosityDistanceMpc(z), closed * 1e-9, "z = " + z);
        }
    }

    @Test
    void smallRedshiftsFollowHubblesLaw() {
        // second-order expansion D_L ≈ (cz/H0)(1 + (1 − q0) z / 2) with q0 = Ωm/2 − ΩΛ = −0.55; next term ~ z²
        double z = 1e-4;
        double expected = Cosmology.SPEED_OF_LIGHT_KM_S * z / 70 * 1e6 * (1 + 0.775 * z);
        assertEquals(expected, Cosmology.VIEWER.luminosityDistancePc(z), expected * 1e-7);
        assertEquals(0.0, Cosmology.VIEWER.luminosityDistanceMpc(0.0), 0.0);
    }

    @Test
    void badRedshiftsAndParametersAreRefusedWithTheValidRange() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Cosmology.VIEWER.luminosityDistanceMpc(-0.1));
        assertTrue(e.getMessage().contains("[0, 20]") && e.getMessage().contains("-0.1"), e.getMessage());
        assertThrows(InvalidInputException.class, () -> Cosmology.flat(0, 0.3));
        assertThrows(InvalidInputException.class, () -> Cosmology.flat(70, 1.3));
    }
}
