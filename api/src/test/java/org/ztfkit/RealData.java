package org.ztfkit;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real public data files of {@code ../shared/realdata} (see its MANIFEST.md). Tests read them in place; they are
 * never copied into the repository. CI always has {@code ../shared} beside the checkout, so a missing folder is a
 * test failure, not a skip.
 */
public final class RealData {
    private RealData() {
    }

    /** The realdata folder: {@code -Dztfkit.realdata}, set by the parent pom, else found by walking up. */
    public static Path root() {
        String prop = System.getProperty("ztfkit.realdata");
        if (prop != null && Files.isDirectory(Path.of(prop))) {
            return Path.of(prop).normalize();
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared/realdata");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("../shared/realdata not found beside the checkout (ztfkit.realdata=" + prop
                + "); tests of real data need it");
    }

    /** A file under the realdata folder, which must exist. */
    public static Path file(String relative) {
        Path p = root().resolve(relative);
        if (!Files.isRegularFile(p)) {
            throw new IllegalStateException("real data file " + p + " is missing; see ../shared/realdata/MANIFEST.md");
        }
        return p;
    }
}
