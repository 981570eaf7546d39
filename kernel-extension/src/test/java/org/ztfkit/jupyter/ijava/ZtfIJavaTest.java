package org.ztfkit.jupyter.ijava;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spencerpark.jupyter.kernel.BaseKernel;
import io.github.spencerpark.jupyter.kernel.LanguageInfo;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ztfkit.Ztf;
import org.ztfkit.jupyter.DefaultImports;
import org.ztfkit.progress.Progress;
import org.ztfkit.progress.ProgressDisplay;

/** The IJava 1.3 binding, installed into a real base kernel (jupyter-jvm-basekernel 2.3) that records calls. */
class ZtfIJavaTest {
    static final class RecordingKernel extends BaseKernel {
        final List<String> evaluated = new ArrayList<>();
        final List<DisplayData> displayed = new ArrayList<>();

        @Override
        public DisplayData eval(String code) {
            evaluated.add(code);
            return null;
        }

        @Override
        public void display(DisplayData data) {
            displayed.add(data);
        }

        @Override
        public LanguageInfo getLanguageInfo() {
            return new LanguageInfo("java", "17", "text/x-java-source", ".jshell", "java", "java", "script");
        }
    }

    @AfterEach
    void textProgressAgain() {
        Progress.useDisplay(ProgressDisplay.TEXT);
    }

    @Test
    void installRegistersTheDisplaysEvaluatesTheImportsAndShowsProgress() {
        RecordingKernel kernel = new RecordingKernel();
        ZtfIJava.install(kernel);
        assertEquals(List.of(DefaultImports.STATEMENTS), kernel.evaluated);
        try (Ztf ztf = Ztf.embedded()) {
            DisplayData card = kernel.getRenderer().render(ztf.object(633207400004730L));
            assertTrue(String.valueOf(card.getData(MIMEType.TEXT_HTML)).contains("ZTF 633207400004730"));
        }
        Progress.start("x", 2).finish();
        assertTrue(kernel.displayed.get(0).hasDisplayId());
        assertThrows(IllegalStateException.class, () -> ZtfIJava.install(kernel));
    }

    @Test
    void outsideIJavaTheOneLineInstallSaysWhereItRuns() {
        var e = assertThrows(IllegalStateException.class, ZtfIJava::install);
        assertTrue(e.getMessage().contains("IJava"), e.getMessage());
    }
}
