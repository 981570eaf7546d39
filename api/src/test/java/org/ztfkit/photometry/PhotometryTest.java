package org.ztfkit.photometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.model.Band;

/**
 * Seed 001 equations 1–11 and the alert DC magnitude. Expected numbers were worked out by hand from the printed
 * equations (Python arithmetic, shown beside each), not by the code under test.
 */
class PhotometryTest {
    static final double EPS = 1e-12;

    @Test
    void equations1And2() {
        // f = 10^(−0.4 (17 − 8.9)) = 10^(−3.24); σ_f = 0.4 ln10 · f · 0.05
        assertEquals(5.754399373371566e-4, Photometry.fluxJy(17.0), 1e-4 * EPS);
        assertEquals(2.6499988432519296e-5, Photometry.fluxErrJy(Photometry.fluxJy(17.0), 0.05), 1e-4 * EPS);
        assertEquals(1.0, Photometry.fluxJy(8.9), EPS);
        assertEquals(0.0, Photometry.fluxJy(Double.POSITIVE_INFINITY), 0.0);
    }

    @Test
    void equations3To7WithAReference() {
        // object 17.00 ± 0.05, reference 18.00 ± 0.03
        double f = Photometry.fluxJy(17.0);
        double sf = Photometry.fluxErrJy(f, 0.05);
        ReferenceMagnitude ref = ReferenceMagnitude.of(18.0, 0.03);
        assertEquals(2.2908676527677723e-4, ref.fluxJy(), 1e-16);     // 10^(−0.4·9.1)
        assertEquals(6.3299012487424e-6, ref.fluxErrJy(), 1e-18);     // 0.921034 · f_ref · 0.03
        double df = Photometry.diffFluxJy(f, ref.fluxJy());
        double sdf = Photometry.diffFluxErrJy(sf, ref.fluxErrJy());
        assertEquals(3.463531720603794e-4, df, 1e-16);                 // eq. 3
        assertEquals(2.7245495714750485e-5, sdf, 1e-17);               // eq. 4: hypot
        assertEquals(17.551202076354773, Photometry.diffMag(df, sdf), EPS);          // eq. 5
        assertEquals(0.08895479474677627, Photometry.diffMagErrPlus(df, sdf), EPS);  // eq. 6: −2.5 lg(1 − σ/Δf)
        assertEquals(0.0822153736028203, Photometry.diffMagErrMinus(df, sdf), EPS);  // eq. 7, Viewer's + sign
        assertTrue(Photometry.diffMagErrPlus(df, sdf) > Photometry.diffMagErrMinus(df, sdf),
                "the bar toward fainter magnitudes is the longer one");
    }

    @Test
    void withoutAReferenceTheDifferenceIsTheApparentBrightness() {
        ReferenceMagnitude none = ReferenceMagnitude.NONE;
        assertEquals(0.0, none.fluxJy(), 0.0);
        assertEquals(0.0, none.fluxErrJy(), 0.0);
        double f = Photometry.fluxJy(17.0);
        double sf = Photometry.fluxErrJy(f, 0.05);
        assertEquals(17.0, Photometry.diffMag(Photometry.diffFluxJy(f, none.fluxJy()),
                Photometry.diffFluxErrJy(sf, none.fluxErrJy())), EPS);
    }

    @Test
    void nonPositiveOrInsignificantDifferencesAreInfiniteAndNotDrawn() {
        // Δf = 0 (same as the reference), Δf < 0 (fainter), and 0 < Δf < σ: 17.9 ± 0.3 against 18.0 gives
        // Δf = 2.21e-5 < σ = 6.94e-5
        for (double[] dfAndSigma : new double[][] {{0.0, 1e-6}, {-1e-5, 1e-6}, {2.2101877874180993e-05,
            6.940598702985568e-05}}) {
            assertEquals(Double.POSITIVE_INFINITY, Photometry.diffMag(dfAndSigma[0], dfAndSigma[1]));
            assertEquals(Double.POSITIVE_INFINITY, Photometry.diffMagErrPlus(dfAndSigma[0], dfAndSigma[1]));
            assertEquals(Double.POSITIVE_INFINITY, Photometry.diffMagErrMinus(dfAndSigma[0], dfAndSigma[1]));
        }
        assertTrue(Double.isNaN(Photometry.diffMag(Double.NaN, 1e-6)), "missing stays missing");
    }

