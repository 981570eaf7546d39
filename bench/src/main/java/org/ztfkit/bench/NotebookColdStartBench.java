package org.ztfkit.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.ztfkit.Ztf;
import org.ztfkit.ZtfObject;
import org.ztfkit.jupyter.Displays;
import org.ztfkit.jupyter.MimeBundle;
import org.ztfkit.lightcurve.LightCurve;

/**
 * The quick-start notebook's steps (notebooks/01-quick-start.ipynb, cells tagged {@code bench:<step>}) in plain
 * Java: each step's value is turned into the MIME bundle a kernel would show, exactly as the kernel extension does.
 * It is the baseline of the notebook cold-start benchmark: {@code notebooks/run.sh --ci} runs this main in a fresh
 * JVM right after executing the notebook and prints kernel time / plain-Java time per step, and the time from
 * kernel start to the first object card against the time from JVM start to the same card here.
 *
 * <p>Run alone it prints each step cold (first call in the JVM) and warm (the same steps again), and their ratio.
 * {@code --machine} prints {@code step <name> <ms>} lines (cold pass) for the notebook runner.
 *
 * <p>Run: {@code bench/run.sh NotebookColdStartBench}
 */
public final class NotebookColdStartBench {
    private static final String CARD_SHOWN_AT = "card shown at";
    private NotebookColdStartBench() {
    }

    public static void main(String[] args) throws IOException {
        boolean machine = List.of(args).contains("--machine");
        Path out = Files.createTempDirectory("ztfkit-bench");
        long jvmStart = ProcessHandle.current().info().startInstant().orElseThrow().toEpochMilli();
        Map<String, Double> cold = pass(out, machine);
        double firstCard = cold.remove(CARD_SHOWN_AT) - jvmStart;
        Map<String, Double> warm = pass(out, false);
        warm.remove(CARD_SHOWN_AT);
        if (machine) {
            System.out.printf(Locale.ROOT, "step first-card %.1f%n", firstCard);
        } else {
            System.out.printf(Locale.ROOT, "JVM start -> first object card: %.0f ms%n", firstCard);
            System.out.println("Quick-start steps in plain Java: first pass (cold JVM) vs second pass (warm)");
            System.out.printf(Locale.ROOT, "  %-14s %9s %9s %6s%n", "step", "cold ms", "warm ms", "ratio");
            cold.forEach((step, ms) -> System.out.printf(Locale.ROOT, "  %-14s %9.1f %9.1f %6.1f%n", step, ms,
                    warm.get(step), ms / warm.get(step)));
        }
    }

    /** The quick start's steps once: milliseconds per step, and the epoch millisecond the card was shown. */
    private static Map<String, Double> pass(Path out, boolean print) {
        Map<String, Double> ms = new LinkedHashMap<>();
        Ztf ztf = step(ms, print, "open", Ztf::embedded);
        ZtfObject obj = step(ms, print, "card", () -> shown(ztf.object(633207400004730L)));
        ms.put(CARD_SHOWN_AT, (double) Instant.now().toEpochMilli());
        LightCurve lc = obj.lightCurve();
        step(ms, print, "plot", () -> shown(lc.plot()));
        step(ms, print, "table", () -> shown(lc.table().first(5)));
        step(ms, print, "save", () -> lc.plot().title("SNAD101, ZTF DR13, r band").size(800, 500)
                .save(out.resolve("snad101.pdf").toString()));
        step(ms, print, "cone", () -> shown(ztf.cone("16:29:49.3 +24:46:22", 5.0)));
        step(ms, print, "name-cone", () -> shown(ztf.cone("Her X-1", 10.0)));
        step(ms, print, "alert-name", () -> ztf.object("ZTF18abqkqdm").oid().toString());
        step(ms, print, "neighbours", () -> shown(obj.neighbours(1.5)));
        LightCurve all = step(ms, print, "sources", () -> {
            LightCurve merged = obj.withNeighbours(1.5).lightCurve();
            shown(merged.sources());
            return merged;
        });
        step(ms, print, "merged-plot", () -> shown(all.plot(633207400004730L)));
        step(ms, print, "releases", () -> ztf.releases().toString());
        step(ms, print, "dr8", () -> shown(ztf.dr("dr8").object(633207400004730L).lightCurve()));
        ztf.close();
        return ms;
    }

    /** The value after rendering it as the notebook does (the bundle itself is dropped). */
    private static <T> T shown(T value) {
        Displays.standard().bundle(value).orElseGet(() -> MimeBundle.text(value));
        return value;
    }

    private static <T> T step(Map<String, Double> ms, boolean print, String name, Supplier<T> work) {
        long t0 = System.nanoTime();
        T value = work.get();
        double elapsed = (System.nanoTime() - t0) / 1e6;
        ms.put(name, elapsed);
        if (print) {
            System.out.printf(Locale.ROOT, "step %s %.1f%n", name, elapsed);
        }
        return value;
    }

}
