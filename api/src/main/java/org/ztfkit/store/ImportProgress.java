package org.ztfkit.store;

import java.io.PrintStream;

/**
 * Receives the progress of a bulk import, on the importing thread, after every batch. A notebook progress bar
 * implements it (the kernel extension renders {@link ImportStep}s); it must return quickly.
 *
 * <pre>{@code
 * Importers.ztfDrParquet(dir).progress(ImportProgress.printing(System.out)).into(Path.of("my-field.duckdb"));
 * }</pre>
 */
@FunctionalInterface
public interface ImportProgress {
    /** Reports nothing. */
    ImportProgress NONE = step -> { };

    void update(ImportStep step);

    /** Prints each step as one line (for plain-text consoles). */
    static ImportProgress printing(PrintStream out) {
        return step -> out.println(step);
    }
}
