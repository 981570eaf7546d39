package org.ztfkit.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.errors.ServiceUnavailableException;
import org.ztfkit.model.Oid;

/**
 * The SNAD knowledge-base REST API backend (external-services.md §12) against MockWebServer: the whole contract
 * against {@link FakeSnadApi}, then the exact requests it sends and the exact response shapes it reads, written
 * here from §12.
 */
class SnadKnowledgeBaseTest extends KnowledgeBaseContract {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<MockWebServer> servers = new ArrayList<>();
    private String url;

    @AfterEach
    void stopServers() throws IOException {
        for (MockWebServer s : servers) {
            s.shutdown();
        }
    }

    private MockWebServer server(Dispatcher dispatcher) {
        MockWebServer server = new MockWebServer();
        server.setServerSocketFactory(new NoDelayServerSockets());
        server.setDispatcher(dispatcher);
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        servers.add(server);
        return server;
    }

    @Override
    KnowledgeBase newEmptyBase() {
        url = server(new FakeSnadApi(Map.of("alice-token", "alice", "bob-token", "bob"))).url("/").toString();
        return KnowledgeBase.snad(url, "alice-token");
    }

    @Override
    KnowledgeBase newSecondEditor() {
        return KnowledgeBase.snad(url, "bob-token");
    }

    /** The API's object list carries no version numbers. */
    @Override
    List<ObjectRecord> listed(ObjectRecord... saved) {
        return Arrays.stream(saved).map(r -> new ObjectRecord(r.oid(), ObjectRecord.UNNUMBERED, r.tags(),
                r.description(), r.simbadId(), r.author(), r.changedAt(), r.origin())).toList();
    }

    // ---------------------------------------------------------------- requests as §12 documents them

    private static List<RecordedRequest> drain(MockWebServer server) throws InterruptedException {
        List<RecordedRequest> out = new ArrayList<>();
        for (RecordedRequest r; (r = server.takeRequest(0, TimeUnit.SECONDS)) != null; ) {
            out.add(r);
        }
        return out;
    }

    private static List<String> writes(List<RecordedRequest> requests) {
        return requests.stream().filter(r -> !r.getMethod().equals("GET"))
                .map(r -> r.getMethod() + " " + r.getPath()).toList();
    }

    @Test
    void writesArePutThenPostOn404WithTheTokenHeaderAndTheDocumentedBody() throws Exception {
        MockWebServer server = server(new FakeSnadApi(Map.of("tok-123", "alice")));
        KnowledgeBase kb = remember(KnowledgeBase.snad(server.url("/").toString(), "tok-123"));
        RecordedRequest whoami = server.takeRequest();
        assertEquals("GET /whoami/", whoami.getMethod() + " " + whoami.getPath());
        assertEquals("Token tok-123", whoami.getHeader("Authorization"));
        assertEquals("alice", kb.author());

        kb.defineTag("EA", "Algol-type eclipsing binary", 12);
        List<RecordedRequest> tagRequests = drain(server);
        assertEquals(List.of("PUT /tags/EA/", "POST /tags/"), writes(tagRequests));
        for (RecordedRequest r : tagRequests) {
            assertEquals("Token tok-123", r.getHeader("Authorization"), r.getPath());
        }
        RecordedRequest post = tagRequests.stream().filter(r -> r.getMethod().equals("POST")).findFirst().orElseThrow();
        assertEquals(JSON.readTree("{\"name\": \"EA\", \"priority\": 12, \"description\": \"Algol-type eclipsing binary\"}"),
                JSON.readTree(post.getBody().readUtf8()));
        assertTrue(post.getHeader("Content-Type").startsWith("application/json"));

        kb.annotate(OID).tags("EA").description("first").save();
        List<RecordedRequest> create = drain(server);
        assertEquals(List.of("PUT /objects/" + OID + "/", "POST /objects/"), writes(create));
        JsonNode body = JSON.readTree(create.stream().filter(r -> r.getMethod().equals("POST")).findFirst()
                .orElseThrow().getBody().readUtf8());
        assertEquals(JSON.readTree("{\"oid\": " + OID + ", \"tags\": [\"EA\"], \"description\": \"first\"}"), body);

        kb.annotate(OID).description("second").simbadId("V* XX Her").save();
        List<RecordedRequest> update = drain(server);
        assertEquals(List.of("PUT /objects/" + OID + "/"), writes(update));
        assertTrue(update.stream().map(RecordedRequest::getPath).toList().contains("/objects/" + OID + "/log/"),
                "the conflict check reads the history first");
        assertEquals(JSON.readTree("{\"oid\": " + OID + ", \"tags\": [\"EA\"], \"description\": \"second\", "
                + "\"simbadid\": \"V* XX Her\"}"), JSON.readTree(update.stream().filter(r -> r.getMethod().equals("PUT"))
                .findFirst().orElseThrow().getBody().readUtf8()));

        kb.renameTag("EA", "Algol");
        assertEquals(List.of("PUT /tags/EA/"), writes(drain(server)));
        assertEquals(List.of("Algol"), kb.object(OID).orElseThrow().tags());
    }

