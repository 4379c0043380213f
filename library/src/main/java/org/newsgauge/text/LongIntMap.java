package org.newsgauge.text;

import java.util.Arrays;

/**
 * Open-addressing map from {@code long} keys to {@code int} values, for bigram keys. Reads are
 * safe from many threads once writing has finished.
 */
final class LongIntMap {
    private static final long EMPTY = Long.MIN_VALUE;
    private long[] keys;
    private int[] values;
    private int size;

    LongIntMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[cap];
        Arrays.fill(keys, EMPTY);
        values = new int[cap];
    }

    int size() {
        return size;
    }

    private static int mix(long k) {
        k *= 0x9E3779B97F4A7C15L;
        return (int) (k ^ (k >>> 32));
    }

    /** The value for {@code key}, or {@code missing}. */
    int get(long key, int missing) {
        int mask = keys.length - 1;
        int s = mix(key) & mask;
        while (true) {
            long k = keys[s];
            if (k == key) {
                return values[s];
            }
            if (k == EMPTY) {
                return missing;
            }
            s = (s + 1) & mask;
        }
    }

    /** Slot of {@code key}, inserting it with value {@code init} when absent. */
    int slot(long key, int init) {
        int mask = keys.length - 1;
        int s = mix(key) & mask;
        while (true) {
            long k = keys[s];
            if (k == key) {
                return s;
            }
            if (k == EMPTY) {
                keys[s] = key;
                values[s] = init;
                if (++size * 2 > keys.length) {
                    rehash();
                    return slot(key, init);
                }
                return s;
            }
            s = (s + 1) & mask;
        }
    }

    void put(long key, int value) {
        int s = slot(key, value); // may rehash: index the new array
        values[s] = value;
    }

    int valueAt(int slot) {
        return values[slot];
    }

    void setValueAt(int slot, int v) {
        values[slot] = v;
    }

    /** Capacity, for iteration with {@link #keyAt} and {@link #occupied}. */
    int capacity() {
        return keys.length;
    }

    boolean occupied(int slot) {
        return keys[slot] != EMPTY;
    }

    long keyAt(int slot) {
        return keys[slot];
    }

    private void rehash() {
        long[] ok = keys;
        int[] ov = values;
        keys = new long[ok.length * 2];
        Arrays.fill(keys, EMPTY);
        values = new int[ok.length * 2];
        int mask = keys.length - 1;
        for (int i = 0; i < ok.length; i++) {
            if (ok[i] != EMPTY) {
                int s = mix(ok[i]) & mask;
                while (keys[s] != EMPTY) {
                    s = (s + 1) & mask;
                }
                keys[s] = ok[i];
                values[s] = ov[i];
            }
        }
    }
}
