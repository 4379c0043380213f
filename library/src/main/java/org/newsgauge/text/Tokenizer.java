package org.newsgauge.text;

/**
 * Splits news text into word tokens without allocating a string per token, and tracks whether
 * each token stands inside quotation marks.
 *
 * <p>Rules, chosen for English news copy:
 * <ul>
 *   <li>a token is a run of letters and digits; a hyphen, an apostrophe, a period or a comma
 *       between two such characters stays inside it ({@code pro-Western}, {@code O'Brien},
 *       {@code 1,200}, {@code 3.5}, {@code U.S});</li>
 *   <li>English clitics are split off: {@code Serbia's} gives {@code serbia} and {@code 's},
 *       {@code don't} gives {@code do} and {@code n't};</li>
 *   <li>double quotation marks ({@code " “ ” „ « »}) and typographic single quotes
 *       ({@code ‘ ’}, when not an apostrophe) open and close quotations; a line break ends an
 *       open quotation, since news style reopens a quote on each paragraph;</li>
 *   <li>the words of a {@linkplain AnalyzerConfig#withQuotedNames quoted name} (an institution
 *       such as "Office for Kosovo and Metohija") count as quoted wherever they stand: matched
 *       case-insensitively, as whole words, with any whitespace between them.</li>
 * </ul>
 * Text should be NFC-normalised first ({@link TextNormalizer}).
 *
 * <p>Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * new Tokenizer(true).tokenize("Vucic said \"no\".", (buf, len, quoted) -> ...);
 * }</pre>
 */
public final class Tokenizer {
    /** The longest token: longer words are cut to their first this many characters. */
    static final int MAX_TOKEN = 64;

    private final boolean lowercase;
    /** The quoted names, lower case, single spaces. */
    private final char[][] names;
    /** Whether some name starts with this (lower-case, ASCII) character. */
    private final boolean[] nameStart = new boolean[128];

    /**
     * A tokenizer without quoted names.
     *
     * @param lowercase whether tokens are folded to lower case
     */
    public Tokenizer(boolean lowercase) {
        this(lowercase, java.util.List.of());
    }

    /**
     * @param quotedNames names whose words count as quoted, in the normalised form of
     *                    {@link AnalyzerConfig#quotedNames()} (package-private: only a config's
     *                    names are normalised, and a name in another form would never match)
     */
    Tokenizer(boolean lowercase, java.util.List<String> quotedNames) {
        this.lowercase = lowercase;
        this.names = new char[quotedNames.size()][];
        for (int k = 0; k < names.length; k++) {
            names[k] = quotedNames.get(k).toCharArray();
            char first = names[k][0];
            if (first < 128) {
                nameStart[first] = true;
            }
            // a name starting with a non-ASCII letter needs no entry: an ASCII character never
            // lower-cases to it, and non-ASCII token starts always try the names
        }
    }

    /**
     * The tokenizer of an analyzer: its case folding, and its quoted names when quotation marks
     * are marked at all (under {@link QuoteMode#IGNORE} the quoted flag is dropped, so matching
     * names would be work for nothing).
     */
    static Tokenizer of(AnalyzerConfig config) {
        return new Tokenizer(config.lowercase(),
                config.quotes() == QuoteMode.IGNORE ? java.util.List.of() : config.quotedNames());
    }

    private static boolean isWordChar(char c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        return Character.isLetterOrDigit(c);
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02BC';
    }

    private char fold(char c) {
        if (!lowercase) {
            return c;
        }
        if (c < 128) {
            return (c >= 'A' && c <= 'Z') ? (char) (c + 32) : c;
        }
        return Character.toLowerCase(c);
    }

    /** Feeds every token of {@code text} to {@code sink}, in order. */
    public void tokenize(CharSequence text, TokenSink sink) {
        char[] chars = text.toString().toCharArray();
        tokenize(chars, chars.length, sink);
    }

