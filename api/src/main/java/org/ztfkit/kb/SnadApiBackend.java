package org.ztfkit.kb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.errors.ServiceUnavailableException;
import org.ztfkit.model.Oid;
import org.ztfkit.net.Http;
import org.ztfkit.net.HttpResponse;
import org.ztfkit.net.ServicePolicy;

/**
 * The SNAD knowledge-base REST API (external-services.md §12) as a backend: token authentication
 * ({@code Authorization: Token <key>}), writes as {@code PUT} falling back to {@code POST} on 404, history from
 * {@code /objects/{oid}/log/}.
 *
 * <p>The API has no conditional write, so the conflict check is "read, compare {@code changed_at} with the base,
 * then {@code PUT}": two saves landing within the same round trip can still both pass. The server sets the author
 * ({@code changed_by}, the token's user) and the time. It keeps no tag history and cannot take a restore.
 */
final class SnadApiBackend implements KbBackend {
    static final String DEFAULT_URL = "https://akb.ztf.snad.space/";
    static final String SERVICE = "snad-akb";
    private static final MediaType JSON = MediaType.get("application/json");

    private final Http http;
    private final String base;
    private final String token;
    private final String user;

    SnadApiBackend(String baseUrl, String token) {
        HttpUrl url = baseUrl == null ? null : HttpUrl.parse(baseUrl);
        if (url == null) {
            throw InvalidInputException.of("SNAD knowledge-base URL", "an http(s) URL", String.valueOf(baseUrl),
                    "e.g. " + DEFAULT_URL);
        }
        this.base = url.toString().endsWith("/") ? url.toString() : url + "/";
        this.token = token == null ? "" : token.strip();
        this.http = new Http(ServicePolicy.defaults(SERVICE).withReadTimeout(Duration.ofSeconds(10)));
        this.user = this.token.isEmpty() ? "anonymous" : SnadJson.flat(expect(call("GET", "whoami/", null),
                "check the API token").get("username"));
    }

    @Override
    public String description() {
        return "SNAD knowledge base " + base;
    }

    @Override
    public Optional<String> recordedAuthor() {
        return Optional.of(user);
    }

    @Override
    public boolean canWrite() {
        return !token.isEmpty();
    }

    @Override
    public TagList tags() {
        List<Tag> tags = new ArrayList<>();
        expect(call("GET", "tags/", null), "read the tags").forEach(n -> tags.add(SnadJson.tag(n)));
        return new TagList(tags);
    }

