package org.ztfkit.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ztfkit.ZtfObject;
import org.ztfkit.catalog.CatalogMatch;
import org.ztfkit.catalog.CatalogRadii;
import org.ztfkit.catalog.XmatchReport;
import org.ztfkit.catalog.XmatchResult;
import org.ztfkit.catalog.XmatchStatus;
import org.ztfkit.photometry.Cosmology;
import tech.tablesaw.api.Table;

/** The cross-matches of the packaged demo sky, checked against the simulated truth. */
class DemoSkyCatalogsTest extends DemoSkyFixture {

    /** Catalog rows joined to the truth of the source they describe. */
    static Table truthOf(String catalog) {
        return ztf.store().query(catalog, "SELECT c.source_id, c.type, c.period_d, c.redshift, c.distance_pc, c.ra, "
                + "c.dec, s.class, s.period_d AS true_period, s.ra AS true_ra, s.dec AS true_dec, s.params, "
                + "s.mean_mag_r FROM catalog_source c JOIN sim_catalog_source t USING (catalog, source_id) "
                + "JOIN sim_source s ON s.source_id = t.sim_source_id WHERE c.catalog = ?", catalog);
    }

    @Test
    void variableStarCatalogsCarryTheTruePeriodsAndTypes() {
        for (String catalog : List.of("gcvs", "vsx", "ztf_periodic")) {
            Table t = truthOf(catalog);
            assertTrue(t.rowCount() > 40, catalog + " has entries");
            int withPeriod = 0;
            for (int i = 0; i < t.rowCount(); i++) {
                double p = t.doubleColumn("period_d").getDouble(i);
                if (Double.isNaN(p)) {
                    continue;
                }
                withPeriod++;
                double truth = t.doubleColumn("true_period").getDouble(i);
                assertEquals(truth, p, truth * 1e-4, catalog + " " + t.stringColumn("source_id").get(i));
                String type = t.stringColumn("type").get(i);
                String cls = t.stringColumn("class").get(i);
                assertTrue(consistent(cls, type), catalog + ": type " + type + " for class " + cls);
            }
            assertTrue(withPeriod < t.rowCount() || catalog.equals("ztf_periodic"),
                    catalog + ": like real catalogues, some entries lack a period");
            assertTrue(withPeriod > 0.7 * t.rowCount(), catalog + ": most entries have one");
        }
    }

    @Test
    void atlasGivesEclipsingBinariesHalfTheirPeriodAsItsLombScargleDoes() {
        Table t = truthOf("atlas_var");
        int eclipsing = 0;
        for (int i = 0; i < t.rowCount(); i++) {
            double ratio = t.doubleColumn("period_d").getDouble(i) / t.doubleColumn("true_period").getDouble(i);
            boolean eb = t.stringColumn("class").get(i).equals("eclipsing_binary");
            eclipsing += eb ? 1 : 0;
            assertEquals(eb ? 0.5 : 1.0, ratio, 5e-4, t.stringColumn("source_id").get(i));
        }
        assertTrue(eclipsing > 10);
    }

    @Test
    void catalogPositionsScatterAroundTheTruthAsEachCatalogsAstrometryDoes() {
        // GCVS 1.5″ per coordinate, VSX 0.3″, ZTF periodic 0.1″: the rms separation is sqrt(2)·σ
        for (var c : List.of(new double[] {1.5, 0}, new double[] {0.3, 1}, new double[] {0.1, 2})) {
            String catalog = List.of("gcvs", "vsx", "ztf_periodic").get((int) c[1]);
            Table t = truthOf(catalog);
            double sum = 0;
            for (int i = 0; i < t.rowCount(); i++) {
                double sep = org.ztfkit.sky.SkyPosition.of(t.doubleColumn("ra").get(i), t.doubleColumn("dec").get(i))
                        .separationArcsec(org.ztfkit.sky.SkyPosition.of(t.doubleColumn("true_ra").get(i),
                                t.doubleColumn("true_dec").get(i)));
                sum += sep * sep;
            }
            double rms = Math.sqrt(sum / t.rowCount());
            assertEquals(Math.sqrt(2) * c[0], rms, 0.3 * Math.sqrt(2) * c[0] + 0.02, catalog);
        }
    }

