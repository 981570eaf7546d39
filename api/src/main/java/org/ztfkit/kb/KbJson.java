package org.ztfkit.kb;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.errors.StoreException;
import org.ztfkit.model.Oid;

/**
 * The knowledge base's JSON backup: every version of every tag and object, exactly as stored.
 *
 * <pre>{@code
 * {"format": "ztfkit-knowledge-base", "format_version": 1, "exported_at": "…", "source": "…",
 *  "tags":    [{"tag_id": 1, "version": 1, "name": "SN", "description": "supernova", "priority": 0,
 *               "author": "alice", "changed_at": "2021-03-01T12:00:00.123456Z", "origin": "local"}, …],
 *  "objects": [{"oid": 633207400004730, "version": 1, "tags": ["SN", "uncertain"], "description": "…",
 *               "simbadid": "", "author": "alice", "changed_at": "…", "origin": "local"}, …]}
 * }</pre>
 * Object versions name their tags by the tags' current names (unique), so tag ids are restored exactly too.
 */
final class KbJson {
    static final String FORMAT = "ztfkit-knowledge-base";
    static final int FORMAT_VERSION = 1;
    static final ObjectMapper MAPPER = new ObjectMapper();

    private KbJson() {
    }

    /** A complete history, ready to load into an empty base. */
    record Backup(List<TagVersion> tags, List<ObjectRecord> objects) {
        Backup {
            tags = List.copyOf(tags);
            objects = List.copyOf(objects);
        }

        /**
         * Checks what a database would otherwise half-accept: versions numbered 1, 2, … per tag and object, current
         * tag names unique, and object versions naming only current tags.
         */
        void validate() {
            Map<Integer, List<TagVersion>> byTag = new LinkedHashMap<>();
            tags.forEach(v -> byTag.computeIfAbsent(v.tag().id(), k -> new ArrayList<>()).add(v));
            Set<String> names = new HashSet<>();
            for (Map.Entry<Integer, List<TagVersion>> e : byTag.entrySet()) {
                contiguous("tag id " + e.getKey(), e.getValue().stream().map(TagVersion::version).toList());
                String name = e.getValue().get(e.getValue().size() - 1).tag().name();
                if (!names.add(name)) {
                    throw new InvalidInputException("the backup gives the current name '" + name + "' to two tags; "
                            + "the file is damaged or was edited: use another backup");
                }
            }
            Map<Oid, List<Integer>> byObject = new LinkedHashMap<>();
            for (ObjectRecord r : objects) {
                byObject.computeIfAbsent(r.oid(), k -> new ArrayList<>()).add(r.version());
                for (String t : r.tags()) {
                    if (!names.contains(t)) {
                        throw new InvalidInputException("the backup's object " + r.oid() + " version " + r.version()
                                + " has tag '" + t + "', which is not one of its tags " + names
                                + ": the file is damaged or was edited: use another backup");
                    }
                }
            }
            byObject.forEach((oid, versions) -> contiguous("object " + oid, versions));
        }

        private static void contiguous(String what, List<Integer> versions) {
            List<Integer> sorted = versions.stream().sorted().toList();
            for (int i = 0; i < sorted.size(); i++) {
                if (sorted.get(i) != i + 1) {
                    throw new InvalidInputException("the backup's " + what + " has versions " + sorted
                            + "; they must be 1, 2, 3, … without gaps or repeats: the file is damaged or was edited: "
                            + "use another backup");
                }
            }
        }

        ImportSummary summary() {
            return new ImportSummary((int) tags.stream().mapToInt(v -> v.tag().id()).distinct().count(), tags.size(),
                    (int) objects.stream().map(ObjectRecord::oid).distinct().count(), objects.size());
        }
    }

