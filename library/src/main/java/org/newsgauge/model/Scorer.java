package org.newsgauge.model;

import org.newsgauge.text.SparseVector;

/**
 * Scores documents with a {@link LinearModel}, reading its 8-bit weight steps when the model has
 * them (every trained or loaded pack does): a quarter of the memory a float weight takes, which
 * is what scoring a long document with many labels waits on. Each output's sum of
 * {@code value * step} is scaled once at the end.
 *
 * <p>A model of many outputs ({@link SparseRows#MIN_OUTPUTS} or more) whose steps are at most a
 * quarter non-zero (NB-SVM models: 97% of the steps of an R52 model round to zero) is scored by
 * its {@link SparseRows}, the non-zero steps alone:
 * 1.09–1.12× the documents per second on R52 (paired in one JVM, a one-off measurement). With
 * fewer outputs a dense row is one cache line, and the extra indirection costs more than the
 * zeros it skips (20 labels: 0.97×, 5 labels: 0.92×, measured the same way). The sums are the same to the bit: the skipped
 * terms are zeros, and the others are added in the same order. A scorer keeps only the rows it
 * scores with: by sparse rows, not the dense steps as well (about 1 MB for an R52 model).
 *
 * <pre>{@code
 * Scorer s = dimension.linear().scorer();
 * double[] scores = s.scores(vector);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Scorer {
    /**
     * Steps up to this many bytes stay in the core's cache between documents, where reading each
     * row ahead ({@link #touchRows}) only adds a pass: skipped below it.
     */
    static final int TOUCH_FROM = 1 << 18;

    private final LinearModel model;
    // at most one of the two: dense rows of steps, or the non-zero steps alone; neither when the
    // model is off the 8-bit grid and is scored with its floats
    private final byte[] steps;
    private final SparseRows sparse;
    private final float[] scale;
    private final float[] bias;

    /** A scorer over {@code steps} (null: the model's floats), which it keeps only if it scores by dense rows. */
    Scorer(LinearModel model, byte[] steps, float[] scale, float[] bias) {
        this.model = model;
        this.sparse = steps == null ? null : SparseRows.of(steps, model.outputs(), model.features());
        this.steps = sparse == null ? steps : null;
        this.scale = scale;
        this.bias = bias;
    }

    /** The scores of {@code x}, one per output of the model. */
    public double[] scores(SparseVector x) {
        double[] out = new double[model.outputs()];
        scores(x, out);
        return out;
    }

    /** Writes the scores of {@code x} into {@code out} (length {@code outputs}). */
    public void scores(SparseVector x, double[] out) {
        if (steps == null && sparse == null) {
            model.scores(x, out);
            return;
        }
        final int k = model.outputs();
        final int features = model.features();
        int[] idx = x.indices();
        float[] val = x.values();
        for (int c = 0; c < k; c++) {
            out[c] = 0;
        }
        if (sparse != null) {
            sparse.add(idx, val, features, out);
        } else {
            addDense(idx, val, features, k, out);
        }
        for (int c = 0; c < k; c++) {
            out[c] = bias[c] + out[c] * scale[c];
        }
    }

    /** Adds each feature's value times its dense row of steps to {@code out}, features in order. */
    private void addDense(int[] idx, float[] val, int features, int k, double[] out) {
        if (steps.length > TOUCH_FROM) {
            // adds a zero: the sum must be used, or the compiler drops the loads
            out[0] += touchRows(idx, features, k) * 0.0;
        }
        int i = 0;
        // four rows at a time: each output's running sum is read and written once per four
        // features instead of once per feature, and still adds the features one by one, in order
        for (; i + 4 <= idx.length; i += 4) {
            int f0 = idx[i];
            int f1 = idx[i + 1];
            int f2 = idx[i + 2];
            int f3 = idx[i + 3];
            if (Math.max(Math.max(f0, f1), Math.max(f2, f3)) >= features) {
                for (int j = i; j < i + 4; j++) {
                    addRow(idx[j], val[j], features, k, out);
                }
                continue;
            }
            float v0 = val[i];
            float v1 = val[i + 1];
            float v2 = val[i + 2];
            float v3 = val[i + 3];
            int b0 = f0 * k;
            int b1 = f1 * k;
            int b2 = f2 * k;
            int b3 = f3 * k;
            for (int c = 0; c < k; c++) {
                double o = out[c];
                o += v0 * steps[b0 + c];
                o += v1 * steps[b1 + c];
                o += v2 * steps[b2 + c];
                o += v3 * steps[b3 + c];
                out[c] = o;
            }
        }
        for (; i < idx.length; i++) {
            addRow(idx[i], val[i], features, k, out);
        }
    }

    /** Adds {@code v} times row {@code f} to {@code out}, unless the model has no such feature. */
    private void addRow(int f, float v, int features, int k, double[] out) {
        if (f < features) {
            int base = f * k;
            for (int c = 0; c < k; c++) {
                out[c] += v * steps[base + c];
            }
        }
    }

    /**
     * Reads one byte of each cache line of each row the document needs, before scoring. The
     * rows lie scattered over a table far larger than the cache; in this short loop of
     * independent loads their misses overlap, where the scoring loop, long per row, would wait
     * for them one or two at a time. Returns a sum of the bytes read, for the caller to consume.
     */
    private int touchRows(int[] idx, int features, int k) {
        int sum = 0;
        for (int f : idx) {
            if (f < features) {
                int base = f * k;
                for (int b = base; b < base + k; b += 64) {
                    sum += steps[b];
                }
                sum += steps[base + k - 1];
            }
        }
        return sum;
    }
}
