package org.ztfkit.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Locale;
import org.ztfkit.datasets.importers.ImportReport;
import org.ztfkit.datasets.importers.Importers;

/**
 * Importer throughput on IRSA's real DR Parquet file (../shared/realdata/lightcurves/ztf_dr/, 106,588 epochs of
 * 5,449 objects) against DuckDB's own {@code read_parquet} of the same file in the same run: the baseline explodes
 * the LIST columns into a table of one row per epoch in a fresh database file, which is the least any importer
 * must do; the importer also computes {@code hpx29}, the good-epoch statistics, sorts by {@code hpx29}, and checks
 * {@code nepochs}.
 *
 * <pre>
 * bench/run.sh ImportBench [parquet file] [runs=5]
 * </pre>
 */
public final class ImportBench {
    private ImportBench() {
    }

    public static void main(String[] args) throws Exception {
        Path parquet = args.length > 0 ? Path.of(args[0])
                : org.ztfkit.RealData.file("lightcurves/ztf_dr/ztf_000250_zg_c01_q1_dr5.parquet");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path dir = Files.createTempDirectory("ztfkit-import-bench");
        long epochs = 0;
        double[] importer = new double[runs];
        double[] duckdb = new double[runs];
        for (int i = -1; i < runs; i++) { // run -1 warms up both
            Path target = dir.resolve("import-" + i + ".duckdb");
            ImportReport r = Importers.ztfDrParquet(parquet).into(target);
            epochs = r.epochs();
            Path plain = dir.resolve("plain-" + i + ".duckdb");
            long start = System.nanoTime();
            try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + plain); Statement st = c.createStatement()) {
                st.execute("CREATE TABLE detection AS SELECT objectid, unnest(hmjd) AS hmjd, unnest(mag) AS mag, "
                        + "unnest(magerr) AS magerr, unnest(clrcoeff) AS clrcoeff, unnest(catflags) AS catflags "
                        + "FROM read_parquet('" + parquet + "')");
            }
            double plainSeconds = (System.nanoTime() - start) / 1e9;
            if (i >= 0) {
                importer[i] = r.elapsed().toNanos() / 1e9;
                duckdb[i] = plainSeconds;
            }
            Files.deleteIfExists(target);
            Files.deleteIfExists(plain);
        }
        Files.delete(dir);
        Arrays.sort(importer);
        Arrays.sort(duckdb);
        double imp = importer[runs / 2];
        double base = duckdb[runs / 2];
        System.out.printf(Locale.ROOT, "file: %s, %,d epochs; median of %d runs%n", parquet.getFileName(), epochs, runs);
        System.out.printf(Locale.ROOT, "importer (ztfkit, into ztf_object + ztf_detection): %.3f s, %,.0f rows/s%n", imp,
                epochs / imp);
        System.out.printf(Locale.ROOT, "baseline (DuckDB read_parquet + unnest into a table): %.3f s, %,.0f rows/s%n",
                base, epochs / base);
        System.out.printf(Locale.ROOT, "importer / baseline time: %.1fx%n", imp / base);
    }
}
