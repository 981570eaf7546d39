package org.ztfkit.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.ztfkit.errors.StoreException;

/**
 * Finds databases packaged as class-path resources (the demo sky in {@code ztfkit-datasets}) and extracts them to
 * the ztfkit cache directory, because DuckDB opens files, not streams. The file name carries the content hash, so a
 * new build never reuses a stale copy and an unchanged one is extracted once; with the fingerprint the build writes
 * beside it ({@link #writeFingerprint}), a later JVM finds that copy without reading the resource.
 *
 * <p>Cache directory: {@code $ZTFKIT_CACHE}, else {@code $XDG_CACHE_HOME/ztfkit}, else {@code ~/.cache/ztfkit}.
 */
public final class PackagedDatabase {
    /** Class-path resource of the demo sky, written by {@code ztfkit-datasets} at build time. */
    public static final String DEMO_SKY_RESOURCE = "org/ztfkit/datasets/demo-sky.duckdb";

    private static final String FINGERPRINT_SUFFIX = ".fingerprint";

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
            return done;   // a notebook opens the demo sky in many cells
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
            Optional<Fingerprint> built = readFingerprint(loader, resource);
            if (built.isPresent()) {
                Path target = dir.resolve(built.get().fileName(resource));
                if (Files.exists(target) && Files.size(target) == built.get().size()) {
                    EXTRACTED.put(resource, target);
                    return target;   // extracted by an earlier JVM: no copy, no hash at start-up
                }
            }
            Path tmp = Files.createTempFile(dir, "extract-", ".tmp");
            Fingerprint hashed;
            try (InputStream in = loader.getResourceAsStream(resource); OutputStream out = Files.newOutputStream(tmp)) {
                hashed = fingerprint(in, out);
            }
            Path target = dir.resolve(hashed.fileName(resource));
            if (Files.exists(target) && Files.size(target) == Files.size(tmp)) {
                Files.delete(tmp);
            } else {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                removeEarlierBuilds(dir, resource, target);
            }
            EXTRACTED.put(resource, target);
            return target;
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new StoreException("cannot extract " + resource + " to " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Deletes the copies other builds of the same resource extracted (54 MB each for the demo sky). A copy another
     * process still has open stays readable on POSIX systems, and one the system refuses to delete is left.
     */
    private static void removeEarlierBuilds(Path dir, String resource, Path keep) {
        String base = Path.of(resource).getFileName().toString().replace(".duckdb", "");
        try (DirectoryStream<Path> earlier = Files.newDirectoryStream(dir, base + "-????????????????.duckdb")) {
            for (Path p : earlier) {
                if (!p.equals(keep)) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            // a cache that cannot be tidied still works
        }
    }

    /**
     * Writes the fingerprint of a database that is about to be packaged, {@code <file>.fingerprint} beside it, so that
     * the JVMs that later find it on the class path can tell an earlier extraction apart without reading it.
     */
    public static void writeFingerprint(Path database) {
        try (InputStream in = Files.newInputStream(database)) {
            Fingerprint f = fingerprint(in, OutputStream.nullOutputStream());
            Files.writeString(Path.of(database + FINGERPRINT_SUFFIX), f.hash() + " " + f.size() + "\n");
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new StoreException("cannot fingerprint " + database + ": " + e.getMessage(), e);
        }
    }

    /** The first 16 hex digits of the SHA-256 of a database file, and its size in bytes. */
    private record Fingerprint(String hash, long size) {
        /** The extracted file's name: the resource's, with the hash, so a new build never reuses a stale copy. */
        String fileName(String resource) {
            return Path.of(resource).getFileName().toString().replace(".duckdb", "") + "-" + hash + ".duckdb";
        }
    }

    /** The fingerprint of what {@code in} holds, copied to {@code out} on the way. */
    private static Fingerprint fingerprint(InputStream in, OutputStream out) throws IOException,
            NoSuchAlgorithmException {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        long size = new DigestInputStream(in, sha).transferTo(out);
        return new Fingerprint(HexFormat.of().formatHex(sha.digest()).substring(0, 16), size);
    }

    private static Optional<Fingerprint> readFingerprint(ClassLoader loader, String resource) throws IOException {
        try (InputStream in = loader.getResourceAsStream(resource + FINGERPRINT_SUFFIX)) {
            if (in == null) {
                return Optional.empty();
            }
            String[] parts = new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip().split(" ");
            return Optional.of(new Fingerprint(parts[0], Long.parseLong(parts[1])));
        }
    }
}
