package org.newsgauge.model;

import org.newsgauge.text.SparseVector;

/**
 * K linear scoring functions over the same sparse features: {@code score_k(x) = w_k · x + b_k}.
 * Weights are stored feature-major ({@code weights[f * k + c]}) so that scoring a document
 * touches one contiguous run of memory per feature.
 *
 * <p>Immutable and thread-safe.
 *
 * @param outputs  number of scoring functions
 * @param features number of features
 * @param weights  feature-major weights, length {@code outputs * features}
 * @param bias     one intercept per output
 */
public record LinearModel(int outputs, int features, float[] weights, float[] bias) {

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

    /** A copy of the feature-major weights. */
    @Override
    public float[] weights() {
        return weights.clone();
    }

    /** A copy of the intercepts. */
    @Override
    public float[] bias() {
        return bias.clone();
    }

    /** Writes the K scores of {@code x} into {@code out}. */
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

    /** The weight of feature {@code feature} in output {@code output}. */
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
