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
 * double[] out = new double[dimension.linear().outputs()];
 * s.scores(vector, out);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Scorer {
    private final int outputs;
    private final int features;
    private final byte[] steps;   // null: use the float weights
    private final float[] weights;
    private final float[] scale;
    private final float[] bias;

    Scorer(int outputs, int features, byte[] steps, float[] weights, float[] scale, float[] bias) {
        this.outputs = outputs;
        this.features = features;
        this.steps = steps;
        this.weights = weights;
        this.scale = scale;
        this.bias = bias;
    }

    /** Writes the scores of {@code x} into {@code out} (length {@code outputs}). */
    public void scores(SparseVector x, double[] out) {
        final int k = outputs;
        int[] idx = x.indices();
        float[] val = x.values();
        if (steps == null) {
            for (int c = 0; c < k; c++) {
                out[c] = bias[c];
            }
            for (int i = 0; i < idx.length; i++) {
                int f = idx[i];
                if (f < features) {
                    float v = val[i];
                    int base = f * k;
                    for (int c = 0; c < k; c++) {
                        out[c] += v * weights[base + c];
                    }
                }
            }
            return;
        }
        for (int c = 0; c < k; c++) {
            out[c] = 0;
        }
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
}
