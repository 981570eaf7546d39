package org.ztfkit.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.photometry.Cosmology;
import org.ztfkit.sky.SkyPosition;
import org.ztfkit.time.Mjd;

/** Each catalog's original records → the uniform values of a row, on hand-written records. */
class Catalog_RowTest {
    static Map<String, Object> record(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }

    @Test
    void gcvsTypesAreTrimmedAndPeriodsRead() {
        CatalogRow r = Catalogs.GCVS.row(record("GCVS", "RR Lyr", "VarType", "RRAB      ", "Period", 0.5668378,
                "_RAJ2000", 291.36597, "_DEJ2000", 42.78436));
        assertEquals("RRAB", r.type().orElseThrow());
        assertEquals(0.5668378, r.periodDays().getAsDouble(), 0);
        assertEquals("RR Lyr", r.name());
        assertEquals("RRAB", r.columns().get("VarType"), "original text is kept, without the padding");
        assertEquals("https://vizier.cds.unistra.fr/viz-bin/VizieR-6?-out.form=%2bH&-source=B/gcvs/gcvs_cat&GCVS=RR%20Lyr",
                r.url().orElseThrow());
    }

    @Test
    void missingValuesAreLeftOutNotKeptAsNoneOrNaN() {
        CatalogRow r = Catalogs.VSX.row(record("OID", 12345L, "Name", "V0453 Cyg", "Type", "RRAB", "Period", "None",
                "max", Double.NaN, "min", "", "_RAJ2000", 295.26855, "_DEJ2000", 30.65906));
        assertTrue(r.periodDays().isEmpty());
        assertFalse(r.columns().containsKey("Period"));
        assertFalse(r.columns().containsKey("max"));
        assertFalse(r.columns().containsKey("min"));
        assertEquals("https://www.aavso.org/vsx/index.php?view=detail.top&oid=12345", r.url().orElseThrow());
    }

    @Test
    void sdssClassCodesBecomeTypesAndRedshiftsBecomeLuminosityDistances() {
        CatalogRow r = Catalogs.SDSS_DR16Q.row(record("SDSS", "J162949.30+244622.1", "Class", 30L, "z", 1.0,
                "Plate", 4182L, "MJD", 55446L, "Fiber", 521L, "_RAJ2000", 247.45543, "_DEJ2000", 24.77282));
        assertEquals("BAL quasar", r.type().orElseThrow());
        assertEquals("SDSS J162949.30+244622.1", r.name());
        assertEquals(1.0, r.redshift().getAsDouble(), 0);
        // Wright (2006) calculator, H0 70, Ωm 0.3: D_L(1) = 6607.7 Mpc
        assertEquals(6607.7e6, r.distancePc().getAsDouble(), 0.05e6);
        assertEquals("https://dr16.sdss.org/optical/spectrum/view?plateid=4182&mjd=55446&fiberid=521", r.url().orElseThrow());
        assertTrue(Catalogs.SDSS_DR16Q.row(record("SDSS", "J1", "Class", 0L, "_RAJ2000", 1.0, "_DEJ2000", 2.0)).type()
                .isEmpty(), "class 0 (not inspected) is no type");
    }

    @Test
    void simbadDistancesAreConvertedToParsecsByTheirUnit() {
        CatalogRow r = Catalogs.SIMBAD.row(record("main_id", "V* HZ Her", "ra", 254.457546, "dec", 35.342358,
                "otype", "LXB", "dist", 6.1, "dist_unit", "kpc"));
        assertEquals(6100.0, r.distancePc().getAsDouble(), 1e-9);
        assertEquals("LXB", r.type().orElseThrow());
        assertEquals("https://simbad.cds.unistra.fr/simbad/sim-id?Ident=V*%20HZ%20Her", r.url().orElseThrow());
        CatalogRow m1 = Catalogs.SIMBAD.row(record("main_id", "M   1", "ra", 83.6287, "dec", 22.0147, "dist", 2.0,
                "dist_unit", "km/s"));
        assertEquals("M 1", m1.name(), "internal spaces of SIMBAD identifiers are collapsed for display");
        assertTrue(m1.distancePc().isEmpty(), "a velocity is no distance");
    }

