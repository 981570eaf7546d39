package org.ztfkit.jupyter.jjava;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.dflib.jjava.jupyter.Extension;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.JupyterIO;
import org.dflib.jjava.jupyter.kernel.ReplacementOptions;
import org.dflib.jjava.jupyter.kernel.comm.CommManager;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.dflib.jjava.jupyter.kernel.magic.MagicsRegistry;
import org.dflib.jjava.jupyter.kernel.util.StringStyler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ztfkit.Ztf;
import org.ztfkit.jupyter.DefaultImports;
import org.ztfkit.progress.Progress;
import org.ztfkit.progress.ProgressDisplay;
import org.ztfkit.progress.ProgressState;

/** The JJava binding, installed into a real {@link BaseKernel} whose evaluation and display are recorded. */
class ZtfExtensionTest {
    /** A kernel that records what it is asked to evaluate and display. */
    static final class RecordingKernel extends BaseKernel {
        final List<String> evaluated = new ArrayList<>();
        final List<DisplayData> displayed = new ArrayList<>();

        RecordingKernel() {
            super("test", "1", null, List.of(), null, new JupyterIO(StandardCharsets.UTF_8), new CommManager(),
                    new Renderer(), null, new MagicsRegistry(), true, new StringStyler.Builder().build());
        }

        @Override
        public Object evalRaw(String code) {
            evaluated.add(code);
            return null;
        }

        @Override
        public void display(DisplayData data) {
            displayed.add(data);
        }

        @Override
        public DisplayData inspect(String code, int at, boolean extraDetail) {
            return null;
        }

        @Override
        public ReplacementOptions complete(String code, int at) {
            return null;
        }

        @Override
        public String isComplete(String code) {
            return IS_COMPLETE_YES;
        }
    }

    @AfterEach
    void textProgressAgain() {
        Progress.useDisplay(ProgressDisplay.TEXT);
    }

    @Test
    void theKernelFindsTheExtensionAsAService() {
        assertTrue(ServiceLoader.load(Extension.class).stream().anyMatch(p -> p.type() == ZtfExtension.class));
    }

    @Test
    void installRegistersTheDisplaysAndEvaluatesTheDefaultImports() {
        RecordingKernel kernel = new RecordingKernel();
        new ZtfExtension().install(kernel);
        assertEquals(List.of(DefaultImports.STATEMENTS), kernel.evaluated);
        try (Ztf ztf = Ztf.embedded()) {
            var obj = ztf.object(633207400004730L);
            DisplayData card = kernel.getRenderer().render(obj);
            assertTrue(String.valueOf(card.getData(MIMEType.TEXT_HTML)).contains("ZTF 633207400004730"));
            assertEquals(obj.toString(), card.getData(MIMEType.TEXT_PLAIN));
            DisplayData plot = kernel.getRenderer().render(obj.lightCurve().plot());
            assertTrue(plot.hasDataForType(MIMEType.IMAGE_PNG));
        }
    }

    @Test
    void aSecondInstallIntoTheSameKernelIsRefused() {
        RecordingKernel kernel = new RecordingKernel();
        new ZtfExtension().install(kernel);
        var e = assertThrows(IllegalStateException.class, () -> new ZtfExtension().install(kernel));
        assertTrue(e.getMessage().contains("already installed"), e.getMessage());
        assertEquals(1, kernel.evaluated.size(), "the imports were evaluated once");
        new ZtfExtension().install(new RecordingKernel());   // another kernel is another install
    }

    @Test
    void progressBarsBecomeKernelDisplaysWithAnId() {
        RecordingKernel kernel = new RecordingKernel();
        new ZtfExtension().install(kernel);
        try (Progress p = Progress.start("light curves", 3)) {
            p.step();
        }
        DisplayData bar = kernel.displayed.get(0);
        assertTrue(bar.hasDisplayId());
        assertTrue(String.valueOf(bar.getData(MIMEType.TEXT_HTML)).contains("<progress value=\"0.0000\""));
        assertEquals(1, kernel.displayed.size(), "later states update the same display, they add none");
    }

    @Test
    void renderersRegisterWithoutAKernel() {
        Renderer renderer = new Renderer();
        ZtfExtension.register(renderer);
        DisplayData data = renderer.render(new ProgressState("t", 1, 2, "", Duration.ZERO, false));
        assertInstanceOf(String.class, data.getData(MIMEType.TEXT_HTML));
    }
}
