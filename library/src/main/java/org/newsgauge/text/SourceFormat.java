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

    /**
     * The format of content that has no file name (standard input, a download), by its first
     * bytes: {@link #HTML} when the first character after a byte-order mark and white space is
     * {@code <} (a doctype, a tag or a comment), else {@link #TEXT}. Markdown cannot be told from
     * text this way; it is read as text, which keeps its words.
     *
     * <pre>{@code
     * SourceFormat.ofContent("  <!DOCTYPE html><html>".getBytes(UTF_8), 23);   // HTML
     * SourceFormat.ofContent("# Headline".getBytes(UTF_8), 10);                 // TEXT
     * }</pre>
     *
     * @param data   the first bytes (any number; 1 KB is plenty)
     * @param length how many bytes of {@code data} to look at
     * @return HTML or TEXT
     */
    public static SourceFormat ofContent(byte[] data, int length) {
        Objects.requireNonNull(data, "data");
        int n = Math.min(length, data.length);
        for (int i = 0; i < n; i++) {
            int b = data[i] & 0xFF;
            // byte-order marks (UTF-8 EF BB BF, UTF-16 FE FF / FF FE), the zero bytes of UTF-16, white space
            if (b == 0xEF || b == 0xBB || b == 0xBF || b == 0xFE || b == 0xFF || b == 0 || b == ' ' || b == '\t'
                    || b == '\n' || b == '\r' || b == '\f') {
                continue;
            }
            return b == '<' ? HTML : TEXT;
        }
        return TEXT;
    }
}
