package org.newsgauge.text;

import java.security.SecureRandom;

/**
 * Secret random keys for the hash functions of {@link TermTable}, {@link TermIndex} and
 * {@link LongIntMap}, new for each table.
 *
 * <p>With a fixed hash function, anyone who can put terms in a table (the words of a training
 * CSV, the feature names of a model pack) can choose terms that all land in the same slots, and
 * every insertion and lookup then walks one long run of slots: quadratic time. With fixed
 * functions, 100,000 chosen words took 11.6 s to load where random ones took 0.02 s, and each
 * lookup of such a word in a document 0.2 ms. Keyed, which terms collide depends on keys that
 * come from {@link SecureRandom} and never leave the table: no table output depends on where a
 * term sits (ids are given in insertion order), so nothing shows them.
 *
 * <p>Thread-safe. Its one static, the {@link SecureRandom}, is the project's accepted exception to
 * "no mutable static state" (as in {@code AtomicFile}): its state decides nothing a caller can
 * see, only where terms sit in a table.
 */
final class HashKeys {
    private static final SecureRandom RANDOM = new SecureRandom();

    private HashKeys() {
    }

    /** A random 64-bit key. */
    static long key() {
        return RANDOM.nextLong();
    }

    /**
     * A random odd multiplier with between 24 and 40 one bits, so that each bit of a product
     * depends on many bits of the multiplicand.
     */
    static long multiplier() {
        while (true) {
            long m = RANDOM.nextLong() | 1;
            int ones = Long.bitCount(m);
            if (ones >= 24 && ones <= 40) {
                return m;
            }
        }
    }

    /**
     * The fixed finaliser of the three tables' keyed hashes: spreads a 64-bit state over the
     * 32 bits a table takes its slot from.
     */
    static int finish(long h) {
        h ^= h >>> 32;
        h *= 0xD6E8FEB86659FD93L;
        return (int) (h ^ (h >>> 32));
    }
}
