package org.newsgauge.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;

class LogProgressTest {
    /** Keeps the lines instead of printing them. */
    static final class Recording extends SystemStreamLog {
        final List<String> info = new ArrayList<>();
        final List<String> debug = new ArrayList<>();

        @Override
        public void info(CharSequence content) {
            info.add(content.toString());
        }

        @Override
        public void debug(CharSequence content) {
            debug.add(content.toString());
        }
    }

    @Test
    void stepsOfALongGoalAreInfoLinesOnceEachAndTheLastIsLeftToTheGoal() {
        Recording log = new Recording();
        LogProgress p = new LogProgress(log, "5-fold cross-validation", 0);
        p.progress("fold", 0, 5);
        p.progress("fold", 0, 5);
        p.progress("fold", 1, 5);
        p.progress("fold", 5, 5);
        assertEquals(List.of("newsgauge: 5-fold cross-validation: fold (0 of 5 steps done)",
                "newsgauge: 5-fold cross-validation: fold (1 of 5 steps done)"), log.info);
        assertEquals(List.of(), log.debug);
    }

    @Test
    void stepsOfAShortGoalAreDebugLines() {
        Recording log = new Recording();
        LogProgress p = new LogProgress(log, "training", 60_000);
        p.progress("features", 0, 4);
        p.progress("dimension topic", 1, 4);
        assertEquals(List.of(), log.info);
        assertEquals(List.of("newsgauge: training: features (0 of 4 steps done)",
                "newsgauge: training: dimension topic (1 of 4 steps done)"), log.debug);
    }
}
