package org.newsgauge.model;

import org.newsgauge.text.SparseVector;

/**
 * Scores documents with a {@link LinearModel}, reading its 8-bit weight steps when the model has
 * them (every trained or loaded pack does): a quarter of the memory a float weight takes, which
 * is what scoring a long document with many labels waits on. Each output's sum of
 * {@code value * step} is scaled once at the end.
 *
 * <pre>{@code
 * Scorer s = dimension.linear().scorer();
 * double[] scores = s.scores(vector);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Scorer {
    private final LinearModel model;
    private final byte[] steps;   // null: the model is off the 8-bit grid, score with its floats
    private final float[] scale;
    private final float[] bias;

    Scorer(LinearModel model, byte[] steps, float[] scale, float[] bias) {
        this.model = model;
        this.steps = steps;
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
        if (steps == null) {
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
        // adds a zero: the sum must be used, or the compiler drops the loads
        out[0] += touchRows(idx, features, k) * 0.0;
        for (int i = 0; i < idx.length; i++) {
            int f = idx[i];
            if (f < features) {
                float v = val[i];
                int base = f * k;
                for (int c = 0; c < k; c++) {
                    out[c] += v * steps[base + c];
                }
            }
        }
        for (int c = 0; c < k; c++) {
            out[c] = bias[c] + out[c] * scale[c];
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
