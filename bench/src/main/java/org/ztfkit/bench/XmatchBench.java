package org.ztfkit.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.ztfkit.catalog.Catalog;
import org.ztfkit.catalog.CatalogRadii;
import org.ztfkit.catalog.Catalogs;
import org.ztfkit.catalog.XmatchReport;
import org.ztfkit.remote.CatalogEndpoints;
import org.ztfkit.remote.OnlineCatalogs;
import org.ztfkit.sky.SkyPosition;
import org.ztfkit.source.Crossmatcher;

/**
 * Cross-match of one object against all 14 catalogs of {@code obj.xmatch()}, through the real online clients, against
 * a local MockWebServer that answers each service after a realistic latency (50–800 ms; the Open Supernova Catalog,
 * often slow, the slowest). Measured in the same run:
 * <ul>
 *   <li>every catalog alone, one after another: the slowest single catalog, and the sum (the sequential baseline);</li>
 *   <li>all catalogs at once through {@link Crossmatcher} (parallel, per-catalog budgets).</li>
 * </ul>
 * Prints the parallel wall time against the slowest single catalog (target ≤ 1.3×) and the speed-up over the
 * sequential queries. Medians of the rounds.
 *
 * <pre>
 * bench/run.sh XmatchBench [rounds=7] [slowestMillis=800]
 * </pre>
 */
