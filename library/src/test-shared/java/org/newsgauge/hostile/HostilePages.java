package org.newsgauge.hostile;

/**
 * The hostile pages of docs/hostile-input.md that were once quadratic, built to a given size:
 * the bad-input matrix ({@code BadInputMatrixTest}) reads them at the size of its row, the
 * {@code HostileShapes} benchmark times them at growing sizes. Test code, shared as
 * {@code src/test-shared} is (the library's tests and the benchmarks).
 *
 * <pre>{@code
 * String page = HostilePages.markdown("[".repeat(520_000));   // an article, then a line of open brackets
 * }</pre>
 */
public final class HostilePages {
    /** A short sport report, the article a hostile page carries. */
    public static final String ARTICLE = "The coach praised the players after the match in the stadium. "
            + "The league season goes on next week, and the goal of the final score was calm.";

    /** Twice {@link #ARTICLE}: enough prose for the extractor to find an article among hostile blocks. */
    public static final String LONG_ARTICLE = ARTICLE + " " + ARTICLE;

    private HostilePages() {
    }

    /** A table of one-cell rows, numbered, of at least {@code bytes} characters before its end tags. */
    public static String table(int bytes) {
        StringBuilder s = new StringBuilder("<html><body><table>");
        for (int i = 0; s.length() < bytes; i++) {
            s.append("<tr><td>").append(i).append("</td></tr>");
        }
        return s.append("</table></body></html>").toString();
    }

    /** A Markdown page: a heading, {@link #LONG_ARTICLE}, then each of {@code lines} as a paragraph of its own. */
    public static String markdown(String... lines) {
        return "# Match report\n\n" + LONG_ARTICLE + "\n\n" + String.join("\n\n", lines) + "\n";
    }

    /** An article page whose og:title has a run of {@code spaces} spaces between headline and site name. */
    public static String ogTitleOfSpaces(int spaces) {
        return "<html><head><meta property=\"og:title\" content=\"Match report" + " ".repeat(spaces)
                + "Example News\"></head><body><article><p>" + LONG_ARTICLE + "</p></article></body></html>";
    }

    /**
     * An article page whose title is {@code titleChars} letters and whose headings, each 200 of the
     * same letters and a number, run the page up to at least {@code bytes} characters.
     */
    public static String titleAndHeadings(int titleChars, int bytes) {
        StringBuilder s = new StringBuilder("<html><head><title>").append("a".repeat(titleChars)).append("</title></head><body>");
        for (int i = 0; s.length() < bytes; i++) {
            s.append("<h2>").append("a".repeat(200)).append('b').append(i).append("</h2>");
        }
        return s.append("<article><p>").append(LONG_ARTICLE).append("</p></article></body></html>").toString();
    }
}
