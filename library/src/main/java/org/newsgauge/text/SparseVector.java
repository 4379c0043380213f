package org.newsgauge.text;

import java.util.Arrays;

/**
 * A sparse feature vector: feature indices in ascending order and their values.
 *
 * <pre>{@code
 * SparseVector x = pack.features().vectorize("Kosovo police closed the Jarinje crossing");
 * for (int i = 0; i < x.size(); i++) {
 *     System.out.println(pack.features().name(x.indices()[i]) + " " + x.values()[i]);   // e.g. jarinje crossing 0.40331957
 * }
 * }</pre>
 *
 * <p>Thread-safe to share as long as nobody writes to its arrays (newsgauge never does after building one).
 *
 * @param indices ascending feature indices
 * @param values  the value of each index
 */
public record SparseVector(int[] indices, float[] values) {
    /** The vector with no features. */
    public static final SparseVector EMPTY = new SparseVector(new int[0], new float[0]);

    /**
     * A vector over these arrays, which it keeps, not copies (vectorising makes many of them).
     * Nothing but their lengths is checked.
     *
     * @param indices feature indices, ascending, each at most once
     * @param values  the value of each index, in the same order
     * @throws IllegalArgumentException when the arrays differ in length
     */
    public SparseVector {
        if (indices.length != values.length) {
            throw new IllegalArgumentException("indices and values differ in length");
        }
    }

    /** Number of non-zero entries. */
    public int size() {
        return indices.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SparseVector v && Arrays.equals(indices, v.indices) && Arrays.equals(values, v.values);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(indices) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "SparseVector[" + indices.length + " entries]";
    }
}
