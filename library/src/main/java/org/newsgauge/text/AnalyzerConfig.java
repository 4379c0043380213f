package org.newsgauge.text;

import java.util.List;
import java.util.Objects;

/**
 * Settings of the analysis chain that turns text into a sparse feature vector. Stored in every
 * model pack, so a model always sees text prepared exactly as in training.
 *
 * <pre>{@code
 * AnalyzerConfig cfg = AnalyzerConfig.defaults().withWordNgrams(2).withQuotes(QuoteMode.MARK);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param lowercase      fold case before counting
 * @param wordNgrams     longest word n-gram (1 = unigrams, 2 = uni- and bigrams)
 * @param charNgramMin   shortest character n-gram inside words (0 = no character n-grams)
 * @param charNgramMax   longest character n-gram inside words
 * @param quotes         whether quoted words are features of their own
 * @param minCount       a feature must occur in at least this many training documents
 * @param weighting      how counts become values
 * @param minTokenLength tokens shorter than this are dropped (1 keeps every token)
 * @param quotedNames    names read as if they stood inside quotation marks (see
 *                       {@link #withQuotedNames}); empty by default
 * @param stopWords      words that make no feature (see {@link #withStopWords}), in the form the
 *                       tokenizer gives them; empty by default
 */
public record AnalyzerConfig(
        boolean lowercase,
        int wordNgrams,
        int charNgramMin,
        int charNgramMax,
        QuoteMode quotes,
        int minCount,
        Weighting weighting,
        int minTokenLength,
        List<String> quotedNames,
        List<String> stopWords) {

    /** The most stop words an analyzer takes (a pack's manifest holds them all). */
    public static final int MAX_STOP_WORDS = 10_000;

    /**
     * Checks the settings and normalises the names and stop words to the form they are matched in.
     * Start from {@link #defaults()} and change what differs with the {@code with...} methods.
     *
     * @param lowercase      fold case before counting
     * @param wordNgrams     longest word n-gram, 1 or 2
     * @param charNgramMin   shortest character n-gram, from 0 (none) to {@code charNgramMax}
     * @param charNgramMax   longest character n-gram, at most 8
     * @param quotes         whether quoted words are features of their own; not null
     * @param minCount       documents a feature must occur in, 1 or more
     * @param weighting      how counts become values; not null
     * @param minTokenLength shortest token kept, 1 or more
     * @param quotedNames    names read as quoted; not null, {@code List.of()} for none
     * @param stopWords      words that make no feature, each one token, at most {@link #MAX_STOP_WORDS};
     *                       not null
     * @throws NullPointerException     when an object argument is null
     * @throws IllegalArgumentException when a number is out of its range, a quoted name has no
     *                                  letter or digit, or a stop word is not exactly one token
     */
    public AnalyzerConfig {
        Objects.requireNonNull(quotes, "quotes");
        Objects.requireNonNull(quotedNames, "quotedNames (List.of() for none)");
        quotedNames = quotedNames.stream().map(AnalyzerConfig::normalizeName).distinct().toList();
        Objects.requireNonNull(stopWords, "stopWords (List.of() for none)");
        if (stopWords.size() > MAX_STOP_WORDS) {
            throw new IllegalArgumentException(stopWords.size() + " stop words; at most " + MAX_STOP_WORDS);
        }
        boolean fold = lowercase;
        stopWords = stopWords.stream().map(w -> stopWord(w, fold)).distinct().toList();
        Objects.requireNonNull(weighting, "weighting");
        requireWordNgrams("wordNgrams", wordNgrams);
        if (charNgramMin < 0 || charNgramMax < charNgramMin || charNgramMax > 8) {
            throw new IllegalArgumentException(
                    "character n-grams need 0 <= min <= max <= 8, were " + charNgramMin + ".." + charNgramMax);
        }
        requireMinCount("minCount", minCount);
        if (minTokenLength < 1) {
            throw new IllegalArgumentException("minTokenLength must be at least 1, was " + minTokenLength);
        }
    }

    /**
     * Checks the longest word n-gram, 1 or 2, as {@code name} (an option or a parameter) gives it,
     * so that a command line or a build names its own setting in the message.
     *
     * @param name how the caller names the setting, e.g. {@code --word-ngrams}
     * @param n    the value to check
     * @throws IllegalArgumentException {@code "NAME takes 1 (words) or 2 (words and word pairs), not N"}
     */
    public static void requireWordNgrams(String name, int n) {
        if (n != 1 && n != 2) {
            throw new IllegalArgumentException(name + " takes 1 (words) or 2 (words and word pairs), not " + n);
        }
    }

    /**
     * Checks the minimum count of a feature, 1 or more, as {@code name} gives it.
     *
     * @param name how the caller names the setting, e.g. {@code --min-count}
     * @param m    the value to check
     * @throws IllegalArgumentException {@code "NAME takes 1 or more (...), not N"}
     */
    public static void requireMinCount(String name, int m) {
        if (m < 1) {
            throw new IllegalArgumentException(name + " takes 1 or more (the documents a feature must occur in), not " + m);
        }
    }

    /**
     * The settings without quoted names or stop words.
     *
     * @param lowercase      fold case before counting
     * @param wordNgrams     longest word n-gram, 1 or 2
     * @param charNgramMin   shortest character n-gram, 0 for none
     * @param charNgramMax   longest character n-gram, at most 8
     * @param quotes         whether quoted words are features of their own
     * @param minCount       documents a feature must occur in, 1 or more
     * @param weighting      how counts become values
     * @param minTokenLength shortest token kept, 1 or more
     * @throws IllegalArgumentException when a number is out of its range
     */
    public AnalyzerConfig(boolean lowercase, int wordNgrams, int charNgramMin, int charNgramMax, QuoteMode quotes,
                          int minCount, Weighting weighting, int minTokenLength) {
        this(lowercase, wordNgrams, charNgramMin, charNgramMax, quotes, minCount, weighting, minTokenLength, List.of());
    }

    /**
     * The settings without stop words.
     *
     * @param lowercase      fold case before counting
     * @param wordNgrams     longest word n-gram, 1 or 2
     * @param charNgramMin   shortest character n-gram, 0 for none
     * @param charNgramMax   longest character n-gram, at most 8
     * @param quotes         whether quoted words are features of their own
     * @param minCount       documents a feature must occur in, 1 or more
     * @param weighting      how counts become values
     * @param minTokenLength shortest token kept, 1 or more
     * @param quotedNames    names read as quoted
     * @throws IllegalArgumentException when a number is out of its range, or a quoted name has no
     *                                  letter or digit
     */
    public AnalyzerConfig(boolean lowercase, int wordNgrams, int charNgramMin, int charNgramMax, QuoteMode quotes,
                          int minCount, Weighting weighting, int minTokenLength, List<String> quotedNames) {
        this(lowercase, wordNgrams, charNgramMin, charNgramMax, quotes, minCount, weighting, minTokenLength, quotedNames,
                List.of());
    }

    /**
     * Word uni- and bigrams, quote marking, sublinear TF-IDF, minimum document count 2, no quoted names.
     *
     * @return the default settings: case folded, no character n-grams, every token kept, no stop words
     */
    public static AnalyzerConfig defaults() {
        return new AnalyzerConfig(true, 2, 0, 0, QuoteMode.MARK, 2, Weighting.SUBLINEAR_TFIDF, 1);
    }

    /**
     * Names whose words are read as if they stood inside quotation marks, wherever they occur
     * (matched case-insensitively, as whole words, any run of spaces between words): with
     * {@link QuoteMode#MARK} they become {@code q:} features. For institution names that carry
     * one side's vocabulary: "Serbia's Office for Kosovo and Metohija" is an institution, not the
     * narrator calling Kosovo "Kosovo and Metohija", just as a quoted leader is not the narrator.
     * The default pack lists such names in {@code training-data/pack.json}.
     *
     * <pre>{@code
     * AnalyzerConfig cfg = AnalyzerConfig.defaults().withQuotedNames(List.of("Office for Kosovo and Metohija"));
     * }</pre>
     *
     * @param names the names, replacing those set before; stored normalised (lower case, single spaces)
     * @return new settings
     * @throws IllegalArgumentException for a name without a letter or digit
     */
    public AnalyzerConfig withQuotedNames(List<String> names) {
        return new AnalyzerConfig(lowercase, wordNgrams, charNgramMin, charNgramMax, quotes, minCount, weighting,
                minTokenLength, names, stopWords);
    }

    /**
     * Words that make no feature: no word, no word pair and no character n-gram is taken from
     * them, and no word pair spans them ("the people of Kosovo's north" with the stop word
     * {@code kosovo} gives the pairs "the people", "people of" and "'s north", not "of 's").
     * Quoted or not, they are dropped.
     * For words a corpus uses at rates that differ between labels for reasons that will not hold
     * on real text: the default pack lists the names of the parties, which its writers used more
     * often in one side's articles than real copy does (see {@code training-data/CARD.md}).
     * Narrator cues ({@code narrator_cues} of a pack spec) still see every word.
     *
     * <p>Each stop word is one token as the tokenizer splits text ("Kosovo's" is two: {@code
     * kosovo} and {@code 's}; {@code 's} alone is that clitic, and "U.S." is {@code u.s}), folded
     * to lower case when the analyzer folds case.
     *
     * <pre>{@code
     * AnalyzerConfig cfg = AnalyzerConfig.defaults().withStopWords(List.of("Kosovo", "Serbia"));
     * cfg.stopWords();   // [kosovo, serbia]
     * }</pre>
     *
     * @param words the stop words, replacing those set before; at most {@link #MAX_STOP_WORDS}
     * @return new settings
     * @throws IllegalArgumentException for a stop word that is not exactly one token, or too many
     */
    public AnalyzerConfig withStopWords(List<String> words) {
        return new AnalyzerConfig(lowercase, wordNgrams, charNgramMin, charNgramMax, quotes, minCount, weighting,
                minTokenLength, quotedNames, words);
    }

    /**
     * {@code word} as the tokenizer gives it, checked to be one token, and to be read back as
     * itself: the stored form is what a pack's manifest holds and what every {@code with*}
     * method and a pack reader pass through this check again.
     */
    private static String stopWord(String word, boolean lowercase) {
        Objects.requireNonNull(word, "stop word");
        List<String> tokens = stopWordTokens(TextNormalizer.normalize(word), lowercase);
        if (tokens.size() != 1) {
            throw new IllegalArgumentException("a stop word is one word as the tokenizer splits text; '" + word + "' is "
                    + (tokens.isEmpty() ? "no word" : tokens.size() + " (" + String.join(", ", tokens) + ")")
                    + ": list each word on its own");
        }
        String t = tokens.get(0);
        if (!stopWordTokens(t, lowercase).equals(tokens)) {
            // only a word cut at the longest token can end in a joiner ("-", "'") that, alone, is no part of it
            throw new IllegalArgumentException("the stop word '" + word + "' is cut at the tokenizer's longest word ("
                    + Tokenizer.MAX_TOKEN + " characters) to '" + t + "', which reads as another word: give it shorter");
        }
        return t;
    }

    /**
     * The tokens of {@code word} as they stand in text: followed by a full stop, since "U.S." is
     * one token ({@code u.s}) only when one follows, as it does in text; a clitic after a word.
     */
    private static List<String> stopWordTokens(String word, boolean lowercase) {
        // a clitic ('s, n't) is a token only after a word, as in "Kosovo's": read after one
        List<String> after = tokens("x" + word + ".", lowercase);
        if (after.size() == 2 && after.get(0).equals("x") && (after.get(1).startsWith("'") || after.get(1).equals("n't"))) {
            return after.subList(1, 2);
        }
        return tokens(word + ".", lowercase);
    }

    private static List<String> tokens(String text, boolean lowercase) {
        List<String> tokens = new java.util.ArrayList<>();
        new Tokenizer(lowercase, List.of()).tokenize(text, (buf, len, quoted) -> tokens.add(new String(buf, 0, len)));
        return tokens;
    }

    /**
     * The form names are matched and stored in: NFC (as texts are), lower case one character at a
     * time (as the tokenizer compares them), single spaces (any run of whitespace or no-break
     * spaces), typographic apostrophes as {@code '}, trimmed.
     */
    private static String normalizeName(String name) {
        String nfc = TextNormalizer.normalize(name);   // as texts are before tokenizing
        StringBuilder sb = new StringBuilder(nfc.length());
        boolean space = false;
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            if (Tokenizer.isSpace(c)) {
                space = sb.length() > 0;
                continue;
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            sb.append(Tokenizer.isApostrophe(c) ? '\'' : Character.toLowerCase(c));
        }
        String n = sb.toString();
        if (n.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw new IllegalArgumentException("a quoted name needs a letter or digit, got '" + name + "'");
        }
        return n;
    }

    /**
     * Another longest word n-gram.
     *
     * @param n 1 for words only, 2 for words and word pairs
     * @return new settings
     * @throws IllegalArgumentException for any other value
     */
    public AnalyzerConfig withWordNgrams(int n) {
        return new AnalyzerConfig(lowercase, n, charNgramMin, charNgramMax, quotes, minCount, weighting,
                minTokenLength, quotedNames, stopWords);
    }

    /**
     * Other character n-grams, taken inside words.
     *
     * @param min shortest, 1 or more; 0 turns character n-grams off (whatever {@code max})
     * @param max longest, from {@code min} to 8
     * @return new settings
     * @throws IllegalArgumentException when {@code min} is negative, {@code max} below {@code min}, or
     *                                  {@code max} above 8
     */
    public AnalyzerConfig withCharNgrams(int min, int max) {
        return new AnalyzerConfig(lowercase, wordNgrams, min, max, quotes, minCount, weighting,
                minTokenLength, quotedNames, stopWords);
    }

    /**
     * Another treatment of quoted words.
     *
     * @param q how words inside quotation marks are counted; not null
     * @return new settings
     */
    public AnalyzerConfig withQuotes(QuoteMode q) {
        return new AnalyzerConfig(lowercase, wordNgrams, charNgramMin, charNgramMax, q, minCount, weighting,
                minTokenLength, quotedNames, stopWords);
    }

    /**
     * Another minimum document count.
     *
     * @param m the training documents a feature must occur in to be kept, 1 or more
     * @return new settings
     * @throws IllegalArgumentException when {@code m} is below 1
     */
    public AnalyzerConfig withMinCount(int m) {
        return new AnalyzerConfig(lowercase, wordNgrams, charNgramMin, charNgramMax, quotes, m, weighting,
                minTokenLength, quotedNames, stopWords);
    }

    /**
     * Another weighting of the counts.
     *
     * @param w how a feature's count in a document becomes its value; not null
     * @return new settings
     */
    public AnalyzerConfig withWeighting(Weighting w) {
        return new AnalyzerConfig(lowercase, wordNgrams, charNgramMin, charNgramMax, quotes, minCount, w,
                minTokenLength, quotedNames, stopWords);
    }

    /**
     * Another shortest token.
     *
     * @param l tokens shorter than this many characters are dropped; 1 keeps every token
     * @return new settings
     * @throws IllegalArgumentException when {@code l} is below 1
     */
    public AnalyzerConfig withMinTokenLength(int l) {
        return new AnalyzerConfig(lowercase, wordNgrams, charNgramMin, charNgramMax, quotes, minCount, weighting,
                l, quotedNames, stopWords);
    }

    /**
     * True when character n-grams are produced.
     *
     * @return true when {@link #charNgramMin()} is above 0
     */
    public boolean charNgrams() {
        return charNgramMin > 0;
    }
}
