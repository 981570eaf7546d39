package org.ztfkit.vo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ztfkit.RealData;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.errors.ServiceUnavailableException;
import org.ztfkit.net.ServicePolicy;
import tech.tablesaw.api.Table;

/** The TAP client against {@link StubTapService}: synchronous queries, UWS jobs, errors and reliability. */
class TapServiceTest {
    MockWebServer server;
    StubTapService stub;
    TapService tap;

    @BeforeEach
    void start() throws IOException {
        stub = new StubTapService();
        server = new MockWebServer();
        server.setDispatcher(stub);
        server.start();
        tap = Vo.tap(server.url("/tap").toString())
                .withPolicy(ServicePolicy.defaults("TAP stub").withBackoff(Duration.ofMillis(1), Duration.ofMillis(2))
                        .withReadTimeout(Duration.ofSeconds(10)))
                .withPolling(Duration.ofMillis(5), Duration.ofMillis(20));
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    @Test
    void syncQuerySendsTheTapParametersAndReturnsTheRealVotable() {
        stub.sync = adql -> StubTapService.votable(200,
                StubTapService.file(RealData.file(VotableRealDataTest.SIMBAD)));
        String adql = "SELECT basic.main_id, basic.ra, basic.dec FROM basic JOIN ident ON oid = oidref WHERE id = 'M1'";

        VoTable m1 = tap.query(adql);

        assertEquals(1, stub.syncForms.size());
        var form = stub.syncForms.get(0);
        assertEquals("doQuery", form.get("REQUEST"));
        assertEquals("ADQL", form.get("LANG"));
        assertEquals("votable", form.get("FORMAT"));
        assertEquals(adql, form.get("QUERY"));
        assertFalse(form.containsKey("MAXREC"));
        assertEquals("M   1", m1.toTable().stringColumn("main_id").get(0));
        assertEquals("deg", m1.column("ra").unit());
        assertFalse(m1.isOverflow());
    }

    @Test
    void maxRecIsSentAndOverflowIsFlaggedNotHidden() {
        VoTable rows = tap.query("SELECT oid, ra, dec, mag FROM objects", 3);

        assertEquals("3", stub.syncForms.get(0).get("MAXREC"));
        assertTrue(rows.isOverflow());
        assertEquals(3, rows.rowCount());
        Table t = rows.toTable();
        assertEquals(633207400004730L, t.longColumn("oid").getLong(0));
        assertTrue(t.floatColumn("mag").isMissing(1));
    }

    @Test
    void tablesAndColumnsComeFromTapSchema() {
        stub.sync = adql -> StubTapService.votable(200, StubTapService.resource(
                adql.contains("TAP_SCHEMA.tables") ? "tap_tables.vot" : "tap_columns_basic.vot"));

        VoTable tables = tap.tables();
        assertEquals(List.of("TAP_SCHEMA.tables", "TAP_SCHEMA.columns", "basic", "ident"),
                tables.toTable().stringColumn("table_name").asList());

        VoTable columns = tap.columns("basic");
        assertTrue(stub.syncForms.get(1).get("QUERY").endsWith("FROM TAP_SCHEMA.columns WHERE table_name = 'basic'"),
                stub.syncForms.get(1).get("QUERY"));
        assertEquals(List.of("main_id", "ra", "dec"), columns.toTable().stringColumn("column_name").asList());

        tap.columns("o'brien");
        assertTrue(stub.syncForms.get(2).get("QUERY").endsWith("table_name = 'o''brien'"));
    }

    @Test
    void anErrorDocumentBecomesTheServersMessage() {
        stub.sync = adql -> StubTapService.votable(400, StubTapService.resource("tap_error_adql.vot"));
        VoServiceException e = assertThrows(VoServiceException.class,
                () -> tap.query("SELECT * FROM no_such_table"));
        assertTrue(e.serverMessage().startsWith("Incorrect ADQL query: 1 unresolved identifiers: no_such_table"),
                e.serverMessage());
        assertTrue(e.getMessage().startsWith("TAP stub reported an error"), e.getMessage());
    }

    @Test
    void anHtmlPageIsReportedWithItsTitleNotParsed() {
        stub.sync = adql -> new MockResponse().setResponseCode(404).setHeader("Content-Type", "text/html")
                .setBody("<!DOCTYPE html><html><head><title>404 Not Found</title></head>"
                        + "<body><h1>Not Found</h1><p>The requested URL was not found.</p></body></html>");
        ServiceUnavailableException e = assertThrows(ServiceUnavailableException.class,
                () -> tap.query("SELECT 1"));
        assertTrue(e.reason().contains("HTTP 404 with an HTML page") && e.reason().contains("'404 Not Found'"),
                e.reason());

        stub.sync = adql -> new MockResponse().setBody("<html><body>Welcome to the portal</body></html>");
        ServiceUnavailableException page = assertThrows(ServiceUnavailableException.class,
                () -> tap.query("SELECT 1"));
        assertTrue(page.reason().contains("HTTP 200 with an HTML page instead of VO data: Welcome to the portal"),
                page.reason());
    }

    @Test
    void aGarbledAnswerIsABadPayloadNotACrash() {
        stub.sync = adql -> new MockResponse().setHeader("Content-Type", "text/plain").setBody("oid,ra\n1,2\n");
        ServiceUnavailableException e = assertThrows(ServiceUnavailableException.class, () -> tap.query("SELECT 1"));
        assertTrue(e.reason().contains("not a VOTable: oid,ra 1,2"), e.reason());
    }

    @Test
    void a503IsRetriedAndThenTheAnswerIsUsed() {
        stub.syncPrelude.add(unavailable());
        stub.syncPrelude.add(unavailable());
        VoTable rows = tap.query("SELECT oid FROM objects", 3);
        assertEquals(3, stub.syncForms.size());
        assertEquals(3, rows.rowCount());
    }

    @Test
    void aServiceThatStaysDownIsUnavailableAfterTheAttempts() {
        for (int i = 0; i < 3; i++) {
            stub.syncPrelude.add(unavailable());
        }
        ServiceUnavailableException e = assertThrows(ServiceUnavailableException.class, () -> tap.query("SELECT 1"));
        assertTrue(e.reason().contains("HTTP 503") && e.reason().contains("after 3 attempts"), e.reason());
    }

    @Test
    void a429IsWaitedOutAsAskedAndTheQueryRepeated() {
        stub.syncPrelude.add(new MockResponse().setResponseCode(429).setHeader("Retry-After", "0"));
        VoTable rows = tap.query("SELECT oid FROM objects", 3);
        assertEquals(2, stub.syncForms.size());
        assertEquals(stub.syncForms.get(0), stub.syncForms.get(1), "the same query was sent again");
        assertTrue(rows.isOverflow());
    }

    @Test
    void aServiceThatDoesNotAnswerInTimeIsUnavailable() {
        stub.syncPrelude.add(new MockResponse().setHeadersDelay(3, TimeUnit.SECONDS).setBody("late"));
        TapService impatient = tap.withPolicy(ServicePolicy.defaults("TAP stub")
                .withReadTimeout(Duration.ofMillis(200)).withMaxAttempts(1));
        ServiceUnavailableException e = assertThrows(ServiceUnavailableException.class,
                () -> impatient.query("SELECT 1"));
        assertTrue(e.reason().contains("no answer from"), e.reason());
    }

    private static MockResponse unavailable() {
        return new MockResponse().setResponseCode(503).setBody("Service Unavailable");
    }

    @Test
    void anAnswerAboveTheSizeLimitIsRefused() {
        stub.sync = adql -> StubTapService.votable(200,
                StubTapService.file(RealData.file(VotableRealDataTest.GAIA_SOURCE)));
        TapService small = tap.withPolicy(ServicePolicy.defaults("TAP stub").withMaxResponseBytes(10_000));
        ServiceUnavailableException e = assertThrows(ServiceUnavailableException.class,
                () -> small.query("SELECT * FROM gaiadr3.gaia_source"));
        assertTrue(e.reason().contains("larger than"), e.reason());
    }

    @Test
    void asyncJobRunsThroughItsPhasesWithDoublingPausesAndReturnsTheRealResult() {
        stub.script = List.of("QUEUED", "EXECUTING", "EXECUTING", "EXECUTING", "EXECUTING", "COMPLETED");
        stub.result = StubTapService.file(RealData.file(VotableRealDataTest.GAIA_SOURCE));
        FakeWaiter waiter = new FakeWaiter();
        TapService watched = tap.withPolling(Duration.ofMillis(100), Duration.ofMillis(400)).withWaiter(waiter);
        List<JobStatus> seen = new ArrayList<>();

        TapJob job = watched.submit("SELECT TOP 20 * FROM gaiadr3.gaia_source WHERE source_id IN (…)", 20);
        VoTable gaia = job.await(seen::add);

        var form = stub.asyncForms.get(0);
        assertEquals("RUN", form.get("PHASE"));
        assertEquals("20", form.get("MAXREC"));
        assertEquals("doQuery", form.get("REQUEST"));
        assertEquals(server.url("/tap/async/" + job.id()).toString(), job.url());
        assertEquals(List.of(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400),
                Duration.ofMillis(400), Duration.ofMillis(400)), waiter.pauses);
        assertEquals(List.of(JobPhase.QUEUED, JobPhase.EXECUTING, JobPhase.EXECUTING, JobPhase.EXECUTING,
                JobPhase.EXECUTING, JobPhase.COMPLETED), seen.stream().map(JobStatus::phase).toList());
        assertEquals(List.of(1, 2, 3, 4, 5, 6), seen.stream().map(JobStatus::polls).toList());
        assertEquals(Duration.ofMillis(1500), seen.get(5).elapsed());
        assertEquals("job " + job.id() + ": COMPLETED after 1 s (6 polls)", seen.get(5).toString());

        assertEquals(2, gaia.rowCount());
        assertEquals(5348723816842275584L, gaia.toTable().longColumn("source_id").getLong(1));
        assertEquals(JobPhase.COMPLETED, job.phase());
        assertEquals(2, tap.job(job.id()).result().rowCount(), "a job found again by its id gives the same result");
    }

