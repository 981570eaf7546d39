package org.ztfkit.vo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okio.Buffer;

/**
 * A TAP service for tests, speaking the protocol under {@code /tap}: {@code POST /sync}; {@code POST /async}
 * answered with a 303 redirect to the new job; {@code GET} job document, {@code GET/POST …/phase} (RUN, ABORT),
 * {@code GET …/results/result}, {@code GET …/error}, {@code DELETE} the job. Each job follows a script of phases,
 * one step per phase request; the last phase stays until the client aborts.
 */
final class StubTapService extends Dispatcher {
    static final String VOTABLE = "application/x-votable+xml";

    /** Answers to {@code POST /sync}, by ADQL query. */
    volatile Function<String, MockResponse> sync = adql -> votable(200, resource("tap_overflow.vot"));
    /** Phases a new job goes through after it is asked to run. */
    volatile List<String> script = List.of("QUEUED", "EXECUTING", "COMPLETED");
    /** Body of {@code …/results/result}. */
    volatile byte[] result = resource("tap_overflow.vot");
    /** Answer to {@code …/error}. */
    volatile MockResponse errorDocument = votable(200, resource("tap_error_adql.vot"));
    /** The job's own error summary. */
    volatile String errorSummary = "Query failed (see the error document)";
    /** When true, PHASE=RUN sent with the creation request is ignored (the job waits in PENDING). */
    volatile boolean ignoreRunOnCreate;
    /** Answers to {@code POST /async}; null means create a job. */
    volatile MockResponse asyncCreation;
    /** Answers given to the first requests to {@code /sync}, in order, before {@link #sync} answers. */
    final Queue<MockResponse> syncPrelude = new ConcurrentLinkedQueue<>();

    final List<Map<String, String>> syncForms = new CopyOnWriteArrayList<>();
    final List<Map<String, String>> asyncForms = new CopyOnWriteArrayList<>();
    final List<String> phaseRequests = new CopyOnWriteArrayList<>();
    final List<String> deleted = new CopyOnWriteArrayList<>();
    final CountDownLatch twoPolls = new CountDownLatch(2);
    final CountDownLatch aborted = new CountDownLatch(1);

    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final AtomicInteger nextJob = new AtomicInteger(1000);

    private static final class Job {
        final String id;
        final Map<String, String> form;
        final Deque<String> upcoming = new ArrayDeque<>();
        volatile String phase = "PENDING";

        Job(String id, Map<String, String> form) {
            this.id = id;
            this.form = form;
        }

        /** The phase now; the script advances after each observation. */
        synchronized String observe() {
            String now = phase;
            if (!upcoming.isEmpty()) {
                phase = upcoming.poll();
            }
            return now;
        }
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        String path = request.getRequestUrl().encodedPath();
        String method = request.getMethod();
        if (path.equals("/tap/sync") && method.equals("POST")) {
            syncForms.add(form(request));
            MockResponse early = syncPrelude.poll();
            return early != null ? early : sync.apply(form(request).get("QUERY"));
        }
        if (path.equals("/tap/async") && method.equals("POST")) {
            return createJob(request);
        }
        if (path.equals("/tap/async") && method.equals("GET")) {
            return new MockResponse().setHeader("Content-Type", "text/xml").setBody(
                    "<uws:jobs xmlns:uws=\"http://www.ivoa.net/xml/UWS/v1.0\"/>");
        }
        String[] parts = path.split("/");
        if (parts.length < 4 || !jobs.containsKey(parts[3])) {
            return new MockResponse().setResponseCode(404).setBody("no such job: " + path);
        }
        Job job = jobs.get(parts[3]);
        String rest = parts.length > 4 ? String.join("/", List.of(parts).subList(4, parts.length)) : "";
        switch (method + " " + rest) {
            case "GET ":
                return new MockResponse().setHeader("Content-Type", "text/xml").setBody(jobXml(job, request));
            case "DELETE ":
                jobs.remove(job.id);
                deleted.add(job.id);
                return redirect("/tap/async");
            case "GET phase":
                twoPolls.countDown();
                return new MockResponse().setHeader("Content-Type", "text/plain").setBody(job.observe());
            case "POST phase":
                String wanted = form(request).get("PHASE");
                phaseRequests.add(wanted);
                if ("RUN".equals(wanted)) {
                    start(job);
                } else if ("ABORT".equals(wanted)) {
                    synchronized (job) {
                        job.upcoming.clear();
                        job.phase = "ABORTED";
                    }
                    aborted.countDown();
                }
                return redirect("/tap/async/" + job.id);
            case "GET results/result":
                return votable(200, result);
            case "GET error":
                return errorDocument;
            default:
                return new MockResponse().setResponseCode(404).setBody("not found: " + method + " " + path);
        }
    }

