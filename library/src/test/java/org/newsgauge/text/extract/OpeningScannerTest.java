package org.newsgauge.text.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The lexicon's {@link Lexicon#FINDER} must answer exactly as {@code find()} of its patterns, and
 * find the same successive matches: on every line of the test and training pages and on random
 * text made of the patterns' words.
 */
class OpeningScannerTest {

    private static final Pattern[] PATTERNS = {Lexicon.COMMENT_FORM, Lexicon.COOKIE, Lexicon.COPYRIGHT,
        Lexicon.CAPTION, Lexicon.PROMO, Lexicon.DATE};
    private static final int[] INDEX = {Lexicon.FIND_COMMENT_FORM, Lexicon.FIND_COOKIE, Lexicon.FIND_COPYRIGHT,
        Lexicon.FIND_CAPTION, Lexicon.FIND_PROMO, Lexicon.FIND_DATE};

    @Test
    void findsWhatThePatternsFind() {
        OpeningScanner.Run run = Lexicon.FINDER.newRun();
        String[] yes = {
            "leave a reply", "we use cookies to improve it. accept", "© 2024 the daily", "all rights reserved",
            "a protester in belgrade. (photo: afp)", "photo: reuters", "download our app", "march 3, 2024",
            "published 3 hours ago", "12.03.2024", "10:45", "kolačić", "tous droits réservés",
        };
        int found = 0;
        for (String t : yes) {
            for (int p = 0; p < PATTERNS.length; p++) {
                boolean want = PATTERNS[p].matcher(t).find();
                assertEquals(want, run.find(INDEX[p], t), p + ": " + t);
                found += want ? 1 : 0;
            }
        }
        assertTrue(found >= yes.length, "the examples match");
        assertFalse(run.find(Lexicon.FIND_DATE, "ab12:30"), "no date right after a letter");
    }

    @Test
    void agreesWithFindOnEveryLineOfThePages() throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line : PageLines.read()) {
            lines.add(line.toLowerCase(Locale.ROOT));
        }
        assertTrue(lines.size() > 1000, "pages read: " + lines.size());
        assertAgree(lines);
    }

    @Test
    void agreesWithFindOnRandomText() {
        String[] parts = {"photo", "foto", "image", "credit", "source", "izvor", "pictured", "getty images", "afp",
            "reuters/", "ap photo", "cookies", "cookie", "accept", "consent", "agree", "privacy", "policy",
            "copyright", "©", "(c)", "(c) 2024", "terms of use", "leave a reply", "log out", "logout", "/", "change",
            "like this:", "newsletter", "app store", "download the app", "become a member", "jan", "march", "mart",
            "sept.", "3", "12", "2024", "10:30", "12.03.2024", "2024-03-12t10:30z", "an", "a", "one", "hours",
            "hour", "ago", "yesterday", "today", "(", ")", "[", "]", ":", "?", ",", ".", "-", "_", "x", "é", "č",
            "kolačić", "ä", "ş", "й", "\u0301", "\t", "impressum", "all rights reserved", "donate", "min", "days"};
        String[] seps = {" ", "", "  ", "\n", ": ", "/", "-"};
        Random r = new Random(4);
        List<String> texts = new ArrayList<>();
        for (int k = 0; k < 30000; k++) {
            StringBuilder sb = new StringBuilder();
            int n = 1 + r.nextInt(10);
            for (int i = 0; i < n; i++) {
                sb.append(parts[r.nextInt(parts.length)]).append(seps[r.nextInt(seps.length)]);
            }
            texts.add(sb.toString());
        }
        assertAgree(texts);
    }

    private static void assertAgree(List<String> texts) {
        OpeningScanner.Run run = Lexicon.FINDER.newRun();
        for (String t : texts) {
            String own = new String(t.toCharArray()); // a new instance: the run scans it afresh
            for (int p = 0; p < PATTERNS.length; p++) {
                assertEquals(PATTERNS[p].matcher(t).find(), run.find(INDEX[p], own), "pattern " + p + " on: " + t);
            }
            for (int p = 0; p < PATTERNS.length; p++) {
                assertEquals(matches(PATTERNS[p].matcher(t)), matches(run, INDEX[p], own), "pattern " + p + " on: " + t);
            }
        }
    }

    /** Start and end of each match that successive find() calls give. */
    private static List<Integer> matches(Matcher m) {
        List<Integer> at = new ArrayList<>();
        while (m.find()) {
            at.add(m.start());
            at.add(m.end());
        }
        return at;
    }

    /** The same from the run's next and end. */
    private static List<Integer> matches(OpeningScanner.Run run, int p, String t) {
        List<Integer> at = new ArrayList<>();
        int from = 0;
        int start;
        while ((start = run.next(p, t, from)) >= 0) {
            from = run.end(p);
            at.add(start);
            at.add(from);
        }
        return at;
    }
}
