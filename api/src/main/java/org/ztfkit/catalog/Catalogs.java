package org.ztfkit.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ztfkit.errors.InvalidInputException;

/**
 * The catalogs the SNAD Viewer cross-matches (seed 001 §3.6, external-services.md §5–§9, §11, §16.7), with its
 * default radii, shown columns and links. Ids follow the embedded schema (§19.4).
 *
 * <pre>{@code
 * Catalogs.all();              // the 14 catalogs of obj.xmatch(), in the Viewer's order
 * Catalogs.byId("vsx");        // AAVSO VSX; an unknown id lists the known ones
 * Catalogs.SKYBOT;             // solar-system objects at an epoch: obj.solarSystemObjects(hmjd)
 * }</pre>
 */
public final class Catalogs {
    /** General Catalogue of Variable Stars, VizieR {@code B/gcvs/gcvs_cat}, 10″. */
    public static final Catalog GCVS = Catalog.builder("gcvs", "GCVS", CatalogService.VIZIER, "B/gcvs/gcvs_cat")
            .radius(10, 3600).id("GCVS").vizierLink("GCVS")
            .request("GCVS", "VarType", "magMax", "Period", "SpType", "VarTypeII", "VarName", "Simbad")
            .column("GCVS", "Designation", "").column("Period", "Period", "d").column("VarType", "Type", "")
            .column("SpType", "Spectral type", "").column("magMax", "Max. mag", "mag")
            .type("VarType").period("Period").build();

    /** AAVSO International Variable Star Index, VizieR {@code B/vsx/vsx}, 10″. */
    public static final Catalog VSX = Catalog.builder("vsx", "AAVSO VSX", CatalogService.VIZIER, "B/vsx/vsx")
            .radius(10, 3600).id("OID").name(r -> r.text("Name").orElse("VSX " + r.required("OID")))
            .link("https://www.aavso.org/vsx/index.php?view=detail.top&oid={OID}").request("*")
            .column("OID", "VSX OID", "").column("Name", "Name", "").column("Period", "Period", "d")
            .column("Type", "Type", "").column("max", "Max.", "mag").column("n_max", "Band", "")
            .column("min", "Min.", "mag").column("n_min", "Band", "")
            .type("Type").period("Period").build();

    /** ATLAS variable stars (Heinze et al. 2018), VizieR {@code J/AJ/156/241/table4}, 10″. */
    public static final Catalog ATLAS = Catalog.builder("atlas_var", "ATLAS variables", CatalogService.VIZIER,
                    "J/AJ/156/241/table4")
            .radius(10, 3600).id("ATOID").vizierLink("ATOID").request("ATOID", "fp-LSper", "Class")
            .column("ATOID", "ATLAS id", "").column("fp-LSper", "Period", "d").column("Class", "Class", "")
            .type("Class").period("fp-LSper").build();

    /** SDSS DR16 quasar catalogue, superset (Lyke et al. 2020), VizieR {@code VII/289/superset}, 10″. */
    public static final Catalog SDSS_DR16Q = Catalog.builder("sdss_dr16q", "SDSS DR16 quasars", CatalogService.VIZIER,
                    "VII/289/superset")
            .radius(10, 3600).id("SDSS").name(r -> sdssName(r.required("SDSS")))
            .link("https://dr16.sdss.org/optical/spectrum/view?plateid={Plate}&mjd={MJD}&fiberid={Fiber}")
            .request("SDSS", "Class", "z", "QSO", "r_z", "gmag", "rmag", "imag", "Plate", "MJD", "Fiber")
            .column("SDSS", "SDSS name", "").column("Class", "Class", "").column("QSO", "QSO", "")
            .column("z", "z", "").column("r_z", "z source", "").column("gmag", "g", "mag")
            .column("rmag", "r", "mag").column("imag", "i", "mag")
            .type(r -> r.number("Class").stream().mapToObj(c -> sdssClass((int) c)).flatMap(Optional::stream)
                    .findFirst())
            .redshift("z").build();

