package org.newsgauge.model;

import org.newsgauge.text.SparseVector;

/**
 * K linear scoring functions over the same sparse features: {@code score_k(x) = w_k · x + b_k}.
 * Weights are stored feature-major ({@code weights[f * k + c]}) so that scoring a document
 * touches one contiguous run of memory per feature.
 *
 * <pre>{@code
 * LinearModel w = pack.dimension("topic").linear();     // one scoring function per label
 * double[] scores = new double[w.outputs()];
 * w.scores(pack.features().vectorize(text), scores);   // w_k · x + b_k, one per label
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param outputs  number of scoring functions
 * @param features number of features
 * @param weights  feature-major weights, length {@code outputs * features}
 * @param bias     one intercept per output
 */
public record LinearModel(int outputs, int features, float[] weights, float[] bias) {

    /**
     * Checks the shape and copies the arrays in.
     *
     * @param outputs  number of scoring functions, at least 1
     * @param features number of features, 0 or more
     * @param weights  feature-major weights ({@code weights[f * outputs + c]}), length
     *                 {@code outputs * features}
     * @param bias     one intercept per output
     * @throws IllegalArgumentException when the shape is not positive or the arrays do not match it
     */
    public LinearModel {
        if (outputs < 1 || features < 0) {
            throw new IllegalArgumentException("bad shape " + outputs + "x" + features);
        }
        if (weights.length != (long) outputs * features || bias.length != outputs) {
            throw new IllegalArgumentException("weights do not match shape " + outputs + "x" + features);
        }
        weights = weights.clone();
        bias = bias.clone();
    }

    /**
     * A scorer over this model's 8-bit steps when its weights are on their grid (see {@link Scorer}).
     *
     * @return a new scorer giving the same scores as {@link #scores(SparseVector, double[])}; over the
     *         floats when the weights are off the grid
     */
    public Scorer scorer() {
        float[] scale = scales();
        byte[] steps = steps(scale);
        return new Scorer(this, steps, scale, bias);
    }

    /**
     * A copy of the feature-major weights.
     *
     * @return {@code outputs * features} weights, {@code [f * outputs + c]}; the caller may change them
     */
    @Override
    public float[] weights() {
        return weights.clone();
    }

    /**
     * A copy of the intercepts.
     *
     * @return one intercept per output; the caller may change them
     */
    @Override
    public float[] bias() {
        return bias.clone();
    }

    /**
     * The same model with each output's weights rounded to 127 steps of {@code max|w| / 127}
     * (8-bit weights). Packs store weights this way, a quarter of float size, and the trainer
     * applies it before measuring, so a saved and reloaded pack predicts exactly as trained.
     *
     * @return a new model of the same shape and intercepts
     */
    public LinearModel quantized() {
        float[] scale = scales();
        float[] q = new float[weights.length];
        for (int i = 0; i < weights.length; i++) {
            int c = i % outputs;
            q[i] = Math.round(weights[i] / scale[c]) * scale[c];
        }
        return new LinearModel(outputs, features, q, bias);
    }

    /** Per output, {@code max|w| / 127} (1 for an all-zero output): the step of 8-bit weights. */
    float[] scales() {
        float[] max = new float[outputs];
        for (int i = 0; i < weights.length; i++) {
            int c = i % outputs;
            max[c] = Math.max(max[c], Math.abs(weights[i]));
        }
        for (int c = 0; c < outputs; c++) {
            max[c] = max[c] == 0 ? 1f : max[c] / 127f;
        }
        return max;
    }

    /** The 8-bit steps of the weights, or null when they are not exactly on the grid of {@link #scales()}. */
    byte[] steps(float[] scale) {
        byte[] q = new byte[weights.length];
        for (int i = 0; i < weights.length; i++) {
            int c = i % outputs;
            int v = Math.round(weights[i] / scale[c]);
            if (v < -127 || v > 127 || v * scale[c] != weights[i]) {
                return null;
            }
            q[i] = (byte) v;
        }
        return q;
    }

    /**
     * Writes the K scores of {@code x} into {@code out}. Features of {@code x} beyond this model's
     * are ignored.
     *
     * @param x   a document's vector
     * @param out receives one score per output; at least {@link #outputs()} long, overwritten
     */
    public void scores(SparseVector x, double[] out) {
        final int k = outputs;
        for (int c = 0; c < k; c++) {
            out[c] = bias[c];
        }
        int[] idx = x.indices();
        float[] val = x.values();
        for (int i = 0; i < idx.length; i++) {
            int f = idx[i];
            if (f >= features) {
                continue;
            }
            float v = val[i];
            int base = f * k;
            for (int c = 0; c < k; c++) {
                out[c] += v * weights[base + c];
            }
        }
    }

    /**
     * The weight of feature {@code feature} in output {@code output}.
     *
     * @param output  the scoring function, from 0 to {@code outputs - 1}
     * @param feature the feature's index, from 0 to {@code features - 1}
     * @return the weight
     */
    public float weight(int output, int feature) {
        return weights[feature * outputs + output];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LinearModel m && m.outputs == outputs && m.features == features
                && java.util.Arrays.equals(m.weights, weights) && java.util.Arrays.equals(m.bias, bias);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(weights) * 31 + java.util.Arrays.hashCode(bias);
    }

    @Override
    public String toString() {
        return "LinearModel[" + outputs + " outputs x " + features + " features]";
    }
}