    @Test
    void tnsRowsJoinPrefixAndNameAndDateTheirDiscovery() {
        CatalogRow r = Catalogs.TNS.row(record("name_prefix", "SN", "name", "2018lzf", "ra", 35.5773798,
                "declination", -9.6884991, "redshift", 0.074, "type", "SN Ia", "discoverydate", "2018-08-28 09:25:55.200"));
        assertEquals("SN 2018lzf", r.name());
        assertEquals("2018lzf", r.sourceId());
        assertEquals("https://www.wis-tns.org/object/2018lzf", r.url().orElseThrow());
        // 2018-08-28 is MJD 58358; 09:25:55.2 is 0.3930000 d
        assertEquals(58358.39300, r.eventMjd().getAsDouble(), 1e-6);
        assertEquals(Cosmology.VIEWER.luminosityDistancePc(0.074), r.distancePc().getAsDouble(), 1e-3);
    }

    @Test
    void ogleAndOscPositionsAreSexagesimalHours() {
        CatalogRow ogle = Catalogs.OGLE3.row(record("ID", "OGLE-BLG-RRLYR-00001", "RA", "17:50:17.82",
                "Decl", "-22:12:52.2", "Type", "RRLYR", "P_1", 0.5623));
        // 17h50m17.82s = 15 × (17 + 50/60 + 17.82/3600) = 267.574250°; −(22 + 12/60 + 52.2/3600) = −22.214500°
        assertEquals(267.574250, ogle.position().ra(), 1e-9);
        assertEquals(-22.214500, ogle.position().dec(), 1e-9);
        assertEquals(0.5623, ogle.periodDays().getAsDouble(), 0);
        CatalogRow osc = Catalogs.OSC.row(record("event", "SN2011fe", "ra", "14:03:05.711,14:03:05.733",
                "dec", "+54:16:25.22", "claimedtype", "Ia", "redshift", "0.000804,0.0008"));
        assertEquals(15 * (14 + 3 / 60.0 + 5.711 / 3600), osc.position().ra(), 1e-9, "the first of several values");
        assertEquals(0.000804, osc.redshift().getAsDouble(), 0);
    }

    @Test
    void vizierPositionsFallBackToSexagesimalAndGalacticColumns() {
        Catalog any = Catalog.vizier("B/iram/pdbi", 60, "Prog", "Name");
        CatalogRow sexa = any.row(record("Prog", "N032", "RAJ2000", "20:29:24.87", "DEJ2000", "+40:11:19.8"));
        assertEquals(307.353625, sexa.position().ra(), 1e-9);
        assertEquals(40.188833, sexa.position().dec(), 1e-6);
        CatalogRow gal = any.row(record("Prog", "X", "_Glon", 0.0, "_Glat", 90.0));
        // the north Galactic pole: ICRS 192.85948°, +27.12825° (IAU)
        assertEquals(192.85948, gal.position().ra(), 1e-4);
        assertEquals(27.12825, gal.position().dec(), 1e-4);
        assertThrows(IllegalArgumentException.class, () -> any.row(record("Prog", "Y")), "no position");
        assertThrows(IllegalArgumentException.class, () -> any.row(record("Name", "Y", "_RAJ2000", 1.0, "_DEJ2000", 1.0)),
                "no identifier");
    }

