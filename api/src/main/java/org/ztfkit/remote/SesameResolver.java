package org.ztfkit.remote;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import org.ztfkit.net.Http;
import org.ztfkit.net.HttpResponse;
import org.ztfkit.net.ServicePolicy;
import org.ztfkit.sky.SkyPosition;
import org.ztfkit.source.NameResolver;
import org.ztfkit.source.ResolvedName;

/**
 * Names through CDS Sesame, which asks SIMBAD, NED and VizieR in turn (external-services.md §8.2 step 5):
 * {@code GET <sesame>/-oI/A?<name>}, a text answer whose first {@code %J ra dec} line holds the J2000 position in
 * degrees and whose {@code %I.0} line the main identifier. An answer without a {@code %J} line means "not found".
 *
 * <pre>{@code
 * new SesameResolver("https://cds.unistra.fr/cgi-bin/nph-sesame").resolve("Her X-1");
 * }</pre>
 */
public final class SesameResolver implements NameResolver {
    private static final Pattern J2000 = Pattern.compile("(?m)^%J\\s+([-+]?[\\d.]+)\\s+([-+]?[\\d.]+)");
    private static final Pattern MAIN_ID = Pattern.compile("(?m)^%I\\.0\\s+(.+)$");
    private final HttpUrl base;
    private final Http http;

    /** Sesame at {@code baseUrl}, within the CDS politeness limit. */
    public SesameResolver(String baseUrl) {
        this(baseUrl, OnlineCatalogs.cdsPolicy());
    }

    SesameResolver(String baseUrl, ServicePolicy policy) {
        this.base = HttpUrl.get(baseUrl);
        this.http = new Http(policy);
    }

    @Override
    public String resolverName() {
        return "Sesame (SIMBAD, NED, VizieR)";
    }

    String url(String name) {
        return base.newBuilder().addPathSegments("-oI/A")
                .encodedQuery(Responses.encode(name.strip())).build().toString();
    }

    /**
     * @throws org.ztfkit.errors.ServiceUnavailableException when Sesame does not answer (the next resolver is asked)
     */
    @Override
    public Optional<ResolvedName> resolve(String name) {
        HttpResponse r = http.get(url(name));
        Responses.rejectHtml(r, "sesame", "Sesame's text answer");
        Responses.requireOk(r, "sesame");
        Matcher j = J2000.matcher(r.text());
        if (!j.find()) {
            return Optional.empty();
        }
        Matcher id = MAIN_ID.matcher(r.text());
        String main = id.find() ? id.group(1).strip().replaceAll("\\s+", " ") : name.strip();
        SkyPosition p = SkyPosition.wrapped(Double.parseDouble(j.group(1)), Double.parseDouble(j.group(2)));
        return Optional.of(new ResolvedName(main, p, "simbad", Optional.empty(), resolverName()));
    }

    @Override
    public String toString() {
        return "SesameResolver[" + base + "]";
    }
}
