package org.newsgauge.text;

import java.util.List;
import java.util.Objects;

/**
 * A document as the classifier should see it: loaded, decoded and, by default, reduced to the
 * article (page furniture removed).
 *
 * <pre>{@code
 * SourceDocument doc = DocumentReader.defaults().read(Path.of("scraped/page-17.html"));
 * doc.title();      // "Serbia and Kosovo agree on energy roadmap"
 * doc.text();       // title + "\n\n" + body
 * doc.language();   // "eng"
 * doc.charset();    // "UTF-8"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param source   where the document came from (a path or a caller-given name)
 * @param title    the article title, or {@code ""} if none was found
 * @param text     what the classifier sees: {@code title + "\n\n" + body} when extracted, the raw
 *                 text when extraction is off, {@code ""} for binary, empty or article-less input
 * @param language ISO 639-3 code of the text's language, such as {@code "eng"}, or {@code "und"}
 *                 when unknown (empty text, too short, or detection turned off)
 * @param charset  the charset used to decode the bytes (for example {@code "UTF-8"},
 *                 {@code "windows-1252"}), or {@code "string"} when the content was given as a
 *                 String
 * @param warnings what went wrong but did not stop reading; never null
 */
public record SourceDocument(String source, String title, String text, String language,
                             String charset, List<Warning> warnings) {

    /**
     * Normalises nulls to empty values and copies the warning list.
     *
     * @param source   where the document came from; not null
     * @param title    the article title; null is taken as {@code ""}
     * @param text     what the classifier sees; null is taken as {@code ""}
     * @param language ISO 639-3 code; null is taken as {@code "und"}
     * @param charset  the charset the bytes were decoded with; null is taken as {@code ""}
     * @param warnings what went wrong but did not stop reading; null is taken as none
     * @throws NullPointerException when {@code source} is null, or a warning is
     */
    public SourceDocument {
        Objects.requireNonNull(source, "source");
        title = title == null ? "" : title;
        text = text == null ? "" : text;
        language = language == null ? "und" : language;
        charset = charset == null ? "" : charset;
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /**
     * Whether a warning with the given code is present.
     *
     * @param code a warning code such as {@link Warning#BINARY}
     * @return true if one of the warnings has that code
     */
    public boolean hasWarning(String code) {
        for (Warning w : warnings) {
            if (w.code().equals(code)) {
                return true;
            }
        }
        return false;
    }
}
