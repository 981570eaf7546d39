package org.ztfkit.datasets.importers;

import java.nio.file.Path;
import java.util.List;
import org.ztfkit.store.DrRecord;

/** Reads one file of ZTF DR light curves into {@link DrRecord}s, batch by batch. */
interface DrFileReader {
    /** Receives one batch (and stores it). */
    @FunctionalInterface
    interface Batches {
        void accept(List<DrRecord> batch);
    }

    /** How many objects the file holds (for progress). */
    long objectCount(Path file);

    /** Objects read between two progress reports. */
    int PROGRESS_EVERY = 1000;

    /**
     * Reads the file, handing over batches of at most {@code batchSize} objects and reporting the number of objects
     * read so far every {@link #PROGRESS_EVERY} objects.
     */
    void read(Path file, int batchSize, Batches batches, java.util.function.LongConsumer objectsRead);
}
