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
 * "said", "accused" or "according"). Each label has its terms; a text whose narrator uses the
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

    /** What {@link #find} found: the label and its terms that the narrator used, longest first. */
    public record Match(String label, List<String> terms) {
        public Match {
            Objects.requireNonNull(label);
            terms = List.copyOf(terms);
        }
    }

    private final Tokenizer tokenizer;
    private final boolean lowercase;
    private final List<String> labels = new ArrayList<>();
    private final List<List<String>> terms = new ArrayList<>();
    private final List<List<String[]>> tokens = new ArrayList<>();

    /**
     * @param config the pack's analyzer: its case folding, quotation marks and quoted names
     * @param cues   the terms of each label, in the label order to report
     * @throws IllegalArgumentException for a term without a word
     */
    public NarratorCues(AnalyzerConfig config, Map<String, List<String>> cues) {
        this.tokenizer = Tokenizer.of(config);
        this.lowercase = config.lowercase();
        Tokenizer plain = new Tokenizer(config.lowercase(), List.of());
        cues.forEach((label, list) -> {
            List<String[]> t = new ArrayList<>();
            for (String term : list) {
                List<String> words = new ArrayList<>();
                plain.tokenize(TextNormalizer.normalize(term), (buf, len, quoted) -> words.add(new String(buf, 0, len)));
                if (words.isEmpty()) {
                    throw new IllegalArgumentException("cue term '" + term + "' of label '" + label + "' has no word");
                }
                t.add(words.toArray(String[]::new));
            }
            labels.add(label);
            terms.add(List.copyOf(list));
            tokens.add(t);
        });
    }

    /** The terms of each label, as given. */
    public Map<String, List<String>> cues() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            out.put(labels.get(i), terms.get(i));
        }
        return out;
    }

    /** The label whose terms, and no other label's, the narrator of {@code text} uses. */
    public Optional<Match> find(String text) {
        List<Set<String>> found = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            found.add(new LinkedHashSet<>());
        }
        Sentence s = new Sentence(found);
        tokenizer.tokenize(TextNormalizer.normalize(text), s);
        s.sentenceEnd();
        int hit = -1;
        for (int i = 0; i < found.size(); i++) {
            if (!found.get(i).isEmpty()) {
                if (hit >= 0) {
                    return Optional.empty(); // both sides' words: the rule does not decide
                }
                hit = i;
            }
        }
        return hit < 0 ? Optional.empty() : Optional.of(new Match(labels.get(hit), List.copyOf(found.get(hit))));
    }

    /** Collects one sentence's tokens, and matches the terms when it ends. */
    private final class Sentence implements TokenSink {
        private final List<Set<String>> found;
        private final List<String> words = new ArrayList<>();
        private final List<Boolean> quoted = new ArrayList<>();
        private boolean reported;

        Sentence(List<Set<String>> found) {
            this.found = found;
        }

        @Override
        public void token(char[] buf, int len, boolean q) {
            String w = new String(buf, 0, len);
            words.add(w);
            quoted.add(q);
            if (!q && REPORTING_WORDS.contains(lowercase ? w : w.toLowerCase(java.util.Locale.ROOT))) {
                reported = true;
            }
        }

        @Override
        public void sentenceEnd() {
            if (!reported) {
                // every occurrence of every term; a longer one wins over those inside it, so that
                // "self-proclaimed Republic of Kosovo" is not also "Republic of Kosovo"
                List<int[]> hits = new ArrayList<>();
                for (int l = 0; l < tokens.size(); l++) {
                    List<String[]> t = tokens.get(l);
                    for (int k = 0; k < t.size(); k++) {
                        for (int at = next(t.get(k), 0); at >= 0; at = next(t.get(k), at + 1)) {
                            hits.add(new int[] {l, k, at, at + t.get(k).length});
                        }
                    }
                }
                hits.sort((a, b) -> Integer.compare(b[3] - b[2], a[3] - a[2]));
                boolean[] taken = new boolean[words.size()];
                for (int[] h : hits) {
                    boolean free = true;
                    for (int i = h[2]; i < h[3]; i++) {
                        free &= !taken[i];
                    }
                    if (free) {
                        java.util.Arrays.fill(taken, h[2], h[3], true);
                        found.get(h[0]).add(terms.get(h[0]).get(h[1]));
                    }
                }
            }
            words.clear();
            quoted.clear();
            reported = false;
        }

        /** The next position from {@code from} where {@code term} stands unquoted, or -1. */
        private int next(String[] term, int from) {
            outer:
            for (int i = from; i + term.length <= words.size(); i++) {
                for (int j = 0; j < term.length; j++) {
                    if (quoted.get(i + j) || !words.get(i + j).equals(term[j])) {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }
    }
}
