package org.newsgauge.text;

/**
 * A read-only hash table from terms to their ids, for the classification hot path: the frozen
 * form of a {@link TermTable}, with the same ids.
 *
 * <p>A term's first {@value #INLINE} characters are kept in its slot, packed four to a
 * {@code long}, next to its length and id. A lookup packs the token the same way, hashes the
 * packed words and compares whole words, so a term of up to {@value #INLINE} characters (nearly
 * every word, every character n-gram) is found or ruled out in the one cache line of its slot,
 * where a {@link TermTable} reads its characters from a pool elsewhere in memory, a second cache
 * miss per token. Only the characters past the first {@value #INLINE} of a longer term live in
 * a pool.
 *
 * <p>Its slots take four times a {@link TermTable}'s: {@link FeatureSpace} uses it for character
 * n-grams, looked up packed as they slide ({@link #getPacked}), but keeps words in a TermTable,
 * which measured about 6% faster on R52 (a 16k-word table: 1 MB of these slots against 0.5 MB
 * of slots and pool).
 *
 * <p>Slots are four {@code long}s: {@code tailOffset << 32 | length << 24 | (id + 1)} (0: empty),
 * then characters 0-3, 4-7 and 8-11, character {@code i} of a word in bits
 * {@code 16 * (i % 4)}; missing characters are 0, so with equal lengths equal words mean equal
 * characters.
 *
 * <p>Immutable and thread-safe.
 */
final class TermIndex {
    /** Characters kept in a slot. */
    static final int INLINE = 12;
    private static final long M = 0x9E3779B97F4A7C15L;

    /** Longest term of a narrow index. */
    static final int NARROW = 6;

    private final long[] slots;
    private final int mask;
    private final char[] tails;
    /**
     * True when no term is longer than {@value #NARROW} characters (character n-grams up to
     * 6): slots are then two {@code long}s, characters 0-3 and
     * {@code (id + 1) << 40 | length << 32 | characters 4-5}, half the memory, so more of the
     * table stays in cache.
     */
    private final boolean narrow;

    /** An index of {@code terms}, term {@code i} with id {@code i}; terms must be distinct, at most 255 characters. */
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
        int tailChars = 0;
        for (String t : terms) {
            tailChars += Math.max(0, t.length() - INLINE);
        }
        tails = new char[tailChars];
        int tailSize = 0;
        for (int id = 0; id < terms.length; id++) {
            char[] c = terms[id].toCharArray();
            int len = c.length;
            if (len > TermTable.MAX_TERM) {
                throw new IllegalArgumentException("a term of " + len + " characters is longer than " + TermTable.MAX_TERM);
            }
            long w0 = word(c, 0, len, 0);
            long w1 = word(c, 0, len, 4);
            long w2 = word(c, 0, len, 8);
            if (get(c, 0, len) >= 0) {
                throw new IllegalArgumentException("term '" + terms[id] + "' occurs twice");
            }
            int s = (int) hash(w0, w1, w2, len, c, 0) & mask;
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
            slots[b] = ((long) tailSize << 32) | ((long) len << 24) | (id + 1L);
            slots[b + 1] = w0;
            slots[b + 2] = w1;
            slots[b + 3] = w2;
            if (len > INLINE) {
                System.arraycopy(c, INLINE, tails, tailSize, len - INLINE);
                tailSize += len - INLINE;
            }
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

    /** Hash of a term from its packed words, its length and its characters past the first {@value #INLINE}. */
    private static long hash(long w0, long w1, long w2, int len, char[] buf, int off) {
        long h = w0 * M + w1 * 0xC2B2AE3D27D4EB4FL + w2 * 0x165667B19E3779F9L + len;
        for (int i = INLINE; i < len; i++) {
            h = (h ^ buf[off + i]) * M;
        }
        return mix(h);
    }

    private static long mix(long h) {
        h ^= h >>> 32;
        h *= 0xD6E8FEB86659FD93L;
        return h ^ (h >>> 29);
    }

    /** The id of the term {@code buf[off .. off+len)}, or -1. */
    int get(char[] buf, int off, int len) {
        if (narrow) {
            return len <= NARROW ? getPacked(word(buf, off, len, 0), word(buf, off, len, 4), len) : -1;
        }
        long w0 = word(buf, off, len, 0);
        long w1 = word(buf, off, len, 4);
        long w2 = word(buf, off, len, 8);
        int s = (int) hash(w0, w1, w2, len, buf, off) & mask;
        while (true) {
            int b = s << 2;
            long meta = slots[b];
            if (meta == 0) {
                return -1;
            }
            if (slots[b + 1] == w0 && ((int) (meta >>> 24) & 0xFF) == len && slots[b + 2] == w1 && slots[b + 3] == w2
                    && (len <= INLINE || tailEquals((int) (meta >>> 32), buf, off, len))) {
                return ((int) meta & 0xFFFFFF) - 1;
            }
            s = (s + 1) & mask;
        }
    }

    /**
     * The id of the term of {@code len <= 8} characters packed in {@code w0} (characters 0-3)
     * and {@code w1} (4-7, 0 past the end), or -1: for callers that pack n-grams as they slide.
     */
    int getPacked(long w0, long w1, int len) {
        int s = (int) mix(w0 * M + w1 * 0xC2B2AE3D27D4EB4FL + len) & mask;
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

    private boolean tailEquals(int at, char[] buf, int off, int len) {
        for (int i = INLINE; i < len; i++) {
            if (tails[at + i - INLINE] != buf[off + i]) {
                return false;
            }
        }
        return true;
    }
}