    @Test
    void aJobLeftPendingIsStartedByTheClient() {
        stub.ignoreRunOnCreate = true;
        VoTable rows = tap.submit("SELECT oid FROM objects").await();
        assertEquals(List.of("RUN"), stub.phaseRequests);
        assertTrue(rows.isOverflow());
    }

    @Test
    void aFailedJobReportsTheErrorDocument() {
        stub.script = List.of("QUEUED", "EXECUTING", "ERROR");
        TapJob job = tap.submit("SELECT * FROM no_such_table");
        VoServiceException e = assertThrows(VoServiceException.class, () -> job.await());
        assertTrue(e.serverMessage().contains("job " + job.id() + " failed: Incorrect ADQL query"), e.serverMessage());
    }

    @Test
    void aFailedJobWithoutErrorDocumentReportsItsErrorSummary() {
        stub.script = List.of("EXECUTING", "ERROR");
        stub.errorDocument = new MockResponse().setResponseCode(404);
        stub.errorSummary = "Out of memory while sorting 10^9 rows";
        VoServiceException e = assertThrows(VoServiceException.class,
                () -> tap.submit("SELECT * FROM big ORDER BY x").await());
        assertTrue(e.serverMessage().endsWith("failed: Out of memory while sorting 10^9 rows"), e.serverMessage());
    }

