package org.newsgauge.hostile;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.newsgauge.data.CsvDatasetReader;
import org.newsgauge.data.Dataset;
import org.newsgauge.data.DatasetException;

/**
 * Fuzzes {@link CsvDatasetReader} with the bytes of a file: a nominal and an ordinal label
 * column, a group column and an id column, read whole and streamed. Allowed: a
 * {@link DatasetException}, or a dataset that agrees with the declared columns.
 */
class CsvDatasetReaderFuzzTest {
    private static final CsvDatasetReader READER = CsvDatasetReader.builder().textColumns("title", "body")
            .labelColumns("topic").ordinal("level", List.of("low", "mid", "high")).groupColumn("event").build();
    private static final Path FILE;

    static {
        try {
            Path dir = Files.createTempDirectory("csvfuzz");
            dir.toFile().deleteOnExit();
            FILE = dir.resolve("fuzz.csv");
            FILE.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest(maxDuration = "5s")
    void fuzz(byte[] data) throws IOException {
        Files.write(FILE, data);
        Dataset d;
        try {
            d = READER.read(FILE);
        } catch (DatasetException expected) {
            return;
        }
        if (d.size() == 0 || d.dimensions().size() != 2) {
            throw new AssertionError("a dataset without rows or with " + d.dimensions().size() + " dimensions");
        }
        d.examples().forEach(e -> {
            if (e.text().isBlank() || e.labels().size() != 2 || !List.of("low", "mid", "high").contains(e.labels().get(1))) {
                throw new AssertionError("bad example " + e);
            }
        });
    }
}
