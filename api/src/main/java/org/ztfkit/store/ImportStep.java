package org.ztfkit.store;

import java.util.Locale;

/**
 * Where a bulk import stands: which file, how far through it, and how far through all files.
 *
 * <pre>{@code
 * new ImportStep("ztf_000250_zg_c01_q1_dr5.parquet", 1, 3, 2000, 5449, "objects");
 * // ztf_000250_zg_c01_q1_dr5.parquet (file 1 of 3): 2000 of 5449 objects (37%)
 * }</pre>
 *
 * @param file       the file being read (its name)
 * @param fileNumber 1-based number of the file among those of the import
 * @param fileCount  how many files the import reads
 * @param done       units done in this file
 * @param total      units in this file (0 when unknown)
 * @param unit       what is counted: {@code objects}, {@code alerts}, …
 */
public record ImportStep(String file, int fileNumber, int fileCount, long done, long total, String unit) {
    /** Fraction of this file done, in [0, 1]; 0 when the total is unknown. */
    public double fraction() {
        return total <= 0 ? 0 : Math.min(1.0, (double) done / total);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s (file %d of %d): %d%s %s%s", file, fileNumber, fileCount, done,
                total > 0 ? " of " + total : "", unit, total > 0 ? String.format(Locale.ROOT, " (%.0f%%)", 100 * fraction())
                        : "");
    }
}
