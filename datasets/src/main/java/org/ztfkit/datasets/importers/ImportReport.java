package org.ztfkit.datasets.importers;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * What an import did, file by file.
 *
 * <pre>{@code
 * ImportReport r = Importers.ztfDrParquet(dir).into(Path.of("my-field.duckdb"));
 * r.objects();   // 5449
 * r.epochs();    // 106588
 * }</pre>
 *
 * @param database the embedded database written
 * @param files    one entry per file, in import order
 * @param elapsed  wall time of the whole import
 */
public record ImportReport(Path database, List<FileResult> files, Duration elapsed) {
    public ImportReport {
        files = List.copyOf(files);
    }

    /**
     * One file.
     *
     * @param file                  the file
     * @param kind                  what it was read as
     * @param dr                    the data release its rows went to (null for alerts, Pan-STARRS and Gaia)
     * @param alreadyImported       true when the same content had been imported before: nothing was added
     * @param objects               objects written
     * @param epochs                epochs (rows) written
     * @param objectsWithoutGoodEpochs objects stored without a good epoch (kept, but not served, as the DR API does)
     */
    public record FileResult(Path file, ImportKind kind, String dr, boolean alreadyImported, long objects, long epochs,
                             long objectsWithoutGoodEpochs) {
        @Override
        public String toString() {
            if (alreadyImported) {
                return file.getFileName() + ": already imported, nothing added";
            }
            return dr == null ? String.format(Locale.ROOT, "%s (%s): %d objects, %d epochs", file.getFileName(), kind,
                    objects, epochs)
                    : String.format(Locale.ROOT, "%s: %d objects, %d epochs into %s (%d objects without a good epoch)",
                    file.getFileName(), objects, epochs, dr, objectsWithoutGoodEpochs);
        }
    }

    /** Objects written by all files. */
    public long objects() {
        return files.stream().mapToLong(FileResult::objects).sum();
    }

    /** Epochs written by all files. */
    public long epochs() {
        return files.stream().mapToLong(FileResult::epochs).sum();
    }

    /** Epochs written per second of wall time. */
    public double epochsPerSecond() {
        return epochs() / Math.max(1e-9, elapsed.toNanos() / 1e9);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "ImportReport[%s: %d files, %d objects, %d epochs in %.1f s]",
                database.getFileName(), files.size(), objects(), epochs(), elapsed.toNanos() / 1e9);
    }
}
