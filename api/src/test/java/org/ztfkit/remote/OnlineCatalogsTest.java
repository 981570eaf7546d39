package org.ztfkit.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ztfkit.RealData;
import org.ztfkit.catalog.Catalog;
import org.ztfkit.catalog.CatalogRadii;
import org.ztfkit.catalog.CatalogRow;
import org.ztfkit.catalog.CatalogService;
import org.ztfkit.catalog.Catalogs;
import org.ztfkit.catalog.XmatchReport;
import org.ztfkit.catalog.XmatchResult;
import org.ztfkit.errors.ServiceUnavailableException;
import org.ztfkit.net.ServicePolicy;
import org.ztfkit.photometry.Cosmology;
import org.ztfkit.sky.SkyPosition;
import org.ztfkit.source.Crossmatcher;
import org.ztfkit.store.EmbeddedStore;

/** The online catalog clients against a local stub answering as external-services.md documents each service. */
class OnlineCatalogsTest {
    static final SkyPosition RR = SkyPosition.of(295.26855, 30.65906);
    static final String VOTABLE = "application/x-votable+xml";
    final ServiceStub stub = new ServiceStub();

    @AfterEach
    void stop() {
        stub.close();
    }

    /** The stub's services with quick retries and short timeouts, so fault tests do not wait. */
    OnlineCatalogs online() {
        OnlineCatalogs o = OnlineCatalogs.at(stub.endpoints());
        for (CatalogService s : CatalogService.values()) {
            o = o.withPolicy(s, quick(OnlineCatalogs.defaultPolicy(s)));
        }
        return o;
    }

    static ServicePolicy quick(ServicePolicy p) {
        return p.withBackoff(Duration.ofMillis(10), Duration.ofMillis(40)).withReadTimeout(Duration.ofMillis(400))
                .withCallBudget(Duration.ofSeconds(3));
    }

    @Test
    void vizierConesAskForTheCatalogsColumnsAndReadItsRows() {
        stub.fixture("vizier", "vizier_vsx.vot", VOTABLE);
        List<CatalogRow> rows = online().cone(Catalogs.VSX, RR, 10);
        RecordedRequest r = stub.requestsTo("vizier").get(0);
        assertEquals("B/vsx/vsx", r.getRequestUrl().queryParameter("-source"));
        assertEquals("295.26855 +30.65906", r.getRequestUrl().queryParameter("-c"));
        assertEquals("10", r.getRequestUrl().queryParameter("-c.rs"));
        assertEquals(List.of("_r", "_RAJ,_DEJ"), r.getRequestUrl().queryParameterValues("-out.add"));
        assertEquals("_r", r.getRequestUrl().queryParameter("-sort"));
        assertEquals(2, rows.size());
        CatalogRow v = rows.get(0);
        assertEquals("V0453 Cyg", v.name());
        assertEquals("345678", v.sourceId());
        assertEquals("RRAB", v.type().orElseThrow());
        assertEquals(0.5537083, v.periodDays().orElseThrow(), 0);
        assertEquals(15.38, (Double) v.columns().get("max"), 0, "single precision keeps its decimal form");
        assertEquals(0.21, v.separationArcsec(RR), 0.02, "VizieR's _r agrees with the separation of _RAJ2000/_DEJ2000");
        assertTrue(rows.get(1).periodDays().isEmpty(), "an empty VizieR cell is no period");
        assertEquals("https://www.aavso.org/vsx/index.php?view=detail.top&oid=345678", v.url().orElseThrow());
    }

    @Test
    void vizierErrorDocumentsAreUnavailableAndEmptyAnswersEmpty() {
        stub.fixture("vizier", "vizier_error.vot", VOTABLE);
        ServiceUnavailableException e = assertThrows(ServiceUnavailableException.class,
                () -> online().cone(Catalogs.VSX, RR, 10));
        assertTrue(e.reason().contains("Unknown catalogue: B/vsx/vsxx"), e.getMessage());
        stub.fixture("vizier", "vizier_empty.vot", VOTABLE);
        assertTrue(online().cone(Catalogs.GCVS, RR, 10).isEmpty());
    }

