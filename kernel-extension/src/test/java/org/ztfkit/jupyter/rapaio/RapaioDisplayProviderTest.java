package org.ztfkit.jupyter.rapaio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ServiceLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rapaio.jupyter.kernel.display.DisplayData;
import org.rapaio.jupyter.kernel.display.DisplayRenderer;
import org.rapaio.jupyter.kernel.display.spi.DisplayProvider;
import org.ztfkit.jupyter.Displays;
import org.ztfkit.jupyter.NotebookProgressDisplay;
import org.ztfkit.lightcurve.LightCurve;
import org.ztfkit.plot.Plot;
import org.ztfkit.progress.Progress;
import org.ztfkit.progress.ProgressDisplay;

/**
 * The rapaio binding as the kernel's {@code DisplaySystem} uses it: a service, one renderer per type, matched by
 * subtype. (Executing the notebooks in the rapaio kernel, notebooks/run.sh --ci, tests it end to end.)
 */
class RapaioDisplayProviderTest {
    @AfterEach
    void textProgressAgain() {
        Progress.useDisplay(ProgressDisplay.TEXT);
    }

    @Test
    void theKernelFindsTheProviderAndItMakesProgressBarsNotebookDisplays() {
        DisplayProvider provider = ServiceLoader.load(DisplayProvider.class).findFirst().orElseThrow();
        assertInstanceOf(RapaioDisplayProvider.class, provider);
        assertInstanceOf(NotebookProgressDisplay.class, Progress.display());
        assertEquals(Displays.standard().types(), provider.getDisplayRenderers().stream()
                .map(DisplayRenderer::rendererClass).toList());
    }

    @Test
    void renderersGiveEveryMimeTypeOfTheBundle() {
        Plot plot = LightCurve.empty().plot().title("empty");
        DisplayRenderer renderer = new RapaioDisplayProvider().getDisplayRenderers().stream()
                .filter(r -> r.rendererClass().isInstance(plot)).findFirst().orElseThrow();
        DisplayData data = renderer.render(null, plot);
        assertEquals(plot.toString(), data.data().get("text/plain"));
        assertTrue(((String) data.data().get("image/png")).startsWith("iVBORw0KGgo"), "base64 of a PNG signature");
    }
}
