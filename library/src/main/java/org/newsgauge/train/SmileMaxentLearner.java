package org.newsgauge.train;

import java.util.LinkedHashMap;
import java.util.Map;
import org.newsgauge.model.LinearModel;
import org.newsgauge.text.SparseVector;
import smile.classification.Maxent;

/**
 * Smile's maximum-entropy classifier ({@code smile.classification.Maxent}, Smile 1.5.3,
 * Apache-2.0) over binary features (present or not). Its model is read into a
 * {@link LinearModel} (see {@link LogLinearProbe}). Smile is an optional dependency of newsgauge:
 * add {@code com.github.haifengl:smile-core:1.5.3} to a build that trains with this learner.
 *
 * <pre>{@code
 * Learner smile = new SmileMaxentLearner(0.1);   // lambda 0.1: Learners.byName("smile-maxent", c)
 * TrainingOptions o = TrainingOptions.defaults().withAlgorithm("smile-maxent");   // with binary features
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class SmileMaxentLearner implements Learner {
    private final double lambda;

    /**
     * Smile's maximum-entropy classifier with this regularisation ({@link Learners#byName} uses 0.1).
     *
     * @param lambda Smile's regularisation factor: larger keeps the weights smaller
     * @throws MissingLibraryException when Smile ({@code com.github.haifengl:smile-core}, an optional
     *                               dependency of newsgauge) is not on the classpath
     */
    public SmileMaxentLearner(double lambda) {
        OptionalLibrary.SMILE.require();
        this.lambda = lambda;
    }

    @Override
    public String name() {
        return "smile-maxent";
    }

    @Override
    public boolean wantsBinaryFeatures() {
        return true;
    }

    @Override
    public Map<String, Object> params() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("lambda", lambda);
        p.put("tol", 1e-5);
        p.put("max_iter", 500);
        return p;
    }

    @Override
    public LinearModel fit(SparseVector[] x, int[] y, int k, int features, long seed) {
        int[][] bin = new int[x.length][];
        for (int i = 0; i < x.length; i++) {
            bin[i] = x[i].indices().clone();
        }
        // Smile needs every class 0..k-1 present; a missing class gets a vanishing probability
        boolean[] present = new boolean[k];
        for (int c : y) {
            present[c] = true;
        }
        int[] toDense = new int[k];
        int[] toClass = new int[k];
        int dense = 0;
        for (int c = 0; c < k; c++) {
            if (present[c]) {
                toDense[c] = dense;
                toClass[dense++] = c;
            }
        }
        if (dense < 2) {
            float[] bias = new float[k];
            java.util.Arrays.fill(bias, -30f);
            bias[toClass[0]] = 0;
            return new LinearModel(k, features, new float[k * features], bias);
        }
        int[] yd = new int[y.length];
        for (int i = 0; i < y.length; i++) {
            yd[i] = toDense[y[i]];
        }
        Maxent model = new Maxent(features, bin, yd, lambda, 1e-5, 500);
        int d = dense;
        return LogLinearProbe.extract(k, features, (f, out) -> {
            double[] p = new double[d];
            model.predict(f < 0 ? new int[0] : new int[] {f}, p);
            java.util.Arrays.fill(out, 1e-300);
            for (int c = 0; c < d; c++) {
                out[toClass[c]] = p[c];
            }
        });
    }
}