    @Test
    void radiiAreCheckedAgainstEachServicesLimit() {
        assertEquals(3600, Catalogs.TNS.checkRadius(3600), 0);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Catalogs.SKYBOT.checkRadius(121));
        assertTrue(e.getMessage().contains("(0, 120]") && e.getMessage().contains("121"), e.getMessage());
        assertThrows(InvalidInputException.class, () -> Catalogs.VSX.checkRadius(0));
    }

    @Test
    void theViewersDefaultRadiiAndIds() {
        // external-services.md §16.7
        Map<String, Double> expected = Map.ofEntries(Map.entry("gcvs", 10.0), Map.entry("vsx", 10.0),
                Map.entry("atlas_var", 10.0), Map.entry("sdss_dr16q", 10.0), Map.entry("ogle3", 10.0),
                Map.entry("spicy", 1.0), Map.entry("ztf_periodic", 1.0), Map.entry("gaia_edr3_dist", 1.0),
                Map.entry("gaia_dr3", 1.0), Map.entry("panstarrs_dr2", 5.0), Map.entry("tns", 5.0),
                Map.entry("osc", 5.0), Map.entry("otter", 5.0), Map.entry("simbad", 50.0), Map.entry("skybot", 15.0));
        for (String id : Catalogs.ids()) {
            assertEquals(expected.get(id), Catalogs.byId(id).defaultRadiusArcsec(), id);
        }
        assertEquals(14, Catalogs.all().size());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Catalogs.byId("vizier"));
        assertTrue(e.getMessage().contains("gcvs") && e.getMessage().contains("otter"), "lists the known ids");
        assertEquals(Catalogs.VSX, Catalogs.byId(" VSX "));
    }

    @Test
    void radiiOverrideOnlyTheCatalogsNamed() {
        CatalogRadii r = CatalogRadii.defaults().with("vsx", 20.0);
        assertEquals(20.0, r.radiusArcsec(Catalogs.VSX), 0);
        assertEquals(10.0, r.radiusArcsec(Catalogs.GCVS), 0);
        assertEquals(r, CatalogRadii.defaults().with("VSX", 20.0));
        assertThrows(InvalidInputException.class, () -> CatalogRadii.defaults().with("tns", 4000));
    }

    @Test
    void resultsSortBySeparationAndRenderEachOutcome() {
        SkyPosition c = SkyPosition.of(295.26855, 30.65906);
        CatalogRow far = Catalogs.VSX.row(record("OID", 2L, "Name", "far <b>", "Type", "EA", "Period", 1.5,
                "_RAJ2000", 295.26855, "_DEJ2000", 30.65906 + 5 / 3600.0));
        CatalogRow near = Catalogs.VSX.row(record("OID", 1L, "Name", "near", "Type", "RRAB", "Period", 0.5537,
                "_RAJ2000", 295.26855, "_DEJ2000", 30.65906 + 1 / 3600.0));
        XmatchResult x = XmatchResult.of(Catalogs.VSX, c, 10, List.of(far, near));
        assertEquals(List.of("near", "far <b>"), x.rows().stream().map(CatalogRow::name).toList());
        assertEquals(1.0, x.nearest().orElseThrow().separationArcsec(), 1e-6);
        assertEquals("ok (2 rows)", x.status().toString());
        var t = x.table();
        assertEquals(List.of("name", "separation_arcsec", "OID", "Period", "Type", "max", "n_max", "min", "n_min", "link"),
                t.columnNames());
        assertEquals(1L, t.longColumn("OID").get(0));
        assertEquals(5.0, t.doubleColumn("separation_arcsec").get(1), 1e-6);
        assertTrue(t.column("max").isMissing(0), "a value the catalog does not give is missing, not zero");
        String html = x.toHtml();
        assertTrue(html.contains("far &lt;b&gt;") && !html.contains("far <b>"), "catalog text is escaped");
        assertTrue(html.contains("href=\"https://www.aavso.org/vsx/index.php?view=detail.top&amp;oid=1\""), html);
        assertTrue(html.contains("Period, d"), "headers carry units");
        assertTrue(x.toString().contains("nearest near at 1.00″ (RRAB, P=0.5537 d)"), x.toString());

        XmatchResult none = XmatchResult.of(Catalogs.VSX, c, 10, List.of());
        assertEquals("empty", none.status().toString());
        assertTrue(none.toHtml().contains("no sources"));
        XmatchResult down = XmatchResult.unavailable(Catalogs.VSX, c, 10, "HTTP 503 from vizier");
        assertFalse(down.status().isAnswer());
        assertTrue(down.toHtml().contains("temporarily unavailable (HTTP 503 from vizier)"));
        assertTrue(down.toString().endsWith("unavailable (HTTP 503 from vizier)"));
        XmatchReport report = new XmatchReport(c, List.of(x, none, down));
        assertEquals(List.of(x), report.found());
        assertEquals(List.of(down), report.unavailable());
        assertEquals(x, report.get("vsx"), "the first result of a catalog id");
        assertThrows(InvalidInputException.class, () -> report.get("gcvs"));
    }

    @Test
    void mjdOfDiscoveryDatesInTheFormsServicesUse() {
        CatalogRow r = Catalogs.OTTER.row(record("name", "2019abc", "ra", 1.0, "dec", 2.0, "discovery_date",
                "2019-01-01"));
        assertEquals(Mjd.ofDateTimeUtc(java.time.LocalDateTime.of(2019, 1, 1, 0, 0)), r.eventMjd().getAsDouble(), 0);
        assertEquals(58484.0, r.eventMjd().getAsDouble(), 0, "2019-01-01 is MJD 58484");
    }
}
