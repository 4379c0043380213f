package org.newsgauge.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * Learns a {@link FeatureSpace} from training texts: tokenises every text once, counts in how
 * many documents each feature occurs, keeps those seen in at least
 * {@link AnalyzerConfig#minCount()} documents, and returns the training vectors with it, so the
 * texts are not tokenised a second time. The texts can be given as a list ({@link #build}) or
 * one at a time ({@link #start}), which keeps only their token ids.
 *
 * <p>Deterministic: the same texts in the same order give the same features in the same order.
 *
 * <pre>{@code
 * FeatureSpaceBuilder.Result r = new FeatureSpaceBuilder(AnalyzerConfig.defaults()).build(texts);
 * SparseVector first = r.vectors()[0];
 * }</pre>
 *
 * <p>Thread-safe: it holds only its settings, and each {@link #build} call or {@link Pass} works
 * on its own tables.
 */
public final class FeatureSpaceBuilder {
    private final AnalyzerConfig config;

    /**
     * A builder with these analysis settings.
     *
     * @param config the settings, e.g. {@link AnalyzerConfig#defaults()}; the space learnt keeps them
     */
    public FeatureSpaceBuilder(AnalyzerConfig config) {
        this.config = config;
    }

    /**
     * The learnt space and the vector of each training text, in input order. The space (its
     * feature names) is made when first asked for: training that compares analyzers never
     * needs the names of the one it drops.
     *
     * <p>Thread-safe.
     */
    public static final class Result {
        private final SparseVector[] vectors;
        private final int features;
        private Supplier<FeatureSpace> make;
        private FeatureSpace space;

        /**
         * @param space   the frozen analysis chain
         * @param vectors one vector per input text
         */
        public Result(FeatureSpace space, SparseVector[] vectors) {
            this.space = space;
            this.features = space.size();
            this.vectors = vectors;
        }

        private Result(Supplier<FeatureSpace> make, int features, SparseVector[] vectors) {
            this.make = make;
            this.features = features;
            this.vectors = vectors;
        }

        /** The frozen analysis chain. */
        public synchronized FeatureSpace space() {
            if (space == null) {
                space = make.get();
                make = null;
            }
            return space;
        }

        /** The number of features, {@code space().size()}, without making the space. */
        public int features() {
            return features;
        }

        /** One vector per input text, in input order (shared, not copied). */
        public SparseVector[] vectors() {
            return vectors;
        }
    }

    /** Learns the feature space of {@code texts}. */
    public Result build(List<String> texts) {
        Pass pass = start();
        for (String t : texts) {
            pass.add(t);
        }
        return pass.finish();
    }

    /**
     * The feature spaces of {@code texts} for this builder's analyzer, which has character
     * n-grams, and for the same analyzer without them, from one tokenising pass: {@code [with,
     * without]}, each the same as {@link #build} with its analyzer alone. What training compares
     * on a small corpus, for a little more than the cost of the first alone.
     *
     * @throws IllegalArgumentException when this builder's analyzer has no character n-grams
     */
    public Result[] buildWithAndWithoutCharNgrams(List<String> texts) {
        if (!config.charNgrams()) {
            throw new IllegalArgumentException("the analyzer has no character n-grams");
        }
        Pass pass = start();
        for (String t : texts) {
            pass.add(t);
        }
        return pass.finishWithAndWithoutCharNgrams();
    }

    /**
     * Starts learning a feature space from texts given one at a time, so that a caller reading
     * them from a stream need not keep them: each text is tokenised as it is added and only its
     * token ids are kept. The same texts in the same order give the same result as
     * {@link #build}.
     */
    public Pass start() {
        return new Pass();
    }

    /** Texts added so far, as token ids; {@link #finish()} learns the space. Not thread-safe. */
    public final class Pass {
        private final TermTable words = new TermTable(1 << 14);
        private final TermTable chars = new TermTable(config.charNgrams() ? 1 << 14 : 16);
        private final Tokenizer tokenizer = Tokenizer.of(config);
        private final SequenceSink sink = new SequenceSink(words, chars);
        private final List<int[]> seqs = new ArrayList<>();
        private final List<int[]> charSeqs = new ArrayList<>();
        private boolean finished;

        private Pass() {
            // the stop words take the first ids, so that "is a stop word" is "id < stop words"
            config.stopWords().forEach(words::add);
        }

        /** Tokenises the next training text; the text itself is not kept. */
        public void add(String text) {
            if (finished) {
                throw new IllegalStateException("this pass is finished");
            }
            sink.reset();
            tokenizer.tokenize(TextNormalizer.normalize(text), sink);
            seqs.add(Arrays.copyOf(sink.seq, sink.len));
            if (config.charNgrams()) {
                charSeqs.add(Arrays.copyOf(sink.charSeq, sink.charLen));
            }
        }

        /** The learnt space and the vector of each text added, in order; ends the pass. */
        public Result finish() {
            Sequences q = end();
            return learn(config, words, chars, q.words(), config.charNgrams() ? q.chars() : null);
        }

        /**
         * The results of this builder's analyzer (first) and of the same analyzer without its
         * character n-grams (second), from the texts tokenised once; ends the pass. Each is the
         * same as {@link #finish()} of a pass of its own analyzer over the same texts.
         */
        Result[] finishWithAndWithoutCharNgrams() {
            Sequences q = end();
            // learn() drops the sequences as it goes: the second learns from its own array of them
            Result without = learn(config.withCharNgrams(0, 0), words, new TermTable(16), q.words().clone(), null);
            Result with = learn(config, words, chars, q.words(), q.chars());
            return new Result[] {with, without};
        }

        /** Ends the pass and hands over the sequences of the texts (the pass keeps none). */
        private Sequences end() {
            if (finished) {
                throw new IllegalStateException("this pass is finished");
            }
            finished = true;
            Sequences q = new Sequences(seqs.toArray(new int[0][]), charSeqs.toArray(new int[0][]));
            seqs.clear();
            charSeqs.clear();
            return q;
        }
    }

    /** Each text as word keys and as character n-gram ids (none without character n-grams). */
    private record Sequences(int[][] words, int[][] chars) {
    }

    /** Counts document frequencies, selects the features and weighs the vectors of the sequences. */
    private static Result learn(AnalyzerConfig config, TermTable words, TermTable chars, int[][] seqs, int[][] charSeqs) {
        final int n = seqs.length;
        // the stop words have the first ids (keys 2 * id and 2 * id + 1): never counted, so never features
        final int stopKeys = config.stopWords().size() * 2;
        // document frequencies
        final boolean both = config.quotes() == QuoteMode.BOTH;
        int[] uniDf = new int[Math.max(1, words.size() * 2)];
        LongIntMap biDf = new LongIntMap(1 << 16);
        int[] charDf = new int[Math.max(1, chars.size())];
        // the last document each unigram and character n-gram was counted in: each counts once
        // per document without sorting the document's ids
        int[] uniLast = new int[uniDf.length];
        Arrays.fill(uniLast, -1);
        int[] charLast = new int[charDf.length];
        Arrays.fill(charLast, -1);
        long[] scratch = new long[1024];
        for (int d = 0; d < n; d++) {
            int[] seq = seqs[d];
            for (int v : seq) {
                if (v < stopKeys) {
                    continue;
                }
                if (uniLast[v] != d) {
                    uniLast[v] = d;
                    uniDf[v]++;
                }
                // with QuoteMode.BOTH a quoted word also counts as plain
                if (both && (v & 1) == 1 && uniLast[v & ~1] != d) {
                    uniLast[v & ~1] = d;
                    uniDf[v & ~1]++;
                }
            }
            if (config.wordNgrams() > 1 && seq.length > 1) {
                if (scratch.length < seq.length) {
                    scratch = new long[seq.length * 2];
                }
                if (both && scratch.length < seq.length * 2) {
                    scratch = new long[seq.length * 2];
                }
                int m = 0;
                for (int i = 1; i < seq.length; i++) {
                    if (seq[i] < stopKeys || seq[i - 1] < stopKeys) {
                        continue;
                    }
                    boolean quoted = (seq[i] & 1) == 1;
                    scratch[m++] = FeatureSpace.bigramKey(seq[i - 1] >>> 1, seq[i] >>> 1, quoted);
                    if (both && quoted) {
                        scratch[m++] = FeatureSpace.bigramKey(seq[i - 1] >>> 1, seq[i] >>> 1, false);
                    }
                }
                Arrays.sort(scratch, 0, m);
                for (int i = 0; i < m; i++) {
                    if (i == 0 || scratch[i] != scratch[i - 1]) {
                        int s = biDf.slot(scratch[i], 0);
                        biDf.setValueAt(s, biDf.valueAt(s) + 1);
                    }
                }
            }
            if (charSeqs != null) {
                for (int c : charSeqs[d]) {
                    if (charLast[c] != d) {
                        charLast[c] = d;
                        charDf[c]++;
                    }
                }
            }
        }

        // feature selection, in a deterministic order: unigrams, bigrams, character n-grams (by
        // id: their names are only made when the space is asked for)
        int min = config.minCount();
        int features = 0;
        IntList dfs = new IntList();
        IntList uniKeys = new IntList();
        int[] uniF = new int[uniDf.length];
        Arrays.fill(uniF, -1);
        for (int key = 0; key < words.size() * 2; key++) {
            if (uniDf[key] >= min) {
                uniF[key] = features++;
                uniKeys.add(key);
                dfs.add(uniDf[key]);
            }
        }
        LongIntMap biF = new LongIntMap(16);
        long[] biKeys = new long[0];
        if (biDf.size() > 0) {
            long[] keys = new long[biDf.size()];
            int k = 0;
            for (int s = 0; s < biDf.capacity(); s++) {
                if (biDf.occupied(s) && biDf.valueAt(s) >= min) {
                    keys[k++] = biDf.keyAt(s);
                }
            }
            biKeys = Arrays.copyOf(keys, k);
            Arrays.sort(biKeys);
            biF = new LongIntMap(k);
            for (long key : biKeys) {
                biF.put(key, features++);
                dfs.add(biDf.get(key, 0));
            }
        }
        IntList charIds = new IntList();
        int[] charF = new int[charDf.length];
        Arrays.fill(charF, -1);
        for (int c = 0; c < chars.size(); c++) {
            if (charDf[c] >= min) {
                charF[c] = features++;
                charIds.add(c);
                dfs.add(charDf[c]);
            }
        }
        float[] idf = new float[features];
        for (int f = 0; f < idf.length; f++) {
            idf[f] = (float) (Math.log((1.0 + n) / (1.0 + dfs.get(f))) + 1.0);
        }

        // training vectors
        SparseVector[] vectors = new SparseVector[n];
        int[] buf = new int[1024];
        FeatureCounts counts = new FeatureCounts();
        for (int d = 0; d < n; d++) {
            int[] seq = seqs[d];
            int need = seq.length * 4 + (charSeqs != null ? charSeqs[d].length : 0);
            if (buf.length < need) {
                buf = new int[need * 2];
            }
            int count = 0;
            for (int i = 0; i < seq.length; i++) {
                boolean quoted = (seq[i] & 1) == 1;
                int f = uniF[seq[i]];
                if (f >= 0) {
                    buf[count++] = f;
                }
                if (both && quoted && (f = uniF[seq[i] & ~1]) >= 0) {
                    buf[count++] = f;
                }
                if (i > 0 && config.wordNgrams() > 1) {
                    int b = biF.get(FeatureSpace.bigramKey(seq[i - 1] >>> 1, seq[i] >>> 1, quoted), -1);
                    if (b >= 0) {
                        buf[count++] = b;
                    }
                    if (both && quoted && (b = biF.get(FeatureSpace.bigramKey(seq[i - 1] >>> 1, seq[i] >>> 1, false), -1)) >= 0) {
                        buf[count++] = b;
                    }
                }
            }
            if (charSeqs != null) {
                for (int c : charSeqs[d]) {
                    if (charF[c] >= 0) {
                        buf[count++] = charF[c];
                    }
                }
            }
            counts.count(buf, count, idf.length);
            vectors[d] = FeatureSpace.weigh(counts, config, idf);
            seqs[d] = null;
        }
        long[] bigrams = biKeys;
        return new Result(() -> FeatureSpace.fromNames(config, names(words, chars, uniKeys, bigrams, charIds), idf),
                idf.length, vectors);
    }

    /** The names of the selected features, in feature order. */
    private static List<String> names(TermTable words, TermTable chars, IntList uniKeys, long[] biKeys, IntList charIds) {
        List<String> names = new ArrayList<>(uniKeys.size() + biKeys.length + charIds.size());
        String[] wordTerms = words.terms();
        for (int i = 0; i < uniKeys.size(); i++) {
            int key = uniKeys.get(i);
            String w = wordTerms[key >>> 1];
            names.add((key & 1) == 1 ? FeatureSpace.QUOTE_PREFIX + w : w);
        }
        for (long key : biKeys) {
            int first = (int) (key >>> 32);
            int low = (int) key;
            int second = low >>> 1;
            boolean quoted = (low & 1) == 1;
            names.add((quoted ? FeatureSpace.QUOTE_PREFIX : "") + wordTerms[first] + " " + wordTerms[second]);
        }
        if (charIds.size() > 0) {
            String[] charTerms = chars.terms();
            for (int i = 0; i < charIds.size(); i++) {
                names.add(FeatureSpace.CHAR_PREFIX + charTerms[charIds.get(i)]);
            }
        }
        return names;
    }

    /** A growable list of ints. */
    private static final class IntList {
        private int[] a = new int[256];
        private int size;

        void add(int v) {
            if (size == a.length) {
                a = Arrays.copyOf(a, size * 2);
            }
            a[size++] = v;
        }

        int get(int i) {
            return a[i];
        }

        int size() {
            return size;
        }
    }

    /** Records each text as word ids (id << 1 | quoted) and character n-gram ids. */
    private final class SequenceSink implements TokenSink {
        final TermTable words;
        final TermTable chars;
        int[] seq = new int[1024];
        int len;
        int[] charSeq = new int[1024];
        int charLen;
        final char[] gram = new char[80];
        int[][] gramsOf = new int[1 << 12][];

        /** Ids below this are the stop words. */
        final int stopWords = config.stopWords().size();

        SequenceSink(TermTable words, TermTable chars) {
            this.words = words;
            this.chars = chars;
        }

        void reset() {
            len = 0;
            charLen = 0;
        }

        @Override
        public void token(char[] buf, int tlen, boolean quoted) {
            if (tlen < config.minTokenLength()) {
                return;
            }
            boolean q = quoted && config.quotes() != QuoteMode.IGNORE;
            if (len == seq.length) {
                seq = Arrays.copyOf(seq, len * 2);
            }
            int id = words.add(buf, tlen);
            // a stop word stays in the sequence, so that no word pair spans it
            seq[len++] = (id << 1) | (q ? 1 : 0);
            if (config.charNgrams() && id >= stopWords) {
                // a word's n-grams depend on the word alone: looked up in the table once per
                // distinct word, in the order of its first occurrence (so the ids are the same)
                if (id >= gramsOf.length) {
                    gramsOf = Arrays.copyOf(gramsOf, Math.max(id + 1, gramsOf.length * 2));
                }
                int[] grams = gramsOf[id];
                if (grams == null) {
                    grams = grams(buf, tlen);
                    gramsOf[id] = grams;
                }
                if (charLen + grams.length > charSeq.length) {
                    charSeq = Arrays.copyOf(charSeq, Math.max(charLen + grams.length, charSeq.length * 2));
                }
                System.arraycopy(grams, 0, charSeq, charLen, grams.length);
                charLen += grams.length;
            }
        }

        /** The character n-gram ids of a word, in the order min..max, then left to right. */
        private int[] grams(char[] buf, int tlen) {
            int glen = CharGrams.pad(buf, tlen, gram);
            int total = 0;
            for (int g = config.charNgramMin(); g <= config.charNgramMax(); g++) {
                total += Math.max(0, glen - g + 1);
            }
            int[] out = new int[total];
            int m = 0;
            for (int g = config.charNgramMin(); g <= config.charNgramMax(); g++) {
                for (int s = 0; s + g <= glen; s++) {
                    out[m++] = chars.add(gram, s, g);
                }
            }
            return out;
        }
    }
}
