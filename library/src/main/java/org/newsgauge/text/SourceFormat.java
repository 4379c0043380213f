package org.newsgauge.text;

import java.util.Locale;
import java.util.Objects;

/**
 * The format of a source document, chosen from its file name.
 *
 * <pre>{@code
 * SourceFormat.ofFileName("story.xhtml");   // HTML
 * SourceFormat.ofFileName("notes.md");      // MARKDOWN
 * SourceFormat.ofFileName("README");        // TEXT (unknown extensions are text)
 * }</pre>
 *
 * <p>An enum: immutable and thread-safe.
 */
public enum SourceFormat {
    /** Plain text ({@code .txt} and anything unknown). */
    TEXT,
    /** Markdown ({@code .md}, {@code .markdown}). */
    MARKDOWN,
    /** HTML or XHTML ({@code .html}, {@code .htm}, {@code .xhtml}). */
    HTML;

    /**
     * The format for a file name, by its extension (case-insensitive); unknown extensions give
     * {@link #TEXT}.
     *
     * @param name a file name or path string
     * @return the format
     * @throws NullPointerException if name is null
     */
    public static SourceFormat ofFileName(String name) {
        Objects.requireNonNull(name, "name");
        String n = name.toLowerCase(Locale.ROOT);
        int dot = n.lastIndexOf('.');
        if (dot < 0 || n.lastIndexOf('/') > dot || n.lastIndexOf('\\') > dot) {
            return TEXT;
        }
        switch (n.substring(dot + 1)) {
            case "html":
            case "htm":
            case "xhtml":
                return HTML;
            case "md":
            case "markdown":
                return MARKDOWN;
            default:
                return TEXT;
        }
    }
}
