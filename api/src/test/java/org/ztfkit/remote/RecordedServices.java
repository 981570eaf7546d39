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
        fake.route(FakeServices.path(p + "/data/dr24/oid/full/json"), r -> {
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