    private MockResponse createJob(RecordedRequest request) {
        Map<String, String> form = form(request);
        asyncForms.add(form);
        if (asyncCreation != null) {
            return asyncCreation;
        }
        Job job = new Job(Integer.toString(nextJob.getAndIncrement()), form);
        jobs.put(job.id, job);
        if ("RUN".equals(form.get("PHASE")) && !ignoreRunOnCreate) {
            start(job);
        }
        return redirect("/tap/async/" + job.id);
    }

    private void start(Job job) {
        synchronized (job) {
            if (job.phase.equals("PENDING")) {
                job.upcoming.clear();
                job.upcoming.addAll(script);
                job.phase = job.upcoming.poll();
            }
        }
    }

    private String jobXml(Job job, RecordedRequest request) {
        String phase = job.phase;
        String base = request.getRequestUrl().newBuilder().encodedPath("/tap/async/" + job.id).build().toString();
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <uws:job xmlns:uws="http://www.ivoa.net/xml/UWS/v1.0" xmlns:xlink="http://www.w3.org/1999/xlink"
                         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" version="1.1">
                """);
        xml.append("  <uws:jobId>").append(job.id).append("</uws:jobId>\n")
                .append("  <uws:runId xsi:nil=\"true\"/>\n  <uws:ownerId xsi:nil=\"true\"/>\n")
                .append("  <uws:phase>").append(phase).append("</uws:phase>\n")
                .append("  <uws:quote xsi:nil=\"true\"/>\n  <uws:executionDuration>3600</uws:executionDuration>\n")
                .append("  <uws:parameters><uws:parameter id=\"query\">")
                .append(escape(job.form.getOrDefault("QUERY", ""))).append("</uws:parameter></uws:parameters>\n")
                .append("  <uws:results>");
        if (phase.equals("COMPLETED")) {
            xml.append("<uws:result id=\"result\" xlink:type=\"simple\" xlink:href=\"").append(base)
                    .append("/results/result\"/>");
        }
        xml.append("</uws:results>\n");
        if (phase.equals("ERROR")) {
            xml.append("  <uws:errorSummary type=\"fatal\" hasDetail=\"true\"><uws:message>")
                    .append(escape(errorSummary)).append("</uws:message></uws:errorSummary>\n");
        }
        return xml.append("</uws:job>\n").toString();
    }

    static MockResponse votable(int status, byte[] body) {
        return new MockResponse().setResponseCode(status).setHeader("Content-Type", VOTABLE)
                .setBody(new Buffer().write(body));
    }

    static MockResponse redirect(String location) {
        return new MockResponse().setResponseCode(303).setHeader("Location", location);
    }

    static byte[] resource(String name) {
        try (InputStream in = StubTapService.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("test resource " + name + " is missing", e);
        }
    }

    static byte[] file(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> form(RecordedRequest request) {
        Map<String, String> form = new LinkedHashMap<>();
        String body = request.getBody().clone().readUtf8();
        for (String pair : body.split("&")) {
            if (!pair.isEmpty()) {
                int eq = pair.indexOf('=');
                form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
