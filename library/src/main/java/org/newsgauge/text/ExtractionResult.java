package org.newsgauge.text;

import java.util.List;
import java.util.Objects;

/**
 * The article found in a page, with every block and its decision.
 *
 * <pre>{@code
 * ExtractionResult r = DocumentReader.defaults().explain(Path.of("page.txt"));
 * r.title();    // the headline
 * r.body();     // the kept paragraphs, separated by blank lines
 * r.blocks();   // every block with content=true/false and the reason
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param title    the headline, or {@code ""}
 * @param body     the article paragraphs joined by {@code "\n\n"}, or {@code ""} if no article
 * @param blocks   every block of the page in document order, with its decision
 * @param warnings warnings from loading and extraction
 */
public record ExtractionResult(String title, String body, List<Block> blocks, List<Warning> warnings) {

    /**
     * Normalises nulls and copies the lists.
     *
     * @param title    the headline; null is taken as {@code ""}
     * @param body     the article paragraphs; null is taken as {@code ""}
     * @param blocks   every block in document order; null is taken as none
     * @param warnings warnings from loading and extraction; null is taken as none
     */
    public ExtractionResult {
        title = title == null ? "" : title;
        body = body == null ? "" : body;
        blocks = blocks == null ? List.of() : List.copyOf(blocks);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /**
     * The text the classifier sees: {@code title + "\n\n" + body}, the body alone if there is no
     * title, and {@code ""} if there is no body.
     *
     * @return the article text
     */
    public String text() {
        if (body.isEmpty()) {
            return "";
        }
        return title.isEmpty() ? body : title + "\n\n" + body;
    }
}