    /** Spitzer/IRAC candidate YSOs (Kuhn et al. 2021), VizieR {@code J/ApJS/254/33/table1}, 1″. */
    public static final Catalog SPICY = Catalog.builder("spicy", "SPICY", CatalogService.VIZIER, "J/ApJS/254/33/table1")
            .radius(1, 3600).id("SPICY").name(r -> "SPICY " + r.required("SPICY")).vizierLink("SPICY")
            .request("SPICY", "class", "Group", "ZTFrmag", "var")
            .column("SPICY", "SPICY", "").column("class", "YSO class", "").column("Group", "HDBSCAN group", "")
            .column("var", "ZTF variability", "").column("ZTFrmag", "ZTF mean r", "mag")
            .type("class").build();

    /** Gaia DR3 sources, VizieR {@code I/355/gaiadr3}, 1″ (§6.1). */
    public static final Catalog GAIA_DR3 = Catalog.builder("gaia_dr3", "Gaia DR3", CatalogService.VIZIER, "I/355/gaiadr3")
            .radius(1, 3600).id("Source").name(r -> "Gaia DR3 " + r.required("Source")).vizierLink("Source")
            .request("Source", "Teff", "b_Teff", "B_Teff", "logg", "b_logg", "B_logg", "[Fe/H]", "b_[Fe/H]",
                    "B_[Fe/H]", "A0", "b_A0", "B_A0", "Plx", "e_Plx", "pmRA", "e_pmRA", "pmDE", "e_pmDE", "PQSO", "PGal",
                    "PSS", "EpochPh")
            .column("Source", "Source", "").column("Plx", "Parallax", "mas").column("e_Plx", "±", "mas")
            .column("pmRA", "pmRA", "mas/yr").column("pmDE", "pmDE", "mas/yr").column("Teff", "Teff", "K")
            .column("logg", "log g", "").column("[Fe/H]", "[Fe/H]", "").column("A0", "A(λ=5477Å)", "mag")
            .column("PQSO", "P(quasar)", "").column("PGal", "P(galaxy)", "").column("PSS", "P(single star)", "")
            .build();

    /** Gaia EDR3 distances (Bailer-Jones et al. 2021), VizieR {@code I/352/gedr3dis}, 1″ (§6.3). */
    public static final Catalog GAIA_EDR3_DISTANCES = Catalog.builder("gaia_edr3_dist", "Gaia EDR3 distances",
                    CatalogService.VIZIER, "I/352/gedr3dis")
            .radius(1, 3600).id("Source").name(r -> "Gaia EDR3 " + r.required("Source")).vizierLink("Source")
            .request("Source", "rgeo", "b_rgeo", "B_rgeo", "rpgeo", "b_rpgeo", "B_rpgeo", "Flag")
            .column("Source", "Source", "").column("rgeo", "Geometric distance", "pc").column("b_rgeo", "16%", "pc")
            .column("B_rgeo", "84%", "pc").column("rpgeo", "Photogeometric distance", "pc")
            .column("b_rpgeo", "16%", "pc").column("B_rpgeo", "84%", "pc").column("Flag", "Flag", "")
            .distance(r -> r.number("rgeo")).build();

    /** ZTF Catalog of Periodic Variable Stars (Chen et al. 2020), SNAD mirror, 1″ (§7.3). */
    public static final Catalog ZTF_PERIODIC = Catalog.builder("ztf_periodic", "ZTF periodic variables",
                    CatalogService.SNAD_ZTF_PERIODIC, "ztf-periodic")
            .radius(1, 3600).id("SourceID").name(r -> r.text("ID").orElse("SourceID " + r.required("SourceID")))
            .position(r -> r.degrees("RAdeg", "DEdeg"))
            .link("http://variables.cn:88/lcz.php?SourceID={SourceID}")
            .column("ID", "Name", "").column("Type", "Type", "").column("Per", "Period", "d")
            .column("Per_g", "Period g", "d").column("Per_r", "Period r", "d").column("Amp_g", "Amplitude g", "mag")
            .column("Amp_r", "Amplitude r", "mag")
            .type("Type").period("Per").build();

