package org.newsgauge.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgauge.testing.Corpus;

class FeatureSpaceTest {
    private static final List<String> TEXTS = List.of(
            "Serbia and Kosovo agreed on licence plates.",
            "Kosovo police closed the crossing; Serbia protested.",
            "He called it \"Kosovo and Metohija\" in Belgrade.",
            "Serbia and Kosovo met in Brussels again.");

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(QuoteMode.class)
    void trainingVectorsEqualVectorsOfTheFrozenSpace(QuoteMode mode) {
        List<String> texts = withQuotes(200);
        FeatureSpaceBuilder.Result r = new FeatureSpaceBuilder(AnalyzerConfig.defaults().withQuotes(mode)).build(texts);
        for (int i = 0; i < texts.size(); i++) {
            SparseVector v = r.space().vectorize(texts.get(i));
            assertArrayEquals(r.vectors()[i].indices(), v.indices(), "document " + i);
            assertArrayEquals(r.vectors()[i].values(), v.values(), 1e-6f, "document " + i);
        }
    }

    @Test
    void quotedNamesAreQuotedFeaturesInTrainingAndInTheFrozenSpace() {
        List<String> texts = List.of("Serbia's Office for Kosovo and Metohija said the plates rule is illegal.",
                "Officials in Kosovo and Metohija met the office for Kosovo and Metohija in Belgrade.",
                "Kosovo and Metohija office holders met.");
        AnalyzerConfig cfg = AnalyzerConfig.defaults().withMinCount(1).withQuotedNames(List.of("Office for Kosovo and Metohija"));
        FeatureSpaceBuilder.Result r = new FeatureSpaceBuilder(cfg).build(texts);
        List<String> names = r.space().names();
        assertTrue(names.contains("q:metohija") && names.contains("q:office for"), names.toString());
        assertTrue(names.contains("metohija"), "outside the name the word is the narrator's: " + names);
        assertFalse(names.contains("office for"), names.toString());
        FeatureSpace rebuilt = FeatureSpace.fromNames(r.space().config(), r.space().names(), r.space().idf());
        for (int i = 0; i < texts.size(); i++) {
            assertArrayEquals(r.vectors()[i].indices(), rebuilt.vectorize(texts.get(i)).indices(), "document " + i);
            assertArrayEquals(r.vectors()[i].values(), rebuilt.vectorize(texts.get(i)).values(), 1e-6f, "document " + i);
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(QuoteMode.class)
    void stopWordsMakeNoFeatureAndNoPairAcrossThemInTrainingAndInTheFrozenSpace(QuoteMode mode) {
        List<String> texts = List.of("The people of Kosovo's north voted; \"Kosovo is ours\", said Serbia's envoy.",
                "People of Kosovo and Serbia met in Brussels, people of Serbia said.",
                "Kosovo police closed the crossing of Jarinje; Serbia protested.");
        AnalyzerConfig cfg = AnalyzerConfig.defaults().withMinCount(1).withQuotes(mode).withCharNgrams(3, 4)
                .withStopWords(List.of("Kosovo", "SERBIA"));
        assertEquals(List.of("kosovo", "serbia"), cfg.stopWords(), "folded as the analyzer folds case");
        FeatureSpaceBuilder.Result[] paired = new FeatureSpaceBuilder(cfg).buildWithAndWithoutCharNgrams(texts);
        for (FeatureSpaceBuilder.Result r : List.of(new FeatureSpaceBuilder(cfg).build(texts), paired[0], paired[1])) {
            List<String> names = r.space().names();
            for (String n : names) {
                String plain = n.startsWith("q:") ? n.substring(2) : n;
                assertFalse(List.of(plain.split(" ")).contains("kosovo") || List.of(plain.split(" ")).contains("serbia"), n);
                assertFalse(n.equals("c:kos") || n.equals("c:<ser") || n.equals("c:bia>"), "no n-gram of a stop word: " + n);
                // (no other word of these texts shares a 3- or 4-gram with the padded stop words)
                assertFalse(n.startsWith("c:") && (" kosovo ".contains(n.substring(2)) || " serbia ".contains(n.substring(2))),
                        "no n-gram of a stop word: " + n);
            }
            assertTrue(names.contains("people of") && names.contains("'s north") && names.contains("north"), names.toString());
            assertFalse(names.contains("of 's") || names.contains("of and") || names.contains("and met"),
                    "no pair spans a stop word: " + names);
            FeatureSpace rebuilt = FeatureSpace.fromNames(r.space().config(), r.space().names(), r.space().idf());
            for (int i = 0; i < texts.size(); i++) {
                assertArrayEquals(r.vectors()[i].indices(), rebuilt.vectorize(texts.get(i)).indices(), "document " + i);
                assertArrayEquals(r.vectors()[i].values(), rebuilt.vectorize(texts.get(i)).values(), 1e-6f, "document " + i);
            }
            assertEquals(0, rebuilt.vectorize("Kosovo Serbia").indices().length, "a text of stop words has no feature");
        }
    }

    @Test
    void aStopWordIsOneTokenAndNoFeatureName() {
        IllegalArgumentException two = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> AnalyzerConfig.defaults().withStopWords(List.of("Kosovo's")));
        assertEquals("a stop word is one word as the tokenizer splits text; 'Kosovo's' is 2 (kosovo, 's): list each word on"
                + " its own", two.getMessage());
        assertThrows(() -> AnalyzerConfig.defaults().withStopWords(List.of("--")), "is no word");
        AnalyzerConfig cfg = AnalyzerConfig.defaults().withStopWords(List.of("kosovo"));
        assertThrows(() -> FeatureSpace.fromNames(cfg, List.of("kosovo police"), new float[] {1f}),
                "stop word 'kosovo' is in a feature name");
    }

    @Test
    void anAbbreviationStopWordIsKeptInTheFormTheTokenizerGivesItAndReadBackTheSame() {
        // "U.S." is one token, u.s, only when a full stop follows the S (as in text); on its own
        // "u.s" is two: the stored form must still be taken back by the constructor a pack
        // reader and every with* method go through
        AnalyzerConfig cfg = AnalyzerConfig.defaults().withMinCount(1).withStopWords(List.of("U.S.", "E.U"));
        assertEquals(List.of("u.s", "e.u"), cfg.stopWords());
        AnalyzerConfig again = cfg.withCharNgrams(2, 3);
        assertEquals(cfg.stopWords(), again.stopWords());
        AnalyzerConfig read = new AnalyzerConfig(cfg.lowercase(), cfg.wordNgrams(), cfg.charNgramMin(),
                cfg.charNgramMax(), cfg.quotes(), cfg.minCount(), cfg.weighting(), cfg.minTokenLength(),
                cfg.quotedNames(), cfg.stopWords());
        assertEquals(cfg, read);
        List<String> texts = List.of("The U.S. envoy met the E.U. envoy.", "U.S. and E.U. officials said no.");
        FeatureSpaceBuilder.Result r = new FeatureSpaceBuilder(again).build(texts);
        assertFalse(r.space().names().stream().anyMatch(n -> n.contains("u.s") || n.contains("e.u")),
                r.space().names().toString());
        assertTrue(r.space().names().contains("envoy"), r.space().names().toString());
        for (int i = 0; i < texts.size(); i++) {
            assertArrayEquals(r.vectors()[i].indices(), r.space().vectorize(texts.get(i)).indices(), "document " + i);
        }
    }

    @Test
    void aStopWordCutAtTheLongestTokenToAFormThatReadsBackAsAnotherWordIsRefused() {
        // 63 letters and a hyphen: the token keeps the hyphen as its 64th character, and read
        // back alone that is the 63 letters, another word
        String word = "a".repeat(63) + "-b";
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> AnalyzerConfig.defaults().withStopWords(List.of(word)));
        assertTrue(e.getMessage().contains("64 characters"), e.getMessage());
        assertEquals(List.of("b".repeat(64)), AnalyzerConfig.defaults().withStopWords(List.of("b".repeat(70)))
                .withMinCount(1).stopWords(), "a long word is cut as the tokenizer cuts text");
    }

