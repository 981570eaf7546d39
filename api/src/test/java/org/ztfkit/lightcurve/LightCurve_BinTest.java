package org.ztfkit.lightcurve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ztfkit.lightcurve.Fixtures.NEIGHBOUR;
import static org.ztfkit.lightcurve.Fixtures.TARGET;

import org.junit.jupiter.api.Test;
import org.ztfkit.errors.InvalidInputException;
import tech.tablesaw.api.Table;

/** Inverse-variance binning, checked against the weighted mean and 1/√Σw worked out by hand. */
class LightCurve_BinTest {
    static final LightCurve LC = Fixtures.rows()
            // night 58000: three r detections of the target, one g detection, one neighbour detection
            .dr(TARGET, 58000.10, 17.00, 0.05)
            .dr(TARGET, 58000.20, 17.10, 0.10)
            .dr(TARGET, 58000.30, 16.95, 0.02)
            .detection(TARGET, "ztf_dr", "ztf_g", 58000.25, 17.5, 0.04)
            .dr(NEIGHBOUR, 58000.15, 18.0, 0.05)
            // night 58001: a detection and an upper limit of one alert object
            .detection("ZTF18abc", "ztf_alert", "ztf_r", 58001.20, 18.0, 0.1)
            .limit("ZTF18abc", "ztf_alert", "ztf_r", 58001.30, 20.2)
            // night 58002: two upper limits only
            .limit("ZTF18abc", "ztf_alert", "ztf_r", 58002.20, 20.1)
            .limit("ZTF18abc", "ztf_alert", "ztf_r", 58002.40, 20.6)
            .build();

    @Test
    void weightedMeanMagnitudeAndItsError() {
        Table t = LC.bin(1.0).only(TARGET).band("ztf_r").table();
        assertEquals(1, t.rowCount());
        // w = 1/σ² = 400, 100, 2500; Σw = 3000; Σ w·m = 6800 + 1710 + 42375 = 50885
        assertEquals(50885.0 / 3000.0, t.doubleColumn("mag").getDouble(0), 1e-12);
        assertEquals(1 / Math.sqrt(3000.0), t.doubleColumn("magerr").getDouble(0), 1e-15);
        assertEquals(58000.2, t.doubleColumn("time").getDouble(0), 1e-9, "the plain mean of the times");
        assertEquals(3, t.intColumn("n_points").getInt(0));
    }

    @Test
    void weightedMeanFluxIsComputedIndependently() {
        double[] mags = {17.00, 17.10, 16.95};
        double[] errs = {0.05, 0.10, 0.02};
        double sumW = 0;
        double sumWf = 0;
        for (int i = 0; i < 3; i++) {
            double f = Math.pow(10, -0.4 * (mags[i] - 8.9));
            double sigma = 0.4 * Math.log(10) * f * errs[i];
            sumW += 1 / (sigma * sigma);
            sumWf += f / (sigma * sigma);
        }
        Table t = LC.bin(1.0).only(TARGET).band("ztf_r").table();
        assertEquals(sumWf / sumW, t.doubleColumn("flux").getDouble(0), 1e-16);
        assertEquals(1 / Math.sqrt(sumW), t.doubleColumn("fluxerr").getDouble(0), 1e-18);
    }

    @Test
    void binsAreSeparatePerObjectBandAndSource() {
        LightCurve binned = LC.bin(1.0);
        assertEquals(5, binned.size(), "target r, target g, neighbour r, alert night 1, alert night 2");
        assertEquals(17.5, binned.band("ztf_g").table().doubleColumn("mag").getDouble(0), 0.0);
        assertEquals(0.04, binned.band("ztf_g").table().doubleColumn("magerr").getDouble(0), 1e-15);
        assertEquals(18.0, binned.only(NEIGHBOUR).table().doubleColumn("mag").getDouble(0), 0.0);
    }

