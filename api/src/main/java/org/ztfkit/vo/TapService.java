package org.ztfkit.vo;

import java.time.Duration;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.net.Http;
import org.ztfkit.net.HttpResponse;
import org.ztfkit.net.ServicePolicy;

/**
 * A Table Access Protocol service: ADQL queries answered as VOTables. Synchronous queries ({@link #query}) suit
 * quick questions; asynchronous jobs ({@link #submit}) suit long ones and can be watched and cancelled. Every call
 * goes through {@link Http}: timeouts, retries of connection errors and 5xx, {@code 429 Retry-After}, a response
 * size limit. Immutable; {@code with…} return changed copies.
 *
 * <pre>{@code
 * TapService simbad = Vo.tap("https://simbad.cds.unistra.fr/simbad/sim-tap");
 * simbad.tables();                                         // schema_name, table_name, table_type, description
 * VoTable m1 = simbad.query("SELECT main_id, ra, dec FROM basic WHERE main_id = 'M   1'");
 * VoTable first100 = simbad.query("SELECT * FROM basic", 100);
 * first100.isOverflow();                                   // true: more rows matched than MAXREC
 * VoTable big = simbad.submit("SELECT ra, dec FROM basic WHERE otype = 'RR*'").await(System.out::println);
 * }</pre>
 */
public final class TapService {
    /** Read timeout 5 min and call budget 10 min: synchronous queries can be slow to start answering. */
    static final Duration SYNC_READ_TIMEOUT = Duration.ofMinutes(5);

    private final HttpUrl base;
    private final Http http;
    private final Duration firstPoll;
    private final Duration maxPoll;
    private final Waiter waiter;

    private TapService(HttpUrl base, Http http, Duration firstPoll, Duration maxPoll, Waiter waiter) {
        this.base = base;
        this.http = http;
        this.firstPoll = firstPoll;
        this.maxPoll = maxPoll;
        this.waiter = waiter;
    }

    static TapService at(String baseUrl) {
        HttpUrl url = baseUrl == null ? null : HttpUrl.parse(baseUrl.strip());
        if (url == null) {
            throw InvalidInputException.of("TAP service URL", "an http(s) URL", baseUrl,
                    "give the service's base URL, e.g. https://simbad.cds.unistra.fr/simbad/sim-tap");
        }
        String path = url.encodedPath().replaceAll("/+$", "");
        for (String suffix : new String[] {"/sync", "/async"}) {
            if (path.endsWith(suffix)) {
                path = path.substring(0, path.length() - suffix.length());
            }
        }
        HttpUrl normalised = url.newBuilder().encodedPath(path.isEmpty() ? "/" : path).query(null).build();
        ServicePolicy policy = ServicePolicy.defaults("TAP " + normalised)
                .withReadTimeout(SYNC_READ_TIMEOUT).withCallBudget(SYNC_READ_TIMEOUT.multipliedBy(2));
        return new TapService(normalised, new Http(policy), Duration.ofMillis(500), Duration.ofSeconds(10),
                Waiter.SYSTEM);
    }

    /** A copy that talks to the service with these timeouts, retries and limits. */
    public TapService withPolicy(ServicePolicy policy) {
        return new TapService(base, new Http(policy), firstPoll, maxPoll, waiter);
    }

    /**
     * A copy that polls asynchronous jobs first after {@code first}, then doubling the pause up to {@code max}
     * (defaults 0.5 s and 10 s).
     */
    public TapService withPolling(Duration first, Duration max) {
        if (first == null || first.isNegative() || first.isZero() || max == null || max.compareTo(first) < 0) {
            throw InvalidInputException.of("polling pauses (first, max)", "positive with first ≤ max",
                    first + ", " + max, "e.g. withPolling(Duration.ofMillis(500), Duration.ofSeconds(10))");
        }
        return new TapService(base, http, first, max, waiter);
    }

    TapService withWaiter(Waiter newWaiter) {
        return new TapService(base, http, firstPoll, maxPoll, newWaiter);
    }

    /** The base URL, without {@code /sync} or {@code /async}. */
    public String url() {
        return base.toString().replaceAll("/$", "");
    }

    /** The tables the service publishes, from {@code TAP_SCHEMA.tables}. */
    public VoTable tables() {
        return query("SELECT schema_name, table_name, table_type, description FROM TAP_SCHEMA.tables");
    }

