package org.ztfkit.jupyter.jjava;

import java.util.UUID;
import org.dflib.jjava.jupyter.Extension;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.ztfkit.jupyter.DefaultImports;
import org.ztfkit.jupyter.Displays;
import org.ztfkit.jupyter.Installations;
import org.ztfkit.jupyter.NotebookOutput;
import org.ztfkit.jupyter.NotebookProgressDisplay;
import org.ztfkit.progress.Progress;

/**
 * ztfkit for JJava (the maintained successor of IJava): the kernel loads it through {@code META-INF/services} when
 * the ztfkit jar is on its class path. Installing registers every display of {@link Displays}, makes progress bars
 * update in place, and evaluates the {@link DefaultImports}. A second install into the same kernel is refused.
 */
public final class ZtfExtension implements Extension {
    @Override
    public void install(BaseKernel kernel) {
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
        kernel.eval(DefaultImports.STATEMENTS);
    }

    /** Registers every ztfkit display with a JJava renderer (no kernel needed, e.g. {@code new Renderer()}). */
    public static void register(Renderer renderer) {
        for (Class<?> type : Displays.standard().types()) {
            renderer.createRegistration(type).register((value, context) -> Displays.standard().bundle(value)
                    .ifPresent(b -> b.data().forEach(context.getOutputContainer()::putData)));
        }
    }
}
