package org.newsgauge.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether standard error is a terminal. {@code System.console()} answers for standard input and
 * output together, so {@code train ... > out.txt} lost its progress bar although it is drawn on
 * standard error; on Linux the file descriptor's link says what standard error itself is.
 */
final class Terminal {
    private Terminal() {
    }

    /** Whether standard error is a terminal (elsewhere than Linux: whether the console is). */
    static boolean stderr() {
        try {
            return isTerminalDevice(Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString());
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    /** Whether {@code target}, what a file descriptor's link points to, is a terminal device. */
    static boolean isTerminalDevice(String target) {
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.startsWith("/dev/console");
    }
}
