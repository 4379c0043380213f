package org.newsgauge.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {
    private static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        new Tokenizer(true).tokenize(text, (buf, len, quoted) -> out.add((quoted ? "Q:" : "") + new String(buf, 0, len)));
        return out;
    }

    @Test
    void splitsWordsAndFoldsCase() {
        assertEquals(List.of("kosovo", "police", "closed", "jarinje"), tokens("Kosovo police closed Jarinje."));
    }

    @Test
    void splitsEnglishClitics() {
        assertEquals(List.of("serbia", "'s", "president", "do", "n't", "they", "'re"),
                tokens("Serbia's president don't they're"));
        assertEquals(List.of("serbia", "'s"), tokens("Serbia\u2019s"));
    }

    @Test
    void keepsHyphensNumbersAndNames() {
        assertEquals(List.of("pro-western", "1,200", "3.5", "o'brien", "2021-22"),
                tokens("pro-Western 1,200 3.5 O'Brien 2021-22"));
    }

    @Test
    void marksQuotedWords() {
        assertEquals(List.of("he", "called", "it", "Q:kosovo", "Q:and", "Q:metohija", "today"),
                tokens("He called it \u201cKosovo and Metohija\u201d today"));
        assertEquals(List.of("Q:terrorists", "said", "kurti"), tokens("\"Terrorists,\" said Kurti"));
    }

    private static List<String> tokensWithNames(String text, String... names) {
        List<String> normalised = AnalyzerConfig.defaults().withQuotedNames(List.of(names)).quotedNames();
        List<String> out = new ArrayList<>();
        new Tokenizer(true, normalised).tokenize(text, (buf, len, quoted) -> out.add((quoted ? "Q:" : "") + new String(buf, 0, len)));
        return out;
    }

    @Test
    void wordsOfAQuotedNameCountAsQuotedWhereverTheyStand() {
        assertEquals(List.of("serbia", "'s", "Q:office", "Q:for", "Q:kosovo", "Q:and", "Q:metohija", "said", "kosovo", "and",
                        "metohija"),
                tokensWithNames("Serbia's OFFICE for  Kosovo and Metohija said Kosovo and Metohija",
                        "Office for Kosovo and Metohija"));
        // the name across a line break, and two names sharing a first letter
        assertEquals(List.of("Q:ministry", "Q:for", "Q:kosovo", "Q:and", "Q:metohija", "Q:ministry", "Q:of", "Q:x"),
                tokensWithNames("Ministry for Kosovo and\nMetohija; Ministry of X", "Ministry of X",
                        "ministry for kosovo and metohija"));
    }

    @Test
    void theLongestQuotedNameWinsWhateverTheirOrder() {
        List<String> expected = List.of("the", "Q:office", "Q:for", "Q:kosovo", "Q:and", "Q:metohija", "said");
        String text = "the Office for Kosovo and Metohija said";
        assertEquals(expected, tokensWithNames(text, "Office for Kosovo", "Office for Kosovo and Metohija"));
        assertEquals(expected, tokensWithNames(text, "Office for Kosovo and Metohija", "Office for Kosovo"));
    }

    @Test
    void namesAreNormalisedAsTextsAreCompared() {
        // NFC, no-break spaces, typographic apostrophes, one char at a time lower case
        assertEquals(List.of("Q:café", "Q:o'neill", "Q:office", "said"),
                tokensWithNames("Caf\u00e9 O\u2019Neill Office said", "Cafe\u0301\u00A0O'Neill  office"));
        assertEquals(List.of("Q:\u03bf\u03b4\u03bf\u03c3"), tokensWithNames("\u039f\u0394\u039f\u03a3", "\u039f\u0394\u039f\u03a3"));
    }

    @Test
    void aQuotedNameMatchesWholeWordsOnly() {
        assertEquals(List.of("offices", "for", "kosovo", "office", "for", "kosovo", "and", "metohijan"),
                tokensWithNames("Offices for Kosovo. Office for Kosovo and Metohijan", "Office for Kosovo and Metohija",
                        "Office for Kosov"));
        assertEquals(List.of("office", "for", "metohija-run", "Q:office", "Q:for", "Q:metohija", "Q:'s"),
                tokensWithNames("Office for Metohija-run Office for Metohija's", "Office for Metohija"));
        // without names the tokenizer is unchanged
        assertEquals(tokens("Office for Kosovo and Metohija"), tokensWithNames("Office for Kosovo and Metohija"));
    }

    @Test
    void aQuotedNameNeedsALetterOrDigit() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> AnalyzerConfig.defaults().withQuotedNames(List.of(" -- ")));
        assertEquals(List.of("office for kosovo and metohija"),
                AnalyzerConfig.defaults().withQuotedNames(List.of("  Office  for Kosovo and Metohija ", "office for kosovo and metohija"))
                        .quotedNames());
    }

    @Test
    void lineBreakEndsAnUnclosedQuote() {
        assertEquals(List.of("Q:open", "Q:quote", "next", "line"), tokens("\"open quote\nnext line"));
    }

    @Test
    void handlesEmptyAndPunctuationOnly() {
        assertEquals(List.of(), tokens(""));
        assertEquals(List.of(), tokens(" ... --- !!! "));
    }

    @Test
    void capsVeryLongTokensWithoutFailing() {
        String longWord = "a".repeat(10_000);
        List<String> t = tokens(longWord + " end");
        assertEquals(2, t.size());
        assertEquals("end", t.get(1));
    }
}
