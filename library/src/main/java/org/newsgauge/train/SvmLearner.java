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
 * Learner nbsvm = new SvmLearner(1.0, true, 1.0);   // NB-SVM: log-count-ratio scaled features
 * }</pre>
 *
 * <p>With a positive {@code nbSmoothing} it is Wang &amp; Manning's NB-SVM (2012): in each
 * one-vs-rest problem every feature is scaled by its naive Bayes log-count ratio
 * {@code r = log((p / |p|) / (q / |q|))}, where {@code p} and {@code q} count the positive and the
 * negative rows that have the feature plus the smoothing. The weights learnt on the scaled
 * features are multiplied back by {@code r}, so the model stays a plain linear model over the
 * original features: packs and classification are the same as for the plain SVM.
 *
 * <p>Immutable and thread-safe; each fit uses its own seeded generators.
 */
public final class SvmLearner implements Learner {
    private final double c;
    private final boolean balanced;
    private final double nbSmoothing;
    private final double eps;
    private final int maxIter;

    /**
     * @param c        regularisation: larger fits the training data more closely
     * @param balanced weigh each example by {@code n / (k * n_class)}, as scikit-learn's
     *                 {@code class_weight="balanced"} (helps rare labels and macro-F1)
     * @throws IllegalArgumentException when {@code c} is not positive
     */
    public SvmLearner(double c, boolean balanced) {
        this(c, balanced, 0);
    }

    /**
     * An SVM, on naive Bayes scaled features when {@code nbSmoothing} is above 0 (then named
     * {@code nbsvm}), with the default tolerance (0.1) and iteration limit (1000).
     *
     * @param c           regularisation, a positive number: larger fits the training data more closely
     * @param balanced    weigh each example by {@code n / (k * n_class)}
     * @param nbSmoothing above 0: scale the features of each one-vs-rest problem by their naive
     *                    Bayes log-count ratios, with this add-one style smoothing (1 is Wang
     *                    &amp; Manning's); 0: plain features
     */
    public SvmLearner(double c, boolean balanced, double nbSmoothing) {
        this(c, balanced, nbSmoothing, 0.1, 1000);
    }

    /**
     * A plain SVM (no naive Bayes scaling) with its own stopping rule.
     *
     * @param c        regularisation, a positive number: larger fits the training data more closely
     * @param balanced weigh each example by {@code n / (k * n_class)}
     * @param eps      the solver's tolerance, a positive number: smaller solves more exactly, slower
     * @param maxIter  the most passes of the solver over the data, at least 1
     * @throws IllegalArgumentException when {@code c} or {@code eps} is not positive, or
     *                                  {@code maxIter} is below 1
     */
    public SvmLearner(double c, boolean balanced, double eps, int maxIter) {
        this(c, balanced, 0, eps, maxIter);
    }

    private SvmLearner(double c, boolean balanced, double nbSmoothing, double eps, int maxIter) {
        if (!(c > 0) || !(eps > 0) || maxIter < 1) {
            throw new IllegalArgumentException("C and eps must be positive, maxIter at least 1");
        }
        if (!(nbSmoothing >= 0) || Double.isInfinite(nbSmoothing)) {
            throw new IllegalArgumentException("nbSmoothing must be 0 (off) or a positive number, got " + nbSmoothing);
        }
        this.c = c;
        this.balanced = balanced;
        this.nbSmoothing = nbSmoothing;
        this.eps = eps;
        this.maxIter = maxIter;
    }

    @Override
    public String name() {
        return nbSmoothing > 0 ? "nbsvm" : "svm";
    }