    @Test
    void equations8And9ForPanStarrs() {
        // 3.3e-5 ± 1.1e-6 Jy: m = 8.9 − 2.5 lg 3.3e-5, σ = 2.5/ln10 · 1.1e-6/3.3e-5
        assertEquals(20.10371515030528, Photometry.mag(3.3e-5), EPS);
        assertEquals(0.03619120682527098, Photometry.magErr(3.3e-5, 1.1e-6), EPS);
        assertTrue(Double.isNaN(Photometry.mag(0.0)));
    }

    @Test
    void equations10And11ForGaiaWithEdr3ZeroPoints() {
        // G: 25.8010446445 − 2.5 lg 12345.6; sqrt((1.0857362/250)² + 0.0027590522²)
        assertEquals(15.572264140430569, Photometry.gaiaMagAb(Band.GAIA_G, 12345.6), EPS);
        assertEquals(0.005145244284141058, Photometry.gaiaMagErrAb(Band.GAIA_G, 250.0), EPS);
        // BP: 25.3539555559 − 2.5 lg 800; sqrt((1.0857362/40)² + 0.0023065687²)
        assertEquals(18.09623058842014, Photometry.gaiaMagAb(Band.GAIA_BP, 800.0), EPS);
        assertEquals(0.027241231628166822, Photometry.gaiaMagErrAb(Band.GAIA_BP, 40.0), EPS);
        assertEquals(25.1039837393, Photometry.gaiaZeroPointAb(Band.GAIA_RP), 0.0);
        assertEquals(0.0015800349, Photometry.gaiaZeroPointErrAb(Band.GAIA_RP), 0.0);
        assertTrue(Double.isNaN(Photometry.gaiaMagAb(Band.GAIA_RP, -3.0)));
    }

    @Test
    void gaiaZeroPointsOfANonGaiaBandAreRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Photometry.gaiaMagAb(Band.PS1_G, 100.0));
        assertTrue(e.getMessage().contains("ps1_g") && e.getMessage().contains("gaia_G"), e.getMessage());
    }

    @Test
    void alertDcMagnitude() {
        // brighter than the reference: −2.5 lg(10^(−7.2) + 10^(−7.6)); error from both flux errors in quadrature
        assertEquals(17.636148842226767, Photometry.ztfAlertDcMag(19.0, true, 18.0), EPS);
        assertEquals(0.03186604081155792, Photometry.ztfAlertDcMagErr(19.0, 0.1, true, 18.0, 0.02), EPS);
        // fainter (isdiffpos = f): −2.5 lg(10^(−7.2) − 10^(−7.8))
        assertEquals(18.314068943729538, Photometry.ztfAlertDcMag(19.5, false, 18.0), EPS);
        assertEquals(0.05696682154178289, Photometry.ztfAlertDcMagErr(19.5, 0.15, false, 18.0, 0.02), EPS);
        // a negative difference larger than the reference flux has no apparent magnitude
        assertTrue(Double.isNaN(Photometry.ztfAlertDcMag(17.0, false, 18.0)));
        assertTrue(Double.isNaN(Photometry.ztfAlertDcMagErr(17.0, 0.1, false, 18.0, 0.02)));
    }

    @Test
    void referenceMagnitudeValidation() {
        assertThrows(InvalidInputException.class, () -> ReferenceMagnitude.of(Double.NaN, 0.1));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ReferenceMagnitude.of(18, -0.1));
        assertTrue(e.getMessage().contains("-0.1") && e.getMessage().contains("≥ 0"), e.getMessage());
        assertEquals("18.420 ± 0.030", ReferenceMagnitude.of(18.42, 0.03).toString());
        assertEquals("none", ReferenceMagnitude.NONE.toString());
    }
}
