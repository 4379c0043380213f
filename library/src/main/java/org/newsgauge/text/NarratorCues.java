package org.newsgauge.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Finds listed terms said in the narrator's own voice: outside quotation marks, outside the
 * analyzer's quoted names, and in a sentence that reports nobody's speech (no word such as
 * "said", "accused" or "according"), or before the reporting word, right after "of" (the
 * narrator introducing the speaker: "the head of the cabinet of the self-proclaimed Republic of
 * Kosovo announced"). Each label has its terms; a text whose narrator uses the
 * terms of exactly one label gives that label. This is the annotation guide's rule that one
 * unattributed loaded term makes an article partisan (§4.8), which a bag of words learns only
 * for the terms it has seen often.
 *
 * <pre>{@code
 * NarratorCues cues = new NarratorCues(AnalyzerConfig.defaults(),
 *         Map.of("pro_serbia", List.of("Serbia's breakaway province")));
 * cues.find("Trade resumed with Serbia's breakaway province on Monday.");   // pro_serbia
 * cues.find("Vucic said trade resumed with Serbia's breakaway province.");  // empty: reported
 * }</pre>
 *
 * <p>Terms are matched as whole tokens of the analyzer's tokenizer (case folded as it folds),
 * so "self-proclaimed" and "Serbia's" match as they are tokenized. Immutable and thread-safe.
 */
public final class NarratorCues {

    /** Words that make a sentence reported speech, whose loaded words belong to the speaker. */
    public static final Set<String> REPORTING_WORDS = Set.of("said", "says", "say", "told", "tells", "tell",
            "accused", "accuses", "accusing", "claimed", "claims", "claiming", "stated", "added", "adds",
            "warned", "warns", "insisted", "insists", "argued", "argues", "alleged", "alleges", "according",
            "described", "describes", "urged", "urges", "demanded", "demands", "called", "calls", "believes",
            "believed", "asserted", "asserts", "announced", "announces", "condemned", "condemns", "reported",
            "statement", "quoted", "cited", "wrote", "writes");

    /**
     * Words after which a reporting word is a noun, not a verb of speech: "the accused Serbs",
     * "a statement", "their demands". The sentence is then not reported speech for that word.
     * Not "that": before a reporting word it is mostly a relative pronoun or a conjunction ("a
     * note that accused Belgrade"), after which the word is a verb.
     */
    static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "these", "those", "his", "her",
            "their", "its", "our", "your");

    /** What {@link #find} found: the label and its terms that the narrator used, longest first. */
    public record Match(String label, List<String> terms) {
        /**
         * Copies the terms in.
         *
         * @param label the label whose terms the narrator used
         * @param terms those terms, longest first
         * @throws NullPointerException when an argument or one of the terms is null
         */
        public Match {
            Objects.requireNonNull(label);
            terms = List.copyOf(terms);
        }
    }

    private final Tokenizer tokenizer;
    private final Map<String, List<String>> cues;
    private final List<String> labels;
    /** The words of the terms and the reporting words, by id: read-only after construction. */
    private final TermTable vocabulary = new TermTable(64);
    /**
     * By id, the word's roles: {@link #REPORTING}, {@link #DETERMINER} (after which a reporting
     * word is a noun), {@link #OF} (after which, with or without a determiner, a term names what a
     * noun before it belongs to).
     */
    private final byte[] role;
    private static final byte REPORTING = 1;
    private static final byte DETERMINER = 2;
    private static final byte OF = 4;
    /** Per label, per term, the ids of its words. */
    private final int[][][] ids;
    /** By word id, the terms (label << 16 | term) that start with it; null for none. */
    private final int[][] startingWith;

    /**
     * @param config the pack's analyzer: its case folding, quotation marks and quoted names
     * @param cues   the terms of each label, in the label order to report
     * @throws IllegalArgumentException for a term without a word
     */
    public NarratorCues(AnalyzerConfig config, Map<String, List<String>> cues) {
        this.tokenizer = Tokenizer.of(config);
        Map<String, List<String>> copy = new LinkedHashMap<>();
        cues.forEach((label, list) -> copy.put(label, List.copyOf(list)));
        this.cues = java.util.Collections.unmodifiableMap(copy);
        this.labels = List.copyOf(copy.keySet());
        Tokenizer plain = new Tokenizer(config.lowercase(), List.of());
        List<int[][]> byLabel = new ArrayList<>();
        cues.forEach((label, list) -> {
            if (list.size() > 0xFFFF) {
                throw new IllegalArgumentException("label '" + label + "' has " + list.size() + " cue terms; at most 65,535");
            }
            int[][] t = new int[list.size()][];
            for (int k = 0; k < list.size(); k++) {
                List<Integer> words = new ArrayList<>();
                plain.tokenize(TextNormalizer.normalize(list.get(k)), (buf, len, quoted) -> words.add(vocabulary.add(buf, len)));
                if (words.isEmpty()) {
                    throw new IllegalArgumentException("cue term '" + list.get(k) + "' of label '" + label + "' has no word");
                }
                t[k] = words.stream().mapToInt(Integer::intValue).toArray();
            }
            byLabel.add(t);
        });
        this.ids = byLabel.toArray(int[][][]::new);
        List<Integer> verbs = ids(REPORTING_WORDS, config.lowercase());
        List<Integer> dets = ids(DETERMINERS, config.lowercase());
        List<Integer> ofs = ids(Set.of("of"), config.lowercase());
        this.role = new byte[vocabulary.size()];
        verbs.forEach(v -> role[v] |= REPORTING);
        dets.forEach(v -> role[v] |= DETERMINER);
        ofs.forEach(v -> role[v] |= OF);
        this.startingWith = new int[vocabulary.size()][];
        for (int l = 0; l < ids.length; l++) {
            for (int k = 0; k < ids[l].length; k++) {
                int first = ids[l][k][0];
                int[] had = startingWith[first] == null ? new int[0] : startingWith[first];
                int[] now = java.util.Arrays.copyOf(had, had.length + 1);
                now[had.length] = l << 16 | k;
                startingWith[first] = now;
            }
        }
    }

    /**
     * The vocabulary ids of {@code words}, added as needed; with an analyzer that keeps case also
     * of their capitalised and upper-case forms ("According" at a sentence's start, "SAID" in a
     * headline).
     */
    private List<Integer> ids(Set<String> words, boolean lowercase) {
        List<Integer> out = new ArrayList<>();
        for (String w : words) {
            out.add(vocabulary.add(w));
            if (!lowercase) {
                out.add(vocabulary.add(Character.toUpperCase(w.charAt(0)) + w.substring(1)));
                out.add(vocabulary.add(w.toUpperCase(java.util.Locale.ROOT)));
            }
        }
        return out;
    }

    /** Whether the word {@code id} (-1: a word not in the vocabulary) has {@code r} among its roles. */
    private boolean is(int id, byte r) {
        return id >= 0 && (role[id] & r) != 0;
    }

    /** The terms of each label, as given. */
    public Map<String, List<String>> cues() {
        return cues;
    }

    /** The label whose terms, and no other label's, the narrator of {@code text} uses. */
    public Optional<Match> find(String text) {
        Reading r = reading();
        tokenizer.tokenize(TextNormalizer.normalize(text), r);
        return r.match();
    }

    /**
     * A reader of one text's tokens, to be fed by the analyzer's tokenizer (for instance through
     * {@link FeatureSpace#vectorize(String, TokenSink)}, so that the text is tokenised once); its
     * {@link Reading#match()} is then what {@link #find} gives. One reading per text and thread.
     */
    public Reading reading() {
        return new Reading();
    }

    /**
     * Collects one sentence's word ids (-1 for a word no term has) and quotation flags, and
     * matches the terms when it ends.
     */
    public final class Reading implements TokenSink {
        /** Per label, the indices of the terms found, or null for none. */
        @SuppressWarnings("unchecked")
        private final Set<Integer>[] found = new Set[labels.size()];
        private int[] words = new int[64];
        private boolean[] quoted = new boolean[64];
        private int n;
        /** Index of the sentence's first reporting word; -1 when it has none (it is not reported speech). */
        private int firstReport = -1;
        private boolean anyCueWord;

        @Override
        public void token(char[] buf, int len, boolean q) {
            int id = vocabulary.get(buf, len);
            if (n == words.length) {
                words = java.util.Arrays.copyOf(words, 2 * n);
                quoted = java.util.Arrays.copyOf(quoted, 2 * n);
            }
            boolean afterDeterminer = n > 0 && is(words[n - 1], DETERMINER);
            words[n] = id;
            quoted[n++] = q;
            if (id >= 0 && !q) {
                if (firstReport < 0 && !afterDeterminer && is(id, REPORTING)) {
                    firstReport = n - 1;
                }
                anyCueWord |= startingWith[id] != null;
            }
        }

        @Override
        public boolean readsSentences() {
            return true;
        }

        @Override
        public void sentenceEnd() {
            if (anyCueWord) {
                matchSentence();
            }
            n = 0;
            firstReport = -1;
            anyCueWord = false;
        }

        /** The label whose terms, and no other label's, the narrator used in the tokens read. */
        public Optional<Match> match() {
            sentenceEnd();
            int hit = -1;
            for (int i = 0; i < found.length; i++) {
                if (found[i] != null) {
                    if (hit >= 0) {
                        return Optional.empty(); // both sides' words: the rule does not decide
                    }
                    hit = i;
                }
            }
            if (hit < 0) {
                return Optional.empty();
            }
            // longest first (in words) over the whole text, as Match says: the explanation leads with it
            int[][] words = ids[hit];
            List<String> terms = cues.get(labels.get(hit));
            return Optional.of(new Match(labels.get(hit), found[hit].stream()
                    .sorted((a, b) -> Integer.compare(words[b].length, words[a].length)).map(terms::get).toList()));
        }

        /**
         * In a sentence of reported speech, whether the term at {@code [from, to)} is still the
         * narrator's: before the reporting word, naming what a noun belongs to ("the head of the
         * cabinet of the self-proclaimed Republic of Kosovo announced ..."), which is how the
         * narrator introduces the speaker, not what the speaker said.
         */
        private boolean describes(int from, int to) {
            if (to > firstReport || from == 0) {
                return false;
            }
            int before = words[from - 1];
            if (is(before, DETERMINER) && from >= 2) {
                before = words[from - 2];
            }
            return is(before, OF);
        }

        private void matchSentence() {
            // every occurrence of every term; a longer one wins over those inside it, so that
            // "self-proclaimed Republic of Kosovo" is not also "Republic of Kosovo"
            List<int[]> hits = new ArrayList<>();
            for (int at = 0; at < n; at++) {
                int[] starting = words[at] < 0 || quoted[at] ? null : startingWith[words[at]];
                if (starting == null) {
                    continue;
                }
                for (int packed : starting) {
                    int l = packed >>> 16;
                    int k = packed & 0xFFFF;
                    if (standsAt(ids[l][k], at) && (firstReport < 0 || describes(at, at + ids[l][k].length))) {
                        hits.add(new int[] {l, k, at, at + ids[l][k].length});
                    }
                }
            }
            if (hits.isEmpty()) {
                return;
            }
            hits.sort((a, b) -> Integer.compare(b[3] - b[2], a[3] - a[2]));
            boolean[] taken = new boolean[n];
            for (int[] h : hits) {
                boolean free = true;
                for (int i = h[2]; i < h[3]; i++) {
                    free &= !taken[i];
                }
                if (free) {
                    java.util.Arrays.fill(taken, h[2], h[3], true);
                    if (found[h[0]] == null) {
                        found[h[0]] = new LinkedHashSet<>();
                    }
                    found[h[0]].add(h[1]);
                }
            }
        }

        /** Whether {@code term} stands unquoted at position {@code at}. */
        private boolean standsAt(int[] term, int at) {
            if (at + term.length > n) {
                return false;
            }
            for (int j = 0; j < term.length; j++) {
                if (quoted[at + j] || words[at + j] != term[j]) {
                    return false;
                }
            }
            return true;
        }
    }
}