    /** The columns of one table, from {@code TAP_SCHEMA.columns}: name, datatype, unit, UCD, description. */
    public VoTable columns(String tableName) {
        if (tableName == null || tableName.isBlank()) {
            throw InvalidInputException.of("table name", "a table name as listed by tables()", tableName, "");
        }
        return query("SELECT column_name, datatype, unit, ucd, description FROM TAP_SCHEMA.columns"
                + " WHERE table_name = '" + tableName.strip().replace("'", "''") + "'");
    }

    /** Runs an ADQL query synchronously with the service's own row limit. */
    public VoTable query(String adql) {
        return runSync(adql, -1);
    }

    /**
     * Runs an ADQL query synchronously, returning at most {@code maxRec} rows; {@link VoTable#isOverflow()} tells
     * whether more rows matched.
     */
    public VoTable query(String adql, long maxRec) {
        return runSync(adql, checkedMaxRec(maxRec));
    }

    /** Starts an asynchronous job for an ADQL query; wait for it with {@link TapJob#await(TapProgress)}. */
    public TapJob submit(String adql) {
        return startJob(adql, -1);
    }

    /** Starts an asynchronous job returning at most {@code maxRec} rows. */
    public TapJob submit(String adql, long maxRec) {
        return startJob(adql, checkedMaxRec(maxRec));
    }

    /** A handle on a job started earlier (by its UWS id), e.g. to fetch its result or delete it. */
    public TapJob job(String jobId) {
        if (jobId == null || jobId.isBlank()) {
            throw InvalidInputException.of("job id", "the id of a job on this service", jobId, "");
        }
        return new TapJob(this, jobId.strip(), endpoint("async").newBuilder().addPathSegment(jobId.strip()).build());
    }

    @Override
    public String toString() {
        return "TapService[" + url() + "]";
    }

    String service() {
        return http.policy().service();
    }

    Http http() {
        return http;
    }

    Waiter waiter() {
        return waiter;
    }

    Duration firstPoll() {
        return firstPoll;
    }

    Duration maxPoll() {
        return maxPoll;
    }

    private VoTable runSync(String adql, long maxRec) {
        HttpResponse response = http.send(new Request.Builder().url(endpoint("sync"))
                .post(queryForm(adql, maxRec).build()).build());
        return VoResponses.votable(response, service());
    }

    private TapJob startJob(String adql, long maxRec) {
        HttpUrl async = endpoint("async");
        HttpResponse response = VoResponses.requireOk(http.send(new Request.Builder().url(async)
                .post(queryForm(adql, maxRec).add("PHASE", "RUN").build()).build()), service());
        UwsJob created = UwsJob.parse(response.body(), service());
        HttpUrl answeredAt = HttpUrl.parse(response.url());
        boolean redirectedToJob = answeredAt != null && !answeredAt.pathSegments().isEmpty()
                && created.jobId().equals(answeredAt.pathSegments().get(answeredAt.pathSize() - 1));
        HttpUrl jobUrl = redirectedToJob ? answeredAt.newBuilder().query(null).build()
                : async.newBuilder().addPathSegment(created.jobId()).build();
        return new TapJob(this, created.jobId(), jobUrl);
    }

    private static FormBody.Builder queryForm(String adql, long maxRec) {
        if (adql == null || adql.isBlank()) {
            throw InvalidInputException.of("ADQL query", "a non-empty query", adql,
                    "e.g. SELECT TOP 10 * FROM TAP_SCHEMA.tables");
        }
        FormBody.Builder form = new FormBody.Builder().add("REQUEST", "doQuery").add("LANG", "ADQL")
                .add("FORMAT", "votable").add("QUERY", adql.strip());
        if (maxRec >= 0) {
            form.add("MAXREC", Long.toString(maxRec));
        }
        return form;
    }

    private static long checkedMaxRec(long maxRec) {
        if (maxRec < 0) {
            throw InvalidInputException.of("maxRec", "0 or more rows", maxRec,
                    "leave it out to get the service's default limit");
        }
        return maxRec;
    }

    private HttpUrl endpoint(String segment) {
        return base.newBuilder().addPathSegment(segment).build();
    }
}
