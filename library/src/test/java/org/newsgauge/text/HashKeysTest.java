package org.newsgauge.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Each table hashes with its own keys ({@link HashKeys}), so that terms chosen to collide in one
 * table do not collide in the next one; and yet what a table gives out (ids, terms) depends only
 * on the order terms were added in. A hash that went back to fixed functions fails here.
 */
class HashKeysTest {
    private static final int TERMS = 2_000;

    private static char[][] words(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        char[][] w = new char[TERMS][];
        for (int i = 0; i < TERMS; i++) {
            w[i] = ("w" + i + "x" + r.nextInt(1_000_000)).toCharArray();
        }
        return w;
    }

    @Test
    void twoWordTablesHashTheSameWordsDifferentlyAndGiveTheSameIds() {
        char[][] w = words(1);
        TermTable a = new TermTable(16);
        TermTable b = new TermTable(16);
        int same = 0;
        for (char[] t : w) {
            int h = a.hash(t, 0, t.length);
            assertEquals(h, a.hash(t, 0, t.length), "a table's hash is stable");
            assertEquals(h, a.hash(t.clone(), 0, t.length), "and depends on the characters, not the array");
            same += h == b.hash(t, 0, t.length) ? 1 : 0;
            assertEquals(a.add(t, t.length), b.add(t, t.length), "ids follow the order of adding alone");
        }
        // 32-bit hashes under independent keys agree by chance about once in four billion
        assertTrue(same <= 2, same + " of " + TERMS + " words hashed alike in two tables");
        assertArrayEquals(a.terms(), b.terms());
    }

    @Test
    void twoGramIndexesAndTwoBigramMapsAreKeyedApart() {
        String[] grams = new String[TERMS];
        for (int i = 0; i < TERMS; i++) {
            grams[i] = Integer.toString(i, 36) + "ab";
        }
        TermIndex a = new TermIndex(grams);
        TermIndex b = new TermIndex(grams);
        LongIntMap m = new LongIntMap(16);
        LongIntMap n = new LongIntMap(16);
        int sameGrams = 0;
        int sameKeys = 0;
        SplittableRandom r = new SplittableRandom(2);
        for (int i = 0; i < TERMS; i++) {
            long w0 = r.nextLong();
            long w1 = r.nextLong();
            sameGrams += a.hash(w0, w1, 6) == b.hash(w0, w1, 6) ? 1 : 0;
            long key = r.nextLong();
            sameKeys += m.mix(key) == n.mix(key) ? 1 : 0;
        }
        // an index's hash is its slot, one of a few thousand: about one n-gram in 4,000 shares
        // its slot in the other index by chance (fixed functions: every one)
        assertTrue(sameGrams <= TERMS / 20, sameGrams + " of " + TERMS + " n-grams hashed alike in two indexes");
        assertTrue(sameKeys <= 2, sameKeys + " of " + TERMS + " bigram keys hashed alike in two maps");
    }
}
