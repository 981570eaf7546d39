package org.ztfkit.store;

import java.nio.file.Path;

/** Test helper run as a child process: opens a store for writing, says so, and holds it until killed. */
public final class HoldStoreOpen {
    private HoldStoreOpen() {
    }

    public static void main(String[] args) throws Exception {
        try (EmbeddedStore store = EmbeddedStore.open(Path.of(args[0]))) {
            System.out.println("open");
            System.out.flush();
            Thread.sleep(60_000);
        }
    }
}