    /**
     * Feeds every token of {@code text[0 .. n)} to {@code sink}, in order: the same tokens as
     * {@link #tokenize(CharSequence, TokenSink)}, read from an array the caller may reuse.
     */
    void tokenize(char[] text, int n, TokenSink sink) {
        final char[] buf = new char[MAX_TOKEN + 4];
        boolean inDouble = false;
        boolean inSingle = false;
        int nameEnd = -1;
        int i = 0;
        // looking for sentence ends (abbreviations included) is work only a sentence reader needs
        final boolean sentences = sink.readsSentences();
        while (i < n) {
            char c = text[i];
            if (!isWordChar(c)) {
                switch (c) {
                    case '\n', '\r' -> {
                        inDouble = false;
                        inSingle = false;
                        if (sentences) {
                            sink.sentenceEnd();
                        }
                    }
                    case '.', '!', '?' -> {
                        if (sentences && endsSentence(text, i, n)) {
                            sink.sentenceEnd();
                        }
                    }
                    case '"' -> inDouble = !inDouble;
                    case '\u201C', '\u201E', '\u00AB' -> inDouble = true;
                    case '\u201D', '\u00BB' -> inDouble = false;
                    case '\u2018' -> inSingle = true;
                    case '\u2019' -> inSingle = false; // a closing single quote: apostrophes inside words never get here
                    default -> { }
                }
                i++;
                continue;
            }
            // a token starts at i
            if (names.length > 0 && i >= nameEnd) {
                nameEnd = nameAt(text, i, n);
            }
            boolean quoted = inDouble || inSingle || i < nameEnd;
            int len = 0;
            int start = i;
            while (i < n) {
                c = text[i];
                if (isWordChar(c)) {
                    if (len < MAX_TOKEN) {
                        buf[len++] = fold(c);
                    }
                    i++;
                    continue;
                }
                if (i + 1 < n && isWordChar(text[i + 1]) && i > start) {
                    char next = text[i + 1];
                    if (c == '-' || ((c == '.' || c == ',') && Character.isDigit(text[i - 1]) && Character.isDigit(next))
                            || (c == '.' && i + 2 < n && text[i + 2] == '.' && len == 1)) {
                        if (len < MAX_TOKEN) {
                            buf[len++] = c;
                        }
                        i++;
                        continue;
                    }
                    if (isApostrophe(c)) {
                        int clitic = cliticLength(text, i + 1, n);
                        if (clitic > 0) {
                            // "serbia's" -> "serbia" + "'s"; "don't" -> "do" + "n't"
                            boolean nt = clitic == 1 && (text[i + 1] == 't' || text[i + 1] == 'T')
                                    && len > 1 && (buf[len - 1] == 'n' || buf[len - 1] == 'N');
                            if (nt) {
                                if (len - 1 > 0) {
                                    sink.token(buf, len - 1, quoted);
                                }
                                buf[0] = 'n';
                                buf[1] = '\'';
                                buf[2] = 't';
                                sink.token(buf, 3, quoted);
                            } else {
                                sink.token(buf, len, quoted);
                                buf[0] = '\'';
                                for (int k = 0; k < clitic; k++) {
                                    buf[1 + k] = fold(text[i + 1 + k]);
                                }
                                sink.token(buf, clitic + 1, quoted);
                            }
                            len = 0;
                            i += 1 + clitic;
                            break;
                        }
                        // an apostrophe inside a name: O'Brien
                        if (len < MAX_TOKEN) {
                            buf[len++] = '\'';
                        }
                        i++;
                        continue;
                    }
                }
                break;
            }
            if (len > 0) {
                sink.token(buf, len, quoted);
            }
        }
    }