    @Test
    void aCliticStopWordStopsTheClitic() {
        // the refusal of "Kosovo's" names its tokens as kosovo and 's: listing 's as a stop word
        // must stop the clitic, not the letter s
        AnalyzerConfig cfg = AnalyzerConfig.defaults().withMinCount(1).withStopWords(List.of("'s", "n't"));
        assertEquals(List.of("'s", "n't"), cfg.stopWords());
        assertEquals(cfg.stopWords(), cfg.withCharNgrams(2, 3).stopWords(), "read back as itself");
        List<String> texts = List.of("Kosovo's police don't see the letter s.", "Serbia's envoy didn't say s or t.");
        FeatureSpaceBuilder.Result r = new FeatureSpaceBuilder(cfg).build(texts);
        List<String> names = r.space().names();
        assertFalse(names.stream().anyMatch(n -> n.contains("'s") || n.contains("n't")), names.toString());
        assertTrue(names.contains("s") && names.contains("kosovo"), names.toString());
        for (int i = 0; i < texts.size(); i++) {
            assertArrayEquals(r.vectors()[i].indices(), r.space().vectorize(texts.get(i)).indices(), "document " + i);
        }
    }

    private static void assertThrows(org.junit.jupiter.api.function.Executable call, String part) {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(part), e.getMessage());
    }

    @Test
    void minCountDropsRareFeaturesAndKeepsBigrams() {
        FeatureSpace fs = new FeatureSpaceBuilder(AnalyzerConfig.defaults().withMinCount(2)).build(TEXTS).space();
        assertTrue(fs.names().contains("serbia and"), fs.names().toString());
        assertTrue(fs.names().contains("kosovo"));
        assertFalse(fs.names().contains("plates"), "seen once, below the minimum count");
    }

    @Test
    void quotedWordsAreSeparateFeatures() {
        AnalyzerConfig cfg = AnalyzerConfig.defaults().withMinCount(1);
        FeatureSpace marked = new FeatureSpaceBuilder(cfg).build(TEXTS).space();
        assertTrue(marked.names().contains("q:metohija"));
        assertFalse(marked.names().contains("metohija"));
        FeatureSpace ignored = new FeatureSpaceBuilder(cfg.withQuotes(QuoteMode.IGNORE)).build(TEXTS).space();
        assertTrue(ignored.names().contains("metohija"));
        assertFalse(ignored.names().stream().anyMatch(n -> n.startsWith("q:")));
        FeatureSpace both = new FeatureSpaceBuilder(cfg.withQuotes(QuoteMode.BOTH)).build(TEXTS).space();
        assertTrue(both.names().contains("metohija") && both.names().contains("q:metohija"));
        assertTrue(both.names().contains("and metohija") && both.names().contains("q:and metohija"));
    }

    @Test
    void vectorsAreUnitLengthAndUnknownTextIsEmpty() {
        FeatureSpace fs = new FeatureSpaceBuilder(AnalyzerConfig.defaults().withMinCount(1)).build(TEXTS).space();
        SparseVector v = fs.vectorize("Serbia and Kosovo");
        double norm = 0;
        for (float f : v.values()) {
            norm += f * f;
        }
        assertEquals(1.0, norm, 1e-5);
        assertEquals(0, fs.vectorize("zebra xylophone").size());
        assertEquals(0, fs.vectorize("").size());
    }

    @Test
    void characterNgramsAreOptional() {
        FeatureSpace fs = new FeatureSpaceBuilder(AnalyzerConfig.defaults().withMinCount(1).withCharNgrams(3, 3))
                .build(TEXTS).space();
        assertTrue(fs.names().contains("c: ko"), "padded word start");
        assertTrue(fs.names().contains("c:sov"));
        FeatureSpace rebuilt = FeatureSpace.fromNames(fs.config(), fs.names(), fs.idf());
        assertEquals(fs.vectorize(TEXTS.get(0)), rebuilt.vectorize(TEXTS.get(0)));
    }

    @Test
    void characterNgramsOfKnownAndUnknownWordsAreFoundWhateverTheirPrefixes() {
        AnalyzerConfig cfg = AnalyzerConfig.defaults().withMinCount(1).withCharNgrams(2, 4);
        // "c:abc" without its prefix "c:ab": no gram may be skipped for a missing prefix
        List<String> names = List.of("abc", "c: a", "c:abc", "c:bc", "c:c ", "c:bc ", "c:xa");
        float[] idf = {1, 1, 1, 1, 1, 1, 1};
        FeatureSpace fs = FeatureSpace.fromNames(cfg, names, idf);
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5}, fs.vectorize("abc").indices(), "a known word");
        assertArrayEquals(new int[] {2, 3, 4, 5, 6}, fs.vectorize("xabc").indices(), "an unknown word");
        // prefix-closed: the same grams found with the early stop
        List<String> closed = List.of("abc", "c: a", "c:ab", "c:abc", "c:bc", "c:c ", "c:bc ", "c:xa");
        FeatureSpace fc = FeatureSpace.fromNames(cfg, closed, new float[] {1, 1, 1, 1, 1, 1, 1, 1});
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6}, fc.vectorize("abc").indices());
        assertArrayEquals(new int[] {2, 3, 4, 5, 6, 7}, fc.vectorize("xabc").indices());
    }

    @Test
    void sameTextsGiveSameFeaturesInSameOrder() {
        FeatureSpace a = new FeatureSpaceBuilder(AnalyzerConfig.defaults()).build(TEXTS).space();
        FeatureSpace b = new FeatureSpaceBuilder(AnalyzerConfig.defaults()).build(TEXTS).space();
        assertEquals(a.names(), b.names());
        assertArrayEquals(a.idf(), b.idf());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(QuoteMode.class)
    void oneTokenisingPassGivesWhatEachAnalyzerGivesAlone(QuoteMode mode) {
        List<String> texts = withQuotes(300);
        AnalyzerConfig words = AnalyzerConfig.defaults().withQuotes(mode);
        AnalyzerConfig chars = words.withCharNgrams(2, 5);
        FeatureSpaceBuilder.Result[] both = new FeatureSpaceBuilder(chars).buildWithAndWithoutCharNgrams(texts);
        FeatureSpaceBuilder.Result[] alone = {
            new FeatureSpaceBuilder(chars).build(texts), new FeatureSpaceBuilder(words).build(texts)};
        for (int r = 0; r < 2; r++) {
            assertEquals(alone[r].features(), both[r].features(), "known before the space is made");
            assertEquals(alone[r].space().config(), both[r].space().config());
            assertEquals(both[r].features(), both[r].space().size());
            assertEquals(alone[r].space().names(), both[r].space().names());
            assertArrayEquals(alone[r].space().idf(), both[r].space().idf());
            assertArrayEquals(alone[r].vectors(), both[r].vectors());
        }
        assertTrue(both[0].space().size() > both[1].space().size());
    }

    @Test
    void characterNgramsOfRepeatedWordsAreCountedEveryTime() {
        AnalyzerConfig cfg = AnalyzerConfig.defaults().withMinCount(1).withCharNgrams(3, 3);
        FeatureSpaceBuilder.Result r = new FeatureSpaceBuilder(cfg).build(List.of("kosovo kosovo serbia", "kosovo"));
        for (int d = 0; d < 2; d++) {
            SparseVector v = r.space().vectorize(d == 0 ? "kosovo kosovo serbia" : "kosovo");
            assertArrayEquals(r.vectors()[d].indices(), v.indices(), "document " + d);
            assertArrayEquals(r.vectors()[d].values(), v.values(), 1e-6f, "document " + d);
        }
    }

    /** {@code rows} generated texts, then {@link #TEXTS} and one with quotes inside quotes. */
    private static List<String> withQuotes(int rows) {
        List<String> texts = new java.util.ArrayList<>(Corpus.rows(rows, 3).stream().map(Corpus.Row::text).toList());
        texts.addAll(TEXTS);
        texts.add("They said \"Kosovo and Metohija\" and \"Serbia and Kosovo\" twice: \"Kosovo and Metohija\".");
        return texts;
    }
}
