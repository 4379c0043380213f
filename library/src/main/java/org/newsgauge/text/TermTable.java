package org.newsgauge.text;

import java.util.Arrays;

/**
 * An open-addressing hash table from short strings to dense ids (0, 1, 2, ...), looked up
 * straight from a {@code char[]} slice so that tokenising allocates nothing per token.
 *
 * <p>Each slot packs the term's offset in the character pool, its length and its id in one
 * {@code long}, so a lookup reads one slot and then the characters of the one candidate: the
 * table is on the classification hot path, where cache misses, not arithmetic, set the speed.
 * Terms are at most 255 characters, ids below 2^24.
 *
 * <p>The hash is keyed, a random start and multiplier per table ({@link HashKeys}), so that terms
 * chosen to collide (hash flooding) collide only by chance; ids, and so {@link #terms()}, depend on
 * the order terms were added in alone, never on where they sit.
 *
 * <p>Not thread-safe while terms are added; once filled and no longer modified it may be read
 * by any number of threads (its arrays are then effectively immutable).
 */
final class TermTable {
    static final int MAX_TERM = 255;
    static final int MAX_TERMS = (1 << 24) - 2;
    private long[] slots;         // offset << 32 | length << 24 | (id + 1); 0 = empty
    private char[] pool;
    private int poolSize;
    private int size;
    private final long seed = HashKeys.key();
    private final long multiplier = HashKeys.multiplier();

    TermTable(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        slots = new long[cap];
        pool = new char[Math.max(64, expected * 8)];
    }

    int size() {
        return size;
    }

    /**
     * The keyed hash of {@code buf[off .. off+len)}: a 64-bit state, one multiply and one rotation
     * per character. (Was a 32-bit FNV-1a with a fixed start: blocks of three letters with the
     * same full hash, strung together, gave 16^5 words of one hash.) The rotation brings the
     * well-mixed high bits of each product down: without it the lowest bit of the state depends on
     * the lowest bits of the characters alone, and Thue-Morse strings of two letters that differ
     * in that bit (b, c) shared their hash in 1% of tables at 128 characters, whatever the key.
     */
    int hash(char[] buf, int off, int len) {
        long h = seed;
        final long m = multiplier;
        for (int i = off, end = off + len; i < end; i++) {
            h = Long.rotateLeft((h ^ buf[i]) * m, 31);
        }
        return HashKeys.finish(h);
    }

    /** The id of the term, or -1. */
    int get(char[] buf, int len) {
        return get(buf, 0, len);
    }

    /** The id of the term {@code buf[off .. off+len)}, or -1. */
    int get(char[] buf, int off, int len) {
        int mask = slots.length - 1;
        int s = hash(buf, off, len) & mask;
        while (true) {
            long v = slots[s];
            if (v == 0) {
                return -1;
            }
            if (((int) (v >>> 24) & 0xFF) == len && equalsAt((int) (v >>> 32), buf, off, len)) {
                return ((int) v & 0xFFFFFF) - 1;
            }
            s = (s + 1) & mask;
        }
    }

    /** The id of the term, adding it when new. */
    int add(char[] buf, int len) {
        return add(buf, 0, len);
    }

    int add(char[] buf, int off, int len) {
        if (len > MAX_TERM) {
            throw new IllegalArgumentException("a term of " + len + " characters is longer than " + MAX_TERM);
        }
        int mask = slots.length - 1;
        int s = hash(buf, off, len) & mask;
        while (true) {
            long v = slots[s];
            if (v == 0) {
                break;
            }
            if (((int) (v >>> 24) & 0xFF) == len && equalsAt((int) (v >>> 32), buf, off, len)) {
                return ((int) v & 0xFFFFFF) - 1;
            }
            s = (s + 1) & mask;
        }
        if (size >= MAX_TERMS) {
            throw new IllegalArgumentException("more than " + MAX_TERMS + " terms");
        }
        int id = size++;
        if (poolSize + len > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + len));
        }
        System.arraycopy(buf, off, pool, poolSize, len);
        slots[s] = ((long) poolSize << 32) | ((long) len << 24) | (id + 1L);
        poolSize += len;
        if (size * 2 > slots.length) {
            rehash();
        }
        return id;
    }

    int add(String term) {
        char[] c = term.toCharArray();
        return add(c, c.length);
    }

    /** All terms by id, in one pass. */
    String[] terms() {
        String[] out = new String[size];
        for (long v : slots) {
            if (v != 0) {
                out[((int) v & 0xFFFFFF) - 1] = new String(pool, (int) (v >>> 32), (int) (v >>> 24) & 0xFF);
            }
        }
        return out;
    }

    private boolean equalsAt(int off, char[] buf, int from, int len) {
        for (int i = 0; i < len; i++) {
            if (pool[off + i] != buf[from + i]) {
                return false;
            }
        }
        return true;
    }

    private void rehash() {
        long[] next = new long[slots.length * 2];
        int mask = next.length - 1;
        for (long v : slots) {
            if (v != 0) {
                int s = hash(pool, (int) (v >>> 32), (int) (v >>> 24) & 0xFF) & mask;
                while (next[s] != 0) {
                    s = (s + 1) & mask;
                }
                next[s] = v;
            }
        }
        slots = next;
    }
}
