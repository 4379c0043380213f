package org.newsgauge.train;

import java.util.stream.IntStream;
import org.newsgauge.model.Decoder;
import org.newsgauge.model.DimensionKind;
import org.newsgauge.model.DimensionModel;
import org.newsgauge.model.LinearModel;
import org.newsgauge.text.SparseVector;

/**
 * Trains the model of one dimension: fits the learner on all rows, and on held-out folds to
 * calibrate the probabilities (softmax temperature, or Platt sigmoids of the cumulative models of
 * an ordinal dimension). The held-out predictions come back too: they are the figures recorded
 * in the manifest.
 *
 * <p>Immutable and thread-safe; training itself runs on the common fork-join pool.
 */
public final class DimensionTrainer {
    private final Learner learner;
    private final int calibrationFolds;
    private final long seed;

    /**
     * @param calibrationFolds folds used to get held-out scores for calibration; below 2 the
     *                         training scores are used (fast, over-confident)
     */
    public DimensionTrainer(Learner learner, int calibrationFolds, long seed) {
        this.learner = learner;
        this.calibrationFolds = calibrationFolds;
        this.seed = seed;
    }

    /**
     * The trained model and its held-out predictions.
     *
     * @param model         the model
     * @param heldOut       probability distribution of each training row from a model that did
     *                      not see it (null when calibrated on training scores)
     */
    public record Result(DimensionModel model, double[][] heldOut) {
    }

    /** Trains dimension {@code name} with labels {@code labels} on vectors {@code x} with label indices {@code y}. */
    public Result train(String name, DimensionKind kind, java.util.List<String> labels, Decoder decoder,
                        SparseVector[] x, int[] y, int features) {
        return train(name, kind, labels, decoder, x, y, features, null);
    }

    /**
     * As {@link #train(String, DimensionKind, java.util.List, Decoder, SparseVector[], int[], int)}, with
     * calibration folds grouped by {@code groups} (e.g. events) when given: probabilities are then
     * calibrated on documents about events the fold's model never saw, as real text will be.
     */
    public Result train(String name, DimensionKind kind, java.util.List<String> labels, Decoder decoder,
                        SparseVector[] x, int[] y, int features, String[] groups) {
        int k = labels.size();
        // 8-bit weights, as packs store them: the in-memory model is exactly the saved one
        LinearModel full = fitScores(x, y, k, decoder, features, seed).quantized();
        int n = x.length;
        boolean folds = calibrationFolds >= 2 && n >= 2 * calibrationFolds;
        double[][] scores = new double[n][];
        if (folds) {
            int[] fold = groups != null && java.util.Arrays.stream(groups).distinct().count() >= calibrationFolds
                    ? Folds.grouped(groups, calibrationFolds, seed ^ 0x5DEECE66DL)
                    : Folds.stratified(y, calibrationFolds, seed ^ 0x5DEECE66DL);
            IntStream.range(0, calibrationFolds).parallel().forEach(f -> {
                int[] trainRows = IntStream.range(0, n).filter(i -> fold[i] != f).toArray();
                SparseVector[] tx = new SparseVector[trainRows.length];
                int[] ty = new int[trainRows.length];
                for (int i = 0; i < trainRows.length; i++) {
                    tx[i] = x[trainRows[i]];
                    ty[i] = y[trainRows[i]];
                }
                LinearModel m = fitScores(tx, ty, k, decoder, features, seed + 7919L * (f + 1));
                for (int i = 0; i < n; i++) {
                    if (fold[i] == f) {
                        double[] s = new double[m.outputs()];
                        m.scores(x[i], s);
                        scores[i] = s;
                    }
                }
            });
        } else {
            for (int i = 0; i < n; i++) {
                double[] s = new double[full.outputs()];
                full.scores(x[i], s);
                scores[i] = s;
            }
        }
        double[] calibration;
        if (decoder == Decoder.SOFTMAX) {
            calibration = new double[] {Calibration.temperature(scores, y)};
        } else {
            calibration = new double[2 * (k - 1)];
            for (int j = 0; j < k - 1; j++) {
                double[] s = new double[n];
                boolean[] pos = new boolean[n];
                for (int i = 0; i < n; i++) {
                    s[i] = scores[i][j];
                    pos[i] = y[i] > j;
                }
                double[] ab = Calibration.platt(s, pos);
                calibration[2 * j] = ab[0];
                calibration[2 * j + 1] = ab[1];
            }
        }
        DimensionModel model = new DimensionModel(name, kind, labels, decoder, full, calibration, new double[k]);
        double[][] heldOut = null;
        if (folds) {
            heldOut = new double[n][];
            for (int i = 0; i < n; i++) {
                heldOut[i] = model.distribution(scores[i]);
            }
        }
        return new Result(model, heldOut);
    }

    /** One score per label (softmax) or one per threshold "above label j" (cumulative). */
    private LinearModel fitScores(SparseVector[] x, int[] y, int k, Decoder decoder, int features, long s) {
        if (decoder == Decoder.SOFTMAX) {
            return learner.fit(x, y, k, features, s);
        }
        LinearModel[] parts = new LinearModel[k - 1];
        IntStream.range(0, k - 1).parallel().forEach(j -> {
            int[] above = new int[y.length];
            for (int i = 0; i < y.length; i++) {
                above[i] = y[i] > j ? 1 : 0;
            }
            parts[j] = learner.fit(x, above, 2, features, s + 31L * j);
        });
        float[] w = new float[(k - 1) * features];
        float[] b = new float[k - 1];
        for (int j = 0; j < k - 1; j++) {
            LinearModel m = parts[j];
            for (int f = 0; f < features; f++) {
                w[f * (k - 1) + j] = m.weight(1, f) - m.weight(0, f);
            }
            b[j] = m.bias()[1] - m.bias()[0];
        }
        return new LinearModel(k - 1, features, w, b);
    }
}
