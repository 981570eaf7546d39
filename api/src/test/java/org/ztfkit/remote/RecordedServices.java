package org.ztfkit.remote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.MockResponse;
import org.ztfkit.sky.SkyPosition;

/**
 * Every remote service ztfkit uses, answered by one {@link FakeServices} from the recorded-response fixtures, each
 * service under its own path prefix. {@link #useForZtfOnline()} points {@code Ztf.online()} at it through the
 * {@code ztfkit.url.*} system properties; {@link #close()} restores them.
 *
 * <p>The SNAD DR fixture is a small sky ({@code snad-dr/circle_dr24.json}): OID queries answer with the objects
 * asked for that it holds ({@code {}} for others), cone queries with its objects within the radius.
 */
public final class RecordedServices implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    public final FakeServices fake;

    private RecordedServices(FakeServices fake) {
        this.fake = fake;
    }

    public static RecordedServices start() {
        FakeServices fake = FakeServices.start();
        RecordedServices s = new RecordedServices(fake);
        s.snadDr();
        s.irsaProducts();
        s.dustmaps();
        s.brokers();
        s.panStarrsAndGaia();
        s.fake.route(FakeServices.path("/" + RemoteService.SNAD_ZTF_REF.id() + "/api/v1/object?oid=633207400004730"),
                FakeServices.json("snad-ztf-ref/object_633207400004730.json"));
        return s;
    }

    /** The base URL a service has on the fake server. */
    public String baseUrl(RemoteService service) {
        return fake.url("/" + service.id());
    }

    /** Sets the {@code ztfkit.url.*} properties so that {@code Ztf.online()} talks to this server. */
    public RecordedServices useForZtfOnline() {
        for (RemoteService s : RemoteService.values()) {
            System.setProperty(s.urlProperty(), baseUrl(s));
        }
        return this;
    }

    private void snadDr() {
        String p = "/" + RemoteService.SNAD_ZTF_DR.id() + "/api/v3";
        JsonNode sky = read("snad-dr/circle_dr24.json");
        fake.route(FakeServices.path(p + "/dr/list/json"), FakeServices.json("snad-dr/dr_list.json"));
        // the fake serves dr24, which is also its "latest"
        fake.route(FakeServices.path(p + "/data/dr24/oid/full/json").or(FakeServices.path(p + "/data/latest/oid/full/json")),
                r -> {
            Set<String> wanted = new HashSet<>(HttpUrl.get(fake.url("") + r.getPath()).queryParameterValues("oid"));
            ObjectNode out = JSON.createObjectNode();
            sky.fields().forEachRemaining(f -> {
                if (wanted.contains(f.getKey())) {
                    out.set(f.getKey(), f.getValue());
                }
            });
            return jsonAnswer(out);
        });
        fake.route(FakeServices.path(p + "/data/dr24/circle/full/json"), r -> {
            HttpUrl u = HttpUrl.get(fake.url("") + r.getPath());
            SkyPosition c = SkyPosition.of(Double.parseDouble(u.queryParameter("ra")),
                    Double.parseDouble(u.queryParameter("dec")));
            double radius = Double.parseDouble(u.queryParameter("radius_arcsec"));
            if (!(radius > 0 && radius <= 60)) {
                return new MockResponse().setResponseCode(400).setBody("radius_arcsec must be in (0, 60]");
            }
            ObjectNode out = JSON.createObjectNode();
            Iterator<Map.Entry<String, JsonNode>> it = sky.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> f = it.next();
                JsonNode coord = f.getValue().get("meta").get("coord");
                if (c.separationArcsec(SkyPosition.of(coord.get("ra").asDouble(), coord.get("dec").asDouble())) < radius) {
                    out.set(f.getKey(), f.getValue());
                }
            }
            return jsonAnswer(out);
        });
    }

    /**
     * IRSA's archive: the day 2018-05-12 lists the exposures of {@code irsa-ibe/day_20180512.html} (made with astropy,
     * see reference/science_image_reference.py); any other day lists an exposure every 0.0005 d; every science
     * image cuts out as {@code irsa-ibe/cutout_63.fits}.
     */
    private void irsaProducts() {
        String p = "/" + RemoteService.IRSA_PRODUCTS.id() + "/sci/";
        fake.route(FakeServices.path(p + "2018/0512/").and(r -> r.getPath().endsWith("/0512/")),
                FakeServices.fixture("irsa-ibe/day_20180512.html", "text/html"));
        fake.route(r -> r.getPath().startsWith(p) && r.getPath().matches(".*/sci/\\d{4}/\\d{4}/"), r -> {
            StringBuilder html = new StringBuilder("<html><head><title>Index</title></head><body><table>");
            for (int f = 250; f < 1_000_000; f += 500) {
                html.append(String.format("<tr><td><a href=\"%06d/\">%06d/</a></td></tr>%n", f, f));
            }
            return new MockResponse().setHeader("Content-Type", "text/html").setBody(html.append("</table></body></html>")
                    .toString());
        });
        fake.route(r -> r.getPath().startsWith(p) && r.getPath().contains("_sciimg.fits?"),
                FakeServices.fixture("irsa-ibe/cutout_63.fits", "image/fits"));
    }

    /** SNAD dustmaps: fixed CSFD and Bayestar answers; Bayestar is {@code null} south of dec −30°. */
    private void dustmaps() {
        String p = "/" + RemoteService.SNAD_DUSTMAPS.id() + "/api/v1/";
        fake.route(FakeServices.path(p + "csfd?"), FakeServices.json("snad-dustmaps/csfd.json"));
        fake.route(FakeServices.path(p + "bayestar2019?"), r -> {
            HttpUrl u = HttpUrl.get(fake.url("") + r.getPath());
            if (Double.parseDouble(u.queryParameter("distance")) <= 0) {
                return new MockResponse().setResponseCode(400).setHeader("Content-Type", "application/json")
                        .setBody(new okio.Buffer().write(FakeServices.read("snad-dustmaps/error.json")));
            }
            return new MockResponse().setHeader("Content-Type", "application/json").setBody(new okio.Buffer().write(
                    FakeServices.read(Double.parseDouble(u.queryParameter("dec")) < -30
                            ? "snad-dustmaps/bayestar2019_outside.json" : "snad-dustmaps/bayestar2019.json")));
        });
    }

    /**
     * ALeRCE, Fink and ANTARES: one alert object, ZTF18abqkqdm, 0.1″ from the DR target (ANTARES: two loci, paged),
     * with ALeRCE's probabilities (two versions of each classifier) and Fink's scores in its cone record.
     */
    private void brokers() {
        String a = "/" + RemoteService.ALERCE.id();
        fake.route(FakeServices.path(a + "/objects?"), FakeServices.json("alerce/objects_cone.json"));
        fake.route(FakeServices.path(a + "/objects/ZTF18abqkqdm/lightcurve"),
                FakeServices.json("alerce/lightcurve_ZTF18abqkqdm.json"));
        fake.route(FakeServices.path(a + "/objects/ZTF18abqkqdm/probabilities"),
                FakeServices.json("alerce/probabilities_ZTF18abqkqdm.json"));
        String f = "/" + RemoteService.FINK.id();
        fake.route(FakeServices.path(f + "/api/v1/conesearch"), FakeServices.json("fink/conesearch.json"));
        fake.route(FakeServices.path(f + "/api/v1/objects").and(r -> r.getBody().clone().readUtf8()
                .contains("ZTF18abqkqdm")), FakeServices.json("fink/objects_ZTF18abqkqdm.json"));
        String n = "/" + RemoteService.ANTARES.id();
        fake.route(FakeServices.path(n + "/loci?sort="), FakeServices.json("antares/loci_page1.json"));
        fake.route(FakeServices.path(n + "/loci?page"), FakeServices.json("antares/loci_page2.json"));
        fake.route(FakeServices.path(n + "/loci/ANT2018aabqkqd"), FakeServices.json("antares/locus_ANT2018aabqkqd.json"));
    }

    /** MAST Pan-STARRS (a stack cone and one object's detections) and Gaia (VizieR cones, DataLink photometry). */
    private void panStarrsAndGaia() {
        String m = "/" + RemoteService.MAST_PS1.id();
        fake.route(FakeServices.path(m + "/dr2/stack.json"), FakeServices.json("mast-ps1/stack_cone.json"));
        fake.route(FakeServices.path(m + "/dr2/detection.json").and(r -> r.getBody().clone().readUtf8()
                .contains("137732474554134521")), FakeServices.json("mast-ps1/detection_137732474554134521.json"));
        fake.route(FakeServices.path(m + "/dr2/detection.json"), FakeServices.text("{\"info\": [{\"name\": \"objID\", "
                + "\"type\": \"long\"}], \"data\": []}", "application/json"));
        String v = "/" + RemoteService.VIZIER.id();
        fake.route(FakeServices.path(v).and(r -> r.getPath().contains("I/355/gaiadr3")),
                FakeServices.fixture("gaia/gaiadr3_cone.vot", "text/xml"));
        fake.route(FakeServices.path(v).and(r -> r.getPath().contains("I/352/gedr3dis")),
                FakeServices.fixture("gaia/gedr3dis_cone.vot", "text/xml"));
        String g = "/" + RemoteService.GAIA_DATALINK.id();
        fake.route(FakeServices.path(g + "/data?").and(r -> r.getPath().contains("1299840417592340992")),
                FakeServices.fixture("gaia/epoch_photometry_1299840417592340992.vot", "text/xml"));
    }

    static MockResponse jsonAnswer(JsonNode node) {
        try {
            return new MockResponse().setHeader("Content-Type", "application/json").setBody(JSON.writeValueAsString(node));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode read(String resource) {
        try {
            return JSON.readTree(FakeServices.read(resource));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        for (RemoteService s : RemoteService.values()) {
            System.clearProperty(s.urlProperty());
        }
        fake.close();
    }
}
