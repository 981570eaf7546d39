package org.ztfkit.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.ztfkit.errors.StoreException;

/**
 * Finds databases packaged as class-path resources (the demo sky in {@code ztfkit-datasets}) and extracts them to
 * the ztfkit cache directory, because DuckDB opens files, not streams. The file name carries the content hash, so a
 * new build never reuses a stale copy and an unchanged one is extracted once.
 *
 * <p>Cache directory: {@code $ZTFKIT_CACHE}, else {@code $XDG_CACHE_HOME/ztfkit}, else {@code ~/.cache/ztfkit}.
 */
public final class PackagedDatabase {
    /** Class-path resource of the demo sky, written by {@code ztfkit-datasets} at build time. */
    public static final String DEMO_SKY_RESOURCE = "org/ztfkit/datasets/demo-sky.duckdb";

    /** Resources extracted by this JVM, and where. */
    private static final Map<String, Path> EXTRACTED = new HashMap<>();

    private PackagedDatabase() {
    }

    /** The demo sky as a local file, extracted if needed. */
    public static Path demoSky() {
        return extract(DEMO_SKY_RESOURCE);
    }

    /** The ztfkit cache directory (created if missing). */
    public static Path cacheDirectory() {
        String env = System.getenv("ZTFKIT_CACHE");
        Path dir;
        if (env != null && !env.isBlank()) {
            dir = Path.of(env);
        } else {
            String xdg = System.getenv("XDG_CACHE_HOME");
            dir = (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache"))
                    .resolve("ztfkit");
        }
        try {
            Files.createDirectories(dir);
            return dir;
        } catch (IOException e) {
            throw new StoreException("cannot create the ztfkit cache directory " + dir + ": " + e.getMessage()
                    + "; set ZTFKIT_CACHE to a writable directory", e);
        }
    }

    static synchronized Path extract(String resource) {
        Path done = EXTRACTED.get(resource);
        if (done != null && Files.exists(done)) {
            return done;   // once per JVM: a notebook opens the demo sky in many cells, and hashing 32 MB costs 0.2 s
        }
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null || loader.getResource(resource) == null) {
            loader = PackagedDatabase.class.getClassLoader();
        }
        if (loader.getResource(resource) == null) {
            throw new StoreException("the packaged database " + resource + " is not on the class path; add "
                    + "ztfkit-datasets (or the shaded ztfkit jar) to the class path, or open your own file with "
                    + "Ztf.open(path)");
        }
        Path dir = cacheDirectory();
        try {
            Path tmp = Files.createTempFile(dir, "extract-", ".tmp");
            String hash;
            try (InputStream in = loader.getResourceAsStream(resource)) {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                try (DigestInputStream din = new DigestInputStream(in, sha)) {
                    Files.copy(din, tmp, StandardCopyOption.REPLACE_EXISTING);
                }
                hash = HexFormat.of().formatHex(sha.digest()).substring(0, 16);
            }
            String base = Path.of(resource).getFileName().toString().replace(".duckdb", "");
            Path target = dir.resolve(base + "-" + hash + ".duckdb");
            if (Files.exists(target) && Files.size(target) == Files.size(tmp)) {
                Files.delete(tmp);
            } else {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            EXTRACTED.put(resource, target);
            return target;
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new StoreException("cannot extract " + resource + " to " + dir + ": " + e.getMessage(), e);
        }
    }
}
