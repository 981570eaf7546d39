package org.ztfkit.bench;

import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import org.ztfkit.lightcurve.LightCurve;
import org.ztfkit.lightcurve.LightCurveColumns;
import org.ztfkit.photometry.Photometry;
import org.ztfkit.sky.SkyPosition;
import org.ztfkit.time.SurveyTimes;
import tech.tablesaw.api.Table;

/**
 * Cost of the issue-3 science per call: converting one alert time to HMJD (ephemeris + site rotation), and the
 * light-curve verbs on a 2000-epoch, 3-object light curve. Baseline: {@code LightCurve.of} of the same table (copy
 * and sort), measured in the same run; figures are medians of repeated runs and their ratio to the baseline.
 *
 * <p>Run: {@code bench/run.sh LightCurveTransformsBench}
 */
public final class LightCurveTransformsBench {
    private static final int EPOCHS = 2000;

    private LightCurveTransformsBench() {
    }

    public static void main(String[] args) {
        Table rows = syntheticRows(new Random(42));
        LightCurve lc = LightCurve.of(rows).withReference("633207400004730", 18.0, 0.03);
        LightCurve other = LightCurve.of(syntheticRows(new Random(7)));
        SkyPosition position = SkyPosition.of(247.45543, 24.77282);
        double[] jds = new Random(1).doubles(EPOCHS, 2458200.5, 2461000.5).toArray();

        double baseline = medianMs(() -> LightCurve.of(rows));
        report("LightCurve.of (baseline)", baseline, baseline);
        report("2000 alert JDs → HMJD", medianMs(() -> {
            double sum = 0;
            for (double jd : jds) {
                sum += SurveyTimes.hmjdFromZtfAlertJd(jd, position);
            }
            return sum;
        }), baseline);
        report("band + between + without", medianMs(() -> lc.band("ztf_r").between(58500, 60000)
                .without("633207400004731")), baseline);
        report("difference().table()", medianMs(() -> lc.difference().table()), baseline);
        report("fold(0.5537).table()", medianMs(() -> lc.fold(0.5537).table()), baseline);
        report("bin(1.0)", medianMs(() -> lc.bin(1.0)), baseline);
        report("merge (2 × 2000 epochs)", medianMs(() -> lc.merge(other)), baseline);
        report("toCsv()", medianMs(lc::toCsv), baseline);
    }

    private static Table syntheticRows(Random random) {
        Table t = LightCurveColumns.emptyTable("bench");
        String[] oids = {"633207400004730", "633207400004731", "633107400004730"};
        for (int i = 0; i < EPOCHS; i++) {
            String oid = oids[i % 3];
            double mag = 17 + random.nextGaussian() * 0.3;
            double err = 0.02 + random.nextDouble() * 0.05;
            double flux = Photometry.fluxJy(mag);
            t.stringColumn("oid").append(oid);
            t.stringColumn("source").append("ztf_dr");
            t.stringColumn("band").append(oid.charAt(4) == '2' ? "ztf_r" : "ztf_g");
            t.doubleColumn("time").append(58200 + random.nextDouble() * 2800);
            t.doubleColumn("mag").append(mag);
            t.doubleColumn("magerr").append(err);
            t.doubleColumn("flux").append(flux);
            t.doubleColumn("fluxerr").append(Photometry.fluxErrJy(flux, err));
            t.booleanColumn("is_upper_limit").append(false);
        }
        return t;
    }

    private static double medianMs(Supplier<?> work) {
        Object sink = null;
        for (int i = 0; i < 20; i++) {
            sink = work.get();
        }
        double[] ms = new double[31];
        for (int i = 0; i < ms.length; i++) {
            long start = System.nanoTime();
            sink = work.get();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        if (sink == null) {
            throw new IllegalStateException("no result");
        }
        java.util.Arrays.sort(ms);
        return ms[ms.length / 2];
    }

    private static void report(String what, double ms, double baselineMs) {
        System.out.printf(Locale.ROOT, "%-28s %9.3f ms  %6.2f × baseline%n", what, ms, ms / baselineMs);
    }
}
