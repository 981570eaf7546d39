package org.ztfkit.kb;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * One writer of the load test, run as its own process by {@link ChildJvm}: {@code URL LOGIN PASSWORD EDITS LOG SEED
 * OID…}. Each edit reads an object's current record and saves a new version of it with a random set of tags and
 * the description {@code edit LOGIN#i}; every fourth edit lingers a few milliseconds between reading and saving, as a
 * person would, which lets the other writer get in between. Each outcome is appended to the log and flushed before
 * the next edit: {@code ACCEPTED id oid version} or {@code REJECTED id oid baseVersion currentVersion}; the last
 * line is {@code DONE millis}.
 */
public final class LoadWriter {
    private LoadWriter() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        String login = args[1];
        int edits = Integer.parseInt(args[3]);
        Random random = new Random(Long.parseLong(args[5]));
        List<Long> oids = new ArrayList<>();
        for (int i = 6; i < args.length; i++) {
            oids.add(Long.parseLong(args[i]));
        }
        long start = System.nanoTime();
        try (KnowledgeBase kb = KnowledgeBase.postgres(args[0], login, args[2]);
             Writer log = Files.newBufferedWriter(Path.of(args[4]), StandardCharsets.UTF_8)) {
            List<String> tagNames = kb.tags().names();
            for (int i = 0; i < edits; i++) {
                long oid = oids.get(random.nextInt(oids.size()));
                String id = login + "#" + i;
                List<String> tags = new ArrayList<>();
                for (String t : tagNames) {
                    if (random.nextBoolean()) {
                        tags.add(t);
                    }
                }
                try {
                    Annotation edit = kb.annotate(oid);
                    if (i % 4 == 0) {
                        Thread.sleep(2);
                    }
                    ObjectRecord saved = edit.tags(tags.toArray(String[]::new)).description("edit " + id).save();
                    log.write("ACCEPTED " + id + " " + oid + " " + saved.version() + "\n");
                } catch (EditConflictException e) {
                    log.write("REJECTED " + id + " " + oid + " " + e.baseVersion() + " " + e.current().version() + "\n");
                }
                log.flush();
            }
            log.write("DONE " + (System.nanoTime() - start) / 1_000_000 + "\n");
        }
    }
}
