package org.newsgauge.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TermIndexTest {
    private static final char[] ALPHABET = {'a', 'b', 'e', 'z', '0', '\'', '-', ' ', '\0', '\u00e9', '\u0161',
        '\u4e2d', '\ud83d', '\ude00', '\uffff'};

    private static String random(Random r, int len) {
        char[] c = new char[len];
        for (int i = 0; i < len; i++) {
            c[i] = r.nextInt(4) == 0 ? ALPHABET[r.nextInt(ALPHABET.length)] : (char) ('a' + r.nextInt(3));
        }
        return new String(c);
    }

    /** Strings that share packed words, lengths or tails with each other: what a slot compare must tell apart. */
    private static List<String> adversarial() {
        List<String> out = new ArrayList<>(List.of("", "a", "a\0", "a\0\0", "\0", "\0a", "ab", "ba", "abcd", "abcd\0",
                "abcdefgh", "abcdefgi", "abcdefghijkl", "abcdefghijk\0", "abcdefghijklm", "abcdefghijkln",
                "abcdefghijklmnopqrstuvwxyz", "abcdefghijklmnopqrstuvwxyy", "abcdefghijkl\0", "\uffff\uffff\uffff\uffff"));
        out.add("x".repeat(TermTable.MAX_TERM));
        out.add("x".repeat(TermTable.MAX_TERM - 1) + "y");
        out.add("x".repeat(64));
        out.add("x".repeat(63));
        return out;
    }

    /** The id {@code index} gives the term {@code buf[off .. off+len)}, packed as the n-gram loop packs it. */
    private static int lookup(TermIndex index, char[] buf, int off, int len) {
        return index.getPacked(TermIndex.word(buf, off, len, 0), TermIndex.word(buf, off, len, 4), len);
    }

    private static void assertAgree(TermTable table, TermIndex index, String probe) {
        if (probe.length() <= TermIndex.MAX_LENGTH) {
            char[] c = ("##" + probe + "#").toCharArray(); // an offset and a character past the end must not matter
            assertEquals(table.get(probe.toCharArray(), probe.length()), lookup(index, c, 2, probe.length()), "'" + probe + "'");
        }
    }

    @Test
    void lookupsAgreeWithTheTermTableOnRandomAndAdversarialStrings() {
        Random r = new Random(11);
        for (int size : new int[] {0, 1, 7, 8, 9, 100, 5000}) {
            List<String> terms = new ArrayList<>(adversarial());
            for (int i = 0; i < size; i++) {
                terms.add(random(r, r.nextInt(3) == 0 ? r.nextInt(40) : r.nextInt(7)));
            }
            assertFalse(agreeOnHalf(terms, r, 20).narrow(), "terms longer than " + TermIndex.NARROW);
        }
    }

    @Test
    void aNarrowIndexOfShortTermsAgreesToo() {
        Random r = new Random(5);
        for (int size : new int[] {0, 1, 9, 3000}) {
            List<String> terms = new ArrayList<>();
            for (String t : adversarial()) {
                if (t.length() <= TermIndex.NARROW) {
                    terms.add(t);
                }
            }
            terms.add("\uffff\uffff\uffff\uffff\uffff\uffff");
            terms.add("\uffff\uffff\uffff\uffff\uffff");
            for (int i = 0; i < size; i++) {
                terms.add(random(r, r.nextInt(TermIndex.NARROW + 1)));
            }
            assertTrue(agreeOnHalf(terms, r, 10).narrow(), "no term longer than " + TermIndex.NARROW);
        }
    }

    /**
     * Puts every other term in a table and checks that its index agrees with it on all the terms
     * (and on each with a character or two more) and on 2000 random strings shorter than
     * {@code randomLength}; the index.
     */
    private static TermIndex agreeOnHalf(List<String> terms, Random r, int randomLength) {
        TermTable table = new TermTable(4);
        for (int i = 0; i < terms.size(); i += 2) {
            table.add(terms.get(i));
        }
        TermIndex index = new TermIndex(table.terms());
        for (String t : terms) {
            assertAgree(table, index, t);
            assertAgree(table, index, t + "a");
            assertAgree(table, index, t + "\0\0");
        }
        for (int i = 0; i < 2000; i++) {
            assertAgree(table, index, random(r, r.nextInt(randomLength)));
        }
        return index;
    }

    @Test
    void crowdedSlotsAndEqualHeadsAreToldApart() {
        // a small table: probes run through many occupied slots; terms differ only in their second packed word
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            terms.add("abcdef" + (char) ('a' + i % 26) + (char) ('0' + i / 26));
            terms.add("abcdefg" + (char) i);
            terms.add(String.valueOf((char) i));
        }
        TermTable table = new TermTable(4);
        terms.forEach(table::add);
        TermIndex index = new TermIndex(table.terms());
        for (String t : terms) {
            assertAgree(table, index, t);
            assertAgree(table, index, t + "\0");
            assertAgree(table, index, t.substring(0, t.length() - 1));
        }
    }

    @Test
    void idsAreTheTermPositions() {
        TermIndex index = new TermIndex(new String[] {"kosovo", "serbia", "the"});
        assertEquals(1, lookup(index, "serbia".toCharArray(), 0, 6));
        assertEquals(2, lookup(index, "xthe".toCharArray(), 1, 3));
        assertEquals(-1, lookup(index, "serbian".toCharArray(), 0, 7));
    }

    @Test
    void rejectsDuplicatesAndOverlongTerms() {
        assertThrows(IllegalArgumentException.class, () -> new TermIndex(new String[] {"ab", "ab"}));
        assertThrows(IllegalArgumentException.class, () -> new TermIndex(new String[] {"x".repeat(TermTable.MAX_TERM + 1)}));
    }
}
