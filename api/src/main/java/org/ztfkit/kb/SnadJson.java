package org.ztfkit.kb;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.model.Oid;

/**
 * The JSON shapes of the SNAD knowledge-base REST API (external-services.md §12): tags
 * {@code {id, name, priority, description}}, objects {@code {oid, description, simbadid, tags: [name…], changed_by,
 * changed_at}}, and history entries of {@code /objects/{oid}/log/}, which use natural keys: {@code changed_by} is
 * {@code [username]} and {@code tags} is {@code [[name], …]}.
 */
final class SnadJson {
    static final String ORIGIN = "snad-akb";

    private SnadJson() {
    }

    static Tag tag(JsonNode n) {
        return new Tag(n.path("id").asInt(), n.path("name").asText(), text(n.get("description")),
                n.path("priority").asInt());
    }

    /** An object of {@code /objects/}: its current state. */
    static ObjectRecord object(JsonNode n, int version) {
        Oid oid = Oid.of(n.path("oid").asLong());
        return record(oid, version, n);
    }

    /**
     * Every version of an object, oldest first and numbered from 1: the entries of its log (which may come newest
     * first), then its current state. The current state replaces the last entry when they are the same save (the
     * log names tags as they were called then, the object as they are called now), or follows it when newer (saved
     * without a log entry).
     *
     * @param log the {@code /objects/{oid}/log/} answer, or null when there is none (HTTP 404)
     */
    static List<ObjectRecord> versions(JsonNode object, JsonNode log) {
        Oid oid = Oid.of(object.path("oid").asLong());
        List<JsonNode> entries = new ArrayList<>();
        if (log != null) {
            log.forEach(entries::add);
        }
        Collections.reverse(entries); // documented newest first; the stable sort below settles it either way
        entries.sort(Comparator.comparing(e -> time(e.get("changed_at"))));
        List<ObjectRecord> out = new ArrayList<>();
        for (JsonNode e : entries) {
            out.add(record(oid, out.size() + 1, e));
        }
        if (!out.isEmpty() && !time(object.get("changed_at")).isAfter(out.get(out.size() - 1).changedAt())) {
            out.remove(out.size() - 1);
        }
        out.add(record(oid, out.size() + 1, object));
        return out;
    }

    private static ObjectRecord record(Oid oid, int version, JsonNode n) {
        List<String> tags = new ArrayList<>();
        n.path("tags").forEach(t -> tags.add(flat(t)));
        String author = flat(n.get("changed_by"));
        return new ObjectRecord(oid, version, tags, text(n.get("description")), text(n.get("simbadid")),
                author.isEmpty() ? "unknown" : author, time(n.get("changed_at")), ORIGIN);
    }

    /** A natural key ({@code ["name"]}) or a plain value ({@code "name"}) as text; null as empty. */
    static String flat(JsonNode n) {
        if (n == null || n.isNull()) {
            return "";
        }
        return n.isArray() ? (n.isEmpty() ? "" : flat(n.get(0))) : n.asText();
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? "" : n.asText();
    }

    /** Django REST Framework times: ISO-8601 with {@code Z} or an offset, up to microseconds. */
    static Instant time(JsonNode n) {
        String s = text(n);
        try {
            return OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant()
                    .truncatedTo(ChronoUnit.MICROS);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("SNAD knowledge base time '" + s + "' is not ISO-8601 with a zone, "
                    + "e.g. 2021-03-01T12:00:00.123456Z");
        }
    }

    /**
     * Reads a dump directory ({@code tags.json}, {@code objects.json}, {@code log/<oid>.json}) into a backup. Tags
     * keep their SNAD ids, as version 1 by {@code importer}; tags that only the history names get new ids.
     */
    static KbJson.Backup readDump(Path directory, String importer) {
        if (!Files.isDirectory(directory)) {
            throw InvalidInputException.of("SNAD dump", "a directory holding tags.json, objects.json and log/<oid>.json",
                    directory.toString(), "see KnowledgeBase.importSnadDump");
        }
        JsonNode tagList = list(directory.resolve("tags.json"));
        JsonNode objectList = list(directory.resolve("objects.json"));
        List<ObjectRecord> versions = new ArrayList<>();
        for (JsonNode object : objectList) {
            Path log = directory.resolve("log").resolve(object.path("oid").asLong() + ".json");
            for (ObjectRecord r : versions(object, Files.isRegularFile(log) ? list(log) : null)) {
                KbInput.description("description of " + r.oid() + " version " + r.version(), r.description());
                KbInput.simbadId(r.simbadId());
                versions.add(r);
            }
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<Tag> tags = new ArrayList<>();
        tagList.forEach(n -> tags.add(tag(n)));
        TagList known = new TagList(tags);
        int nextId = tags.stream().mapToInt(Tag::id).max().orElse(0) + 1;
        int nextPriority = known.nextPriority();
        for (String name : versions.stream().flatMap(r -> r.tags().stream()).distinct().sorted().toList()) {
            if (known.get(name).isEmpty()) {
                tags.add(new Tag(nextId++, name, "imported from the SNAD history; not in the SNAD tag list",
                        nextPriority++));
            }
        }
        TagList all = new TagList(tags);
        return new KbJson.Backup(tags.stream().map(t -> new TagVersion(t, 1, importer, now, ORIGIN)).toList(),
                versions.stream().map(r -> new ObjectRecord(r.oid(), r.version(), all.inDisplayOrder(r.tags()),
                        r.description(), r.simbadId(), r.author(), r.changedAt(), r.origin())).toList());
    }

    private static JsonNode list(Path file) {
        JsonNode n = KbJson.readTree(file);
        if (!n.isArray()) {
            throw new InvalidInputException(file + " is not a JSON list as the SNAD API answers it ("
                    + KbText.preview(n.toString(), 60) + ")");
        }
        return n;
    }
}
