package org.newsgauge.data;

import org.slf4j.Logger;

/**
 * What a reader says about the data itself (repeated rows, hidden files left out): at its level
 * by default, at DEBUG for data read again ({@link CsvDatasetReader#withDataWarnings},
 * {@link FolderDatasetReader#withDataWarnings}).
 */
final class DataLog {
    private DataLog() {
    }

    /** At WARN when {@code loud}, else DEBUG. */
    static void warn(Logger log, boolean loud, String format, Object... args) {
        if (loud) {
            log.warn(format, args);
        } else {
            log.debug(format, args);
        }
    }

    /** At INFO when {@code loud}, else DEBUG. */
    static void info(Logger log, boolean loud, String format, Object... args) {
        if (loud) {
            log.info(format, args);
        } else {
            log.debug(format, args);
        }
    }
}
