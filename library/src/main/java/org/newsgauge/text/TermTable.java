package org.newsgauge.text;

import java.util.Arrays;

/**
 * An open-addressing hash table from short strings to dense ids (0, 1, 2, ...), looked up
 * straight from a {@code char[]} slice so that tokenising allocates nothing per token.
 *
 * <p>Each slot packs the term's hash and id in one {@code long}, so a lookup touches one slot and
 * then the characters of the one candidate: the table is on the classification hot path, where
 * cache misses, not arithmetic, set the speed.
 *
 * <p>Not thread-safe while terms are added; once filled and no longer modified it may be read
 * by any number of threads (its arrays are then effectively immutable).
 */
final class TermTable {
    private long[] slots;         // (hash << 32) | (id + 1); 0 = empty
    private int[] offsets;        // by id, into pool; offsets[id + 1] is the end
    private char[] pool;
    private int poolSize;
    private int size;

    TermTable(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        slots = new long[cap];
        offsets = new int[Math.max(16, expected) + 1];
        pool = new char[Math.max(64, expected * 8)];
    }

    int size() {
        return size;
    }

    static int hash(char[] buf, int off, int len) {
        int h = 0x9E3779B9;
        for (int i = off, end = off + len; i < end; i++) {
            h = (h ^ buf[i]) * 0x01000193;
        }
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        return h ^ (h >>> 13);
    }

    /** The id of the term, or -1. */
    int get(char[] buf, int len) {
        return get(buf, 0, len);
    }

    /** The id of the term {@code buf[off .. off+len)}, or -1. */
    int get(char[] buf, int off, int len) {
        int h = hash(buf, off, len);
        int mask = slots.length - 1;
        int s = h & mask;
        while (true) {
            long v = slots[s];
            if (v == 0) {
                return -1;
            }
            if ((int) (v >>> 32) == h) {
                int id = (int) v - 1;
                if (equalsAt(id, buf, off, len)) {
                    return id;
                }
            }
            s = (s + 1) & mask;
        }
    }

    /** The id of the term, adding it when new. */
    int add(char[] buf, int len) {
        return add(buf, 0, len);
    }

    int add(char[] buf, int off, int len) {
        int h = hash(buf, off, len);
        int mask = slots.length - 1;
        int s = h & mask;
        while (true) {
            long v = slots[s];
            if (v == 0) {
                break;
            }
            if ((int) (v >>> 32) == h) {
                int id = (int) v - 1;
                if (equalsAt(id, buf, off, len)) {
                    return id;
                }
            }
            s = (s + 1) & mask;
        }
        int id = size++;
        if (id + 1 >= offsets.length) {
            offsets = Arrays.copyOf(offsets, offsets.length * 2);
        }
        if (poolSize + len > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + len));
        }
        System.arraycopy(buf, off, pool, poolSize, len);
        offsets[id] = poolSize;
        poolSize += len;
        offsets[id + 1] = poolSize;
        slots[s] = ((long) h << 32) | (id + 1L);
        if (size * 2 > slots.length) {
            rehash();
        }
        return id;
    }

    int add(String term) {
        char[] c = term.toCharArray();
        return add(c, c.length);
    }

    String term(int id) {
        return new String(pool, offsets[id], offsets[id + 1] - offsets[id]);
    }

    private boolean equalsAt(int id, char[] buf, int from, int len) {
        int off = offsets[id];
        if (offsets[id + 1] - off != len) {
            return false;
        }
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
                int s = (int) (v >>> 32) & mask;
                while (next[s] != 0) {
                    s = (s + 1) & mask;
                }
                next[s] = v;
            }
        }
        slots = next;
    }
}
