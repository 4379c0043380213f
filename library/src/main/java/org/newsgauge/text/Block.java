package org.newsgauge.text;

import java.util.Objects;

/**
 * One block of a page (a paragraph, list item, heading, line...) with the extractor's decision.
 * Returned by {@link DocumentReader#explain(java.nio.file.Path)} for {@code clean --explain}.
 *
 * <pre>{@code
 * for (Block b : reader.explain(Path.of("page.html")).blocks()) {
 *     System.out.printf("%-5s %-4s %-30s %s%n", b.content() ? "KEEP" : "drop", b.kind(), b.reason(), b.text());
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param text    the block's text, whitespace-normalised
 * @param kind    what the block was: {@code p}, {@code li}, {@code h1}..{@code h6}, {@code div},
 *                {@code td}, {@code blockquote}, {@code line} (plain text), ...
 * @param content whether the block is part of the article body (the title block is not: it
 *                becomes the title)
 * @param reason  short explanation of the decision, such as {@code "good: long, stop-word dense"}
 *                or {@code "boilerplate: link density 0.80"}
 */
public record Block(String text, String kind, boolean content, String reason) {

    /**
     * Checks for nulls.
     *
     * @param text    the block's text
     * @param kind    what the block was, e.g. {@code p} or {@code li}
     * @param content whether the block is part of the article body
     * @param reason  short explanation of the decision
     * @throws NullPointerException when {@code text}, {@code kind} or {@code reason} is null
     */
    public Block {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
    }
}
