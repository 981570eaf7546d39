package org.ztfkit.datasets.sky;

import java.nio.file.Files;
import java.nio.file.Path;
import org.ztfkit.store.PackagedDatabase;

/**
 * Writes the packaged demo sky: {@code GenerateDemoSky <output.duckdb>}. Run by the datasets module's build; the
 * output is deterministic (same seed, same sky).
 */
public final class GenerateDemoSky {
    private GenerateDemoSky() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: GenerateDemoSky <output.duckdb>");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        long start = System.nanoTime();
        SkyGenerator.Summary s = new SkyGenerator(SkyGenerator.Config.demo()).write(out);
        PackagedDatabase.writeFingerprint(out);
        System.out.printf("demo sky: %d sources, %d DR objects, %d detections, %.1f MB, %.1f s -> %s%n", s.sources(),
                s.objects(), s.detections(), Files.size(out) / 1e6, (System.nanoTime() - start) / 1e9, out);
    }
}
