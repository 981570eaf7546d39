package org.ztfkit.datasets.importers;

import java.util.List;
import java.util.Locale;

/** The kinds of real files the importers load, with the file-name endings they pick from a directory. */
public enum ImportKind {
    /** IRSA's per-field ZTF DR light-curve Parquet files ({@code ztf_000250_zg_c01_q1_dr5.parquet}). */
    ZTF_DR_PARQUET("ztf-dr-parquet", List.of(".parquet")),
    /** VOTables of IRSA's ZTF light-curve API. */
    IRSA_LC_VOTABLE("irsa-lc-votable", List.of(".xml", ".vot", ".votable")),
    /** ZTF alert packets, Avro object container files. */
    ALERT_AVRO("alert-avro", List.of(".avro")),
    /** Pan-STARRS DR2 stack or detection tables as MAST's catalogs API answers them (JSON). */
    PS1_JSON("ps1-json", List.of(".json")),
    /** Gaia DR3 source tables (VizieR or Gaia archive) and epoch-photometry tables, VOTable. */
    GAIA_VOTABLE("gaia-votable", List.of(".xml", ".vot", ".votable"));

    private final String id;
    private final List<String> endings;

    ImportKind(String id, List<String> endings) {
        this.id = id;
        this.endings = endings;
    }

    /** The name stored in {@code import_file.importer}. */
    public String id() {
        return id;
    }

    /** True for the kinds whose rows go into a ZTF data release. */
    public boolean isDataRelease() {
        return this == ZTF_DR_PARQUET || this == IRSA_LC_VOTABLE;
    }

    /** True for a file name this kind reads when given a directory. */
    public boolean accepts(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return endings.stream().anyMatch(lower::endsWith);
    }

    @Override
    public String toString() {
        return id;
    }
}