    /** Writes the backup to a temporary file beside {@code file}, then moves it into place. */
    static void writeBackup(Path file, Backup backup, String source) {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
             JsonGenerator g = new JsonFactory().createGenerator(w)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeNumberField("format_version", FORMAT_VERSION);
            g.writeStringField("exported_at", Instant.now().toString());
            g.writeStringField("source", source);
            g.writeArrayFieldStart("tags");
            for (TagVersion v : backup.tags()) {
                g.writeStartObject();
                g.writeNumberField("tag_id", v.tag().id());
                g.writeNumberField("version", v.version());
                g.writeStringField("name", v.tag().name());
                g.writeStringField("description", v.tag().description());
                g.writeNumberField("priority", v.tag().priority());
                writeAuthorship(g, v.author(), v.changedAt(), v.origin());
            }
            g.writeEndArray();
            g.writeArrayFieldStart("objects");
            for (ObjectRecord r : backup.objects()) {
                g.writeStartObject();
                g.writeNumberField("oid", r.oid().value());
                g.writeNumberField("version", r.version());
                g.writeArrayFieldStart("tags");
                for (String t : r.tags()) {
                    g.writeString(t);
                }
                g.writeEndArray();
                g.writeStringField("description", r.description());
                g.writeStringField("simbadid", r.simbadId());
                writeAuthorship(g, r.author(), r.changedAt(), r.origin());
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new StoreException("cannot write knowledge-base backup " + file + ": " + e.getMessage(), e);
        }
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException("cannot move the finished backup " + tmp + " to " + file + ": " + e.getMessage(), e);
        }
    }

    private static void writeAuthorship(JsonGenerator g, String author, Instant at, String origin) throws IOException {
        g.writeStringField("author", author);
        g.writeStringField("changed_at", at.toString());
        g.writeStringField("origin", origin);
        g.writeEndObject();
    }

    /** Reads a backup written by {@link #writeBackup}. */
    static Backup readBackup(Path file) {
        JsonNode root = readTree(file);
        if (!FORMAT.equals(root.path("format").asText())) {
            throw new InvalidInputException(file + " is not a ztfkit knowledge-base backup (no \"format\": \"" + FORMAT
                    + "\"); for a dump of the SNAD knowledge base use kb.importSnadDump(directory)");
        }
        if (root.path("format_version").asInt(-1) != FORMAT_VERSION) {
            throw new InvalidInputException(file + " has backup format version " + root.path("format_version")
                    + "; this ztfkit reads version " + FORMAT_VERSION + ": use the ztfkit that wrote it, or a newer one");
        }
        List<TagVersion> tags = new ArrayList<>();
        for (JsonNode n : array(root, "tags", file)) {
            Tag tag = new Tag(integer(n, "tag_id", file), text(n, "name", file), text(n, "description", file),
                    integer(n, "priority", file));
            tags.add(new TagVersion(tag, integer(n, "version", file), text(n, "author", file), time(n, file),
                    text(n, "origin", file)));
        }
        List<ObjectRecord> objects = new ArrayList<>();
        for (JsonNode n : array(root, "objects", file)) {
            List<String> names = new ArrayList<>();
            n.path("tags").forEach(t -> names.add(t.asText()));
            objects.add(new ObjectRecord(Oid.of(n.path("oid").asLong()), integer(n, "version", file), names,
                    KbInput.description("description", text(n, "description", file)),
                    KbInput.simbadId(text(n, "simbadid", file)), text(n, "author", file), time(n, file),
                    text(n, "origin", file)));
        }
        return new Backup(tags, objects);
    }

    static JsonNode readTree(Path file) {
        if (!Files.isRegularFile(file)) {
            throw InvalidInputException.of("backup file", "an existing file", file.toString(), "check the path");
        }
        try {
            return MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new InvalidInputException(file + " is not valid JSON (" + SqlBackend.firstLine(e.getMessage())
                    + "): the file is damaged or incomplete; use another backup", e);
        }
    }

    private static JsonNode array(JsonNode root, String field, Path file) {
        JsonNode a = root.path(field);
        if (!a.isArray()) {
            throw new InvalidInputException(file + " has no \"" + field + "\" list: the file is damaged or incomplete");
        }
        return a;
    }

    private static String text(JsonNode n, String field, Path file) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual()) {
            throw new InvalidInputException(file + ": entry " + n + " lacks text field \"" + field + "\"");
        }
        return v.asText();
    }

    private static int integer(JsonNode n, String field, Path file) {
        JsonNode v = n.get(field);
        if (v == null || !v.canConvertToInt()) {
            throw new InvalidInputException(file + ": entry " + n + " lacks integer field \"" + field + "\"");
        }
        return v.asInt();
    }

    private static Instant time(JsonNode n, Path file) {
        try {
            return Instant.parse(text(n, "changed_at", file));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(file + ": entry " + n + " has changed_at that is not an ISO-8601 UTC time");
        }
    }
}