    /** OGLE-III Catalog of Variable Stars, SNAD mirror, 10″ (§7.4): sexagesimal RA in hours. */
    public static final Catalog OGLE3 = Catalog.builder("ogle3", "OGLE-III variables", CatalogService.SNAD_OGLE3, "ogle3")
            .radius(10, 324_000).id("ID").position(r -> r.sexagesimal("RA", "Decl"))
            .link("https://ogledb.astrouw.edu.pl/~ogle/CVS/query.php?first=1&qtype=catalog&db_target=all&sort=id"
                    + "&use_id=on&val_id={ID}&disp_field=on&disp_starid=on&disp_type=1&disp_subtype=1&disp_ra=on"
                    + "&disp_decl=on&disp_i=on&disp_v=on&disp_p1=on&disp_a1=on&disp_remarks=on&sorting=ASC&pagelen=50")
            .column("ID", "ID", "").column("Type", "Type", "").column("Subtype", "Subtype", "")
            .column("P_1", "Period", "d").column("A_1", "I amplitude", "mag").column("I", "I", "mag")
            .column("V", "V", "mag").column("Remarks", "Remarks", "")
            .type("Type").period("P_1").build();

    /** Pan-STARRS DR2 stacked objects, MAST, 5″ (§5.3). */
    public static final Catalog PANSTARRS = Catalog.builder("panstarrs_dr2", "Pan-STARRS DR2 stack",
                    CatalogService.MAST_PS1, "dr2/stack")
            .radius(5, 1800).id("objID").name(r -> r.text("objName").orElse("PS1 " + r.required("objID")))
            .position(r -> r.degrees("raMean", "decMean"))
            .link("https://catalogs.mast.stsci.edu/panstarrs/detections.html?objID={objID}")
            .column("objName", "Name", "").column("objID", "objID", "")
            .column("gPSFMag", "g", "mag").column("gPSFMagErr", "±", "mag").column("rPSFMag", "r", "mag")
            .column("rPSFMagErr", "±", "mag").column("iPSFMag", "i", "mag").column("iPSFMagErr", "±", "mag")
            .column("zPSFMag", "z", "mag").column("zPSFMagErr", "±", "mag").column("yPSFMag", "y", "mag")
            .column("yPSFMagErr", "±", "mag")
            .build();

    /** SIMBAD, through its TAP service with ADQL, 50″ (§8.1). */
    public static final Catalog SIMBAD = Catalog.builder("simbad", "SIMBAD", CatalogService.SIMBAD, "basic")
            .radius(50, 3600).id("main_id").name(r -> r.required("main_id").replaceAll("\\s+", " "))
            .position(r -> r.degrees("ra", "dec"))
            .link("https://simbad.cds.unistra.fr/simbad/sim-id?Ident={main_id}")
            .column("main_id", "Main id", "").column("otype", "Main type", "").column("otypes", "Other types", "")
            .column("sp_type", "Spectral type", "").column("dist", "Distance", "").column("dist_unit", "Unit", "")
            .type("otype").distance(r -> r.number("dist").stream()
                    .map(d -> d * parsecsPer(r.text("dist_unit").orElse("pc"))).filter(Double::isFinite)
                    .findFirst())
            .build();

    /** Transient Name Server, SNAD mirror, 5″ (§9.1). */
    public static final Catalog TNS = Catalog.builder("tns", "TNS", CatalogService.SNAD_TNS, "tns")
            .radius(5, 3600).id("name").name(r -> r.text("name_prefix").map(p -> p + " ").orElse("") + r.required("name"))
            .position(r -> r.degrees("ra", "declination"))
            .link("https://www.wis-tns.org/object/{name}")
            .column("discoverydate", "Discovery date", "UTC").column("discoverymag", "Discovery mag", "mag")
            .column("type", "Type", "").column("redshift", "Redshift", "").column("internal_names", "Internal names", "")
            .type("type").redshift("redshift").eventMjd("discoverydate").build();

    /** Open Supernova Catalog through the astrocats API, 5″ (§9.2): sexagesimal RA in hours. */
    public static final Catalog OSC = Catalog.builder("osc", "Open Supernova Catalog", CatalogService.ASTROCATS, "all")
            .radius(5, 3600).id("event").position(r -> r.sexagesimal("ra", "dec"))
            .link("https://api.astrocats.space/{event}")
            .column("claimedtype", "Claimed type", "").column("stellarclass", "Stellar class", "")
            .column("spectraltype", "Spectral type", "").column("redshift", "Redshift", "").column("host", "Host", "")
            .type("claimedtype").redshift("redshift").build();

