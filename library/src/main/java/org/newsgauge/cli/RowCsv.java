package org.newsgauge.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.newsgauge.io.AtomicFile;

/**
 * A CSV of rows written beside a run (evaluate's predictions, compare's disagreements): RFC 4180,
 * written atomically (a run that fails leaves the file as it was), and never over the data the
 * run reads.
 */
final class RowCsv implements AutoCloseable {
    private final AtomicFile file;
    private final CSVPrinter csv;

    private RowCsv(AtomicFile file) throws IOException {
        this.file = file;
        this.csv = new CSVPrinter(file.writer(), CSVFormat.RFC4180);
    }

    /**
     * Starts {@code target}.
     *
     * @param option the option that named it, for the message when it is the data itself
     */
    static RowCsv create(Path target, Path data, String option) throws IOException {
        if (Files.exists(target) && Files.isSameFile(target, data)) {
            throw new Main.UserError(target + ": is the data being read; give " + option + " another file");
        }
        AtomicFile f = AtomicFile.create(target);
        try {
            return new RowCsv(f);
        } catch (IOException | RuntimeException e) {
            f.close();
            throw e;
        }
    }

    /** Writes one row; from a consumer, so an I/O error is unchecked. */
    void row(List<?> values) {
        try {
            csv.printRecord(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Puts the file in place. */
    void commit() throws IOException {
        csv.flush();
        file.commit();
    }

    @Override
    public void close() throws IOException {
        try {
            csv.close();
        } finally {
            file.close();
        }
    }
}
