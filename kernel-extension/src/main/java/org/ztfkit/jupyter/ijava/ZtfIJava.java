package org.ztfkit.jupyter.ijava;

import io.github.spencerpark.jupyter.kernel.BaseKernel;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.Renderer;
import java.util.UUID;
import org.ztfkit.jupyter.DefaultImports;
import org.ztfkit.jupyter.Displays;
import org.ztfkit.jupyter.Installations;
import org.ztfkit.jupyter.NotebookOutput;
import org.ztfkit.jupyter.NotebookProgressDisplay;
import org.ztfkit.progress.Progress;

/**
 * ztfkit for the original IJava 1.3 kernel, which has no extension mechanism: after adding the ztfkit jar
 * ({@code %jars path/to/ztfkit-kernel.jar}), run one cell:
 * <pre>{@code
 * org.ztfkit.jupyter.ijava.ZtfIJava.install();
 * }</pre>
 * It registers every display of {@link Displays} with the kernel's renderer, makes progress bars update in place,
 * and evaluates the {@link DefaultImports}. A second install into the same kernel is refused.
 */
public final class ZtfIJava {
    private ZtfIJava() {
    }

    /**
     * Installs into the running IJava kernel ({@code io.github.spencerpark.ijava.IJava.getKernelInstance()}).
     *
     * @throws IllegalStateException outside an IJava kernel, or if already installed
     */
    public static void install() {
        Object kernel;
        try {
            kernel = Class.forName("io.github.spencerpark.ijava.IJava").getMethod("getKernelInstance").invoke(null);
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalStateException("ZtfIJava.install() runs in an IJava 1.3 notebook; this is not one ("
                    + e + "). In JJava the extension installs itself; in the rapaio kernel use "
                    + "notebooks/install-kernel.sh", e);
        }
        if (!(kernel instanceof BaseKernel base)) {
            throw new IllegalStateException("no running IJava kernel (IJava.getKernelInstance() returned " + kernel
                    + ")");
        }
        install(base);
    }

    /** Installs into this kernel. */
    public static void install(BaseKernel kernel) {
        Installations.claim(kernel);
        register(kernel.getRenderer());
        Progress.useDisplay(new NotebookProgressDisplay(new NotebookOutput() {
            @Override
            public String display(Object value) {
                DisplayData data = kernel.getRenderer().render(value);
                if (!data.hasDisplayId()) {
                    data.setDisplayId(UUID.randomUUID().toString());
                }
                kernel.display(data);
                return data.getDisplayId();
            }

            @Override
            public void update(String displayId, Object value) {
                kernel.getIO().display.updateDisplay(displayId, kernel.getRenderer().render(value));
            }
        }));
        try {
            kernel.eval(DefaultImports.STATEMENTS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot evaluate ztfkit's default imports in IJava: " + e.getMessage(), e);
        }
    }

    /** Registers every ztfkit display with an IJava renderer (no kernel needed, e.g. {@code new Renderer()}). */
    public static void register(Renderer renderer) {
        for (Class<?> type : Displays.standard().types()) {
            renderer.createRegistration(type).register((value, context) -> Displays.standard().bundle(value)
                    .ifPresent(b -> b.data().forEach(context.getOutputContainer()::putData)));
        }
    }
}