    @Test
    void realVizierAnswersParseWithSexagesimalAndGalacticPositions() throws Exception {
        String iram = Files.readString(RealData.file("catalogs/vizier/vizier_B_iram_afgl2591.xml"));
        stub.on("vizier", r -> new MockResponse().setBody(iram).setHeader("Content-Type", VOTABLE));
        Catalog pdbi = Catalog.vizier("B/iram/pdbi", 300, "Prog", "Name", "Obs");
        List<CatalogRow> rows = online().cone(pdbi, SkyPosition.of(307.353875, 40.188583), 300);
        assertEquals(14, rows.size()); // MANIFEST §4
        CatalogRow first = rows.get(0);
        // astropy 5.2.1: SkyCoord('20:29:24.87 +40:11:19.8', unit=(hourangle, deg)) = 307.353625, 40.188833
        assertEquals(0, first.position().separationArcsec(SkyPosition.of(307.353625, 40.1888333)), 0.2);
        assertEquals("AFGL2591", first.columns().get("Name"));
        assertTrue(first.url().orElseThrow().endsWith("-source=B/iram/pdbi&Prog=N032"), first.url().get());

        String kang = Files.readString(RealData.file("catalogs/vizier/vizier_J_ApJ_706_83_kang2010.xml"));
        stub.on("vizier", r -> new MockResponse().setBody(kang).setHeader("Content-Type", VOTABLE));
        List<CatalogRow> ysos = online().cone(Catalog.vizier("J/ApJ/706/83/ysos", 3600, "Seq", "SSTGLMC"),
                SkyPosition.of(290.8, 13.75), 3600);
        assertEquals(50, ysos.size());
        // astropy 5.2.1: SkyCoord(l=48.7567, b=-0.6341, frame='galactic').icrs = 290.7999457, 13.7470127
        assertEquals(0, ysos.get(0).position().separationArcsec(SkyPosition.of(290.7999457, 13.7470127)), 0.01);
    }

    @Test
    void simbadConesAreOneAdqlJoinFoldedBackToOneRowPerObject() {
        stub.fixture("simbad", "simbad_cone.vot", VOTABLE);
        SkyPosition her = SkyPosition.of(254.45754625, 35.34235806);
        List<CatalogRow> rows = online().cone(Catalogs.SIMBAD, her, 50);
        String query = stub.requestsTo("simbad").get(0).getBody().readUtf8();
        assertTrue(stub.requestsTo("simbad").get(0).getPath().startsWith("/simbad/sync"));
        String adql = java.net.URLDecoder.decode(query, StandardCharsets.UTF_8);
        assertTrue(adql.contains("LEFT JOIN mesDistance") && adql.contains("LEFT JOIN otypes")
                && adql.contains("CIRCLE('ICRS', 254.45754625, 35.34235806, 0.013888888888888888)"), adql);
        assertEquals(2, rows.size());
        CatalogRow hz = rows.get(0);
        assertEquals("V* HZ Her", hz.name());
        assertEquals("LXB|X|EB*", hz.columns().get("otypes"), "every type once, in order");
        assertEquals(6100.0, hz.distancePc().orElseThrow(), 1e-9, "the first distance, kpc → pc");
        assertTrue(rows.get(1).distancePc().isEmpty());
        assertEquals("*", rows.get(1).type().orElseThrow());
    }

