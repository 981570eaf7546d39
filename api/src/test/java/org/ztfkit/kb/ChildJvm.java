package org.ztfkit.kb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts a test main class in a separate JVM with the test classpath, as a second process would. */
final class ChildJvm {
    private ChildJvm() {
    }

    /** Starts {@code main} with {@code args}; its stderr goes to {@code stderrFile}, its stdout is readable. */
    static Process start(Class<?> main, Path stderrFile, String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", classpath,
                main.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(stderrFile.toFile()).start();
    }

    static BufferedReader stdout(Process p) {
        return new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    }
}
