package org.ztfkit.kb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A stand-in for the SNAD knowledge-base REST API that behaves as external-services.md §12 documents: token auth,
 * anonymous reads, tags looked up by name, objects by OID, unknown tag names rejected with 400, {@code changed_by}
 * and {@code changed_at} set by the server, and a reversion-style {@code /objects/{oid}/log/} (newest first,
 * natural keys: {@code changed_by: [username]}, {@code tags: [[name], …]}, no {@code oid}).
 * Written for these tests from the documentation; no third-party fixtures.
 */
final class FakeSnadApi extends Dispatcher {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TAG = Pattern.compile("/tags/([^/]+)/");
    private static final Pattern OBJECT = Pattern.compile("/objects/(\\d+)/");
    private static final Pattern LOG = Pattern.compile("/objects/(\\d+)/log/");

    private final Map<String, String> userByToken;
    private final List<ObjectNode> tags = new ArrayList<>();
    private final Map<Long, ObjectNode> objects = new TreeMap<>();
    private final Map<Long, List<ObjectNode>> objectTags = new TreeMap<>();
    private final Map<Long, List<ObjectNode>> logs = new TreeMap<>();
    private Instant clock = Instant.EPOCH;
    private int nextTagId = 1;

    FakeSnadApi(Map<String, String> userByToken) {
        this.userByToken = Map.copyOf(userByToken);
    }

    @Override
    public synchronized MockResponse dispatch(RecordedRequest request) {
        String path = request.getPath();
        String method = request.getMethod();
        String user = user(request);
        boolean write = !method.equals("GET") && !method.equals("HEAD");
        if (user == null && request.getHeader("Authorization") != null) {
            return json(401, "{\"detail\": \"Invalid token.\"}");
        }
        if (user == null && (write || path.equals("/whoami/"))) {
            return json(401, "{\"detail\": \"Authentication credentials were not provided.\"}");
        }
        try {
            if (path.equals("/whoami/")) {
                return json(200, "{\"username\": \"" + user + "\", \"first_name\": \"\", \"last_name\": \"\", "
                        + "\"email\": \"\", \"is_staff\": false, \"is_active\": true, \"is_superuser\": false, "
                        + "\"date_joined\": \"2020-01-01T00:00:00Z\", \"last_login\": null, \"groups\": [], "
                        + "\"user_permissions\": []}");
            }
            if (path.equals("/tags/")) {
                return method.equals("GET") ? json(200, sortedTags()) : createTag(body(request));
            }
            Matcher m = TAG.matcher(path);
            if (m.matches()) {
                ObjectNode tag = tag(m.group(1));
                if (tag == null) {
                    return json(404, "{\"detail\": \"Not found.\"}");
                }
                return method.equals("GET") ? json(200, tag.toString()) : updateTag(tag, body(request));
            }
            if (path.equals("/objects/")) {
                if (method.equals("GET")) {
                    ArrayNode list = JSON.createArrayNode();
                    objects.keySet().forEach(oid -> list.add(render(oid)));
                    return json(200, list.toString());
                }
                return saveObject(body(request), user, true);
            }
            m = LOG.matcher(path);
            if (m.matches()) {
                List<ObjectNode> log = logs.get(Long.parseLong(m.group(1)));
                if (log == null) {
                    return json(404, "{\"detail\": \"Not found.\"}");
                }
                ArrayNode list = JSON.createArrayNode();
                for (int i = log.size() - 1; i >= 0; i--) {
                    list.add(log.get(i));
                }
                return json(200, list.toString());
            }
            m = OBJECT.matcher(path);
            if (m.matches()) {
                long oid = Long.parseLong(m.group(1));
                if (!objects.containsKey(oid)) {
                    return json(404, "{\"detail\": \"Not found.\"}");
                }
                return method.equals("GET") ? json(200, render(oid).toString()) : saveObject(body(request), user, false);
            }
            return json(404, "{\"detail\": \"Not found.\"}");
        } catch (IOException e) {
            return json(400, "{\"detail\": \"JSON parse error\"}");
        }
    }

