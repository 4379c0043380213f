package org.newsgauge.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NarratorCuesTest {

    private static final Map<String, List<String>> CUES = new LinkedHashMap<>();

    static {
        CUES.put("pro_serbia", List.of("Kosovo and Metohija", "self-proclaimed", "self-proclaimed Republic of Kosovo",
                "breakaway province"));
        CUES.put("pro_kosovo", List.of("Republic of Kosovo", "Serbian aggression"));
    }

    private final NarratorCues cues = new NarratorCues(
            AnalyzerConfig.defaults().withQuotedNames(List.of("Office for Kosovo and Metohija")), CUES);

    private String label(String text) {
        return cues.find(text).map(NarratorCues.Match::label).orElse("none");
    }

    @Test
    void aTermInTheNarratorsVoiceGivesItsLabel() {
        assertEquals("pro_serbia", label("Trade resumed with Serbia's breakaway province on Monday."));
        assertEquals("pro_kosovo", label("The Republic of Kosovo opened an embassy in Berlin."));
        assertEquals(List.of("breakaway province"), cues.find("Trade with the Breakaway  Province resumed.").get().terms());
    }

    @Test
    void quotedReportedOrInstitutionWordsAreNotTheNarrators() {
        assertEquals("none", label("He spoke of \"Serbian aggression\" in the north."));
        assertEquals("none", label("He spoke of “Serbian aggression” in the north."));
        assertEquals("none", label("Kurti said it was Serbian aggression against a sovereign state."));
        assertEquals("none", label("Serbian aggression, according to the minister, had begun."));
        assertEquals("none", label("The head of Serbia's Office for Kosovo and Metohija visited Gracanica."));
        // a reporting word protects its own sentence, not the next one
        assertEquals("pro_kosovo", label("Kurti said talks would go on. Serbian aggression continued in the north."));
        // a line break closes a sentence and an open quotation
        assertEquals("pro_kosovo", label("He warned of \"trouble\nSerbian aggression continued"));
    }

    @Test
    void aReportingWordAfterADeterminerIsANounNotSpeech() {
        // "the accused" are defendants; "a statement" is a thing: the narrator still speaks
        assertEquals("pro_kosovo", label("Serbian aggression in Banjska: the accused appear before a court today"));
        assertEquals("pro_serbia", label("The breakaway province answered their demands with a statement on Monday."));
        // the verb still makes the sentence reported speech
        assertEquals("none", label("Kurti accused Belgrade of Serbian aggression in Banjska."));
        assertEquals("none", label("The breakaway province, the minister claimed, had closed the road."));
    }

    @Test
    void aReportingVerbAfterTheRelativeThatIsStillSpeech() {
        // "that" before a reporting word is a relative pronoun or a conjunction: "a note that accused"
        assertEquals("none", label("Pristina sent a note that accused Belgrade of Serbian aggression in Banjska."));
        assertEquals("none", label("It was the minister that claimed the breakaway province had closed the road."));
    }

    @Test
    void aTermNamingWhatTheSpeakerBelongsToBeforeTheVerbIsTheNarrators() {
        // how the narrator introduces the speaker is the narrator's wording, not the speaker's
        assertEquals("pro_serbia", label("Albin Kurti, the head of the cabinet of the self-proclaimed Republic of Kosovo,"
                + " announced Thursday that tariffs would be lifted."));
        assertEquals("pro_serbia", label("The Prime Minister of the breakaway province accused criminals of the attack."));
        // after the verb it is what was said; before it but not after "of", a fronted quotation
        assertEquals("none", label("Kurti said the police of the Republic of Kosovo acted lawfully."));
        assertEquals("none", label("Serbian aggression, the minister said, had begun."));
        assertEquals("none", label("The head of the \"self-proclaimed\" state said talks would resume."));
    }

    @Test
    void wholeTokensOnlyAndTheLongestTermWins() {
        assertEquals("none", label("The self-proclaimedly neutral observers left."));
        assertEquals("none", label("Both the breakaway provinces of Georgia voted."));
        // "self-proclaimed Republic of Kosovo" is the Belgrade term, not "Republic of Kosovo"
        Optional<NarratorCues.Match> m = cues.find("The self-proclaimed Republic of Kosovo lost another recognition.");
        assertEquals("pro_serbia", m.get().label());
        assertEquals(List.of("self-proclaimed Republic of Kosovo"), m.get().terms());
    }

    @Test
    void theTermsFoundComeLongestFirstAcrossSentences() {
        // Match documents its terms longest first; the explanation leads with the first
        Optional<NarratorCues.Match> m = cues.find("Trade with the breakaway province resumed. "
                + "The self-proclaimed Republic of Kosovo lost another recognition.");
        assertEquals(List.of("self-proclaimed Republic of Kosovo", "breakaway province"), m.get().terms());
    }

    @Test
    void bothSidesWordsDecideNothing() {
        assertEquals("none", label("Kosovo and Metohija is not the Republic of Kosovo."));
    }

    @Test
    void aTermWithoutAWordIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new NarratorCues(AnalyzerConfig.defaults(), Map.of("x", List.of(" -- "))));
        assertTrue(e.getMessage().contains("has no word"), e.getMessage());
    }

    @Test
    void aSentenceEndingInsideItsQuotationEndsThere() {
        // the narrator's next sentence is not the quoted leader's reported speech
        assertEquals("pro_serbia", label("Vucic said: \"We will never give up.\" Trade resumed with Serbia's breakaway province on Monday."));
        assertEquals("pro_serbia", label("Vucic said: \u201CWe will never give up!\u201D Trade resumed with Serbia's breakaway province."));
        assertEquals("pro_serbia", label("Vucic said talks would go on (as he had in May.) Trade resumed with the breakaway province."));
        // the quoted words stay quoted
        assertEquals("none", label("Vucic said: \"It is Serbia's breakaway province.\" Trade resumed on Monday."));
    }

    @Test
    void anAbbreviationDoesNotEndTheSentence() {
        // "U.S." and "Dr." end no sentence: the attribution still covers the narrator's words
        assertEquals("none", label("According to U.S. envoy Gabriel Escobar, Serbia's breakaway province must form the association."));
        assertEquals("none", label("The self-proclaimed state's premier met U.S. Ambassador Jeffrey Hovenier, Serbian media reported."));
        assertEquals("none", label("Serbian aggression is the real problem, Dr. Petrovic told the panel."));
        assertEquals("none", label("Serbian aggression began on Nov. 3, Kurti told parliament."));
        assertEquals("none", label("The breakaway province was the issue, Aleksandar S. Vucic told the assembly."));
        // a full stop after an ordinary word still ends the sentence
        assertEquals("pro_kosovo", label("Kurti said talks would go on in the U.S. capital. Serbian aggression continued in the north."));
    }

    @Test
    void reportingWordsAreFoundWhateverTheirCaseWhenTheAnalyzerKeepsCase() {
        NarratorCues cased = new NarratorCues(new AnalyzerConfig(false, 2, 0, 0, QuoteMode.MARK, 2, Weighting.SUBLINEAR_TFIDF, 1),
                Map.of("pro_serbia", List.of("self-proclaimed")));
        assertEquals(Optional.empty(), cased.find("According to Belgrade, the self-proclaimed state blocked trade."));
        assertEquals(Optional.empty(), cased.find("The self-proclaimed state blocked trade, Vucic SAID."));
        assertEquals("pro_serbia", cased.find("Trade with the self-proclaimed state resumed.").get().label());
    }

    @Test
    void theTokenizerReportsSentenceEnds() {
        List<String> seen = new ArrayList<>();
        new Tokenizer(true).tokenize("Vucic spoke. Kurti replied!\nNo 1.5 split \"Go.\" U.S. Gen. Lee", new TokenSink() {
            @Override
            public void token(char[] buf, int len, boolean quoted) {
                seen.add(new String(buf, 0, len));
            }

            @Override
            public boolean readsSentences() {
                return true;
            }

            @Override
            public void sentenceEnd() {
                seen.add("|");
            }
        });
        assertEquals(List.of("vucic", "spoke", "|", "kurti", "replied", "|", "|", "no", "1.5", "split", "go", "|", "u.s", "gen", "lee"), seen);
    }
}