public final class XmatchBench {
    private XmatchBench() {
    }

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        long slowest = args.length > 1 ? Long.parseLong(args[1]) : 800;
        Map<String, Long> latency = latencies(slowest);
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest request) {
                    String key = key(request);
                    return answer(request).setHeadersDelay(latency.getOrDefault(key, 100L), TimeUnit.MILLISECONDS);
                }
            });
            server.start();
            OnlineCatalogs online = OnlineCatalogs.at(CatalogEndpoints.under(server.url("/").toString()));
            Crossmatcher crossmatcher = Crossmatcher.of(online).withBudget(Duration.ofSeconds(10));
            SkyPosition center = SkyPosition.of(295.26855, 30.65906);
            List<Catalog> catalogs = Catalogs.all();

            System.out.println("latencies (ms): " + latency);
            for (int w = 0; w < 2; w++) {
                refillPoliteness();
                check(crossmatcher.run(center, catalogs, CatalogRadii.defaults()));
            }
            double[] slowestSingle = new double[rounds];
            double[] sequential = new double[rounds];
            double[] parallel = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                refillPoliteness();
                double sum = 0;
                double max = 0;
                for (Catalog c : catalogs) {
                    long t0 = System.nanoTime();
                    online.cone(c, center, c.defaultRadiusArcsec());
                    double ms = (System.nanoTime() - t0) / 1e6;
                    sum += ms;
                    max = Math.max(max, ms);
                }
                slowestSingle[r] = max;
                sequential[r] = sum;
                refillPoliteness();
                long t0 = System.nanoTime();
                check(crossmatcher.run(center, catalogs, CatalogRadii.defaults()));
                parallel[r] = (System.nanoTime() - t0) / 1e6;
            }
            double single = median(slowestSingle);
            double seq = median(sequential);
            double par = median(parallel);
            System.out.printf("%d catalogs, %d rounds (medians)%n", catalogs.size(), rounds);
            System.out.printf("slowest single catalog alone : %7.1f ms%n", single);
            System.out.printf("one after another (baseline)  : %7.1f ms%n", seq);
            System.out.printf("all in parallel (xmatch)      : %7.1f ms%n", par);
            System.out.printf("parallel / slowest single     : %7.3f x (target <= 1.3)%n", par / single);
            System.out.printf("sequential / parallel         : %7.2f x faster%n", seq / par);
        }
    }

    /** Latency per service (and per VizieR catalogue), scaled so the slowest is {@code slowest} ms. */
    static Map<String, Long> latencies(long slowest) {
        Map<String, Long> m = new LinkedHashMap<>();
        double s = slowest / 800.0;
        m.put("vizier:B/gcvs/gcvs_cat", Math.round(120 * s));
        m.put("vizier:B/vsx/vsx", Math.round(200 * s));
        m.put("vizier:J/AJ/156/241/table4", Math.round(80 * s));
        m.put("vizier:VII/289/superset", Math.round(150 * s));
        m.put("vizier:J/ApJS/254/33/table1", Math.round(50 * s));
        m.put("vizier:I/355/gaiadr3", Math.round(300 * s));
        m.put("vizier:I/352/gedr3dis", Math.round(250 * s));
        m.put("simbad", Math.round(400 * s));
        m.put("tns", Math.round(60 * s));
        m.put("ztf-periodic", Math.round(90 * s));
        m.put("ogle3", Math.round(70 * s));
        m.put("astrocats", Math.round(800 * s));
        m.put("otter", Math.round(350 * s));
        m.put("mast", Math.round(600 * s));
        return m;
    }

    private static String key(RecordedRequest r) {
        String service = r.getRequestUrl().pathSegments().get(0);
        return service.equals("vizier") ? "vizier:" + r.getRequestUrl().queryParameter("-source") : service;
    }

    /** An empty stack answer that still describes every column the stack merge reads. */
    private static final String MAST_EMPTY_STACK = mastEmptyStack();

    private static String mastEmptyStack() {
        StringBuilder info = new StringBuilder("{\"name\": \"objID\", \"type\": \"long\"}, {\"name\": \"objName\", "
                + "\"type\": \"char\"}, {\"name\": \"raMean\", \"type\": \"double\"}, {\"name\": \"decMean\", "
                + "\"type\": \"double\"}, {\"name\": \"primaryDetection\", \"type\": \"unsignedByte\"}");
        for (String b : new String[] {"g", "r", "i", "z", "y"}) {
            for (String k : new String[] {"PSFMag", "PSFMagErr", "ApMag", "ApMagErr"}) {
                info.append(", {\"name\": \"").append(b).append(k).append("\", \"type\": \"float\"}");
            }
        }
        return "{\"info\": [" + info + "], \"data\": []}";
    }

    /** An empty but well-formed answer of each service. */
    private static MockResponse answer(RecordedRequest r) {
        String service = r.getRequestUrl().pathSegments().get(0);
        String body = switch (service) {
            case "vizier" -> "<?xml version=\"1.0\"?><VOTABLE version=\"1.4\" xmlns=\"http://www.ivoa.net/xml/VOTable/v1.3\">"
                    + "<RESOURCE type=\"results\"/></VOTABLE>";
            case "simbad" -> "<?xml version=\"1.0\"?><VOTABLE version=\"1.4\" xmlns=\"http://www.ivoa.net/xml/VOTable/v1.3\">"
                    + "<RESOURCE type=\"results\"><INFO name=\"QUERY_STATUS\" value=\"OK\"/><TABLE>"
                    + "<FIELD name=\"main_id\" datatype=\"char\" arraysize=\"*\"/><FIELD name=\"ra\" datatype=\"double\"/>"
                    + "<FIELD name=\"dec\" datatype=\"double\"/><DATA><TABLEDATA/></DATA></TABLE></RESOURCE></VOTABLE>";
            case "ogle3" -> "ID\tField\tStarID\tRA\tDecl\tType\tSubtype\tI\tV\tP_1\tA_1\n";
            case "astrocats" -> "{\"message\": \"No objects found within specified search region.\"}";
            case "otter" -> "{\"result\": [], \"hasMore\": false}";
            case "mast" -> MAST_EMPTY_STACK;
            default -> "[]";
        };
        return new MockResponse().setBody(body);
    }

    /**
     * Waits until the CDS politeness limit (bursts of 8, 2 per second) is full again, as it is when a user turns to
     * the next object: otherwise the previous pass's VizieR and SIMBAD requests would hold back this one's.
     */
    private static void refillPoliteness() {
        try {
            Thread.sleep(4500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void check(XmatchReport report) {
        if (!report.unavailable().isEmpty()) {
            throw new IllegalStateException("a catalog did not answer: " + report.unavailable());
        }
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