    private String user(RecordedRequest request) {
        String auth = request.getHeader("Authorization");
        return auth != null && auth.startsWith("Token ") ? userByToken.get(auth.substring(6)) : null;
    }

    private static JsonNode body(RecordedRequest request) throws IOException {
        return JSON.readTree(request.getBody().clone().readUtf8());
    }

    private String sortedTags() {
        ArrayNode list = JSON.createArrayNode();
        tags.stream().sorted(Comparator.comparingInt(t -> t.get("priority").asInt())).forEach(list::add);
        return list.toString();
    }

    private ObjectNode tag(String name) {
        return tags.stream().filter(t -> t.path("name").asText().equals(name)).findFirst().orElse(null);
    }

    private MockResponse createTag(JsonNode body) {
        if (tag(body.get("name").asText()) != null) {
            return json(400, "{\"name\": [\"tag with this name already exists.\"]}");
        }
        ObjectNode tag = JSON.createObjectNode();
        tag.put("id", nextTagId++);
        tags.add(tag);
        return updateTag(tag, body).setResponseCode(201);
    }

    private MockResponse updateTag(ObjectNode tag, JsonNode body) {
        ObjectNode other = tag(body.get("name").asText());
        if (other != null && other != tag) {
            return json(400, "{\"name\": [\"tag with this name already exists.\"]}");
        }
        tag.put("name", body.get("name").asText());
        tag.put("priority", body.get("priority").asInt());
        tag.put("description", body.path("description").asText(""));
        return json(200, tag.toString());
    }

    private MockResponse saveObject(JsonNode body, String user, boolean create) {
        long oid = body.get("oid").asLong();
        if (create && objects.containsKey(oid)) {
            return json(400, "{\"oid\": [\"object with this oid already exists.\"]}");
        }
        List<ObjectNode> tagRefs = new ArrayList<>();
        ArrayNode naturalKeys = JSON.createArrayNode();
        for (JsonNode t : body.get("tags")) {
            if (tag(t.asText()) == null) {
                return json(400, "{\"tags\": [\"Object with name=" + t.asText() + " does not exist.\"]}");
            }
            tagRefs.add(tag(t.asText()));
            naturalKeys.addArray().add(t.asText());
        }
        clock = Instant.now().truncatedTo(ChronoUnit.MICROS).isAfter(clock)
                ? Instant.now().truncatedTo(ChronoUnit.MICROS) : clock.plus(1, ChronoUnit.MICROS);
        ObjectNode object = JSON.createObjectNode();
        object.put("oid", oid);
        object.put("description", body.path("description").asText(""));
        object.put("simbadid", body.path("simbadid").asText(objects.containsKey(oid)
                ? objects.get(oid).get("simbadid").asText() : ""));
        object.put("changed_by", user);
        object.put("changed_at", clock.toString());
        objects.put(oid, object);
        objectTags.put(oid, tagRefs);
        ObjectNode entry = JSON.createObjectNode();
        entry.put("description", object.get("description").asText());
        entry.put("simbadid", object.get("simbadid").asText());
        entry.put("changed_at", clock.toString());
        entry.putArray("changed_by").add(user);
        entry.set("tags", naturalKeys);
        logs.computeIfAbsent(oid, k -> new ArrayList<>()).add(entry);
        return json(create ? 201 : 200, render(oid).toString());
    }

    /** An object as the API shows it: tags by their current names (a many-to-many relation to the tags). */
    private ObjectNode render(long oid) {
        ObjectNode out = objects.get(oid).deepCopy();
        ArrayNode names = out.putArray("tags");
        objectTags.get(oid).forEach(t -> names.add(t.get("name").asText()));
        return out;
    }

    private static MockResponse json(int status, String body) {
        return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json").setBody(body);
    }
}
