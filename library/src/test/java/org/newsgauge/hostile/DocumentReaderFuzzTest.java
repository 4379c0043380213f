package org.newsgauge.hostile;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.newsgauge.text.DocumentReader;
import org.newsgauge.text.SourceDocument;
import org.newsgauge.text.SourceFormat;

/**
 * Fuzzes the extractor: {@link DocumentReader#read(String, String, SourceFormat)} on HTML and
 * text, and {@link DocumentReader#read(Path)} on the raw bytes of a file (.html or .txt). It
 * must never throw: bad content gives warnings.
 */
class DocumentReaderFuzzTest {
    private static final DocumentReader READER = DocumentReader.defaults();
    private static final Path DIR;

    static {
        try {
            DIR = Files.createTempDirectory("docfuzz");
            DIR.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest(maxDuration = "5s")
    void fuzz(FuzzedDataProvider in) throws IOException {
        int mode = in.consumeInt(0, 3);
        SourceDocument d;
        if (mode < 2) {
            String s = in.consumeRemainingAsString();
            d = READER.read(s, "fuzz", mode == 0 ? SourceFormat.HTML : SourceFormat.TEXT);
        } else {
            Path f = DIR.resolve(mode == 2 ? "fuzz.html" : "fuzz.txt");
            Files.write(f, in.consumeRemainingAsBytes());
            f.toFile().deleteOnExit();
            d = READER.read(f);
        }
        if (d.text() == null || d.warnings() == null || d.language() == null) {
            throw new AssertionError("null part in " + d);
        }
    }
}
