package org.ztfkit.kb;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A second process using an embedded knowledge base (run by {@link ChildJvm}):
 * <ul>
 *   <li>{@code hold FILE}: opens the base, prints {@code open}, keeps it open until its stdin closes;</li>
 *   <li>{@code write FILE OID…}: saves the objects in turn forever, printing {@code saved OID VERSION} after each
 *       save returned (so after its commit), until killed.</li>
 * </ul>
 */
public final class EmbeddedChild {
    private EmbeddedChild() {
    }

    public static void main(String[] args) throws IOException {
        try (KnowledgeBase kb = KnowledgeBase.embedded(Path.of(args[1])).as("child")) {
            if (args[0].equals("hold")) {
                System.out.println("open");
                System.out.flush();
                while (System.in.read() >= 0) {
                    // wait for the parent to close our stdin
                }
                return;
            }
            kb.defineTag("SN", "supernova");
            kb.defineTag("AGN", "active galactic nucleus");
            for (long n = 0; ; n++) {
                long oid = Long.parseLong(args[2 + (int) (n % (args.length - 2))]);
                ObjectRecord r = kb.annotate(oid).tags(n % 2 == 0 ? "SN" : "AGN")
                        .description("save " + n + " " + "x".repeat(2000)).save();
                System.out.println("saved " + oid + " " + r.version() + " " + n);
                System.out.flush();
            }
        }
    }
}
