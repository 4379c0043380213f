package org.newsgauge.text;

/**
 * Receives the tokens of a text from {@link Tokenizer}. The buffer is reused between calls:
 * read it before returning.
 *
 * <pre>{@code
 * List<String> tokens = new ArrayList<>();
 * TokenSink sink = (buf, len, quoted) -> tokens.add((quoted ? "q:" : "") + new String(buf, 0, len));   // copy: buf is reused
 * new Tokenizer(true).tokenize("Vucic said \"no\".", sink);   // tokens: [vucic, said, q:no]
 * }</pre>
 *
 * <p>Called from the tokenising thread only; an implementation need not be thread-safe.
 */
@FunctionalInterface
public interface TokenSink {
    /**
     * One token.
     *
     * @param buf    characters of the token (lower-cased when the tokenizer folds case)
     * @param len    number of characters, from index 0
     * @param quoted true when the token stands inside quotation marks
     */
    void token(char[] buf, int len, boolean quoted);

    /**
     * The end of a sentence or a paragraph: a full stop, question or exclamation mark followed by
     * white space or the end of the text (closing quotation marks or brackets may stand between;
     * a full stop after an abbreviation such as "U.S." or "Dr." ends nothing), or a line break
     * (which also closes open quotations).
     * Called only when {@link #readsSentences()} says so.
     */
    default void sentenceEnd() {
    }

    /**
     * Whether this sink reads {@link #sentenceEnd()}: sinks that read only words (the feature
     * collector) say no, and the tokenizer then does not look for sentence ends at all.
     */
    default boolean readsSentences() {
        return false;
    }
}
