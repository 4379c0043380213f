package org.newsgauge.text;

import java.util.Arrays;

/**
 * An open-addressing hash table from short strings to dense ids (0, 1, 2, ...), looked up
 * straight from a {@code char[]} slice so that tokenising allocates nothing per token.
 *
 * <p>Not thread-safe while terms are added; once filled and no longer modified it may be read
 * by any number of threads (its arrays are then effectively immutable).
 */
final class TermTable {
    private int[] slots;          // id + 1, 0 = empty
    private int[] hashes;         // by id
    private int[] offsets;        // by id, into pool
    private char[] pool;
    private int poolSize;
    private int size;

    TermTable(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        slots = new int[cap];
        hashes = new int[Math.max(16, expected)];
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
        return h ^ (h >>> 15);
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
            int v = slots[s];
            if (v == 0) {
                return -1;
            }
            int id = v - 1;
            if (hashes[id] == h && equalsAt(id, buf, off, len)) {
                return id;
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
            int v = slots[s];
            if (v == 0) {
                break;
            }
            int id = v - 1;
            if (hashes[id] == h && equalsAt(id, buf, off, len)) {
                return id;
            }
            s = (s + 1) & mask;
        }
        int id = size++;
        if (id == hashes.length) {
            hashes = Arrays.copyOf(hashes, id * 2);
            offsets = Arrays.copyOf(offsets, id * 2 + 1);
        }
        if (poolSize + len > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + len));
        }
        System.arraycopy(buf, off, pool, poolSize, len);
        hashes[id] = h;
        offsets[id] = poolSize;
        poolSize += len;
        offsets[id + 1] = poolSize;
        slots[s] = id + 1;
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
        int[] next = new int[slots.length * 2];
        int mask = next.length - 1;
        for (int id = 0; id < size; id++) {
            int s = hashes[id] & mask;
            while (next[s] != 0) {
                s = (s + 1) & mask;
            }
            next[s] = id + 1;
        }
        slots = next;
    }
}