    /** Abbreviations whose full stop ends no sentence: titles and AP-style months ("Gen. Lee", "on Nov. 3"). */
    private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of("mr", "mrs", "ms", "dr", "prof", "gen",
            "lt", "col", "maj", "capt", "cpt", "sgt", "adm", "brig", "cmdr", "gov", "sen", "rep", "amb", "st", "jr", "sr",
            "rev", "hon", "mt", "ft", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    /**
     * Whether the mark at {@code i} ends a sentence: white space or the end of the text follows,
     * after any closing quotation marks and brackets ({@code ."} ends the quoted sentence too); and,
     * for a full stop, it does not end an abbreviation ("U.S.", "Dr.", the initial in "Aleksandar
     * S. Vucic"), since a sentence rarely ends there and the attribution after it must stay in it.
     */
    private static boolean endsSentence(char[] text, int i, int n) {
        int j = i + 1;
        while (j < n && closes(text[j])) {
            j++;
        }
        if (j < n && !Character.isWhitespace(text[j])) {
            return false;
        }
        return text[i] != '.' || !abbreviationBefore(text, i);
    }

    private static boolean closes(char c) {
        return c == '"' || c == '\u201D' || c == '\u00BB' || c == '\u2019' || c == '\'' || c == ')' || c == ']';
    }

    /** Whether the word ending at the full stop {@code dot} is an initialism, an initial or a listed abbreviation. */
    private static boolean abbreviationBefore(char[] text, int dot) {
        int start = dot;
        boolean inner = false;
        while (start > 0 && (isWordChar(text[start - 1]) || (text[start - 1] == '.' && start - 1 > 0
                && isWordChar(text[start - 2]) && start < dot))) {
            inner |= text[start - 1] == '.' && Character.isLetter(text[start]); // U.S, not 3.5
            start--;
        }
        int len = dot - start;
        if (len == 0) {
            return false;
        }
        if (inner || (len == 1 && Character.isUpperCase(text[start]))) {
            return true; // U.S. / E.U. / an initial
        }
        return len <= 4 && ABBREVIATIONS.contains(new String(text, start, len).toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * The end of the longest quoted name that starts at {@code i}, or -1. A name must end where a
     * token ends: "Metohija-run" does not end the name "... Metohija" (a clitic may follow:
     * "Metohija's").
     */
    private int nameAt(char[] text, int i, int n) {
        char c = Character.toLowerCase(text[i]);
        if (c < 128 && !nameStart[c]) {
            return -1;
        }
        int best = -1;
        for (char[] name : names) {
            int j = i;
            int k = 0;
            while (k < name.length) {
                char nc = name[k];
                if (nc == ' ') {
                    if (j >= n || !isSpace(text[j])) {
                        break;
                    }
                    while (j < n && isSpace(text[j])) {
                        j++;
                    }
                } else if (j < n && (Character.toLowerCase(text[j]) == nc || (nc == '\'' && isApostrophe(text[j])))) {
                    j++;
                } else {
                    break;
                }
                k++;
            }
            if (k == name.length && j > best && endsToken(text, j, n)) {
                best = j;
            }
        }
        return best;
    }

    /** Whether a token ends at {@code j}: the end, or a non-word character that does not join ("Metohija-run"). */
    private static boolean endsToken(char[] text, int j, int n) {
        return j == n || (!isWordChar(text[j]) && !(text[j] == '-' && j + 1 < n && isWordChar(text[j + 1])));
    }

    /** Whitespace between the words of a quoted name: any whitespace or a no-break space. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0';
    }

    /** Length of an English clitic (s, t, re, ve, ll, d, m) starting at {@code from}, or 0. */
    private static int cliticLength(char[] text, int from, int n) {
        int end = from;
        while (end < n && end - from < 3 && isWordChar(text[end])) {
            end++;
        }
        if (end < n && isWordChar(text[end])) {
            return 0;
        }
        int len = end - from;
        if (len == 1) {
            char c = Character.toLowerCase(text[from]);
            return (c == 's' || c == 't' || c == 'd' || c == 'm') ? 1 : 0;
        }
        if (len == 2) {
            char a = Character.toLowerCase(text[from]);
            char b = Character.toLowerCase(text[from + 1]);
            return ((a == 'r' && b == 'e') || (a == 'v' && b == 'e') || (a == 'l' && b == 'l')) ? 2 : 0;
        }
        return 0;
    }
}