    @Test
    void classifiedSupernovaeHaveTheRedshiftOfTheirPeakBrightness() {
        Table t = ztf.store().query("sn", "SELECT c.type, c.redshift, c.distance_pc, s.params FROM catalog_source c "
                + "JOIN sim_catalog_source t USING (catalog, source_id) JOIN sim_source s ON s.source_id = t.sim_source_id "
                + "WHERE c.catalog = 'tns' AND c.redshift IS NOT NULL");
        assertTrue(t.rowCount() > 10);
        for (int i = 0; i < t.rowCount(); i++) {
            String params = t.stringColumn("params").get(i);
            double peak = Double.parseDouble(params.replaceAll(".*\"peak_mag_r\":([-0-9.e]+).*", "$1"));
            double z = t.doubleColumn("redshift").get(i);
            double d = t.doubleColumn("distance_pc").get(i);
            assertEquals(Cosmology.VIEWER.luminosityDistancePc(z), d, d * 1e-9, "distance from redshift");
            double absolute = peak - 5 * Math.log10(d / 10);
            String type = t.stringColumn("type").get(i);
            double expected = type.equals("SN Ia") ? -19.3 : type.equals("SN II") ? -17.0 : -17.5;
            // the redshift is rounded to 1e-4: at z ≈ 0.02 that moves the modulus by up to 0.011 mag
            assertEquals(expected, absolute, 0.02, type + " z=" + z);
        }
    }

    @Test
    void theRrLyraeStarOfSeed001IsFoundInTheVariableStarCatalogs() {
        ZtfObject rr = ztf.object(686204100122720L);
        XmatchReport all = rr.xmatch();
        assertEquals(14, all.results().size());
        XmatchResult vsx = all.get("vsx");
        assertInstanceOf(XmatchStatus.Ok.class, vsx.status(), vsx.toString());
        CatalogMatch nearest = vsx.nearest().orElseThrow();
        assertEquals("RRAB", nearest.row().type().orElseThrow());
        assertEquals(0.5537, nearest.row().periodDays().orElseThrow(), 0.5537 * 1e-4);
        assertTrue(nearest.separationArcsec() < 2);
        assertEquals("RR*", all.get("simbad").nearest().orElseThrow().row().type().orElseThrow());
        assertInstanceOf(XmatchStatus.Empty.class, all.get("ogle3").status(), "OGLE-III has no northern fields");
        for (XmatchResult r : all.results()) {
            assertTrue(r.status().isAnswer(), "every catalog answers offline: " + r);
        }
        var gaia = all.get("gaia_dr3").nearest().orElseThrow().row();
        assertEquals("Gaia DR3 2032894199774736256", gaia.name(), "the star keeps its real Gaia DR3 id");
        assertEquals("https://vizier.cds.unistra.fr/viz-bin/VizieR-6?-out.form=%2bH&-source=I/355/gaiadr3&Source="
                + "2032894199774736256", gaia.url().orElseThrow());
        assertEquals(1L, gaia.columns().get("EpochPh"), "a variable with epoch photometry");
        assertTrue(all.get("panstarrs_dr2").nearest().orElseThrow().row().columns().containsKey("rPSFMag"));
        assertTrue(all.toHtml().contains("https://www.aavso.org/vsx/index.php?view=detail.top&amp;oid="));
    }

    @Test
    void gaiaDistancesAndPanStarrsComeFromTheLightCurveSourcesTables() {
        Table stars = ztf.store().query("d", "SELECT d.source_id, d.rgeo, d.ra, d.dec FROM gaia_distance_edr3 d "
                + "ORDER BY d.source_id LIMIT 1");
        org.ztfkit.sky.SkyPosition at = org.ztfkit.sky.SkyPosition.of(stars.doubleColumn("ra").get(0),
                stars.doubleColumn("dec").get(0));
        var rows = ztf.catalogSource().cone(org.ztfkit.catalog.Catalogs.GAIA_EDR3_DISTANCES, at, 1.0);
        assertEquals(1, rows.size());
        assertEquals(stars.doubleColumn("rgeo").get(0), rows.get(0).distancePc().orElseThrow(), 1e-6,
                "rgeo is the catalog's distance");
        var ps1 = ztf.object("SNAD158").xmatch("panstarrs_dr2").nearest().orElseThrow().row();
        assertEquals("PSO J253.1577+25.8226", ps1.name());
        assertTrue(ps1.url().orElseThrow().startsWith("https://catalogs.mast.stsci.edu/panstarrs/detections.html?objID="));
    }

