package org.ztfkit.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.avro.file.DataFileStream;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.ztfkit.alerts.io.AlertFiles;

/**
 * Alert-packet decoding throughput on the real alert files (../shared/realdata/alerts): ztfkit's
 * {@code AlertFiles.read} (Avro decoding + typed model + history split + cutout copies) against a baseline of
 * Apache Avro's {@code GenericDatumReader} alone iterating the same in-memory bytes, measured alternately in the
 * same run. Prints packets per second for both and their ratio (median of the rounds).
 *
 * <pre>
 * bench/run.sh AlertDecodeBench [alert-directory] [rounds]
 * </pre>
 */
public final class AlertDecodeBench {
    private AlertDecodeBench() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/realdata/alerts");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        List<byte[]> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".avro")).sorted().toList()) {
                files.add(Files.readAllBytes(p));
            }
        }
        long bytes = files.stream().mapToLong(b -> b.length).sum();
        int packets = ztfkit(files);
        System.out.printf(Locale.ROOT, "%d files, %d packets, %.1f MB in memory (%s)%n", files.size(), packets,
                bytes / 1e6, dir);
        for (int i = 0; i < 5; i++) {
            baseline(files);
            ztfkit(files);
        }
        double[] base = new double[rounds];
        double[] ours = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            base[r] = packetsPerSecond(() -> baseline(files));
            ours[r] = packetsPerSecond(() -> ztfkit(files));
        }
        Arrays.sort(base);
        Arrays.sort(ours);
        double b = base[rounds / 2];
        double o = ours[rounds / 2];
        System.out.printf(Locale.ROOT, "baseline GenericDatumReader only : %8.0f packets/s%n", b);
        System.out.printf(Locale.ROOT, "ztfkit AlertFiles.read           : %8.0f packets/s%n", o);
        System.out.printf(Locale.ROOT, "ratio ztfkit / baseline          : %8.2f  (median of %d rounds)%n", o / b,
                rounds);
    }

    private interface Decode {
        int run() throws IOException;
    }

    /** Decodes everything repeatedly for at least 0.5 s and returns packets per second. */
    private static double packetsPerSecond(Decode decode) throws IOException {
        long start = System.nanoTime();
        long count = 0;
        long elapsed;
        do {
            count += decode.run();
            elapsed = System.nanoTime() - start;
        } while (elapsed < 500_000_000L);
        return count / (elapsed / 1e9);
    }

    private static int baseline(List<byte[]> files) throws IOException {
        int n = 0;
        for (byte[] f : files) {
            try (DataFileStream<GenericRecord> s = new DataFileStream<>(new ByteArrayInputStream(f),
                    new GenericDatumReader<>())) {
                GenericRecord r = null;
                while (s.hasNext()) {
                    r = s.next(r);
                    n++;
                }
            }
        }
        return n;
    }

    private static int ztfkit(List<byte[]> files) {
        int n = 0;
        for (byte[] f : files) {
            n += AlertFiles.read(f).size();
        }
        return n;
    }
}
