package org.newsgauge.text.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A start gate may only rule out texts that its pattern does not match at their start: checked on
 * every line of the test and training pages, lower-cased and as they are, and on random texts made
 * of the patterns' words.
 */
class StartGateTest {

    private static final Pattern[] PATTERNS = {Lexicon.STOP_HEADING, Lexicon.TICKER, Lexicon.READ_MORE,
        Lexicon.BYLINE, Lexicon.TAGS, Lexicon.AD_LABEL, Lexicon.CAPTION_START};
    private static final Lexicon.StartGate[] GATES = {Lexicon.STOP_GATE, Lexicon.TICKER_GATE,
        Lexicon.READ_MORE_GATE, Lexicon.BYLINE_GATE, Lexicon.TAGS_GATE, Lexicon.AD_GATE, Lexicon.CAPTION_START_GATE};

    @Test
    void passesWhatThePatternsMatch() {
        String[] yes = {"related news", "breaking: x", "read more", "By John Smith", "tags: a, b", "advertisement",
            "photo: afp", "» more stories", "3 comments"};
        for (String t : yes) {
            boolean any = false;
            for (int p = 0; p < PATTERNS.length; p++) {
                any |= PATTERNS[p].matcher(t).lookingAt();
                assertTrue(GATES[p].mayStart(t) || !PATTERNS[p].matcher(t).lookingAt(), p + ": " + t);
            }
            assertTrue(any, t);
        }
        assertFalse(Lexicon.STOP_GATE.mayStart("reporters said"), "ruled out by its first three characters");
    }

    @Test
    void neverRulesOutAMatch() throws IOException {
        List<String> texts = new ArrayList<>();
        for (String line : PageLines.read()) {
            String t = line.strip();
            texts.add(t);
            texts.add(t.toLowerCase(Locale.ROOT));
        }
        String[] parts = {"related", "news", "more", "from", "most", "read", "breaking", "live", "latest", ":", "|",
            "»", "•", "▶", " ", "  ", "by", "By", "von", "Ana", "tags", "topics", "ad", "ads", "photo", "foto", "(",
            "[", "/", "-", "3", "12", "comments", "one", "thoughts", "on", "x", "é", "Č", "also", "in", "share",
            "this", "see", "watch", "video", "pročitajte", "još", "advertisement", "sponsored", "content"};
        Random r = new Random(11);
        for (int k = 0; k < 30000; k++) {
            StringBuilder sb = new StringBuilder();
            int n = 1 + r.nextInt(5);
            for (int i = 0; i < n; i++) {
                sb.append(parts[r.nextInt(parts.length)]);
                if (r.nextBoolean()) {
                    sb.append(' ');
                }
            }
            texts.add(sb.toString());
        }
        assertTrue(texts.size() > 30000, "texts: " + texts.size());
        for (String t : texts) {
            for (int p = 0; p < PATTERNS.length; p++) {
                if (!GATES[p].mayStart(t)) {
                    assertFalse(PATTERNS[p].matcher(t).lookingAt(), "gate " + p + " ruled out a match: " + t);
                }
            }
        }
    }
}
