package org.newsgauge.text.load;

import java.util.List;
import java.util.Objects;
import org.newsgauge.text.Warning;

/**
 * Decoded text of a document with the charset that was used and any loading warnings.
 *
 * <pre>{@code
 * LoadedText t = TextLoader.decode(bytes, bytes.length, false, SourceFormat.HTML);
 * if (!t.binary()) use(t.text(), t.charset());
 * }</pre>
 *
 * @param text     the decoded text ({@code ""} for binary input)
 * @param charset  name of the charset used, for example {@code "UTF-8"}
 * @param binary   whether the input was recognised as binary and skipped
 * @param warnings warnings raised while loading
 */
public record LoadedText(String text, String charset, boolean binary, List<Warning> warnings) {

    /** Copies the warnings. */
    public LoadedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(charset, "charset");
        warnings = List.copyOf(warnings);
    }
}
