package org.newsgauge.hostile;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.newsgauge.text.SourceFormat;
import org.newsgauge.text.load.LoadedText;
import org.newsgauge.text.load.TextLoader;

/**
 * Fuzzes charset and binary detection ({@link TextLoader#decode}): it never throws, and binary
 * input gives empty text.
 */
class CharsetFuzzTest {
    @FuzzTest(maxDuration = "5s")
    void fuzz(FuzzedDataProvider in) {
        SourceFormat format = in.pickValue(SourceFormat.values());
        boolean truncated = in.consumeBoolean();
        byte[] data = in.consumeRemainingAsBytes();
        // a buffer longer than the valid bytes, as readCapped may hand over
        byte[] buf = java.util.Arrays.copyOf(data, data.length + 7);
        LoadedText t = TextLoader.decode(buf, data.length, truncated, format);
        if (t.text() == null || t.charset() == null || t.warnings() == null) {
            throw new AssertionError("null part in " + t);
        }
        if (t.binary() && !t.text().isEmpty()) {
            throw new AssertionError("binary with text");
        }
        if (t.text().length() > data.length) {
            throw new AssertionError(data.length + " bytes decoded to " + t.text().length() + " characters");
        }
    }
}
