package org.ztfkit.vo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ztfkit.RealData;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.errors.ServiceUnavailableException;
import org.ztfkit.net.ServicePolicy;

/** {@link Vo#fetchVotables}: any URL that answers with a VOTable, e.g. a VizieR ASU query. */
class FetchVotablesTest {
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
