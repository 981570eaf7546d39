package org.ztfkit.datasets.sky;

import java.sql.SQLException;
import java.util.List;
import java.util.SplittableRandom;
import org.duckdb.DuckDBConnection;

/**
 * One more part of the simulated sky beyond the ZTF DR tables (alerts, Pan-STARRS, Gaia, catalog entries, …),
 * derived from the same sources and their true light curves, so that every table agrees with the truth table.
 * Layers are listed in {@link SkyGenerator#LAYERS} and run in that order, after the DR tables are written, inside
 * the generator's transaction.
 */
interface SkyLayer {
    /**
     * Writes this layer's rows.
     *
     * @param connection the new database, schema in place
     * @param sources    every simulated source with its DR objects
     * @param config     what was asked for (releases, seed)
     * @param rng        this layer's own random stream (independent of the other layers)
     */
    void write(DuckDBConnection connection, List<SkyGenerator.SimSource> sources, SkyGenerator.Config config,
               SplittableRandom rng) throws SQLException;
}