    @Test
    void aRejectedJobCreationIsTheServersMessage() {
        stub.asyncCreation = StubTapService.votable(400, StubTapService.resource("tap_error_adql.vot"));
        VoServiceException e = assertThrows(VoServiceException.class, () -> tap.submit("SELECT * FROM no_such_table"));
        assertTrue(e.serverMessage().contains("no_such_table"), e.serverMessage());
    }

    @Test
    void aSlowJobCanBeCancelledFromAnotherThread() throws Exception {
        stub.script = List.of("QUEUED", "EXECUTING");
        TapJob job = tap.submit("SELECT * FROM slow");
        ExecutorService waiting = Executors.newSingleThreadExecutor();
        try {
            Future<VoTable> result = waiting.submit(() -> job.await());
            assertTrue(stub.twoPolls.await(30, TimeUnit.SECONDS), "the job is being polled");
            job.cancel();
            ExecutionException e = assertThrows(ExecutionException.class, () -> result.get(30, TimeUnit.SECONDS));
            CancellationException cancelled = assertInstanceOf(CancellationException.class, e.getCause());
            assertTrue(cancelled.getMessage().contains("was aborted"), cancelled.getMessage());
            assertEquals(List.of("ABORT"), stub.phaseRequests);
            assertEquals(JobPhase.ABORTED, job.phase());
        } finally {
            waiting.shutdownNow();
        }
    }

