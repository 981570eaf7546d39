package org.ztfkit.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.vo.JobPhase;
import org.ztfkit.vo.JobStatus;

/** Progress bars: what reaches the display, and the text display used outside notebooks. */
class ProgressTest {
    /** Records every state shown. */
    static final class Recorder implements ProgressDisplay {
        final List<ProgressState> states = new ArrayList<>();

        @Override
        public View show(ProgressState first) {
            states.add(first);
            return states::add;
        }
    }

    @AfterEach
    void textAgain() {
        Progress.useDisplay(ProgressDisplay.TEXT);
    }

    @Test
    void aBarShowsItsStartItsLastStepAndItsEnd() {
        Recorder r = new Recorder();
        Progress.useDisplay(r);
        try (Progress p = Progress.start("light curves", 100)) {
            for (int i = 0; i < 100; i++) {
                p.step();
            }
        }
        ProgressState first = r.states.get(0);
        ProgressState last = r.states.get(r.states.size() - 1);
        assertEquals(0, first.done());
        assertEquals(100, first.total());
        assertFalse(first.finished());
        assertEquals(100, last.done());
        assertTrue(last.finished());
        assertEquals(1.0, last.fraction());
        assertTrue(r.states.size() <= 1 + 100 + 1, "throttled, never more than one update per step");
        assertTrue(r.states.stream().filter(s -> s.done() == 100 && !s.finished()).count() == 1,
                "the last step is always shown, whatever the throttle");
    }

    @Test
    void bulkListenersSetDoneAndTotal() {
        Recorder r = new Recorder();
        Progress.useDisplay(r);
        Progress p = Progress.start("features");
        p.update(5, 5);
        assertEquals(5, r.states.get(r.states.size() - 1).total());
        assertEquals(1.0, p.state().fraction());
    }

    @Test
    void tapJobPhasesAreStatusWordsAndAFinalPhaseEndsTheBar() {
        Recorder r = new Recorder();
        Progress.useDisplay(r);
        Progress p = Progress.start("Gaia query");
        p.update(new JobStatus("42", JobPhase.EXECUTING, Duration.ofSeconds(1), 1));
        assertEquals("EXECUTING", r.states.get(1).status());
        assertFalse(r.states.get(1).hasTotal());
        assertEquals(0.0, r.states.get(1).fraction(), "unknown total: no fraction until the end");
        p.update(new JobStatus("42", JobPhase.COMPLETED, Duration.ofSeconds(2), 2));
        assertTrue(r.states.get(r.states.size() - 1).finished());
    }

    @Test
    void textShowsTheStartEachNewTenthStatusChangesAndTheEnd() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        var text = new TextProgressDisplay(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        ProgressDisplay.View view = text.show(state(0, false));
        for (int done = 1; done <= 100; done++) {
            view.update(state(done, false));
        }
        view.update(state(100, true));
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(12, lines.size(), "start, 10 %, 20 % … 100 %, done: " + lines);
        assertEquals("features 0/100 (0%), 0.0 s", lines.get(0));
        assertEquals("features 10/100 (10%), 0.0 s", lines.get(1));
        assertEquals("features done: 100/100 (100%) in 0.0 s", lines.get(11));
    }

    private static ProgressState state(int done, boolean finished) {
        return new ProgressState("features", done, 100, "", Duration.ZERO, finished);
    }

    @Test
    void badTasksAreRefused() {
        assertThrows(InvalidInputException.class, () -> Progress.start(" ", 3));
        assertThrows(InvalidInputException.class, () -> Progress.start("x", -1));
    }
}