    /** OTTER transients, 5″ (§9.3); the ArangoDB documents flattened to the columns listed. */
    public static final Catalog OTTER = Catalog.builder("otter", "OTTER", CatalogService.OTTER, "transients")
            .radius(5, 3600).id("name").position(r -> r.degrees("ra", "dec"))
            .link("https://otter.idies.jhu.edu/transient/{name}")
            .column("name", "Name", "").column("classification", "Type", "").column("redshift", "Redshift", "")
            .column("discovery_date", "Discovery date", "")
            .type("classification").redshift("redshift").eventMjd("discovery_date").build();

    /**
     * Known solar-system objects at one epoch (IMCCE SkyBoT, §11): queried at 120″, shown within 15″ plus three
     * times each object's ephemeris uncertainty. Columns as astroquery names them.
     */
    public static final Catalog SKYBOT = Catalog.builder("skybot", "SkyBoT solar-system objects", CatalogService.SKYBOT,
                    "conesearch")
            .radius(15, 120).id(r -> r.text("Number").filter(n -> !n.equals("-1")).map(n -> "(" + n + ") ").orElse("")
                    + r.required("Name"))
            .position(r -> r.sexagesimal("RA", "DEC"))
            .column("Number", "Number", "").column("Name", "Name", "").column("Type", "Type", "")
            .column("V", "V", "mag").column("posunc", "Position uncertainty", "arcsec")
            .column("centerdist", "Distance from centre", "arcsec").column("RA_rate", "RA rate", "arcsec/h")
            .column("DEC_rate", "Dec rate", "arcsec/h")
            .type("Type").build();

    private static final List<Catalog> ALL = List.of(GCVS, VSX, ATLAS, SDSS_DR16Q, ZTF_PERIODIC, SPICY, PANSTARRS, TNS,
            OSC, OTTER, OGLE3, SIMBAD, GAIA_EDR3_DISTANCES, GAIA_DR3);

    private Catalogs() {
    }

    /** The catalogs of {@code obj.xmatch()}, in the Viewer's order (SkyBoT needs an epoch and is apart). */
    public static List<Catalog> all() {
        return ALL;
    }

    /**
     * The catalog with this id ({@code gcvs}, {@code vsx}, {@code atlas_var}, …, {@code skybot}), case-insensitive.
     *
     * @throws InvalidInputException for an unknown id; the message lists the known ones
     */
    public static Catalog byId(String id) {
        String wanted = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
        return find(wanted).orElseThrow(() -> InvalidInputException.of("catalog id", "one of " + ids(), id,
                "ids are those of external-services.md §19.4"));
    }

    /** The catalog with this id, if it is one of these. */
    public static Optional<Catalog> find(String id) {
        return java.util.stream.Stream.concat(ALL.stream(), java.util.stream.Stream.of(SKYBOT))
                .filter(c -> c.id().equals(id)).findFirst();
    }

    /** Every id, {@link #all()} then {@code skybot}. */
    public static List<String> ids() {
        return java.util.stream.Stream.concat(ALL.stream(), java.util.stream.Stream.of(SKYBOT)).map(Catalog::id)
                .collect(Collectors.toList());
    }

    /** SDSS DR16Q {@code Class} codes (Lyke et al. 2020): 0 not inspected, 1 star, 3 quasar, 4 galaxy, … */
    static Optional<String> sdssClass(int code) {
        return Optional.ofNullable(switch (code) {
            case 1 -> "star";
            case 3 -> "quasar";
            case 4 -> "galaxy";
            case 30 -> "BAL quasar";
            case 50 -> "possible blazar";
            default -> null;
        });
    }

    private static String sdssName(String sdss) {
        return sdss.startsWith("SDSS") ? sdss : "SDSS " + (sdss.startsWith("J") ? sdss : "J" + sdss);
    }

    /** Parsecs per SIMBAD distance unit ({@code pc}, {@code kpc}, {@code Mpc}); NaN for units that are not lengths. */
    static double parsecsPer(String unit) {
        return switch (unit.strip()) {
            case "pc" -> 1;
            case "kpc" -> 1e3;
            case "Mpc" -> 1e6;
            case "Gpc" -> 1e9;
            default -> Double.NaN;
        };
    }
}
