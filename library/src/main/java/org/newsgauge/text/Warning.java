package org.newsgauge.text;

import java.util.Objects;

/**
 * A problem met while reading a document that did not stop it from being read.
 *
 * <p>Codes are short, stable, machine-readable words: {@code binary}, {@code truncated},
 * {@code charset}, {@code no-article}, {@code language}, {@code empty}, {@code io}.
 * The message is for people.
 *
 * <pre>{@code
 * SourceDocument doc = DocumentReader.defaults().read(Path.of("page.html"));
 * for (Warning w : doc.warnings()) {
 *     log.warn("{}: {} ({})", doc.source(), w.message(), w.code());
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param code    stable code, for example {@code "truncated"}
 * @param message human-readable explanation
 */
public record Warning(String code, String message) {

    /** Warning code: the file looks binary and was skipped. */
    public static final String BINARY = "binary";
    /** Warning code: the file was larger than the size cap and was cut. */
    public static final String TRUNCATED = "truncated";
    /** Warning code: the charset was guessed or the declared one was wrong. */
    public static final String CHARSET = "charset";
    /** Warning code: no article text was found on the page. */
    public static final String NO_ARTICLE = "no-article";
    /**
     * Warning code: a text or markdown file had no article prose (a story of figures, a table),
     * so its whole text was classified rather than dropped.
     */
    public static final String WHOLE_TEXT = "whole-text";
    /** Warning code: the document is not in the expected language. */
    public static final String LANGUAGE = "language";
    /** Warning code: the document is empty or only whitespace. */
    public static final String EMPTY = "empty";
    /** Warning code: the file could not be read. */
    public static final String IO = "io";
    /** Warning code: none of the text's words is known to the model (its labels are the priors). */
    public static final String NO_FEATURES = "no-features";

    /** Every code newsgauge gives a warning. */
    public static final java.util.List<String> CODES = java.util.List.of(BINARY, TRUNCATED, CHARSET, NO_ARTICLE, WHOLE_TEXT,
            LANGUAGE, EMPTY, IO, NO_FEATURES);

    /**
     * Creates a warning.
     *
     * @param code    one of {@link #CODES} for newsgauge's own warnings
     * @param message what happened, for people
     * @throws NullPointerException if code or message is null
     */
    public Warning {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return code + ": " + message;
    }
}