    @Test
    void interruptingTheWaitingThreadAbortsTheJob() throws Exception {
        stub.script = List.of("EXECUTING");
        TapJob job = tap.submit("SELECT * FROM slow");
        ExecutorService waiting = Executors.newSingleThreadExecutor();
        try {
            Future<VoTable> result = waiting.submit(() -> job.await());
            assertTrue(stub.twoPolls.await(30, TimeUnit.SECONDS), "the job is being polled");
            result.cancel(true);
            assertTrue(stub.aborted.await(30, TimeUnit.SECONDS), "the job was asked to abort");
            assertEquals(JobPhase.ABORTED, job.phase());
        } finally {
            waiting.shutdownNow();
        }
    }

    @Test
    void waitingStopsAtMaxWaitAndLeavesTheJobRunning() {
        stub.script = List.of("EXECUTING");
        FakeWaiter waiter = new FakeWaiter();
        TapJob job = tap.withPolling(Duration.ofMillis(100), Duration.ofMillis(400)).withWaiter(waiter)
                .submit("SELECT * FROM slow");
        ServiceUnavailableException e = assertThrows(ServiceUnavailableException.class,
                () -> job.await(TapProgress.NONE, Duration.ofSeconds(1)));
        assertEquals(List.of(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400)), waiter.pauses);
        assertTrue(e.reason().contains("still EXECUTING after 0 s") && e.reason().contains("call await() again"),
                e.reason());
        assertEquals(List.of(), stub.phaseRequests, "no ABORT was sent");
        assertEquals(JobPhase.EXECUTING, job.phase());
    }

    @Test
    void resultOfAnUnfinishedJobSaysToAwait() {
        stub.script = List.of("EXECUTING");
        TapJob job = tap.submit("SELECT * FROM slow");
        InvalidInputException e = assertThrows(InvalidInputException.class, job::result);
        assertTrue(e.getMessage().contains("'EXECUTING'") && e.getMessage().contains("await()"), e.getMessage());
    }

    @Test
    void deleteRemovesTheJobAndDeletingTwiceIsHarmless() {
        TapJob job = tap.submit("SELECT oid FROM objects");
        job.await();
        job.delete();
        assertEquals(List.of(job.id()), stub.deleted);
        job.delete();
        assertEquals(List.of(job.id()), stub.deleted);
        assertThrows(ServiceUnavailableException.class, job::phase);
    }

    @Test
    void urlsAreNormalisedAndBadInputIsExplained() {
        assertEquals(server.url("/tap").toString(), Vo.tap(server.url("/tap/sync").toString()).url());
        assertEquals(server.url("/tap").toString(), Vo.tap(server.url("/tap/").toString()).url());
        assertTrue(assertThrows(InvalidInputException.class, () -> Vo.tap("simbad")).getMessage()
                .contains("TAP service URL must be an http(s) URL, got 'simbad'"));
        assertTrue(assertThrows(InvalidInputException.class, () -> tap.query("  ")).getMessage()
                .contains("ADQL query must be a non-empty query"));
        assertTrue(assertThrows(InvalidInputException.class, () -> tap.query("SELECT 1", -5)).getMessage()
                .contains("maxRec must be 0 or more rows, got -5"));
        assertThrows(InvalidInputException.class, () -> tap.withPolling(Duration.ofSeconds(2), Duration.ofSeconds(1)));
        assertThrows(InvalidInputException.class, () -> tap.job(" "));
        assertTrue(assertThrows(InvalidInputException.class, () -> tap.job("42").await(TapProgress.NONE, Duration.ZERO))
                .getMessage().contains("maxWait must be a positive duration"));
        assertEquals(0, stub.syncForms.size(), "nothing was sent for bad input");
    }

    /** A clock that moves only when the job waits, recording each pause. */
    static final class FakeWaiter implements Waiter {
        final List<Duration> pauses = new ArrayList<>();
        long now;

        @Override
        public long nanoTime() {
            return now;
        }

        @Override
        public void sleep(Duration d) {
            pauses.add(d);
            now += d.toNanos();
        }
    }
}