    @Test
    void upperLimitsAreNeverAveragedWithDetections() {
        Table alert = LC.bin(1.0).source("ztf_alert").table();
        assertEquals(2, alert.rowCount());
        // night 58001: the detection wins, its limit is dropped
        assertFalse(alert.booleanColumn("is_upper_limit").get(0));
        assertEquals(18.0, alert.doubleColumn("mag").getDouble(0), 0.0);
        assertEquals(58001.2, alert.doubleColumn("time").getDouble(0), 1e-9);
        assertEquals(1, alert.intColumn("n_points").getInt(0));
        // night 58002: only limits → the faintest (most constraining) one, at their mean time
        assertTrue(alert.booleanColumn("is_upper_limit").get(1));
        assertEquals(20.6, alert.doubleColumn("mag").getDouble(1), 0.0);
        assertEquals(Math.pow(10, -0.4 * (20.6 - 8.9)), alert.doubleColumn("flux").getDouble(1), 1e-20);
        assertEquals(58002.3, alert.doubleColumn("time").getDouble(1), 1e-9);
        assertTrue(alert.doubleColumn("magerr").isMissing(1));
        assertEquals(2, alert.intColumn("n_points").getInt(1));
    }

    @Test
    void binEdgesAreWholeMultiplesOfTheWidthFromHmjdZero() {
        LightCurve lc = Fixtures.rows().dr(TARGET, 58000.99, 17.0, 0.1).dr(TARGET, 58001.01, 17.0, 0.1)
                .dr(TARGET, 58001.98, 17.0, 0.1).build();
        assertEquals(3, lc.bin(0.5).size());
        assertEquals(2, lc.bin(1.0).size());
        assertEquals(1, lc.bin(2.0).size(), "58000 ≤ t < 58002 is one two-day bin");
    }

    @Test
    void pointsWithoutAUsableErrorAreLeftOutOfTheMean() {
        LightCurve lc = Fixtures.rows().dr(TARGET, 58000.1, 17.0, 0.1).dr(TARGET, 58000.2, 15.0, Double.NaN)
                .dr(TARGET, 58000.3, 16.0, 0.0).build();
        Table t = lc.bin(1.0).table();
        assertEquals(17.0, t.doubleColumn("mag").getDouble(0), 1e-12);
        assertEquals(0.1, t.doubleColumn("magerr").getDouble(0), 1e-12);
        assertEquals(3, t.intColumn("n_points").getInt(0), "still counted as binned epochs");
    }

    @Test
    void rebinningEqualsBinningOnceBecauseWeightsAdd() {
        // a bin's mean carries weight Σw (its error is 1/√Σw) and its count, so means of means are the same means
        LightCurve lc = Fixtures.realDr(742201400001054L);
        Table once = lc.bin(1000.0).table();
        Table twice = lc.bin(1.0).bin(1000.0).table();
        assertEquals(once.rowCount(), twice.rowCount());
        for (String column : new String[] {"time", "mag", "magerr", "flux", "fluxerr"}) {
            for (int i = 0; i < once.rowCount(); i++) {
                double expected = once.doubleColumn(column).getDouble(i);
                assertEquals(expected, twice.doubleColumn(column).getDouble(i), Math.abs(expected) * 1e-12, column);
            }
        }
        assertEquals(once.intColumn("n_points").asList(), twice.intColumn("n_points").asList());
        assertEquals(100, twice.intColumn("n_points").sum(), 0.0);
    }

    @Test
    void keepsMetadataAndDropsSourceColumns() {
        LightCurve lc = Fixtures.realDr(742201400001054L).withReference(742201400001054L, 18.0, 0.02).difference();
        LightCurve binned = lc.bin(1.0);
        assertEquals(Representation.DIFFERENCE_MAGNITUDE, binned.representation());
        assertEquals(lc.references(), binned.references());
        assertFalse(binned.table().containsColumn("clrcoeff"));
        assertEquals(lc.size(), binned.table().intColumn("n_points").sum(), 0.0, "every epoch is in one bin");
    }

    @Test
    void badWidthsAreRefused() {
        for (double bad : new double[] {0.0, -1.0, Double.NaN, Double.POSITIVE_INFINITY}) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> LC.bin(bad));
            assertTrue(e.getMessage().contains("binDays") && e.getMessage().contains("positive and finite"),
                    e.getMessage());
        }
    }
}
