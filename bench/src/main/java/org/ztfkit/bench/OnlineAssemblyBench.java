package org.ztfkit.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.ztfkit.Ztf;
import org.ztfkit.ZtfObject;
import org.ztfkit.lightcurve.LightCurve;
import org.ztfkit.remote.RecordedServices;

/**
 * Assembling one object, the SNAD Viewer's page in one call: {@code object(oid).prefetch(1.5)}, then
 * {@code withNeighbours(1.5).lightCurve()} (the DR light curves of the object and its neighbours, their reference
 * magnitudes, the closest alert object's, Pan-STARRS object's and Gaia source's light curves) and its extinction,
 * three ways in the same run:
 * <ol>
 *   <li>online against the recorded services of api's tests (MockWebServer) with a random delay of 100–300 ms
 *       injected into every answer, recording into a snapshot: wall time, the slowest single call, the longest chain
 *       of calls that depend on each other, the sum of all calls (what a one-at-a-time client would wait), and the
 *       peak number of calls answered at once;</li>
 *   <li>offline from that snapshot, warm (the same session again; checksums verified once) and cold (a new session,
 *       every entry's checksum verified);</li>
 *   <li>the same DR reads through {@code Ztf.open(file)}, the embedded store without the snapshot layer: the
 *       baseline for the snapshot's overhead.</li>
 * </ol>
 * Targets (issue 7): online wall time within 1.5× of the slowest single call; warm-snapshot assembly under 20 ms.
 *
 * <pre>
 * bench/run.sh OnlineAssemblyBench [repeats=50]
 * </pre>
 */
public final class OnlineAssemblyBench {
    static final long TARGET = 633207400004730L;
    static final double RADIUS_ARCSEC = 1.5;

    private OnlineAssemblyBench() {
    }

    /** Everything about the object; returns the number of light-curve rows read (so nothing is optimised away). */
    static long assemble(Ztf ztf, boolean withExtinction) {
        ZtfObject obj = ztf.object(TARGET).prefetch(RADIUS_ARCSEC);
        LightCurve lc = obj.withNeighbours(RADIUS_ARCSEC).lightCurve();
        if (!lc.sources().unavailable().isEmpty()) {
            throw new IllegalStateException("a source failed: " + lc.sources());
        }
        long rows = lc.size();
        if (withExtinction) {
            rows += obj.extinction().ebv() > 0 ? 1 : 0;
        }
        return rows;
    }

    public static void main(String[] args) throws Exception {
        int repeats = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        Path file = Files.createTempDirectory("ztfkit-assembly-bench").resolve("snapshot.duckdb");
        long rows;
        try (RecordedServices services = RecordedServices.start().useForZtfOnline()) {
            services.fake.delay(100, 300);
            try (Ztf warmup = Ztf.online()) { // JIT and connection pools, not measured
                assemble(warmup, true);
            }
            long start;
            long end;
            try (Ztf online = Ztf.online(); Ztf ztf = online.snapshot(file)) { // creating the file is not assembly
                services.fake.resetCounts();
                start = System.nanoTime();
                rows = assemble(ztf, true);
                end = System.nanoTime();
            }
            double wallMs = (end - start) / 1e6;
            List<long[]> spans = services.fake.answerSpans();
            double slowest = spans.stream().mapToDouble(s -> (s[1] - s[0]) / 1e6).max().orElse(0);
            double sum = spans.stream().mapToDouble(s -> (s[1] - s[0]) / 1e6).sum();
            System.out.printf(Locale.ROOT, "online (100-300 ms per answer): %d calls, %d merged light-curve rows%n",
                    spans.size(), rows);
            System.out.printf(Locale.ROOT, "  wall %.0f ms; slowest single call %.0f ms; longest dependent chain %.0f ms;"
                    + " all calls one at a time %.0f ms%n", wallMs, slowest, chain(spans), sum);
            System.out.printf(Locale.ROOT, "  wall / slowest call %.2fx (target 1.5x); wall / dependent chain %.2fx;"
                    + " one-at-a-time / wall %.2fx; peak concurrent calls %d%n", wallMs / slowest,
                    wallMs / chain(spans), sum / wallMs, services.fake.peakConcurrent());
            for (String r : services.fake.requests()) {
                System.out.println("    " + r.substring(0, Math.min(110, r.length())));
            }
        }
        double cold;
        double[] warm = new double[repeats];
        try (Ztf ztf = Ztf.offline(file)) {
            long t0 = System.nanoTime();
            assemble(ztf, true);
            cold = (System.nanoTime() - t0) / 1e6;
            for (int i = 0; i < repeats; i++) {
                long t = System.nanoTime();
                assemble(ztf, true);
                warm[i] = (System.nanoTime() - t) / 1e6;
            }
        }
        double[] snapshotDr = time(() -> Ztf.offline(file), repeats);
        double[] plainDr = time(() -> Ztf.open(file), repeats);
        System.out.printf(Locale.ROOT, "offline from the snapshot: cold (new session, checksums verified) %.1f ms; "
                + "warm median %.2f ms, p95 %.2f ms (target < 20 ms)%n", cold, median(warm), p95(warm));
        System.out.printf(Locale.ROOT, "merged light curve, warm: snapshot %.2f ms vs the same file through Ztf.open (no"
                + " snapshot layer) %.2f ms: %.2fx%n", median(snapshotDr), median(plainDr),
                median(snapshotDr) / median(plainDr));
        Files.delete(file);
        Files.delete(file.getParent());
    }

    private static double[] time(java.util.function.Supplier<Ztf> open, int repeats) {
        double[] out = new double[repeats];
        try (Ztf ztf = open.get()) {
            assemble(ztf, false);
            for (int i = 0; i < repeats; i++) {
                long t = System.nanoTime();
                assemble(ztf, false);
                out[i] = (System.nanoTime() - t) / 1e6;
            }
        }
        return out;
    }

    /**
     * The longest chain of answers each of which started after the previous one ended: the time no scheduling can
     * beat, since a call that needs another's answer cannot start before it.
     */
    static double chain(List<long[]> spans) {
        List<long[]> sorted = new ArrayList<>(spans);
        sorted.sort((a, b) -> Long.compare(a[0], b[0]));
        double[] best = new double[sorted.size()];
        double max = 0;
        for (int i = 0; i < sorted.size(); i++) {
            double own = (sorted.get(i)[1] - sorted.get(i)[0]) / 1e6;
            best[i] = own;
            for (int j = 0; j < i; j++) {
                if (sorted.get(j)[1] <= sorted.get(i)[0]) {
                    best[i] = Math.max(best[i], best[j] + own);
                }
            }
            max = Math.max(max, best[i]);
        }
        return max;
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    private static double p95(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[(int) Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)];
    }
}