    @Test
    void aUserRadiusWidensOneCatalogOnly() {
        ZtfObject rr = ztf.object(686204100122720L);
        XmatchResult wide = rr.xmatch("vsx", 300.0);
        XmatchResult narrow = rr.xmatch("vsx");
        assertTrue(wide.rows().size() > narrow.rows().size(), wide + " / " + narrow);
        assertEquals(300.0, wide.radiusArcsec(), 0);
        assertTrue(wide.matches().stream().allMatch(m -> m.separationArcsec() <= 300.0));
        XmatchReport report = rr.xmatch(CatalogRadii.defaults().with("vsx", 300.0));
        assertEquals(wide.rows(), report.get("vsx").rows());
        assertEquals(rr.xmatch().get("gcvs").rows(), report.get("gcvs").rows());
    }

    @Test
    void herX1IsInSimbadWithItsTypeAndDistanceAndInGcvsAsHzHer() {
        long oid = ztf.cone("Her X-1", 2.0).longColumn("oid").get(0);
        XmatchReport all = ztf.object(oid).xmatch();
        var simbad = all.get("simbad").nearest().orElseThrow().row();
        assertEquals("V* HZ Her", simbad.name());
        assertEquals("LXB", simbad.type().orElseThrow());
        assertEquals(6100.0, simbad.distancePc().orElseThrow(), 1e-6);
        assertEquals("HZ Her", all.get("gcvs").nearest().orElseThrow().row().name());
        assertEquals(1.700167590, all.get("gcvs").nearest().orElseThrow().row().periodDays().orElseThrow(), 1e-4);
    }

    @Test
    void theSnadObjectsHaveTheirRealTnsNames() {
        assertEquals("AT 2018lwh", ztf.object(633207400004730L).xmatch("tns").nearest().orElseThrow().row().name());
        var tns = ztf.object("SNAD183").xmatch("tns").nearest().orElseThrow().row();
        assertEquals("AT 2018mbp", tns.name());
        assertEquals("ZTF18acewtzj", tns.columns().get("internal_names"));
        assertTrue(tns.redshift().isEmpty() && tns.type().isEmpty(), "an unclassified AT has neither");
        var agn = ztf.object("SNAD158").xmatch();
        assertTrue(agn.get("sdss_dr16q").nearest().orElseThrow().row().redshift().isPresent());
        assertEquals("AT 2018lzd", agn.get("tns").nearest().orElseThrow().row().name());
    }

    @Test
    void skybotAnswersAreStoredForThreeDetectionsOfEachRealObject() {
        ZtfObject snad101 = ztf.object(633207400004730L);
        double[] t = snad101.lightCurve().table().doubleColumn("time").asDoubleArray();
        XmatchResult first = snad101.solarSystemObjects(t[0]);
        assertInstanceOf(XmatchStatus.Empty.class, first.status(), first.toString());
        XmatchResult second = snad101.solarSystemObjects(t[1]);
        CatalogMatch asteroid = second.nearest().orElseThrow();
        assertEquals("2018 SIM1", asteroid.row().name());
        assertEquals(Math.sqrt(18), asteroid.separationArcsec(), 0.01);
        assertTrue(second.note().contains(String.format(java.util.Locale.ROOT, "%.5f", t[1])), second.note());
        assertTrue(snad101.solarSystemObjects(t[1], 3.0).isEmpty(), "outside 3″ + 3 × 0.1″");
        XmatchResult other = snad101.solarSystemObjects(t[10]);
        assertFalse(other.status().isAnswer(), "no stored answer: ephemerides need the online service");
    }

    private static boolean consistent(String cls, String type) {
        return switch (cls) {
            case "rr_lyrae" -> type.startsWith("RR");
            case "eclipsing_binary" -> type.equals("EA") || type.equals("EW");
            case "cepheid" -> type.equals("DCEP") || type.startsWith("Cep");
            case "lpv" -> List.of("M", "SR", "Mira").contains(type);
            case "x_ray_binary" -> type.startsWith("XB");
            default -> false;
        };
    }
}
