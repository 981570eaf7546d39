package org.ztfkit.jupyter.rapaio;

import org.rapaio.jupyter.kernel.global.Global;
import org.ztfkit.jupyter.DefaultImports;
import org.ztfkit.jupyter.NotebookOutput;
import org.ztfkit.jupyter.NotebookProgressDisplay;
import org.ztfkit.progress.Progress;

/**
 * ztfkit in the rapaio Java kernel. With the ztfkit jar on the kernel's class path ({@code RJK_CLASSPATH}, set by
 * {@code notebooks/install-kernel.sh}):
 * <ul>
 *   <li>the kernel finds {@link RapaioDisplayProvider} by itself;</li>
 *   <li>{@link #install()} makes progress bars update in place: {@link KernelLauncher}, the kernelspec's main class,
 *   calls it at start, and so does the display provider when the kernel creates it (its first rendered output), for
 *   kernels that add the jar themselves ({@code %jars});</li>
 *   <li>the {@link DefaultImports} come from the kernel's init script ({@code RJK_INIT_SCRIPT}), which
 *   {@link #main(String[])} prints. The rapaio kernel evaluates that script as one unit of imports, so it can hold
 *   nothing else, and running code cannot evaluate code of its own while the kernel starts.</li>
 * </ul>
 *
 * <pre>{@code
 * java -cp ztfkit-kernel.jar org.ztfkit.jupyter.rapaio.RapaioBinding > init.jsh
 * }</pre>
 */
public final class RapaioBinding {
    private RapaioBinding() {
    }

    /** Prints the kernel's init script: the {@link DefaultImports}. */
    public static void main(String[] args) {
        System.out.println(DefaultImports.STATEMENTS);
    }

    /** Progress bars update in place in the notebook, through rapaio's display ids. */
    public static void install() {
        Progress.useDisplay(new NotebookProgressDisplay(new NotebookOutput() {
            @Override
            public String display(Object value) {
                return Global.display(value);
            }

            @Override
            public void update(String displayId, Object value) {
                Global.updateDisplay(displayId, value);
            }
        }));
    }
}
