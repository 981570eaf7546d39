package org.ztfkit.vo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ztfkit.RealData;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.errors.ServiceUnavailableException;
import org.ztfkit.net.ServicePolicy;
import tech.tablesaw.api.Table;

/**
 * Plain GET services that answer with VOTables, against MockWebServer: Simple Cone Search, and
 * {@link Vo#fetchVotables} for any VOTable URL (e.g. a VizieR ASU query).
 */
class ConeSearchAndFetchTest {
    static final ServicePolicy POLICY = ServicePolicy.defaults("vizier stub").withMaxAttempts(1);
    MockWebServer server;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    @Test
    void sendsRaDecSrInDegreesAndReadsTheRows() throws InterruptedException {
        server.enqueue(StubTapService.votable(200, StubTapService.resource("scs_cone.vot")));

        VoTable rows = Vo.coneSearch(server.url("/scs/vsx").toString(), 298.0025, 29.8715, 10 / 3600.0);

        RecordedRequest request = server.takeRequest();
        HttpUrl sent = request.getRequestUrl();
        assertEquals("GET", request.getMethod());
        assertEquals(298.0025, Double.parseDouble(sent.queryParameter("RA")), 0);
        assertEquals(29.8715, Double.parseDouble(sent.queryParameter("DEC")), 0);
        assertEquals(10 / 3600.0, Double.parseDouble(sent.queryParameter("SR")), 0);
        assertEquals(null, sent.queryParameter("VERB"));
        assertEquals(2, rows.rowCount());
        Table t = rows.toTable();
        assertEquals("ZTFKIT-TEST 1", t.stringColumn("Name").get(0));
        assertEquals(9000002L, t.longColumn("OID").getLong(1));
        assertTrue(t.doubleColumn("Period").isMissing(1));
        assertEquals("POS_EQ_RA_MAIN", rows.column("RAJ2000").ucd());
    }

    @Test
    void keepsTheServiceUrlsOwnParametersAndAddsVerbosity() throws InterruptedException {
        byte[] iram = StubTapService.file(RealData.file(VotableRealDataTest.VIZIER_IRAM));
        server.enqueue(StubTapService.votable(200, iram));
        String url = server.url("/viz-bin/conesearch").toString() + "?-source=B/iram/pdbi&-out.max=50";

        VoTable rows = Vo.coneSearch(url).withVerbosity(3).search(307.353875, 40.188583, 0.083333);

        RecordedRequest request = server.takeRequest();
        HttpUrl sent = request.getRequestUrl();
        assertEquals("GET", request.getMethod());
        assertEquals("B/iram/pdbi", sent.queryParameter("-source"));
        assertEquals("50", sent.queryParameter("-out.max"));
        assertEquals("3", sent.queryParameter("VERB"));
        assertEquals("0.083333", sent.queryParameter("SR"));
        assertEquals(14, rows.rowCount());
        assertEquals(16, rows.columnCount());
    }

    @Test
    void anEmptyConeIsATableWithoutRows() {
        server.enqueue(StubTapService.votable(200, utf8("""
                <?xml version="1.0"?>
                <VOTABLE version="1.3" xmlns="http://www.ivoa.net/xml/VOTable/v1.3"><RESOURCE><TABLE>
                <FIELD name="id" datatype="long" ucd="ID_MAIN"/>
                <FIELD name="ra" datatype="double" ucd="POS_EQ_RA_MAIN"/>
                <FIELD name="dec" datatype="double" ucd="POS_EQ_DEC_MAIN"/><DATA><TABLEDATA/></DATA>
                </TABLE></RESOURCE></VOTABLE>
                """)));
        VoTable rows = Vo.coneSearch(server.url("/scs").toString(), 10, -20, 0.001);
        assertEquals(0, rows.rowCount());
        assertEquals(3, rows.columnCount());
        assertFalse(rows.isOverflow());
    }

    @Test
    void anErrorAnswerCarriesTheServiceText() {
        server.enqueue(StubTapService.votable(200, StubTapService.resource("scs_error.vot")));
        VoServiceException e = assertThrows(VoServiceException.class,
                () -> Vo.coneSearch(server.url("/scs").toString(), 10, -20, 0.001));
        assertEquals("SR is not a number: 'ten arcsec'", e.serverMessage());
    }

