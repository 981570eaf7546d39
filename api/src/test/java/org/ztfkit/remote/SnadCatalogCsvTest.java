package org.ztfkit.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.Test;
import org.ztfkit.RealData;
import org.ztfkit.sky.SkyPosition;
import org.ztfkit.source.SnadCatalogEntry;
import org.ztfkit.store.CatalogTables;
import org.ztfkit.store.EmbeddedStore;

/** The real SNAD catalog (MANIFEST §4: 144 rows; SNAD101 is OID 633207400004730, AT 2018lwh, ZTF18abqkqdm). */
class SnadCatalogCsvTest {
    static String csv() throws Exception {
        return Files.readString(RealData.file("catalogs/snad/snad_catalog.csv"));
    }

    @Test
    void theRealCatalogParsesWithItsQuirks() throws Exception {
        List<SnadCatalogEntry> all = SnadCatalogCsv.parse(csv());
        assertEquals(144, all.size());
        SnadCatalogEntry s101 = all.stream().filter(e -> e.name().equals("SNAD101")).findFirst().orElseThrow();
        assertEquals(633207400004730L, s101.oid().value());
        assertEquals("AT 2018lwh", s101.tns());
        assertEquals("ZTF18abqkqdm", s101.comments());
        assertEquals(0, s101.position().separationArcsec(SkyPosition.of(247.45543, 24.77282)), 1e-9);
        assertEquals(java.time.LocalDateTime.of(2018, 4, 8, 9, 45, 49), s101.discoveryDateUt());
        SnadCatalogEntry s139 = all.stream().filter(e -> e.name().equals("SNAD139")).findFirst().orElseThrow();
        assertEquals(264.55471, s139.position().ra(), 0, "'264.55471 ' with its trailing space");
        assertEquals(20.70, s139.ref(), 0, "'20.70*': the flag is dropped");
        SnadCatalogEntry s124 = all.stream().filter(e -> e.name().equals("SNAD124")).findFirst().orElseThrow();
        assertEquals("ZTF18aaigpcr, +", s124.comments(), "a quoted field with a comma");
        SnadCatalogEntry s121 = all.stream().filter(e -> e.name().equals("SNAD121")).findFirst().orElseThrow();
        assertEquals(java.time.LocalDateTime.of(2018, 7, 18, 5, 27, 8), s121.discoveryDateUt(),
                "published as 2018-18-07: day and month swapped");
        SnadCatalogEntry s122 = all.stream().filter(e -> e.name().equals("SNAD122")).findFirst().orElseThrow();
        assertEquals(java.time.LocalDateTime.of(2018, 5, 24, 7, 20, 38), s122.discoveryDateUt(), "'7:20:38'");
        SnadCatalogEntry s222 = all.stream().filter(e -> e.name().equals("SNAD222")).findFirst().orElseThrow();
        assertEquals(java.time.LocalDateTime.of(2018, 4, 19, 8, 0, 0), s222.discoveryDateUt(), "'07:59:60'");
    }

    @Test
    void importedIntoAStoreItAnswersNamesOidsAndCones() throws Exception {
        List<SnadCatalogEntry> entries = SnadCatalogCsv.parse(csv());
        try (EmbeddedStore store = EmbeddedStore.inMemory()) {
            store.inTransaction(c -> {
                CatalogTables.writeSnadCatalog(c, entries);
                return null;
            });
            assertEquals(633207400004730L, store.snadEntry("SNAD101").orElseThrow().oid().value());
            assertEquals(633207400004730L, store.snadEntry("101").orElseThrow().oid().value());
            assertEquals(633207400004730L, store.resolve("AT 2018lwh").orElseThrow().oid().orElseThrow().value());
            assertEquals(633207400004730L, store.resolve("ZTF18abqkqdm").orElseThrow().oid().orElseThrow().value());
            assertEquals("SNAD124", store.snadNear(store.snadEntry("SNAD124").orElseThrow().position(), 3).get(0).name());
            assertTrue(store.snadNear(SkyPosition.of(0, -89), 3).isEmpty());
            store.inTransaction(c -> {
                CatalogTables.writeSnadCatalog(c, entries);
                return null;
            });
            assertEquals(144L, store.query("n", "SELECT count(*) AS n FROM snad_catalog").longColumn("n").get(0),
                    "importing again replaces, never duplicates");
        }
    }

    @Test
    void theCatalogIsFetchedFromItsPublishedAddress() throws Exception {
        try (ServiceStub stub = new ServiceStub()) {
            String body = csv();
            stub.on("catalog", r -> new MockResponse().setBody(body).setHeader("Content-Type", "text/csv"));
            List<SnadCatalogEntry> all = SnadCatalogCsv.fetch(stub.server.url("/catalog/snad_catalog.csv").toString());
            assertEquals(144, all.size());
        }
    }
}
