package org.newsgauge.hostile;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.newsgauge.api.ArticleClassifier;
import org.newsgauge.model.ModelFormatException;
import org.newsgauge.model.ModelPack;
import org.newsgauge.model.PackReader;

/**
 * Fuzzes {@link PackReader#read(java.io.InputStream, String)} with raw bytes, starting from a
 * small valid pack (the seed in {@code PackReaderFuzzTestInputs}). Allowed: a
 * {@link ModelFormatException}, or a pack that loads and classifies. Anything else is a finding.
 */
class PackReaderFuzzTest {
    @FuzzTest(maxDuration = "5s")
    void fuzz(byte[] data) {
        ModelPack p;
        try {
            p = PackReader.read(new ByteArrayInputStream(data), "fuzz.ngpack");
        } catch (ModelFormatException expected) {
            return;
        } catch (IOException e) {
            throw new AssertionError("an untyped I/O error from bytes in memory", e);
        }
        Hostile.classifyOrFail(ArticleClassifier.of(p));
    }
}