    @Test
    void aServerErrorIsRetriedThenUnavailable() {
        for (int i = 0; i < 2; i++) {
            server.enqueue(new MockResponse().setResponseCode(502).setBody("Bad Gateway"));
        }
        ConeSearch scs = Vo.coneSearch(server.url("/scs").toString()).withPolicy(ServicePolicy.defaults("scs test")
                .withMaxAttempts(2).withBackoff(Duration.ofMillis(1), Duration.ofMillis(1)));
        ServiceUnavailableException e = assertThrows(ServiceUnavailableException.class,
                () -> scs.search(10, -20, 0.001));
        assertEquals("scs test", e.service());
        assertTrue(e.reason().contains("HTTP 502") && e.reason().contains("after 2 attempts"), e.reason());
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void badPositionsAndRadiiAreRejectedBeforeAnyRequest() {
        String url = server.url("/scs").toString();
        assertTrue(assertThrows(InvalidInputException.class, () -> Vo.coneSearch(url, 361, 0, 0.1)).getMessage()
                .contains("RA must be in [0, 360) degrees, got 361.0"));
        assertTrue(assertThrows(InvalidInputException.class, () -> Vo.coneSearch(url, 10, -91, 0.1)).getMessage()
                .contains("Dec must be in [−90, 90] degrees, got -91.0"));
        assertTrue(assertThrows(InvalidInputException.class, () -> Vo.coneSearch(url, 10, 10, 0)).getMessage()
                .contains("radiusDeg must be in (0, 180] degrees, got 0.0: SR is in degrees"));
        assertThrows(InvalidInputException.class, () -> Vo.coneSearch(url, 10, 10, Double.NaN));
        assertThrows(InvalidInputException.class, () -> Vo.coneSearch(url).withVerbosity(4));
        assertThrows(InvalidInputException.class, () -> Vo.coneSearch("not a url", 10, 10, 1));
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void readsTheRealVizierAnswerAndSendsTheUrlAsGiven() throws InterruptedException {
        byte[] kang = StubTapService.file(RealData.file(VotableRealDataTest.VIZIER_KANG));
        server.enqueue(StubTapService.votable(200, kang));
        String url = server.url("/viz-bin/votable").toString() + "?-source=J/ApJ/706/83&-out.max=50";

        List<VoTable> tables = Vo.fetchVotables(url, POLICY);

        assertEquals("/viz-bin/votable?-source=J/ApJ/706/83&-out.max=50", server.takeRequest().getPath());
        assertEquals(1, tables.size());
        assertEquals(50, tables.get(0).rowCount());
        assertEquals("J/ApJ/706/83/ysos", tables.get(0).name());
    }

    @Test
    void everyTableOfAMultiCatalogueAnswerAndNoneForAnEmptyOne() {
        server.enqueue(StubTapService.votable(200, utf8("""
                <?xml version="1.0"?>
                <VOTABLE version="1.3" xmlns="http://www.ivoa.net/xml/VOTable/v1.3">
                <RESOURCE name="B/gcvs"><TABLE name="B/gcvs/gcvs_cat"><FIELD name="_r" datatype="double"/>
                <DATA><TABLEDATA><TR><TD>0.4</TD></TR></TABLEDATA></DATA></TABLE></RESOURCE>
                <RESOURCE name="B/vsx"><TABLE name="B/vsx/vsx"><FIELD name="_r" datatype="double"/>
                <DATA><TABLEDATA><TR><TD>0.5</TD></TR><TR><TD>3.2</TD></TR></TABLEDATA></DATA></TABLE></RESOURCE>
                </VOTABLE>
                """)));
        server.enqueue(StubTapService.votable(200, utf8("""
                <?xml version="1.0"?>
                <VOTABLE version="1.3" xmlns="http://www.ivoa.net/xml/VOTable/v1.3">
                <INFO name="-out.max" value="50"/><RESOURCE/></VOTABLE>
                """)));

        List<VoTable> two = Vo.fetchVotables(server.url("/all").toString(), POLICY);
        assertEquals(List.of("B/gcvs/gcvs_cat", "B/vsx/vsx"), two.stream().map(VoTable::name).toList());
        assertEquals(List.of(1, 2), two.stream().map(VoTable::rowCount).toList());
        assertEquals(List.of(), Vo.fetchVotables(server.url("/empty").toString(), POLICY));
    }

    @Test
    void errorsAreTheServersTextOrAnUnavailableService() {
        server.enqueue(StubTapService.votable(200, StubTapService.resource("tap_error_adql.vot")));
        server.enqueue(new MockResponse().setHeader("Content-Type", "text/html")
                .setBody("<html><head><title>Maintenance</title></head></html>"));
        assertTrue(assertThrows(VoServiceException.class,
                () -> Vo.fetchVotables(server.url("/e").toString(), POLICY)).serverMessage().contains("no_such_table"));
        assertTrue(assertThrows(ServiceUnavailableException.class,
                () -> Vo.fetchVotables(server.url("/h").toString(), POLICY)).reason().contains("'Maintenance'"));
        assertThrows(InvalidInputException.class, () -> Vo.fetchVotables("vizier", POLICY));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
