package org.newsgauge.model;

/**
 * The non-zero 8-bit steps of a model's weight rows, feature by feature, each with its output:
 * how {@link Scorer} scores a model of many outputs whose steps are mostly zero (NB-SVM models:
 * 97% of the steps of an R52 model round to zero). Adding the non-zero steps alone gives the
 * same sums to the bit as adding every step: the skipped terms are zeros, and the others are
 * added in the same order.
 *
 * <p>{@link #add} reads each feature's range and the first entry of each range in two short
 * loops before it adds: 1.06–1.18× the documents per second on R52 (three alternating fresh-JVM
 * runs of {@code ClassifyThroughput} against the build without them, 2026-11-27), where the
 * table of an R52 model is larger than the core's cache and a range's misses, one feature at a
 * time, were what the adding waited on.
 *
 * <pre>{@code
 * SparseRows rows = SparseRows.of(steps, outputs, features);   // null when dense is better
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
final class SparseRows {
    /** Outputs from which a mostly-zero model is scored by its non-zero steps alone. */
    static final int MIN_OUTPUTS = 32;

    // feature f's non-zero steps are entries[start[f] .. start[f + 1]), each (output << 8) | (step & 0xFF)
    private final int[] start;
    private final int[] entries;

    private SparseRows(int[] start, int[] entries) {
        this.start = start;
        this.entries = entries;
    }

    /**
     * The sparse rows of feature-major {@code steps}, or null when dense rows score faster: fewer
     * than {@link #MIN_OUTPUTS} outputs (a dense row is then about one cache line, and the
     * indirection costs more than the zeros it skips) or more than a quarter of the steps non-zero.
     */
    static SparseRows of(byte[] steps, int outputs, int features) {
        if (outputs < MIN_OUTPUTS) {
            return null;
        }
        int nonZero = 0;
        for (byte b : steps) {
            nonZero += b != 0 ? 1 : 0;
        }
        if (nonZero > steps.length / 4) {
            return null;
        }
        int[] start = new int[features + 1];
        int[] entries = new int[nonZero];
        int e = 0;
        for (int f = 0; f < features; f++) {
            start[f] = e;
            for (int c = 0, base = f * outputs; c < outputs; c++) {
                if (steps[base + c] != 0) {
                    entries[e++] = (c << 8) | (steps[base + c] & 0xFF);
                }
            }
        }
        start[features] = e;
        return new SparseRows(start, entries);
    }

    /** Adds each feature's value times its non-zero steps to {@code out}, feature by feature in order. */
    void add(int[] idx, float[] val, int features, double[] out) {
        int n = idx.length;
        int[] from = new int[n];
        int[] to = new int[n];
        int touched = 0;
        // first the ranges, then one entry of each range, in short loops of independent loads:
        // the rows lie scattered over tables larger than the cache, and here their misses
        // overlap, where the adding loop would wait for them one at a time
        for (int i = 0; i < n; i++) {
            int f = idx[i];
            if (f < features) {
                from[i] = start[f];
                to[i] = start[f + 1];
            }
        }
        for (int i = 0; i < n; i++) {
            if (from[i] < to[i]) {
                touched += entries[from[i]];
            }
        }
        for (int i = 0; i < n; i++) {
            float v = val[i];
            for (int p = from[i], end = to[i]; p < end; p++) {
                int e = entries[p];
                out[e >>> 8] += v * (byte) e;
            }
        }
        // adds a zero: the sum must be used, or the compiler drops the loads
        out[0] += touched * 0.0;
    }
}