    /** The API keeps no tag history: each tag as one version, by the SNAD knowledge base, as of now. */
    @Override
    public List<TagVersion> tagVersions() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return tags().all().stream().map(t -> new TagVersion(t, 1, SERVICE, now, SnadJson.ORIGIN)).toList();
    }

    @Override
    public TagVersion writeTag(OptionalInt id, String name, String description, int priority, String author) {
        ObjectNode body = KbJson.MAPPER.createObjectNode();
        body.put("name", name);
        body.put("priority", priority);
        body.put("description", description);
        String lookup = name;
        if (id.isPresent()) {
            lookup = tags().all().stream().filter(t -> t.id() == id.getAsInt()).map(Tag::name).findFirst()
                    .orElse(name);
        }
        HttpResponse r = call("PUT", "tags/" + lookup + "/", body.toString());
        if (r.status() == 404) {
            r = call("POST", "tags/", body.toString());
        }
        Tag tag = SnadJson.tag(expect(r, "save tag " + name));
        return new TagVersion(tag, ObjectRecord.UNNUMBERED, user, Instant.now().truncatedTo(ChronoUnit.MICROS),
                SnadJson.ORIGIN);
    }

    @Override
    public Optional<ObjectRecord> current(Oid oid) {
        List<ObjectRecord> versions = history(oid);
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    @Override
    public List<ObjectRecord> history(Oid oid) {
        HttpResponse object = call("GET", "objects/" + oid + "/", null);
        if (object.status() == 404) {
            return List.of();
        }
        return inDisplayOrder(SnadJson.versions(expect(object, "read " + oid), log(oid)));
    }

    /** The records with their tags in display order (the API lists them in its own order). */
    private List<ObjectRecord> inDisplayOrder(List<ObjectRecord> records) {
        TagList tags = tags();
        return records.stream().map(r -> new ObjectRecord(r.oid(), r.version(), tags.inDisplayOrder(r.tags()),
                r.description(), r.simbadId(), r.author(), r.changedAt(), r.origin())).toList();
    }

    /** The log of an object, or null when the API has none (404: the Viewer shows an empty history). */
    private JsonNode log(Oid oid) {
        HttpResponse r = call("GET", "objects/" + oid + "/log/", null);
        return r.status() == 404 ? null : expect(r, "read the history of " + oid);
    }

    @Override
    public List<ObjectRecord> currentRecords() {
        List<ObjectRecord> out = new ArrayList<>();
        objectList().forEach(n -> out.add(SnadJson.object(n, ObjectRecord.UNNUMBERED)));
        return inDisplayOrder(out);
    }

    @Override
    public List<ObjectRecord> allVersions() {
        List<ObjectRecord> out = new ArrayList<>();
        for (JsonNode n : objectList()) {
            out.addAll(SnadJson.versions(n, log(Oid.of(n.path("oid").asLong()))));
        }
        return inDisplayOrder(out);
    }

    private JsonNode objectList() {
        return expect(call("GET", "objects/", null), "list the objects");
    }

    @Override
    public ObjectRecord save(Oid oid, Optional<ObjectRecord> base, List<String> tags, String description,
                             String simbadId, String author) {
        List<ObjectRecord> versions = history(oid);
        if (!versions.isEmpty()) {
            ObjectRecord now = versions.get(versions.size() - 1);
            if (base.isEmpty() || !base.get().changedAt().equals(now.changedAt())) {
                throw new EditConflictException(oid, base.map(ObjectRecord::version).orElse(0), now);
            }
        }
        ObjectNode body = KbJson.MAPPER.createObjectNode();
        body.put("oid", oid.value());
        ArrayNode tagNames = body.putArray("tags");
        tags.forEach(tagNames::add);
        body.put("description", description);
        if (!simbadId.isEmpty()) {
            body.put("simbadid", simbadId);
        }
        HttpResponse r = call("PUT", "objects/" + oid + "/", body.toString());
        if (r.status() == 404) {
            r = call("POST", "objects/", body.toString());
        }
        return inDisplayOrder(List.of(SnadJson.object(expect(r, "save " + oid), versions.size() + 1))).get(0);
    }

    @Override
    public void restore(List<TagVersion> tagVersions, List<ObjectRecord> objectVersions) {
        throw new UnsupportedOperationException("the SNAD knowledge base sets the author and time of every write "
                + "itself, so a history cannot be restored into it; restore into an embedded or PostgreSQL base");
    }

    @Override
    public void close() {
        // HTTP connections are pooled process-wide by the Http layer
    }

    // ---------------------------------------------------------------- HTTP

    private HttpResponse call(String method, String path, String json) {
        Request.Builder request = new Request.Builder().url(base + path).header("Accept", "application/json")
                .method(method, json == null ? null : RequestBody.create(json, JSON));
        if (!token.isEmpty()) {
            request.header("Authorization", "Token " + token);
        }
        return http.send(request.build());
    }

    /** The JSON body of a successful answer; refusals and failures as the exceptions a user can act on. */
    private JsonNode expect(HttpResponse r, String what) {
        if (r.status() == 401 || r.status() == 403) {
            throw new PermissionDeniedException("the SNAD knowledge base refused to " + what + " (HTTP " + r.status()
                    + ": " + KbText.preview(r.text(), 200) + "): " + (token.isEmpty()
                    ? "give your API token: KnowledgeBase.snad(token)"
                    : "the token is not valid or may not do this; ask the SNAD admins for a token"));
        }
        if (r.status() == 400) {
            throw new InvalidInputException("the SNAD knowledge base refused to " + what + ": "
                    + KbText.preview(r.text(), 300));
        }
        if (!r.isSuccessful() || r.isHtml()) {
            throw new ServiceUnavailableException(SERVICE, "HTTP " + r.status() + (r.isHtml() ? " with an HTML page" : "")
                    + " from " + r.url() + " when trying to " + what);
        }
        try {
            return KbJson.MAPPER.readTree(r.body());
        } catch (IOException e) {
            throw new ServiceUnavailableException(SERVICE, "answered " + r.url() + " with something that is not JSON ("
                    + KbText.preview(r.text(), 80) + ")", e);
        }
    }
}
