package org.newsgauge.train;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.newsgauge.model.LinearModel;
import org.newsgauge.text.SparseVector;

/**
 * Linear support vector machine, one-vs-rest, L2-regularised squared hinge loss, solved by dual
 * coordinate descent with shrinking (Hsieh et al. 2008; the algorithm of LIBLINEAR's
 * {@code L2R_L2LOSS_SVC_DUAL}, which scikit-learn's {@code LinearSVC} runs).
 *
 * <p>Why not call the LIBLINEAR Java port for this: it keeps its random generator in a static
 * field, so its one-vs-rest problems cannot be trained in parallel and stay deterministic; this
 * solver reads the feature vectors in place (no per-entry node objects) and trains the classes
 * on all cores, each with its own seeded generator. {@link LiblinearLearner} runs the library
 * itself for comparison.
 *
 * <pre>{@code
 * Learner svm = new SvmLearner(1.0, true);
 * }</pre>
 *
 * <p>Immutable and thread-safe; each fit uses its own seeded generators.
 */
public final class SvmLearner implements Learner {
    private final double c;
    private final boolean balanced;
    private final double eps;
    private final int maxIter;

    /**
     * @param c        regularisation: larger fits the training data more closely
     * @param balanced weigh each example by {@code n / (k * n_class)}, as scikit-learn's
     *                 {@code class_weight="balanced"} (helps rare labels and macro-F1)
     */
    public SvmLearner(double c, boolean balanced) {
        this(c, balanced, 0.1, 1000);
    }

    public SvmLearner(double c, boolean balanced, double eps, int maxIter) {
        if (!(c > 0) || !(eps > 0) || maxIter < 1) {
            throw new IllegalArgumentException("C and eps must be positive, maxIter at least 1");
        }
        this.c = c;
        this.balanced = balanced;
        this.eps = eps;
        this.maxIter = maxIter;
    }

    @Override
    public String name() {
        return "svm";
    }

    @Override
    public Map<String, Object> params() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("C", c);
        p.put("class_weight", balanced ? "balanced" : "none");
        p.put("loss", "squared_hinge");
        p.put("eps", eps);
        p.put("max_iter", maxIter);
        return p;
    }

    @Override
    public LinearModel fit(SparseVector[] x, int[] y, int k, int features, long seed) {
        int n = x.length;
        int[] count = new int[k];
        for (int yi : y) {
            count[yi]++;
        }
        double[] sq = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 1.0; // the bias feature
            for (float v : x[i].values()) {
                s += (double) v * v;
            }
            sq[i] = s;
        }
        float[] weights = new float[k * features];
        float[] bias = new float[k];
        int models = k == 2 ? 1 : k;
        double[][] w = new double[models][];
        // scikit-learn's "balanced": every example weighs n / (k * n_its_class), in every one-vs-rest problem
        double[] exampleC = new double[n];
        for (int i = 0; i < n; i++) {
            exampleC[i] = balanced ? c * n / ((double) k * Math.max(1, count[y[i]])) : c;
        }
        IntStream.range(0, models).parallel().forEach(cls -> {
            int positive = k == 2 ? 1 : cls;
            w[cls] = solve(x, y, positive, features, sq, exampleC, seed + cls);
        });
        if (k == 2) {
            for (int f = 0; f < features; f++) {
                weights[f * 2 + 1] = (float) w[0][f];
                weights[f * 2] = (float) -w[0][f];
            }
            bias[1] = (float) w[0][features];
            bias[0] = -bias[1];
        } else {
            for (int cls = 0; cls < k; cls++) {
                for (int f = 0; f < features; f++) {
                    weights[f * k + cls] = (float) w[cls][f];
                }
                bias[cls] = (float) w[cls][features];
            }
        }
        return new LinearModel(k, features, weights, bias);
    }

    /** Dual coordinate descent for one binary problem; returns w with the bias at index {@code features}. */
    private double[] solve(SparseVector[] x, int[] labels, int positive, int features, double[] sq,
                           double[] exampleC, long seed) {
        int n = x.length;
        double[] w = new double[features + 1];
        double[] alpha = new double[n];
        byte[] y = new byte[n];
        double[] diag = new double[n];
        double[] qd = new double[n];
        int[] index = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = (byte) (labels[i] == positive ? 1 : -1);
            diag[i] = 0.5 / exampleC[i];
            qd[i] = diag[i] + sq[i];
            index[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed);
        double pgMaxOld = Double.POSITIVE_INFINITY;
        int active = n;
        for (int iter = 0; iter < maxIter; iter++) {
            double pgMax = Double.NEGATIVE_INFINITY;
            double pgMin = Double.POSITIVE_INFINITY;
            for (int i = 0; i < active; i++) {
                int j = i + random.nextInt(active - i);
                int t = index[i];
                index[i] = index[j];
                index[j] = t;
            }
            for (int s = 0; s < active; s++) {
                int i = index[s];
                int[] idx = x[i].indices();
                float[] val = x[i].values();
                double dot = w[features];
                for (int p = 0; p < idx.length; p++) {
                    dot += w[idx[p]] * val[p];
                }
                double g = y[i] * dot - 1 + alpha[i] * diag[i];
                double pg = 0;
                if (alpha[i] == 0) {
                    if (g > pgMaxOld) {
                        active--;
                        index[s] = index[active];
                        index[active] = i;
                        s--;
                        continue;
                    } else if (g < 0) {
                        pg = g;
                    }
                } else {
                    pg = g;
                }
                pgMax = Math.max(pgMax, pg);
                pgMin = Math.min(pgMin, pg);
                if (Math.abs(pg) > 1e-12) {
                    double old = alpha[i];
                    alpha[i] = Math.max(old - g / qd[i], 0);
                    double d = (alpha[i] - old) * y[i];
                    for (int p = 0; p < idx.length; p++) {
                        w[idx[p]] += d * val[p];
                    }
                    w[features] += d;
                }
            }
            if (pgMax - pgMin <= eps) {
                if (active == n) {
                    break;
                }
                active = n;
                pgMaxOld = Double.POSITIVE_INFINITY;
                continue;
            }
            pgMaxOld = pgMax <= 0 ? Double.POSITIVE_INFINITY : pgMax;
        }
        return w;
    }
}