    /** The three real TNS rows (MANIFEST §4) as the SNAD mirror's JSON rows. */
    static String tnsJson() throws Exception {
        String parquet = RealData.file("catalogs/tns/tns_public_objects_3rows.parquet").toString().replace("'", "''");
        List<String> rows = new ArrayList<>();
        try (EmbeddedStore store = EmbeddedStore.inMemory()) {
            store.withConnection(c -> {
                try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT to_json(t) FROM (SELECT "
                        + "objid, name_prefix, name, ra, declination, redshift, typeid, type, reporting_group, "
                        + "source_group, discoverydate, discoverymag, filter, internal_names FROM read_parquet('"
                        + parquet + "')) t ORDER BY objid")) {
                    while (rs.next()) {
                        rows.add(rs.getString(1));
                    }
                }
                return null;
            });
        }
        return "[" + String.join(",", rows) + "]";
    }

    @Test
    void tnsRowsOfTheRealDumpGiveNamesTypesRedshiftsAndDistances() throws Exception {
        String json = tnsJson();
        stub.on("tns", r -> new MockResponse().setBody(json).setHeader("Content-Type", "application/json"));
        List<CatalogRow> rows = online().cone(Catalogs.TNS, SkyPosition.of(35.57738, -9.68850), 5);
        RecordedRequest r = stub.requestsTo("tns").get(0);
        assertEquals("/tns/api/v1/circle", r.getRequestUrl().encodedPath());
        assertEquals("5", r.getRequestUrl().queryParameter("radius_arcsec"));
        Map<String, CatalogRow> byName = new LinkedHashMap<>();
        rows.forEach(x -> byName.put(x.name(), x));
        assertEquals(List.of("SN 2018lzf", "SN 2022and", "AT 2026cqa"), List.copyOf(byName.keySet()));
        CatalogRow lzf = byName.get("SN 2018lzf");
        assertEquals("SN Ia", lzf.type().orElseThrow());
        assertEquals(0.074, lzf.redshift().orElseThrow(), 0);
        // astropy FlatLambdaCDM(70, 0.3): D_L(0.074) = 334.6256 Mpc (cosmology_luminosity_distance.csv)
        assertEquals(334.62557732249167e6, lzf.distancePc().orElseThrow(), 1e3);
        assertEquals("ZTF18abquxjv", lzf.columns().get("internal_names"));
        assertEquals(0, lzf.position().separationArcsec(SkyPosition.of(35.5773798, -9.6884991)), 1e-9);
        CatalogRow at = byName.get("AT 2026cqa");
        assertTrue(at.type().isEmpty() && at.redshift().isEmpty() && at.distancePc().isEmpty(), "untyped, no z");
        assertEquals("https://www.wis-tns.org/object/2026cqa", at.url().orElseThrow());
    }

    @Test
    void snadMirrorsOfTheZtfPeriodicAndOgleCatalogs() {
        stub.fixture("ztf-periodic", "ztf_periodic.json", "application/json");
        stub.fixture("ogle3", "ogle3.tsv", "text/tab-separated-values");
        CatalogRow z = online().cone(Catalogs.ZTF_PERIODIC, RR, 1).get(0);
        assertEquals("ZTFJ194104.45+303932.6", z.name());
        assertEquals("10000012", z.sourceId());
        assertEquals("RR", z.type().orElseThrow());
        assertEquals(0.5537081, z.periodDays().orElseThrow(), 0);
        assertFalse(z.columns().containsKey("coord"), "the nested DB column is left out");
        assertEquals("http://variables.cn:88/lcz.php?SourceID=10000012", z.url().orElseThrow());
        CatalogRow o = online().cone(Catalogs.OGLE3, SkyPosition.of(267.5742, -22.2145), 10).get(0);
        assertEquals("tsv", stub.requestsTo("ogle3").get(0).getRequestUrl().queryParameter("format"));
        assertEquals(267.574250, o.position().ra(), 1e-9, "17:50:17.82 in hours");
        assertEquals(-22.214500, o.position().dec(), 1e-9);
        assertEquals(0.5623041, o.periodDays().orElseThrow(), 0);
        assertEquals("RRab", o.columns().get("Subtype"));
        assertFalse(o.columns().containsKey("Remarks"), "empty TSV fields are left out");
    }

    @Test
    void astrocatsCsvAndItsNothingFoundMessage() {
        stub.fixture("astrocats", "astrocats.csv", "text/csv");
        CatalogRow sn = online().cone(Catalogs.OSC, SkyPosition.of(35.57738, -9.68850), 5).get(0);
        RecordedRequest r = stub.requestsTo("astrocats").get(0);
        assertEquals("/astrocats/all", r.getRequestUrl().encodedPath());
        assertEquals("csv", r.getRequestUrl().queryParameter("format"));
        assertEquals("0", r.getRequestUrl().queryParameter("item"));
        assertEquals("SN2018lzf", sn.name());
        assertEquals(15 * (2 + 22 / 60.0 + 18.571 / 3600), sn.position().ra(), 1e-9);
        assertEquals(0.074, sn.redshift().orElseThrow(), 0, "the first of the quoted values");
        assertEquals("2018TNSTR1284....1F,2018ATel11952....1F", sn.columns().get("references"));
        stub.fixture("astrocats", "astrocats_none.json", "application/json");
        assertTrue(online().cone(Catalogs.OSC, RR, 5).isEmpty(), "the JSON message is an empty answer");
        stub.on("astrocats", x -> new MockResponse().setBody("{\"message\": \"Database error\"}"));
        ServiceUnavailableException e = assertThrows(ServiceUnavailableException.class,
                () -> online().cone(Catalogs.OSC, SkyPosition.of(1, 1), 5));
        assertTrue(e.reason().contains("Database error"), e.getMessage());
    }

    @Test
    void otterIsAskedWithAnAqlConeAsTheGuestAndItsDocumentsFlattened() throws Exception {
        stub.fixture("otter", "otter.json", "application/json");
        CatalogRow t = online().cone(Catalogs.OTTER, SkyPosition.of(35.57738, -9.68850), 5).get(0);
        RecordedRequest r = stub.requestsTo("otter").get(0);
        assertEquals("POST", r.getMethod());
        assertEquals("/otter/api/_db/otter/_api/cursor", r.getPath());
        assertEquals(okhttp3.Credentials.basic("user-guest", "test"), r.getHeader("Authorization"));
        var body = JsonPayloads.mapper().readTree(r.getBody().readUtf8());
        assertTrue(body.get("query").asText().contains("ASTRO::CONE_SEARCH(t._ra, t._dec, @ra, @dec, @r)"));
        assertEquals(5 / 3600.0, body.get("bindVars").get("r").asDouble(), 1e-15);
        assertEquals("2018lzf", t.name());
        assertEquals("SN Ia", t.type().orElseThrow(), "the classification flagged default");
        assertEquals(0.074, t.redshift().orElseThrow(), 0, "the default redshift, not the luminosity distance");
        assertEquals(58358.0, t.eventMjd().orElseThrow(), 0, "2018-08-28");
    }

    @Test
    void panStarrsStackObjectsAreMergedAndReadUnderMastsColumnNames() throws Exception {
        stub.fixture("mast", "mast_stack.json", "application/json");
        List<CatalogRow> rows = online().cone(Catalogs.PANSTARRS, RR, 5);
        RecordedRequest r = stub.requestsTo("mast").get(0);
        assertEquals("/mast/dr2/stack.json", r.getPath());
        assertEquals(5 / 3600.0, JsonPayloads.mapper().readTree(r.getBody().readUtf8()).get("radius").asDouble(), 1e-12);
        assertEquals(2, rows.size());
        CatalogRow a = rows.get(0);
        assertEquals("144782952685619883", a.sourceId(), "a 64-bit id sent as text stays exact");
        assertEquals(144782952685619883L, a.columns().get("objID"));
        // g: (16.1 ± 0.01, 16.2 ± 0.02), weights 10000 and 2500: mean 16.12, error 1/sqrt(6250); r: only the first
        assertEquals(16.12, (Double) a.columns().get("gPSFMag"), 1e-9);
        assertEquals(1 / Math.sqrt(6250), (Double) a.columns().get("gPSFMagErr"), 1e-9);
        assertEquals(15.9, (Double) a.columns().get("rPSFMag"), 1e-9, "the non-primary row is left out");
        assertFalse(rows.get(1).columns().containsKey("gPSFMag"), "−999 is missing");
    }

    @Test
    void votableRowsOfTheRealGaiaArchiveAnswerKeepTypesAndIds() {
        // MANIFEST §4: 2 rows; 4583627001381815936 at 268.067665 +26.507486, G = 7.012, parallax 2.303 mas
        List<Map<String, Object>> rows = Records.of(org.ztfkit.vo.Vo.readVotable(
                RealData.file("catalogs/gaia/gaiadr3_gaia_source_2rows.vot")));
        assertEquals(2, rows.size());
        Map<String, Object> first = rows.stream().filter(r -> r.get("source_id").equals(4583627001381815936L))
                .findFirst().orElseThrow();
        assertEquals(268.067665, (Double) first.get("ra"), 1e-6);
        assertEquals(2.303, (Double) first.get("parallax"), 5e-4);
        assertEquals(7.012, (Double) first.get("phot_g_mean_mag"), 5e-4);
        assertEquals(Boolean.TRUE, first.get("has_epoch_photometry"));
        assertEquals("VARIABLE", first.get("phot_variable_flag"));
    }

    @Test
    void skybotAnswersAndItsNoObjectErrorDocument() {
        stub.fixture("skybot", "skybot.vot", VOTABLE);
        SkyPosition at = SkyPosition.of(247.45543, 24.77282);
        List<CatalogRow> rows = online().solarSystemObjects(at, 2458216.9123456, 120);
        RecordedRequest r = stub.requestsTo("skybot").get(0);
        assertEquals("2458216.912346", r.getRequestUrl().queryParameter("-ep"));
        assertEquals("I41", r.getRequestUrl().queryParameter("-loc"));
        assertEquals("votable", r.getRequestUrl().queryParameter("-mime"));
        assertEquals(120 / 3600.0, Double.parseDouble(r.getRequestUrl().queryParameter("-rd")), 1e-12);
        assertEquals(2, rows.size());
        CatalogRow toutatis = rows.get(0);
        assertEquals("(4179) Toutatis", toutatis.name());
        assertEquals(4179L, toutatis.columns().get("Number"));
        assertEquals(0.051, (Double) toutatis.columns().get("posunc"), 0);
        assertEquals(4.3, (Double) toutatis.columns().get("centerdist"), 0);
        assertEquals(35.2, (Double) toutatis.columns().get("RA_rate"), 0);
        // 16 29 49.5048 +24 46 26.152 = 247.456270°, 24.773931°
        assertEquals(247.456270, toutatis.position().ra(), 1e-6);
        assertEquals("NEA>Apollo", toutatis.type().orElseThrow());
        assertEquals("2019 AB12", rows.get(1).name(), "unnumbered: the name alone");
        stub.fixture("skybot", "skybot_none.vot", VOTABLE);
        assertTrue(online().solarSystemObjects(at, 2458216.9, 120).isEmpty(), "'no solar system object' is empty");
    }

    @Test
    void faultsBecomeUnavailableWithAReason() {
        OnlineCatalogs o = online();
        stub.on("tns", r -> new MockResponse().setResponseCode(503));
        assertReason(o, Catalogs.TNS, "HTTP 503");
        assertEquals(3, stub.requestsTo("tns").size(), "5xx are retried");

        stub.on("ztf-periodic", r -> new MockResponse().setBody("<!DOCTYPE html><html><title>Bad gateway</title></html>")
                .setHeader("Content-Type", "text/html"));
        assertReason(o, Catalogs.ZTF_PERIODIC, "HTML page");

        stub.on("otter", r -> new MockResponse().setBody("{\"result\": [").setHeader("Content-Type", "application/json"));
        assertReason(o, Catalogs.OTTER, "cannot be read");

        stub.on("ogle3", r -> new MockResponse().setBody("ID\tRA\tDecl\n\t17:50:17.82\t-22:12:52.2\n"));
        assertReason(o, Catalogs.OGLE3, "cannot read");

        stub.on("mast", r -> new MockResponse().setBody("{}").setHeadersDelay(2, TimeUnit.SECONDS));
        assertReason(o, Catalogs.PANSTARRS, "no answer");

        stub.on("astrocats", r -> new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        assertReason(o, Catalogs.OSC, "network error");
    }

    @Test
    void tooManyRequestsIsWaitedOutAsTheServiceAsks() {
        java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
        stub.on("ztf-periodic", r -> n.getAndIncrement() == 0
                ? new MockResponse().setResponseCode(429).setHeader("Retry-After", "0")
                : new MockResponse().setBody(ServiceStub.read("ztf_periodic.json")));
        assertEquals(1, online().cone(Catalogs.ZTF_PERIODIC, RR, 1).size());
        assertEquals(2, stub.requestsTo("ztf-periodic").size(), "asked again after the 429");
    }

    @Test
    void oneSlowCatalogNeverHoldsUpTheOthers() {
        stub.fixture("vizier", "vizier_empty.vot", VOTABLE);
        stub.fixture("simbad", "simbad_cone.vot", VOTABLE);
        stub.on("tns", r -> new MockResponse().setBody("[]"));
        stub.fixture("ztf-periodic", "ztf_periodic.json", "application/json");
        stub.fixture("ogle3", "ogle3.tsv", "text/plain");
        stub.fixture("astrocats", "astrocats_none.json", "application/json");
        stub.fixture("otter", "otter.json", "application/json");
        stub.fixture("mast", "mast_stack.json", "application/json", 5000);
        OnlineCatalogs o = online().withPolicy(CatalogService.MAST_PS1, ServicePolicy.defaults("mast-ps1")
                .withReadTimeout(Duration.ofSeconds(30)));
        XmatchReport report = Crossmatcher.of(o).withBudget(Duration.ofMillis(1500)).run(RR, Catalogs.all(),
                CatalogRadii.defaults());
        XmatchResult ps1 = report.get("panstarrs_dr2");
        assertEquals("unavailable: no answer within 1500 ms (mast-ps1)", ps1.status().toString());
        assertEquals(List.of(ps1), report.unavailable(), report.toString());
        assertEquals(1, report.get("ztf_periodic").rows().size());
        assertEquals(2, report.get("simbad").rows().size());
        assertTrue(report.get("gcvs").isEmpty());
    }

    private static void assertReason(OnlineCatalogs o, Catalog c, String words) {
        ServiceUnavailableException e = assertThrows(ServiceUnavailableException.class, () -> o.cone(c, RR, 5));
        assertTrue(e.reason().contains(words), c.id() + ": " + e.getMessage());
        assertFalse(e.getMessage().contains("Exception"), "no stack traces in user messages: " + e.getMessage());
    }
}
