package org.ztfkit.catalog;

/**
 * The services catalogs are queried through (external-services.md §5–§11). The online clients dispatch on it; the
 * embedded store answers every one of them from its tables.
 */
public enum CatalogService {
    /** VizieR ASU queries answered as VOTables (§7.1). */
    VIZIER("vizier"),
    /** SIMBAD through its TAP service, with ADQL (§8.1). */
    SIMBAD("simbad"),
    /** The SNAD mirror of the TNS public objects (§9.1). */
    SNAD_TNS("snad-tns"),
    /** The SNAD mirror of the ZTF Catalog of Periodic Variable Stars (§7.3). */
    SNAD_ZTF_PERIODIC("snad-ztf-periodic"),
    /** The SNAD mirror of the OGLE-III Catalog of Variable Stars (§7.4). */
    SNAD_OGLE3("snad-ogle3"),
    /** The Open Astronomy Catalogs API (astrocats) of the Open Supernova Catalog (§9.2). */
    ASTROCATS("astrocats"),
    /** The OTTER transient repository's ArangoDB cursor API (§9.3). */
    OTTER("otter"),
    /** The MAST catalogs API, Pan-STARRS DR2 (§5). */
    MAST_PS1("mast-ps1"),
    /** IMCCE SkyBoT cone searches for known solar-system objects at an epoch (§11). */
    SKYBOT("skybot");

    private final String id;

    CatalogService(String id) {
        this.id = id;
    }

    /** Short name used in messages and policies, e.g. {@code vizier}. */
    public String id() {
        return id;
    }

    @Override
    public String toString() {
        return id;
    }
}
