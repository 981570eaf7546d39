package org.ztfkit.lightcurve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.features.FeatureSet;
import org.ztfkit.features.Features;
import org.ztfkit.fit.FitResult;
import org.ztfkit.fit.Models;
import org.ztfkit.period.Periodogram;
import org.ztfkit.photometry.Photometry;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The periodogram, features and fits of a light curve, on injected signals. */
class LightCurve_AnalysisTest {
    static final double PERIOD = 0.6127;

    /** Two bands of a sinusoid (r amplitude 0.3 mag, g 0.4) sampled every ~2.6 nights over 600 days. */
    static LightCurve twoBandVariable(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        StringColumn oid = StringColumn.create("oid");
        StringColumn source = StringColumn.create("source");
        StringColumn band = StringColumn.create("band");
        DoubleColumn t = DoubleColumn.create("time");
        DoubleColumn mag = DoubleColumn.create("mag");
        DoubleColumn err = DoubleColumn.create("magerr");
        DoubleColumn flux = DoubleColumn.create("flux");
        DoubleColumn fluxerr = DoubleColumn.create("fluxerr");
        BooleanColumn ul = BooleanColumn.create("is_upper_limit");
        for (int night = 0; night < 600; night++) {
            for (String b : new String[] {"ztf_g", "ztf_r"}) {
                if (rng.nextDouble() > 0.38) {
                    continue;
                }
                double time = 58300 + night + 0.15 + 0.3 * rng.nextDouble(); // visits spread over the night, as ZTF's
                double amp = b.equals("ztf_g") ? 0.4 : 0.3;
                double m = (b.equals("ztf_g") ? 17.3 : 17.0) + amp * Math.sin(2 * Math.PI * time / PERIOD) + 0.02 * rng.nextGaussian();
                oid.append(b.equals("ztf_g") ? "686104100122720" : "686204100122720");
                source.append("ztf_dr");
                band.append(b);
                t.append(time);
                mag.append(m);
                err.append(0.02);
                flux.append(Photometry.fluxJy(m));
                fluxerr.append(Photometry.fluxErrJy(Photometry.fluxJy(m), 0.02));
                ul.append(false);
            }
        }
        return LightCurve.of(Table.create("variable", oid, source, band, t, mag, err, flux, fluxerr, ul));
    }

    @Test
    void periodogramOfOneBandRecoversTheInjectedPeriod() {
        LightCurve lc = twoBandVariable(1);
        Periodogram pg = lc.band("ztf_r").periodogram(Periodogram.options().minPeriod(0.1).maxPeriod(50).build());
        assertEquals(PERIOD, pg.bestPeriod(), PERIOD * 1e-3);
        assertTrue(pg.falseAlarmProbability().orElseThrow() < 1e-10);
    }

    @Test
    void severalBandsNeedASelectionOrTheMultibandModel() {
        LightCurve lc = twoBandVariable(2);
        var e = assertThrows(InvalidInputException.class, lc::periodogram);
        assertTrue(e.getMessage().contains("[ztf_g, ztf_r]") && e.getMessage().contains("Periodogram.multiband()"),
                e.getMessage());
        Periodogram both = lc.periodogram(Periodogram.options().multiband(true).minPeriod(0.1).maxPeriod(50).build());
        assertEquals(PERIOD, both.bestPeriod(), PERIOD * 1e-3);
        assertEquals(java.util.List.of("ztf_g", "ztf_r"), both.bands());
        assertTrue(Periodogram.multiband().multiband());
    }

    @Test
    void featuresAreTheSetsValuesOnTheBandsMagnitudes() {
        LightCurve r = twoBandVariable(3).band("ztf_r");
        Table t = r.table();
        Features expected = FeatureSet.version("v0.2").extract(t.doubleColumn("time").asDoubleArray(),
                t.doubleColumn("mag").asDoubleArray(), t.doubleColumn("magerr").asDoubleArray());
        Features got = r.inFlux().features(FeatureSet.version("v0.2"));
        assertArrayEquals(expected.values(), got.values(), 0.0, "the representation does not change the features");
        // v0.2's grid stops at twice the average Nyquist frequency, about 2.6 d here: the service cannot see 0.61 d
        // in such sparse data. ztfkit's default set searches down to 2 hours.
        assertTrue(got.get("period_0_magn") > 2.0);
        assertEquals(PERIOD, r.features().get("period_0_magn"), PERIOD * 1e-3);
        assertThrows(InvalidInputException.class, () -> twoBandVariable(3).features());
    }

    @Test
    void theLatestSetRunsItsBazinFitThroughTheFitPackage() {
        // A supernova-like flux (Bazin) on a host: v0.5's bazin_fit_* features need a fitter plugged in.
        StringColumn oid = StringColumn.create("oid");
        StringColumn source = StringColumn.create("source");
        StringColumn band = StringColumn.create("band");
        DoubleColumn t = DoubleColumn.create("time");
        DoubleColumn mag = DoubleColumn.create("mag");
        DoubleColumn err = DoubleColumn.create("magerr");
        DoubleColumn flux = DoubleColumn.create("flux");
        DoubleColumn fluxerr = DoubleColumn.create("fluxerr");
        BooleanColumn ul = BooleanColumn.create("is_upper_limit");
        SplittableRandom rng = new SplittableRandom(4);
        double riseTime = 4.0;
        double fallTime = 30.0;
        for (int i = 0; i < 60; i++) {
            double time = 58600 + 2.1 * i;
            double x = time - 58650;
            double fMicroJy = 20 + 300 * Math.exp(-x / fallTime) / (1 + Math.exp(-x / riseTime));
            double f = fMicroJy * 1e-6 * (1 + 0.01 * rng.nextGaussian());
            double m = Photometry.mag(f);
            oid.append("633207400004730");
            source.append("ztf_dr");
            band.append("ztf_r");
            t.append(time);
            mag.append(m);
            err.append(0.01 * Photometry.MAG_ERROR_FACTOR);
            flux.append(f);
            fluxerr.append(0.01 * f);
            ul.append(false);
        }
        LightCurve lc = LightCurve.of(Table.create("sn", oid, source, band, t, mag, err, flux, fluxerr, ul));
        Features latest = lc.features(FeatureSet.latest());
        assertEquals(riseTime, latest.get("bazin_fit_rise_time_flux"), 0.5);
        assertEquals(fallTime, latest.get("bazin_fit_fall_time_flux"), 3.0);
        FitResult direct = lc.fit(Models.bazin());
        assertEquals(riseTime, direct.value("rise_time"), 0.5);
        assertEquals(300, direct.value("amplitude"), 30, "fluxes are fitted in μJy");
    }

    @Test
    void aBazinFitThatFailsGivesNaNFeaturesNotAFailedExtraction() {
        Features latest = twoBandVariable(6).band("ztf_r").features(FeatureSet.latest());
        assertEquals(PERIOD, latest.get("period_0_magn"), PERIOD * 1e-3);
        assertTrue(latest.failure().isEmpty(), "the extraction itself succeeded");
    }

    @Test
    void aFourierFitSharesThePeriodAcrossBands() {
        FitResult f = twoBandVariable(5).fit(Models.fourier(1, PERIOD));
        assertEquals(2, f.bands().size());
        // One harmonic: amplitude sqrt(cos² + sin²) is the injected semi-amplitude of each band.
        double ar = Math.hypot(f.value("cos1_ztf_r"), f.value("sin1_ztf_r"));
        double ag = Math.hypot(f.value("cos1_ztf_g"), f.value("sin1_ztf_g"));
        assertEquals(0.3, ar, 0.01);
        assertEquals(0.4, ag, 0.01);
    }
}
