package org.ztfkit.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Extraction of packaged databases to the cache: named by content hash, earlier builds' copies removed, and not
 * copied again when fingerprinted.
 */
class PackagedDatabaseTest {
    @TempDir
    Path classpath;

    private String packaged(byte[] content) throws Exception {
        String resource = "test/pkg-" + UUID.randomUUID() + ".duckdb";
        Path file = classpath.resolve(resource);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
        return resource;
    }

    private <T> T withClassPath(Supplier<T> work) throws Exception {
        Thread t = Thread.currentThread();
        ClassLoader before = t.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classpath.toUri().toURL()}, before)) {
            t.setContextClassLoader(loader);
            return work.get();
        } finally {
            t.setContextClassLoader(before);
        }
    }

    private static String sha256Prefix(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)).substring(0, 16);
    }

    @Test
    void anExtractedCopyIsNamedByItsContentHashAndHoldsTheSameBytes() throws Exception {
        byte[] content = "a database's bytes".getBytes();
        String resource = packaged(content);
        String stale = Path.of(resource).getFileName().toString().replace(".duckdb", "") + "-0123456789abcdef.duckdb";
        Path earlierBuild = Files.write(PackagedDatabase.cacheDirectory().resolve(stale), new byte[] {1});
        Path extracted = withClassPath(() -> PackagedDatabase.extract(resource));
        String base = Path.of(resource).getFileName().toString().replace(".duckdb", "");
        assertEquals(base + "-" + sha256Prefix(content) + ".duckdb", extracted.getFileName().toString());
        assertArrayEquals(content, Files.readAllBytes(extracted));
        assertFalse(Files.exists(earlierBuild), "an earlier build's copy is removed");
        Files.delete(extracted);
    }

    @Test
    void withAFingerprintAnEarlierExtractionIsUsedWithoutReadingTheResource() throws Exception {
        byte[] content = "the packaged bytes".getBytes();
        String resource = packaged(content);
        PackagedDatabase.writeFingerprint(classpath.resolve(resource));
        assertEquals(sha256Prefix(content) + " " + content.length,
                Files.readString(classpath.resolve(resource + ".fingerprint")).strip());
        String base = Path.of(resource).getFileName().toString().replace(".duckdb", "");
        Path earlier = PackagedDatabase.cacheDirectory().resolve(base + "-" + sha256Prefix(content) + ".duckdb");
        byte[] marker = "an earlier copy!!!".getBytes();
        assertEquals(content.length, marker.length, "same size, other bytes: a copy would overwrite them");
        Files.write(earlier, marker);
        assertEquals(earlier, withClassPath(() -> PackagedDatabase.extract(resource)));
        assertArrayEquals(marker, Files.readAllBytes(earlier), "not extracted again");
        Files.delete(earlier);
    }
}
