package org.newsgauge.train;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.util.LinkedHashMap;
import java.util.Map;
import org.newsgauge.model.LinearModel;
import org.newsgauge.text.SparseVector;

/**
 * The LIBLINEAR Java port ({@code de.bwaldvogel:liblinear}, BSD): L2-regularised L2-loss SVM,
 * one-vs-rest, as scikit-learn's {@code LinearSVC}. Kept as the reference for {@link SvmLearner};
 * it trains one class after another, because the port keeps its random generator in a static
 * field, and calls are serialised on this class for the same reason. The port is an optional
 * dependency of newsgauge: add {@code de.bwaldvogel:liblinear:2.44} to a build that trains with
 * this learner.
 *
 * <pre>{@code
 * Learner ref = new LiblinearLearner(1.0);   // C = 1: Learners.byName("liblinear", 1.0)
 * ModelPack pack = new PackTrainer(TrainingOptions.defaults().withAlgorithm("liblinear")).train(dataset);
 * }</pre>
 *
 * <p>Thread-safe: calls into LIBLINEAR are serialised on this class because the port keeps static state.
 */
public final class LiblinearLearner implements Learner {
    private final double c;

    /**
     * A LIBLINEAR L2-regularised L2-loss SVM (dual solver, tolerance 0.1).
     *
     * @param c regularisation, a positive number: larger fits the training data more closely
     * @throws MissingLibraryException when the LIBLINEAR port ({@code de.bwaldvogel:liblinear}, an
     *                               optional dependency of newsgauge) is not on the classpath
     */
    public LiblinearLearner(double c) {
        OptionalLibrary.LIBLINEAR.require();
        this.c = c;
    }

    @Override
    public String name() {
        return "liblinear";
    }

    @Override
    public Map<String, Object> params() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("C", c);
        p.put("solver", "L2R_L2LOSS_SVC_DUAL");
        p.put("eps", 0.1);
        return p;
    }

    @Override
    public LinearModel fit(SparseVector[] x, int[] y, int k, int features, long seed) {
        Problem problem = new Problem();
        problem.l = x.length;
        problem.n = features + 1;
        problem.bias = 1;
        problem.x = new Feature[x.length][];
        problem.y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            int[] idx = x[i].indices();
            float[] val = x[i].values();
            Feature[] row = new Feature[idx.length + 1];
            for (int j = 0; j < idx.length; j++) {
                row[j] = new FeatureNode(idx[j] + 1, val[j]);
            }
            row[idx.length] = new FeatureNode(features + 1, 1);
            problem.x[i] = row;
            problem.y[i] = y[i];
        }
        Model model;
        synchronized (LiblinearLearner.class) {
            Linear.disableDebugOutput();
            Linear.resetRandom();
            model = Linear.train(problem, new Parameter(SolverType.L2R_L2LOSS_SVC_DUAL, c, 0.1));
        }
        int[] modelLabels = model.getLabels();
        double[] fw = model.getFeatureWeights();
        int nrW = modelLabels.length == 2 ? 1 : modelLabels.length;
        float[] weights = new float[k * features];
        float[] bias = new float[k];
        for (int f = 0; f <= features; f++) {
            for (int m = 0; m < nrW; m++) {
                double v = fw[f * nrW + m];
                if (nrW == 1) {
                    // binary: the weights score the first label of the model
                    int first = modelLabels[0];
                    int second = modelLabels[1];
                    set(weights, bias, k, features, f, first, v);
                    set(weights, bias, k, features, f, second, -v);
                } else {
                    set(weights, bias, k, features, f, modelLabels[m], v);
                }
            }
        }
        if (modelLabels.length == 1) {
            // one class only in the data: it always wins
            bias[modelLabels[0]] = 1;
        }
        return new LinearModel(k, features, weights, bias);
    }

    private static void set(float[] weights, float[] bias, int k, int features, int f, int cls, double v) {
        if (f == features) {
            bias[cls] = (float) v;
        } else {
            weights[f * k + cls] = (float) v;
        }
    }
}
