package org.ztfkit.datasets.importers;

import java.nio.file.Path;

/**
 * Loads real bulk files into an embedded database that the library opens like the demo sky
 * ({@code Ztf.open(path)}): DR objects and epochs in the schema of external-services.md §19, sorted by
 * {@code hpx29}, with {@code ngoodobs} and {@code duration} computed as the DR API defines them, every epoch kept
 * with its {@code catflags} and only good ones served; alert packets; Pan-STARRS and Gaia tables with their times
 * and magnitudes derived as the online clients derive them.
 *
 * <pre>{@code
 * ImportReport r = Importers.ztfDrParquet(Path.of("irsa/ztf_000250_zg_c01_q1_dr5.parquet"))
 *         .alerts(Path.of("alerts/"))
 *         .progress(ImportProgress.printing(System.out))
 *         .into(Path.of("my-field.duckdb"));
 * Ztf.open(Path.of("my-field.duckdb")).cone("41.66716 -26.22982", 5);
 * }</pre>
 */
public final class Importers {
    private Importers() {
    }

    /**
     * IRSA's per-field ZTF DR light-curve Parquet files (one file, or every {@code .parquet} file of a directory).
     * The release comes from the file name ({@code …_dr5.parquet}) or {@link ImportPlan#release(String)}.
     */
    public static ImportPlan ztfDrParquet(Path fileOrDirectory) {
        return ImportPlan.of(ImportKind.ZTF_DR_PARQUET, fileOrDirectory);
    }

    /** VOTables saved from IRSA's ZTF light-curve API; give their release with {@link ImportPlan#release(String)}. */
    public static ImportPlan irsaLightCurves(Path fileOrDirectory) {
        return ImportPlan.of(ImportKind.IRSA_LC_VOTABLE, fileOrDirectory);
    }

    /** ZTF alert packets in Avro files (see {@link ImportPlan#alerts(Path)}). */
    public static ImportPlan alerts(Path fileOrDirectory) {
        return ImportPlan.of(ImportKind.ALERT_AVRO, fileOrDirectory);
    }

    /** Pan-STARRS DR2 MAST JSON tables (see {@link ImportPlan#ps1(Path)}). */
    public static ImportPlan ps1(Path fileOrDirectory) {
        return ImportPlan.of(ImportKind.PS1_JSON, fileOrDirectory);
    }

    /** Gaia DR3 VOTables (see {@link ImportPlan#gaia(Path)}). */
    public static ImportPlan gaia(Path fileOrDirectory) {
        return ImportPlan.of(ImportKind.GAIA_VOTABLE, fileOrDirectory);
    }
}
