package org.newsgauge.train;

import java.util.function.BiConsumer;
import org.newsgauge.model.LinearModel;

/**
 * Reads the weights of a log-linear classifier that is only reachable through its predictions
 * (OpenNLP's and Smile's maximum-entropy models keep theirs private): for such a model
 * {@code log p(c | {f}) - log p(c | {})} equals the weight of feature f in class c up to a
 * constant that is the same for every class, and softmax ignores such constants. So one
 * prediction per feature gives an equivalent {@link LinearModel}, which then classifies, saves
 * and explains like every other model.
 */
final class LogLinearProbe {
    private LogLinearProbe() {
    }

    /**
     * @param k        number of classes
     * @param features number of features
     * @param predict  fills the class probabilities for a single active feature (-1 = none)
     */
    static LinearModel extract(int k, int features, BiConsumer<Integer, double[]> predict) {
        double[] base = new double[k];
        predict.accept(-1, base);
        float[] bias = new float[k];
        for (int c = 0; c < k; c++) {
            bias[c] = (float) Math.log(Math.max(base[c], 1e-300));
        }
        float[] w = new float[k * features];
        double[] p = new double[k];
        for (int f = 0; f < features; f++) {
            predict.accept(f, p);
            for (int c = 0; c < k; c++) {
                w[f * k + c] = (float) (Math.log(Math.max(p[c], 1e-300)) - bias[c]);
            }
        }
        return new LinearModel(k, features, w, bias);
    }
}
