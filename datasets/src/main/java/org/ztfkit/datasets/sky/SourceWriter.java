package org.ztfkit.datasets.sky;

import java.sql.SQLException;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes one layer's rows source by source, so that the demo sky's layers ({@link SkyLayer}) and the benchmark sky
 * ({@link GenerateBenchmarkSky}) write the same rows from the same sources.
 */
interface SourceWriter extends AutoCloseable {
    /** Adds the rows of one source, drawing noise from {@code rng}. */
    void add(SkyGenerator.SimSource source, SplittableRandom rng) throws SQLException;

    /** Writes what is still buffered. */
    @Override
    void close() throws SQLException;

    /** Adds every source (each with its own split of {@code rng}) and closes the writer. */
    static void writeAll(SourceWriter writer, List<SkyGenerator.SimSource> sources, SplittableRandom rng)
            throws SQLException {
        try (writer) {
            for (SkyGenerator.SimSource s : sources) {
                writer.add(s, rng.split());
            }
        }
    }
}
