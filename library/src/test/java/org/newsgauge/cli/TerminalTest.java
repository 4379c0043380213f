package org.newsgauge.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TerminalTest {
    @Test
    void terminalDevicesAreTerminalsAndFilesAndPipesAreNot() {
        assertTrue(Terminal.isTerminalDevice("/dev/pts/3"));
        assertTrue(Terminal.isTerminalDevice("/dev/tty1"));
        assertFalse(Terminal.isTerminalDevice("pipe:[48213]"));
        assertFalse(Terminal.isTerminalDevice("/tmp/train.log"));
        assertFalse(Terminal.isTerminalDevice("/dev/null"));
    }
}
