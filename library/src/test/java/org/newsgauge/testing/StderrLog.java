package org.newsgauge.testing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** What the test logger (slf4j-simple, on standard error) writes while an action runs. */
public final class StderrLog {
    private StderrLog() {
    }

    /** An action that may throw, as the code under test does. */
    @FunctionalInterface
    public interface Action<T> {
        T run() throws Exception;
    }

    /**
     * The action's result and what was logged meanwhile.
     *
     * @param value the action's result
     * @param log   standard error's text while it ran
     */
    public record Result<T>(T value, String log) {
    }

    public static <T> Result<T> capture(Action<T> action) throws Exception {
        PrintStream err = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        try {
            T value = action.run();
            return new Result<>(value, log.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(err);
        }
    }
}
