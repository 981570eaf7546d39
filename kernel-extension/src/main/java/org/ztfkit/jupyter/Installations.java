package org.ztfkit.jupyter;

import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;

/** Which kernels ztfkit is installed in, so that a second install into the same kernel is refused. */
public final class Installations {
    private static final Set<Object> KERNELS = Collections.synchronizedSet(Collections.newSetFromMap(
            new WeakHashMap<>()));

    private Installations() {
    }

    /**
     * Records an install into {@code kernel}.
     *
     * @throws IllegalStateException if ztfkit is already installed in it
     */
    public static void claim(Object kernel) {
        if (!KERNELS.add(kernel)) {
            throw new IllegalStateException("ztfkit is already installed in this kernel (" + kernel.getClass()
                    .getSimpleName() + "): its displays and imports are active; restart the kernel to install "
                    + "another version");
        }
    }
}
