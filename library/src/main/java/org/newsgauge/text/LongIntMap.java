package org.newsgauge.text;


/**
 * Open-addressing map from {@code long} keys to {@code int} values, for bigram keys. Key and
 * value sit side by side in one array, so a lookup costs one cache miss. Reads are safe from
 * many threads once writing has finished.
 *
 * <p>The hash is keyed per map ({@link HashKeys}), so that keys chosen to collide (bigrams of a
 * crafted pack or training set) collide only by chance. Iterating the slots
 * ({@link #keyAt}) gives the keys in an order that changes from map to map: sort them.
 */
final class LongIntMap {
    private static final long EMPTY = Long.MIN_VALUE;
    private long[] table;   // [key, value] pairs
    private int size;
    private final long key = HashKeys.key();
    private final long multiplier = HashKeys.multiplier();

    LongIntMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        table = new long[cap * 2];
        for (int i = 0; i < table.length; i += 2) {
            table[i] = EMPTY;
        }
    }

    int size() {
        return size;
    }

    int mix(long k) {
        return HashKeys.finish((k ^ key) * multiplier);
    }

    private int mask() {
        return (table.length >> 1) - 1;
    }

    /** The value for {@code key}, or {@code missing}. */
    int get(long key, int missing) {
        int mask = mask();
        int s = mix(key) & mask;
        while (true) {
            long k = table[s << 1];
            if (k == key) {
                return (int) table[(s << 1) + 1];
            }
            if (k == EMPTY) {
                return missing;
            }
            s = (s + 1) & mask;
        }
    }

    /**
     * Reads the home slot of {@code key} and returns a bit of it, to bring its cache line in
     * ahead of {@link #get}: a loop of these has no branches, so its misses all overlap.
     */
    int touch(long key) {
        return (int) table[(mix(key) & mask()) << 1];
    }

    /** Slot of {@code key}, inserting it with value {@code init} when absent. */
    int slot(long key, int init) {
        int mask = mask();
        int s = mix(key) & mask;
        while (true) {
            long k = table[s << 1];
            if (k == key) {
                return s;
            }
            if (k == EMPTY) {
                table[s << 1] = key;
                table[(s << 1) + 1] = init;
                if (++size * 2 > capacity()) {
                    rehash();
                    return slot(key, init);
                }
                return s;
            }
            s = (s + 1) & mask;
        }
    }

    void put(long key, int value) {
        int s = slot(key, value); // may rehash: index the new table
        table[(s << 1) + 1] = value;
    }

    int valueAt(int slot) {
        return (int) table[(slot << 1) + 1];
    }

    void setValueAt(int slot, int v) {
        table[(slot << 1) + 1] = v;
    }

    /** Capacity, for iteration with {@link #keyAt} and {@link #occupied}. */
    int capacity() {
        return table.length >> 1;
    }

    boolean occupied(int slot) {
        return table[slot << 1] != EMPTY;
    }

    long keyAt(int slot) {
        return table[slot << 1];
    }

    private void rehash() {
        long[] old = table;
        table = new long[old.length * 2];
        for (int i = 0; i < table.length; i += 2) {
            table[i] = EMPTY;
        }
        int mask = mask();
        for (int i = 0; i < old.length; i += 2) {
            if (old[i] != EMPTY) {
                int s = mix(old[i]) & mask;
                while (table[s << 1] != EMPTY) {
                    s = (s + 1) & mask;
                }
                table[s << 1] = old[i];
                table[(s << 1) + 1] = old[i + 1];
            }
        }
    }

}