    /** Responses written from §12: the log is newest first, with natural keys and no oid. */
    private static Dispatcher documented(String object, String log) {
        return new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest r) {
                String body = switch (r.getPath()) {
                    case "/tags/" -> "[{\"id\": 3, \"name\": \"SN\", \"priority\": 10, \"description\": \"supernova\"},"
                            + " {\"id\": 7, \"name\": \"uncertain\", \"priority\": 11, \"description\": \"\"},"
                            + " {\"id\": 1, \"name\": \"AGN\", \"priority\": 20, \"description\": null}]";
                    case "/objects/633207400004730/" -> object;
                    case "/objects/633207400004730/log/" -> log;
                    default -> null;
                };
                return body == null ? new MockResponse().setResponseCode(404).setBody("{\"detail\": \"Not found.\"}")
                        : new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
            }
        };
    }

    static final String OBJECT = "{\"oid\": 633207400004730, \"description\": \"SNAD101, not AGN\", "
            + "\"simbadid\": \"\", \"tags\": [\"uncertain\", \"SN\"], \"changed_by\": \"kostya\", "
            + "\"changed_at\": \"2021-06-01T09:30:00.250000Z\"}";
    static final String LOG = "[{\"description\": \"SNAD101, not AGN\", \"simbadid\": \"\", "
            + "\"changed_at\": \"2021-06-01T09:30:00.250000Z\", \"changed_by\": [\"kostya\"], \"tags\": [[\"uncertain\"], [\"SN\"]]},"
            + " {\"description\": \"SNAD101\", \"simbadid\": \"AT 2018lwh\", \"changed_at\": \"2021-04-02T10:00:00Z\", "
            + "\"changed_by\": [\"matwey\"], \"tags\": [[\"SN\"], [\"AGN\"]]},"
            + " {\"description\": \"\", \"simbadid\": \"\", \"changed_at\": \"2021-03-01T12:00:00.123456+00:00\", "
            + "\"changed_by\": [\"emille\"], \"tags\": [[\"SN\"]]}]";

    @Test
    void historyFlattensTheNaturalKeysOldestFirst() {
        MockWebServer server = server(documented(OBJECT, LOG));
        KnowledgeBase kb = remember(KnowledgeBase.snad(server.url("/").toString(), ""));
        History h = kb.history(OID);
        Oid oid = Oid.of(OID);
        assertEquals(List.of(
                new ObjectRecord(oid, 1, List.of("SN"), "", "", "emille", Instant.parse("2021-03-01T12:00:00.123456Z"), "snad-akb"),
                new ObjectRecord(oid, 2, List.of("SN", "AGN"), "SNAD101", "AT 2018lwh", "matwey",
                        Instant.parse("2021-04-02T10:00:00Z"), "snad-akb"),
                new ObjectRecord(oid, 3, List.of("SN", "uncertain"), "SNAD101, not AGN", "", "kostya",
                        Instant.parse("2021-06-01T09:30:00.25Z"), "snad-akb")), h.versions());
        assertEquals(List.of("uncertain"), h.changes().get(2).tagsAdded());
        assertEquals(List.of("AGN"), h.changes().get(2).tagsRemoved());
        assertEquals(h.current(), kb.object(OID));
        assertEquals("", kb.tags().get("AGN").orElseThrow().description(), "a null description reads as empty");
        assertEquals(List.of("SN", "uncertain", "AGN"), kb.tags().names());
    }

    @Test
    void anObjectWithoutLogOrNewerThanItsLogStillHasItsCurrentVersion() {
        KnowledgeBase noLog = remember(KnowledgeBase.snad(server(documented(OBJECT, null)).url("/").toString(), ""));
        assertEquals(List.of(1), noLog.history(OID).versions().stream().map(ObjectRecord::version).toList());
        assertEquals("kostya", noLog.object(OID).orElseThrow().author());

        String newer = OBJECT.replace("2021-06-01T09:30:00.250000Z", "2022-01-01T00:00:00Z").replace("kostya", "maria");
        KnowledgeBase kb = remember(KnowledgeBase.snad(server(documented(newer, LOG)).url("/").toString(), ""));
        List<ObjectRecord> versions = kb.history(OID).versions();
        assertEquals(4, versions.size());
        assertEquals("maria", versions.get(3).author());
        assertTrue(kb.history(OID2).isEmpty());
    }

    @Test
    void refusalsAndFailuresBecomeErrorsAUserCanActOn() {
        String fake = server(new FakeSnadApi(Map.of("good", "alice"))).url("/").toString();
        PermissionDeniedException badToken = assertThrows(PermissionDeniedException.class,
                () -> KnowledgeBase.snad(fake, "expired"));
        assertTrue(badToken.getMessage().contains("HTTP 401") && badToken.getMessage().contains("Invalid token")
                && badToken.getMessage().contains("ask the SNAD admins"), badToken.getMessage());

        KnowledgeBase anonymous = remember(KnowledgeBase.snad(fake, ""));
        assertFalse(anonymous.canWrite());
        assertTrue(anonymous.tags().isEmpty(), "anonymous reads are allowed");
        PermissionDeniedException write = assertThrows(PermissionDeniedException.class,
                () -> anonymous.defineTag("SN", "supernova"));
        assertTrue(write.getMessage().contains("KnowledgeBase.snad(token)"), write.getMessage());

        KnowledgeBase alice = remember(KnowledgeBase.snad(fake, "good"));
        assertThrows(InvalidInputException.class, () -> alice.as("bob"));
        Path backup = dir.resolve("backup.json");
        try (KnowledgeBase scratch = KnowledgeBase.inMemory()) {
            scratch.defineTag("SN", "supernova");
            scratch.exportTo(backup);
        }
        assertThrows(UnsupportedOperationException.class, () -> alice.restoreFrom(backup));

        String html = server(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest r) {
                return new MockResponse().setHeader("Content-Type", "text/html").setBody("<html>maintenance</html>");
            }
        }).url("/").toString();
        ServiceUnavailableException page = assertThrows(ServiceUnavailableException.class,
                () -> KnowledgeBase.snad(html, "").tags());
        assertTrue(page.getMessage().contains("snad-akb is unavailable") && page.getMessage().contains("HTML"),
                page.getMessage());
    }

    @Test
    void theServersOwnRefusalOfATagIsReported() {
        MockWebServer server = server(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest r) {
                return switch (r.getMethod() + " " + r.getPath()) {
                    case "GET /whoami/" -> new MockResponse().setBody("{\"username\": \"alice\"}");
                    case "GET /tags/" -> new MockResponse().setBody("[{\"id\": 1, \"name\": \"SN\", \"priority\": 0, "
                            + "\"description\": \"\"}]");
                    case "PUT /objects/633207400004730/" -> new MockResponse().setResponseCode(400)
                            .setBody("{\"tags\": [\"Object with name=SN does not exist.\"]}");
                    default -> new MockResponse().setResponseCode(404).setBody("{\"detail\": \"Not found.\"}");
                };
            }
        });
        KnowledgeBase kb = remember(KnowledgeBase.snad(server.url("/").toString(), "t"));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> kb.annotate(OID).tags("SN").save());
        assertTrue(e.getMessage().contains("Object with name=SN does not exist."), e.getMessage());
    }

    // ---------------------------------------------------------------- moving data out of the SNAD knowledge base

    @Test
    void aDumpOfTheApiImportsWithItsHistoryAuthorsAndTagIds() throws IOException {
        Path dump = dir.resolve("dump");
        Files.createDirectories(dump.resolve("log"));
        Files.writeString(dump.resolve("tags.json"), "[{\"id\": 3, \"name\": \"SN\", \"priority\": 10, \"description\": "
                + "\"supernova\"}, {\"id\": 7, \"name\": \"uncertain\", \"priority\": 11, \"description\": \"\"}]");
        Files.writeString(dump.resolve("objects.json"), "[" + OBJECT + ", {\"oid\": 1735101100001234, "
                + "\"description\": \"no log kept\", \"simbadid\": \"\", \"tags\": [\"SN\"], \"changed_by\": \"anna\", "
                + "\"changed_at\": \"2020-12-31T23:59:59Z\"}]");
        Files.writeString(dump.resolve("log").resolve(OID + ".json"), LOG);

        try (KnowledgeBase kb = KnowledgeBase.embedded(dir.resolve("imported.duckdb")).as("importer")) {
            ImportSummary summary = kb.importSnadDump(dump);
            assertEquals(new ImportSummary(3, 3, 2, 4), summary);
            assertEquals(List.of("SN", "uncertain", "AGN"), kb.tags().names());
            assertEquals(3, kb.tags().get("SN").orElseThrow().id(), "SNAD tag ids are kept");
            assertEquals(7, kb.tags().get("uncertain").orElseThrow().id());
            assertTrue(kb.tags().get("AGN").orElseThrow().description().contains("not in the SNAD tag list"));
            List<ObjectRecord> h = kb.history(OID).versions();
            assertEquals(List.of("emille", "matwey", "kostya"), h.stream().map(ObjectRecord::author).toList());
            assertEquals(List.of(List.of("SN"), List.of("SN", "AGN"), List.of("SN", "uncertain")),
                    h.stream().map(ObjectRecord::tags).toList());
            assertEquals(Instant.parse("2021-03-01T12:00:00.123456Z"), h.get(0).changedAt());
            assertTrue(h.stream().allMatch(r -> r.origin().equals("snad-akb")));
            ObjectRecord single = kb.object(OID3).orElseThrow();
            assertEquals(1, single.version());
            assertEquals("anna", single.author());
            assertEquals(4, kb.annotate(OID).removeTags("uncertain").save().version(), "editing carries on locally");
            assertEquals("importer", kb.object(OID).orElseThrow().author());
            assertThrows(InvalidInputException.class, () -> kb.importSnadDump(dump), "only into an empty base");
        }
        Files.writeString(dump.resolve("objects.json"), "{\"detail\": \"Invalid token.\"}");
        try (KnowledgeBase kb = KnowledgeBase.inMemory()) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> kb.importSnadDump(dump));
            assertTrue(e.getMessage().contains("objects.json is not a JSON list"), e.getMessage());
            assertThrows(InvalidInputException.class, () -> kb.importSnadDump(dir.resolve("missing")));
        }
    }
}
