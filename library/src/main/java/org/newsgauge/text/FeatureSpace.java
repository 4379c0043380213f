package org.newsgauge.text;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The frozen analysis chain of a trained model: text in, L2-normalised sparse feature vector
 * out. It holds the feature vocabulary (names such as {@code kosovo}, {@code q:aggression},
 * {@code northern kosovo}, {@code c:ovo}) and their inverse document frequencies.
 *
 * <p>Immutable and thread-safe: {@link #vectorize} may be called from any number of threads.
 *
 * <pre>{@code
 * FeatureSpace fs = FeatureSpace.fromNames(config, names, idf);
 * SparseVector x = fs.vectorize("Serbia and Kosovo agreed on ...");
 * }</pre>
 */
public final class FeatureSpace {
    static final String QUOTE_PREFIX = "q:";
    static final String CHAR_PREFIX = "c:";
    /** 1 + ln(n) for small counts, the common case. */
    private static final float[] LOG_TF = new float[64];

    static {
        for (int i = 1; i < LOG_TF.length; i++) {
            LOG_TF[i] = (float) (1 + Math.log(i));
        }
    }

    /** Per-thread buffers (no mutable state shared between threads). */
    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private final AnalyzerConfig config;
    private final Tokenizer tokenizer;
    private final String[] names;
    private final float[] idf;
    private final TermTable words;
    private final int[] unigram;      // (wordId << 1 | quoted) -> feature, -1 = none
    private final LongIntMap bigram;  // bigramKey -> feature
    private final byte[] bigramRole; // wordId -> STARTS if some bigram feature starts with it, | ENDS if one ends with it
    private static final byte STARTS = 1;
    private static final byte ENDS = 2;
    /** A stop word: no feature of its own, no word pair, no character n-gram. */
    private static final byte STOP = 4;
    private final TermIndex chars;
    private final int[] charGram;     // charId -> feature
    /**
     * True when every character n-gram feature longer than the shortest has its prefix one
     * character shorter among the features too (as document-frequency cut-offs leave them): then
     * a gram that is no feature ends the search for longer grams at its start.
     */
    private final boolean charsPrefixClosed;
    /**
     * The character n-gram features of the words of {@link #words}, worked out once: word
     * {@code id < memoWords} has {@code memo[memoStart[id] .. memoStart[id + 1])}. A token that is
     * a known word (most are) copies them instead of looking up each of its grams; others look
     * them up. Bounded by {@link #MEMO_BUDGET} entries; null without character n-grams.
     */
    private final int[] memo;
    private final int[] memoStart;
    private final int memoWords;
    private static final int MEMO_BUDGET = 1 << 22;
    /** Most grams one token can give: padded length (at most 32) times the number of lengths (at most 8). */
    private static final int MAX_GRAMS = 32 * 8;

    private FeatureSpace(AnalyzerConfig config, String[] names, float[] idf, TermTable words, int[] unigram,
                         LongIntMap bigram, byte[] bigramRole, TermIndex chars, int[] charGram,
                         boolean charsPrefixClosed) {
        this.config = config;
        this.tokenizer = Tokenizer.of(config);
        this.names = names;
        this.idf = idf;
        this.words = words;
        this.unigram = unigram;
        this.bigram = bigram;
        this.bigramRole = bigramRole;
        this.chars = chars;
        this.charGram = charGram;
        this.charsPrefixClosed = charsPrefixClosed;
        if (config.charNgrams()) {
            String[] terms = words.terms();
            int[] start = new int[terms.length + 1];
            int[] m = new int[Math.max(MAX_GRAMS, Math.min(MEMO_BUDGET, terms.length * 16))];
            char[] word = new char[TermTable.MAX_TERM];
            char[] padded = new char[CharGrams.MAX_WORD + 2];
            int n = 0;
            int id = 0;
            for (; id < terms.length; id++) {
                if (n + MAX_GRAMS > MEMO_BUDGET) {
                    break;
                }
                if (n + MAX_GRAMS > m.length) {
                    m = Arrays.copyOf(m, Math.min(MEMO_BUDGET, m.length * 2));
                }
                String t = terms[id];
                t.getChars(0, t.length(), word, 0);
                n = charGrams(padded, CharGrams.pad(word, t.length(), padded), m, n);
                start[id + 1] = n;
            }
            this.memo = Arrays.copyOf(m, n);
            this.memoStart = start;
            this.memoWords = id;
        } else {
            this.memo = null;
            this.memoStart = null;
            this.memoWords = 0;
        }
    }

    static long bigramKey(int first, int second, boolean quoted) {
        return ((long) first << 32) | ((((long) second) << 1) | (quoted ? 1 : 0));
    }

    /**
     * Rebuilds a feature space from its feature names and IDF values, as stored in a model pack.
     *
     * @throws IllegalArgumentException when a name is malformed or the arrays differ in length
     */
    public static FeatureSpace fromNames(AnalyzerConfig config, List<String> featureNames, float[] idf) {
        Objects.requireNonNull(config);
        if (featureNames.size() != idf.length) {
            throw new IllegalArgumentException(featureNames.size() + " feature names but " + idf.length + " IDF values");
        }
        String[] names = featureNames.toArray(new String[0]);
        // sized small and grown: a table that fits in cache is what makes lookups fast
        TermTable words = new TermTable(1024);
        TermTable chars = new TermTable(16);
        int[][] kind = new int[names.length][];
        for (int f = 0; f < names.length; f++) {
            String name = names[f];
            if (name == null || name.isEmpty()) {
                throw new IllegalArgumentException("feature " + f + " has an empty name");
            }
            if (name.startsWith(CHAR_PREFIX)) {
                kind[f] = new int[] {2, chars.add(name.substring(CHAR_PREFIX.length()))};
                continue;
            }
            boolean quoted = name.startsWith(QUOTE_PREFIX);
            String body = quoted ? name.substring(QUOTE_PREFIX.length()) : name;
            int space = body.indexOf(' ');
            if (space < 0) {
                kind[f] = new int[] {0, words.add(body), quoted ? 1 : 0};
            } else {
                if (space == 0 || space == body.length() - 1 || body.indexOf(' ', space + 1) >= 0) {
                    throw new IllegalArgumentException("feature " + f + " is not a word bigram: '" + name + "'");
                }
                kind[f] = new int[] {1, words.add(body.substring(0, space)), words.add(body.substring(space + 1)), quoted ? 1 : 0};
            }
        }
        int featureWords = words.size();
        for (String stop : config.stopWords()) {
            if (words.get(stop.toCharArray(), stop.length()) >= 0) {
                throw new IllegalArgumentException("stop word '" + stop + "' is in a feature name, which a stop word"
                        + " cannot make");
            }
            words.add(stop);
        }
        int[] unigram = new int[Math.max(1, words.size() * 2)];
        Arrays.fill(unigram, -1);
        LongIntMap bigram = new LongIntMap(16);
        byte[] bigramRole = new byte[Math.max(1, words.size())];
        Arrays.fill(bigramRole, featureWords, words.size(), STOP);
        int[] charGram = new int[Math.max(1, chars.size())];
        Arrays.fill(charGram, -1);
        for (int f = 0; f < names.length; f++) {
            int[] k = kind[f];
            switch (k[0]) {
                case 0 -> unigram[(k[1] << 1) | k[2]] = f;
                case 1 -> {
                    bigram.put(bigramKey(k[1], k[2], k[3] == 1), f);
                    bigramRole[k[1]] |= STARTS;
                    bigramRole[k[2]] |= ENDS;
                }
                default -> charGram[k[1]] = f;
            }
        }
        String[] charTerms = chars.terms();
        return new FeatureSpace(config, names, idf.clone(), words, unigram, bigram, bigramRole,
                new TermIndex(charTerms), charGram, prefixClosed(chars, charTerms, config));
    }

    /** Whether each term longer than the shortest n-gram, up to the longest, has its one shorter prefix in {@code table}. */
    private static boolean prefixClosed(TermTable table, String[] terms, AnalyzerConfig config) {
        for (String t : terms) {
            int len = t.length();
            if (len > config.charNgramMin() && len <= config.charNgramMax() && table.get(t.toCharArray(), len - 1) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The analysis settings this space was learnt with, and vectorises with.
     *
     * @return the settings, as stored in a pack's manifest
     */
    public AnalyzerConfig config() {
        return config;
    }

    /** Number of features. */
    public int size() {
        return names.length;
    }

    /** Name of feature {@code index}. */
    public String name(int index) {
        return names[index];
    }

    /** A copy of the feature names, in index order. */
    public List<String> names() {
        return List.of(names);
    }

    /** A copy of the IDF values, in index order. */
    public float[] idf() {
        return idf.clone();
    }

    /** Turns {@code text} into its feature vector. */
    public SparseVector vectorize(String text) {
        return vectorize(text, null);
    }

    /**
     * Turns {@code text} into its feature vector, passing the same tokens (and sentence ends) to
     * {@code also} when it is not null: one tokenising pass for the features and a reader of the
     * same words, such as a {@link NarratorCues.Reading}.
     */
    public SparseVector vectorize(String text, TokenSink also) {
        Scratch scratch = SCRATCH.get();
        Collector c = new Collector(scratch);
        // tokenised from an array: one bulk copy instead of a checked charAt per character
        int n = text.length();
        char[] chars = scratch.text(n);
        text.getChars(0, n, chars, 0);
        if (!TextNormalizer.isLatin1(chars, n)) {
            String nfc = TextNormalizer.nfc(text);
            if (nfc != text) {
                n = nfc.length();
                chars = scratch.text(n);
                nfc.getChars(0, n, chars, 0);
            }
        }
        tokenizer.tokenize(chars, n, also == null ? c : new TokenSink() {
            @Override
            public void token(char[] buf, int len, boolean quoted) {
                c.token(buf, len, quoted);
                also.token(buf, len, quoted);
            }

            @Override
            public boolean readsSentences() {
                return also.readsSentences();
            }

            @Override
            public void sentenceEnd() {
                also.sentenceEnd();
            }
        });
        c.resolveBigrams();
        scratch.counts.count(scratch.features, c.count, idf.length);
        SparseVector x = weigh(scratch.counts, config, idf);
        scratch.trim();
        return x;
    }

    /**
     * Weighs the counted features of one document into a sparse vector, L2-normalised unless
     * the weighting is binary.
     */
    static SparseVector weigh(FeatureCounts counts, AnalyzerConfig config, float[] idf) {
        int d = counts.size();
        if (d == 0) {
            return SparseVector.EMPTY;
        }
        int[] idx = new int[d];
        float[] val = new float[d];
        if (config.weighting() == Weighting.BINARY) {
            for (int i = 0; i < d; i++) {
                idx[i] = counts.feature(i);
                val[i] = 1f;
            }
            return new SparseVector(idx, val);
        }
        double norm = 0;
        for (int i = 0; i < d; i++) {
            int f = counts.feature(i);
            int run = counts.count(i);
            float v = config.weighting() == Weighting.TFIDF ? run * idf[f]
                    : (run < LOG_TF.length ? LOG_TF[run] : (float) (1 + Math.log(run))) * idf[f];
            idx[i] = f;
            val[i] = v;
            norm += (double) v * v;
        }
        float inv = (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < d; i++) {
            val[i] *= inv;
        }
        return new SparseVector(idx, val);
    }

    /**
     * Appends the character n-gram features of the padded word {@code gram[0 .. glen)} to
     * {@code out} from {@code count} (room for {@link #MAX_GRAMS} more is the caller's part) and
     * returns the new count. From each start, grams of growing length, packed as they grow (see
     * {@link TermIndex#getPacked}); the features come in another order than length first, which
     * counting sorts away.
     */
    private int charGrams(char[] gram, int glen, int[] out, int count) {
        final int min = config.charNgramMin();
        final int max = config.charNgramMax(); // at most 8
        for (int s = 0; s + min <= glen; s++) {
            long w0 = 0;
            long w1 = 0;
            int top = Math.min(max, glen - s);
            for (int n = 1; n <= top; n++) {
                long c = gram[s + n - 1];
                if (n <= 4) {
                    w0 |= c << ((n - 1) << 4);
                } else {
                    w1 |= c << ((n - 5) << 4);
                }
                if (n >= min) {
                    int cid = chars.getPacked(w0, w1, n);
                    if (cid >= 0) {
                        if (charGram[cid] >= 0) {
                            out[count++] = charGram[cid];
                        }
                    } else if (charsPrefixClosed) {
                        break;
                    }
                }
            }
        }
        return count;
    }

    /**
     * The buffers of one thread's analyses, kept between documents so that a document allocates
     * little more than its vector. Holds no reference to a feature space, so a space that is
     * dropped is not kept alive by the threads that used it.
     */
    private static final class Scratch {
        /** Buffers grown past this many entries by a huge document are dropped afterwards. */
        private static final int KEEP = 1 << 16;

        final FeatureCounts counts = new FeatureCounts();
        final char[] gram = new char[80];
        /** Where prefetching loops leave their result, so that the compiler keeps their loads. */
        int sink;
        int[] features = new int[256];
        long[] pending = new long[128];

        private char[] text = new char[4096];

        /** The feature buffer with room for {@code need} entries, its first {@code count} kept. */
        int[] features(int count, int need) {
            if (features.length < need) {
                features = Arrays.copyOf(features, Math.max(count * 2, need));
            }
            return features;
        }

        /** The pending bigram buffer with room for one more key after its first {@code count}. */
        long[] pending(int count) {
            if (pending.length == count) {
                pending = Arrays.copyOf(pending, count * 2);
            }
            return pending;
        }

        /** A buffer for a text of {@code n} characters. */
        char[] text(int n) {
            if (text.length < n) {
                text = new char[Math.max(n, text.length * 2)];
            }
            return text;
        }

        void trim() {
            if (text.length > KEEP) {
                text = new char[4096];
            }
            if (features.length > KEEP) {
                features = new int[256];
            }
            if (pending.length > KEEP) {
                pending = new long[128];
            }
            counts.trim(KEEP);
        }
    }

    /**
     * Collects the feature indices of one text, into its thread's buffers: it keeps them in
     * fields for the hot loop, and has the {@link Scratch} grow them, which keeps the grown ones.
     */
    private final class Collector implements TokenSink {
        private final Scratch scratch;
        private final char[] gram;
        private int[] features;
        private long[] pending;
        int count;
        private int prev = -1;
        private int pendingCount;

        Collector(Scratch scratch) {
            this.scratch = scratch;
            this.gram = scratch.gram;
            this.features = scratch.features;
            this.pending = scratch.pending;
        }

        /**
         * Bigram lookups wait until the text is tokenised: done in one loop of independent
         * lookups, the big table's cache misses overlap instead of queueing one by one. The vector
         * is the same (weigh counts and sorts the features).
         */
        private void pend(long key) {
            if (pendingCount == pending.length) {
                pending = scratch.pending(pendingCount);
            }
            pending[pendingCount++] = key;
        }

        void resolveBigrams() {
            int touched = 0;
            for (int i = 0; i < pendingCount; i++) {
                touched |= bigram.touch(pending[i]);
            }
            scratch.sink = touched;
            for (int i = 0; i < pendingCount; i++) {
                int b = bigram.get(pending[i], -1);
                if (b >= 0) {
                    add(b);
                }
            }
            pendingCount = 0;
        }

        private void add(int f) {
            if (count == features.length) {
                features = scratch.features(count, count + 1);
            }
            features[count++] = f;
        }

        @Override
        public void token(char[] buf, int len, boolean quoted) {
            if (len < config.minTokenLength()) {
                return;
            }
            boolean q = quoted && config.quotes() != QuoteMode.IGNORE;
            boolean plainToo = q && config.quotes() == QuoteMode.BOTH;
            int id = words.get(buf, len);
            if (id >= 0) {
                if (bigramRole[id] == STOP) {
                    // no feature, and the words either side of it make no pair
                    prev = -1;
                    return;
                }
                int f = unigram[(id << 1) | (q ? 1 : 0)];
                if (f >= 0) {
                    add(f);
                }
                if (plainToo && (f = unigram[id << 1]) >= 0) {
                    add(f);
                }
                // most word pairs are no feature: two small-table checks spare the big table
                if (prev >= 0 && (bigramRole[prev] & STARTS) != 0 && (bigramRole[id] & ENDS) != 0) {
                    pend(bigramKey(prev, id, q));
                    if (plainToo) {
                        pend(bigramKey(prev, id, false));
                    }
                }
            }
            prev = config.wordNgrams() > 1 ? id : -1;
            if (config.charNgrams()) {
                if (count + MAX_GRAMS > features.length) {
                    features = scratch.features(count, count + MAX_GRAMS);
                }
                if (id >= 0 && id < memoWords) {
                    int from = memoStart[id];
                    int k = memoStart[id + 1] - from;
                    System.arraycopy(memo, from, features, count, k);
                    count += k;
                } else {
                    count = charGrams(gram, CharGrams.pad(buf, len, gram), features, count);
                }
            }
        }
    }
}