    @Override
    public Map<String, Object> params() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("C", c);
        p.put("class_weight", balanced ? "balanced" : "none");
        if (nbSmoothing > 0) {
            p.put("nb_smoothing", nbSmoothing);
        }
        p.put("loss", "squared_hinge");
        p.put("eps", eps);
        p.put("max_iter", maxIter);
        return p;
    }

    /**
     * The regularisation strength this learner fits with.
     *
     * @return C, a positive number
     */
    public double c() {
        return c;
    }

    /**
     * Whether {@code other} fits the same problem as this learner up to the value of C, so that
     * the two can be fitted as one {@linkplain #fitPath regularisation path}.
     *
     * @param other another learner, of any kind
     * @return true when it is an SVM with the same class weights, naive Bayes scaling, tolerance and
     *         iteration limit (whatever its C)
     */
    public boolean differsOnlyInC(Learner other) {
        return other instanceof SvmLearner s && s.balanced == balanced && s.nbSmoothing == nbSmoothing && s.eps == eps
                && s.maxIter == maxIter;
    }

    @Override
    public LinearModel fit(SparseVector[] x, int[] y, int k, int features, long seed) {
        return fitPath(new double[] {c}, x, y, k, features, seed)[0];
    }

    /**
     * Fits one model per value of C in {@code cs} (in that order), with this learner's other
     * settings: the values are solved in ascending order, each binary problem starting from the
     * dual solution of the previous value (the warm start LIBLINEAR uses in its search for C).
     * The squared hinge loss has no upper bound on its dual variables, so the previous solution
     * is always a feasible start; every model is still solved to the same tolerance.
     *
     * <pre>{@code
     * LinearModel[] byC = new SvmLearner(1, true).fitPath(new double[] {1, 0.5, 2}, x, y, k, features, 42);
     * }</pre>
     *
     * @param cs       the values of C, each positive, in any order
     * @param x        training vectors
     * @param y        class of each vector, in {@code 0..k-1}
     * @param k        number of classes, at least 2
     * @param features number of features (vector indices are below it)
     * @param seed     seed of the solver's random order
     * @return one model per value of {@code cs}, in the order of {@code cs}
     * @throws IllegalArgumentException when a value of C is not positive
     */
    public LinearModel[] fitPath(double[] cs, SparseVector[] x, int[] y, int k, int features, long seed) {
        Integer[] order = new Integer[cs.length];
        for (int i = 0; i < cs.length; i++) {
            if (!(cs[i] > 0)) {
                throw new IllegalArgumentException("C must be positive, got " + cs[i]);
            }
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(cs[a], cs[b]));
        int n = x.length;
        int[] count = new int[k];
        for (int yi : y) {
            count[yi]++;
        }
        double[] sq = nbSmoothing > 0 ? null : squaredNorms(x);
        // the document frequencies of all rows, counted once: each class then counts only its own rows
        DocumentCounts all = nbSmoothing > 0 ? new DocumentCounts(x, features) : null;
        int models = k == 2 ? 1 : k;
        double[][][] w = new double[cs.length][models][];
        IntStream.range(0, models).parallel().forEach(cls -> {
            int positive = k == 2 ? 1 : cls;
            double[] alpha = new double[n];
            double[] ratio = all == null ? null : logCountRatios(all, x, y, positive);
            SparseVector[] xs = ratio == null ? x : scaled(x, ratio);
            double[] sqs = ratio == null ? sq : squaredNorms(xs);
            for (int o : order) {
                // scikit-learn's "balanced": every example weighs n / (k * n_its_class), in every one-vs-rest problem
                double[] exampleC = new double[n];
                for (int i = 0; i < n; i++) {
                    exampleC[i] = balanced ? cs[o] * n / ((double) k * Math.max(1, count[y[i]])) : cs[o];
                }
                double[] wc = solve(xs, y, positive, features, sqs, exampleC, alpha, seed + cls);
                if (ratio != null) {
                    // back to the original features: w . (r o x) = (w o r) . x
                    for (int f = 0; f < features; f++) {
                        wc[f] *= ratio[f];
                    }
                }
                w[o][cls] = wc;
            }
        });
        LinearModel[] out = new LinearModel[cs.length];
        for (int o = 0; o < cs.length; o++) {
            out[o] = toModel(w[o], k, features);
        }
        return out;
    }

    /** Squared norm of each row, the bias feature included. */
    private static double[] squaredNorms(SparseVector[] x) {
        double[] sq = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double s = 1.0; // the bias feature
            for (float v : x[i].values()) {
                s += (double) v * v;
            }
            sq[i] = s;
        }
        return sq;
    }

    /**
     * The naive Bayes log-count ratio of each feature for the problem "label {@code positive}
     * against the rest": {@code log((p_f / sum p) / (q_f / sum q))}, with {@code p_f} and
     * {@code q_f} the positive and negative rows that have feature f, plus the smoothing.
     */
    double[] logCountRatios(SparseVector[] x, int[] y, int positive, int features) {
        return logCountRatios(new DocumentCounts(x, features), x, y, positive);
    }

    /** As {@link #logCountRatios(SparseVector[], int[], int, int)}, from the counts of all rows. */
    private double[] logCountRatios(DocumentCounts all, SparseVector[] x, int[] y, int positive) {
        int features = all.df().length;
        int[] inPositive = new int[features];
        long positiveEntries = 0;
        for (int i = 0; i < x.length; i++) {
            if (y[i] == positive) {
                for (int f : x[i].indices()) {
                    inPositive[f]++;
                }
                positiveEntries += x[i].size();
            }
        }
        // the negative rows' counts are the rest of the totals
        double sumP = nbSmoothing * features + positiveEntries;
        double sumQ = nbSmoothing * features + (all.entries() - positiveEntries);
        double[] r = new double[features];
        for (int f = 0; f < features; f++) {
            double p = nbSmoothing + inPositive[f];
            double q = nbSmoothing + (all.df()[f] - inPositive[f]);
            r[f] = Math.log((p / sumP) / (q / sumQ));
        }
        return r;
    }

    /** Rows that have each feature, and the non-zero entries of all rows. */
    private record DocumentCounts(int[] df, long entries) {
        DocumentCounts(SparseVector[] x, int features) {
            this(new int[features], DimensionTrainer.nonZeros(x));
            for (SparseVector v : x) {
                for (int f : v.indices()) {
                    df[f]++;
                }
            }
        }
    }

    /** The rows with each feature multiplied by its ratio (the index arrays are shared). */
    private static SparseVector[] scaled(SparseVector[] x, double[] ratio) {
        SparseVector[] out = new SparseVector[x.length];
        for (int i = 0; i < x.length; i++) {
            int[] idx = x[i].indices();
            float[] val = x[i].values();
            float[] v = new float[val.length];
            for (int p = 0; p < idx.length; p++) {
                v[p] = (float) (val[p] * ratio[idx[p]]);
            }
            out[i] = new SparseVector(idx, v);
        }
        return out;
    }

    /** One-vs-rest weight vectors (one for two classes) as a model with a score per class. */
    private static LinearModel toModel(double[][] w, int k, int features) {
        float[] weights = new float[k * features];
        float[] bias = new float[k];
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

    /**
     * Dual coordinate descent for one binary problem, starting from the dual variables
     * {@code alpha} (all zero for a cold start) and leaving the solution in them; returns w with
     * the bias at index {@code features}.
     */
    private double[] solve(SparseVector[] x, int[] labels, int positive, int features, double[] sq,
                           double[] exampleC, double[] alpha, long seed) {
        int n = x.length;
        double[] w = new double[features + 1];
        byte[] y = new byte[n];
        double[] diag = new double[n];
        double[] qd = new double[n];
        int[] index = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = (byte) (labels[i] == positive ? 1 : -1);
            diag[i] = 0.5 / exampleC[i];
            qd[i] = diag[i] + sq[i];
            index[i] = i;
            if (alpha[i] != 0) {
                // w = sum of alpha_i y_i x_i, the primal point of the starting duals
                double d = alpha[i] * y[i];
                int[] idx = x[i].indices();
                float[] val = x[i].values();
                for (int p = 0; p < idx.length; p++) {
                    w[idx[p]] += d * val[p];
                }
                w[features] += d;
            }
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
