package org.newsgauge.text;

/**
 * A read-only hash table from character n-grams to their ids, for the classification hot path:
 * the frozen form of a {@link TermTable} of n-grams, with the same ids.
 *
 * <p>A term's characters (at most {@value #MAX_LENGTH}, as n-grams are) are kept in its slot,
 * packed four to a {@code long}, next to its length and id. A lookup takes the n-gram packed the
 * same way as its caller slides over a word ({@link #getPacked}), hashes the packed words and
 * compares whole words, so a gram is found or ruled out in the one cache line of its slot, where
 * a {@link TermTable} reads its characters from a pool elsewhere in memory, a second cache miss.
 * {@link FeatureSpace} keeps words in a TermTable, which measured about 6% faster on R52 for
 * them (longer terms: slots of these would take twice the memory of a TermTable's).
 *
 * <p>Slots are four {@code long}s, 32 bytes so that none straddles a cache line:
 * {@code length << 24 | (id + 1)} (0: empty), then characters 0-3 and 4-7, and one unused;
 * character {@code i} of a term in bits {@code 16 * (i % 4)}; missing characters are 0, so with
 * equal lengths equal words mean equal characters.
 *
 * <p>The hash is keyed per index ({@link HashKeys}), so that n-grams chosen to collide (the
 * feature names of a crafted pack) collide only by chance.
 *
 * <p>Immutable and thread-safe.
 */
final class TermIndex {
    /** Longest term that can be found: the longest character n-gram. */
    static final int MAX_LENGTH = 8;

    /** Longest term of a narrow index. */
    static final int NARROW = 6;

    private final long[] slots;
    private final int mask;
    /**
     * True when no term is longer than {@value #NARROW} characters (character n-grams up to
     * 6): slots are then two {@code long}s, characters 0-3 and
     * {@code (id + 1) << 40 | length << 32 | characters 4-5}, half the memory, so more of the
     * table stays in cache.
     */
    private final boolean narrow;
    private final long key0 = HashKeys.key();
    private final long key1 = HashKeys.key();
    private final long multiplier0 = HashKeys.multiplier();
    private final long multiplier1 = HashKeys.multiplier();

    /**
     * An index of {@code terms}, term {@code i} with id {@code i}; terms must be distinct, at most
     * 255 characters. Terms longer than {@value #MAX_LENGTH} characters, never looked up, are left
     * out.
     */
    TermIndex(String[] terms) {
        if (terms.length > TermTable.MAX_TERMS) {
            throw new IllegalArgumentException("more than " + TermTable.MAX_TERMS + " terms");
        }
        int cap = Integer.highestOneBit(Math.max(16, terms.length * 2 - 1)) << 1;
        boolean shortTerms = true;
        for (String t : terms) {
            shortTerms &= t.length() <= NARROW;
        }
        narrow = shortTerms;
        slots = new long[cap * (narrow ? 2 : 4)];
        mask = cap - 1;
        for (int id = 0; id < terms.length; id++) {
            char[] c = terms[id].toCharArray();
            int len = c.length;
            if (len > TermTable.MAX_TERM) {
                throw new IllegalArgumentException("a term of " + len + " characters is longer than " + TermTable.MAX_TERM);
            }
            if (len > MAX_LENGTH) {
                continue;
            }
            long w0 = word(c, 0, len, 0);
            long w1 = word(c, 0, len, 4);
            if (getPacked(w0, w1, len) >= 0) {
                throw new IllegalArgumentException("term '" + terms[id] + "' occurs twice");
            }
            int s = hash(w0, w1, len);
            if (narrow) {
                while (slots[(s << 1) + 1] != 0) {
                    s = (s + 1) & mask;
                }
                slots[s << 1] = w0;
                slots[(s << 1) + 1] = ((id + 1L) << 40) | ((long) len << 32) | w1;
                continue;
            }
            while (slots[s << 2] != 0) {
                s = (s + 1) & mask;
            }
            int b = s << 2;
            slots[b] = ((long) len << 24) | (id + 1L);
            slots[b + 1] = w0;
            slots[b + 2] = w1;
        }
    }

    /** Characters {@code from .. from+3} of {@code buf[off .. off+len)}, packed, 0 past the end. */
    static long word(char[] buf, int off, int len, int from) {
        long w = 0;
        for (int i = from, end = Math.min(len, from + 4); i < end; i++) {
            w |= (long) buf[off + i] << ((i - from) << 4);
        }
        return w;
    }

    /** Whether the slots are the two-{@code long} layout: no term longer than {@value #NARROW} characters. */
    boolean narrow() {
        return narrow;
    }

    /** Home slot of a term from its packed words and its length. */
    int hash(long w0, long w1, int len) {
        return HashKeys.finish((w0 ^ key0) * multiplier0 + (w1 ^ key1) * multiplier1 + len) & mask;
    }

    /**
     * The id of the term of {@code len <= 8} characters packed in {@code w0} (characters 0-3)
     * and {@code w1} (4-7, 0 past the end), or -1: for callers that pack n-grams as they slide.
     */
    int getPacked(long w0, long w1, int len) {
        int s = hash(w0, w1, len);
        if (narrow) {
            if (len > NARROW) {
                return -1;
            }
            long key = ((long) len << 32) | w1;
            while (true) {
                int b = s << 1;
                long v = slots[b + 1];
                if (v == 0) {
                    return -1;
                }
                if (slots[b] == w0 && (v & 0xFF_FFFF_FFFFL) == key) {
                    return (int) (v >>> 40) - 1;
                }
                s = (s + 1) & mask;
            }
        }
        while (true) {
            int b = s << 2;
            long meta = slots[b];
            if (meta == 0) {
                return -1;
            }
            if (slots[b + 1] == w0 && ((int) (meta >>> 24) & 0xFF) == len && slots[b + 2] == w1) {
                return ((int) meta & 0xFFFFFF) - 1;
            }
            s = (s + 1) & mask;
        }
    }
}
