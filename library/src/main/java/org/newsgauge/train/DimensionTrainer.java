package org.newsgauge.train;

import java.util.stream.IntStream;
import org.newsgauge.eval.DimensionMetrics;
import org.newsgauge.eval.Metrics;
import org.newsgauge.model.Decoder;
import org.newsgauge.model.DimensionKind;
import org.newsgauge.model.DimensionModel;
import org.newsgauge.model.LinearModel;
import org.newsgauge.text.SparseVector;

/**
 * Trains the model of one dimension: fits the learner on held-out folds to calibrate the
 * probabilities (softmax temperature, or Platt sigmoids of the cumulative models of an ordinal
 * dimension), then on all rows. Given several candidate learners (e.g. the same SVM with three
 * values of C), the folds also choose among them: the candidate with the best held-out figure
 * (macro-F1; for an ordinal dimension the mean absolute error) is the one fitted on all rows,
 * and the first candidate wins ties. The held-out predictions come back too: they are the figures
 * recorded in the manifest.
 *
 * <p>Immutable and thread-safe; training itself runs on the common fork-join pool.
 */
public final class DimensionTrainer {
    /**
     * Candidates beyond the first are tried only when the non-zero entries of the vectors times
     * the binary problems of the dimension (one per label, one for two labels, one per threshold
     * of a cumulative model) stay within this budget, what one SVM pass costs: above it every
     * candidate costs seconds, and large training sets are the ones where the choice of C
     * matters least (20 Newsgroups: 75M, no difference between the three values measured).
     */
    public static final long SELECTION_BUDGET = 20_000_000L;

    /** Held-out rows that are enough for calibration and selection; see {@link #foldsToRun}. */
    public static final int ENOUGH_HELD_OUT = 3000;

    private final java.util.List<Learner> candidates;
    private final int calibrationFolds;
    private final long seed;

    /**
     * @param calibrationFolds folds used to get held-out scores for calibration; below 2 the
     *                         training scores are used (fast, over-confident)
     */
    public DimensionTrainer(Learner learner, int calibrationFolds, long seed) {
        this(java.util.List.of(learner), calibrationFolds, seed);
    }

    /**
     * @param candidates learners to choose from on the held-out folds, the default first (with
     *                   fewer than 2 folds, or above {@link #SELECTION_BUDGET}, only the
     *                   first is used)
     */
    public DimensionTrainer(java.util.List<Learner> candidates, int calibrationFolds, long seed) {
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("no learner to train with");
        }
        this.candidates = java.util.List.copyOf(candidates);
        this.calibrationFolds = calibrationFolds;
        this.seed = seed;
    }

    /**
     * The trained model and its held-out predictions.
     *
     * @param model    the model
     * @param heldOut  probability distribution of each training row from a model that did not
     *                 see it (null when calibrated on training scores; on a large corpus only
     *                 the rows of the folds that were fitted have one, the others are null)
     * @param chosen   index of the candidate learner the model was fitted with
     * @param figures  held-out figure of each candidate tried, in candidate order (macro-F1, or
     *                 the mean absolute error for an ordinal dimension); empty when none was compared
     * @param foldsFitted calibration folds actually fitted (fewer than configured on a large
     *                 corpus; 0 when calibrated on training scores)
     */
    public record Result(DimensionModel model, double[][] heldOut, int chosen, double[] figures, int foldsFitted) {
        public Result {
            figures = figures.clone();
        }

        @Override
        public double[] figures() {
            return figures.clone();
        }
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
        int n = x.length;
        boolean folds = calibrationFolds >= 2 && n >= 2 * calibrationFolds;
        if (!folds) {
            // 8-bit weights, as packs store them: the in-memory model is exactly the saved one
            LinearModel full = fitScores(candidates.get(0), x, y, k, decoder, features, seed).quantized();
            double[][] scores = new double[n][];
            for (int i = 0; i < n; i++) {
                double[] s = new double[full.outputs()];
                full.scores(x[i], s);
                scores[i] = s;
            }
            DimensionModel model = new DimensionModel(name, kind, labels, decoder, full, calibrate(decoder, scores, y, k),
                    new double[k]);
            return new Result(model, null, 0, new double[0], 0);
        }
        int[] fold = groups != null && java.util.Arrays.stream(groups).distinct().count() >= calibrationFolds
                ? Folds.grouped(groups, calibrationFolds, seed ^ 0x5DEECE66DL)
                : Folds.stratified(y, calibrationFolds, seed ^ 0x5DEECE66DL);
        int run = foldsToRun(fold, y, k);
        int[] rows = IntStream.range(0, n).filter(i -> fold[i] < run).toArray();
        int[] heldY = new int[rows.length];
        for (int r = 0; r < rows.length; r++) {
            heldY[r] = y[rows[r]];
        }
        long problems = decoder == Decoder.CUMULATIVE || k == 2 ? k - 1 : k;
        int tried = candidates.size() > 1 && nonZeros(x) * problems <= SELECTION_BUDGET ? candidates.size() : 1;
        double[] figures = new double[tried];
        int best = 0;
        double[][] bestScores = null;
        double[] bestCalibration = null;
        for (int c = 0; c < tried; c++) {
            double[][] scores = heldOutScores(candidates.get(c), x, y, k, decoder, features, fold, run, rows);
            double[] calibration = calibrate(decoder, scores, heldY, k);
            figures[c] = figure(name, kind, labels, decoder, calibration, scores, heldY);
            boolean better = kind == DimensionKind.ORDINAL ? figures[c] < figures[best] : figures[c] > figures[best];
            if (c == 0 || better) {
                best = c;
                bestScores = scores;
                bestCalibration = calibration;
            }
        }
        LinearModel full = fitScores(candidates.get(best), x, y, k, decoder, features, seed).quantized();
        DimensionModel model = new DimensionModel(name, kind, labels, decoder, full, bestCalibration, new double[k]);
        double[][] heldOut = new double[n][];
        for (int r = 0; r < rows.length; r++) {
            heldOut[rows[r]] = model.distribution(bestScores[r]);
        }
        return new Result(model, heldOut, best, tried > 1 ? figures : new double[0], run);
    }

    /**
     * How many of the folds to fit: all of them for a small corpus, and on a large one only as
     * many as it takes to hold out {@link #ENOUGH_HELD_OUT} rows and every label of the data,
     * which is plenty to fit a temperature or a few sigmoids and to compare candidates (20
     * Newsgroups: one fold of 3,771 instead of three, 44% less SVM work).
     */
    private int foldsToRun(int[] fold, int[] y, int k) {
        int[] size = new int[calibrationFolds];
        boolean[][] has = new boolean[calibrationFolds][k];
        boolean[] inData = new boolean[k];
        for (int i = 0; i < fold.length; i++) {
            size[fold[i]]++;
            has[fold[i]][y[i]] = true;
            inData[y[i]] = true;
        }
        int held = 0;
        boolean[] seen = new boolean[k];
        for (int f = 0; f < calibrationFolds; f++) {
            held += size[f];
            boolean all = true;
            for (int c = 0; c < k; c++) {
                seen[c] |= has[f][c];
                all &= seen[c] || !inData[c];
            }
            // every label of the data held out at least once, or its calibration (a sigmoid with
            // no positives) would rule the label out
            if (held >= ENOUGH_HELD_OUT && all) {
                return f + 1;
            }
        }
        return calibrationFolds;
    }

    /** Non-zero entries of all the vectors. */
    static long nonZeros(SparseVector[] x) {
        long nnz = 0;
        for (SparseVector v : x) {
            nnz += v.size();
        }
        return nnz;
    }

    /**
     * Scores of the rows of folds {@code 0..run-1} (listed in {@code rows}, in order), each from
     * the model of the fold that left it out.
     */
    private double[][] heldOutScores(Learner learner, SparseVector[] x, int[] y, int k, Decoder decoder, int features,
                                     int[] fold, int run, int[] rows) {
        int n = x.length;
        double[][] all = new double[n][];
        IntStream.range(0, run).parallel().forEach(f -> {
            int[] trainRows = IntStream.range(0, n).filter(i -> fold[i] != f).toArray();
            SparseVector[] tx = new SparseVector[trainRows.length];
            int[] ty = new int[trainRows.length];
            for (int i = 0; i < trainRows.length; i++) {
                tx[i] = x[trainRows[i]];
                ty[i] = y[trainRows[i]];
            }
            LinearModel m = fitScores(learner, tx, ty, k, decoder, features, seed + 7919L * (f + 1));
            for (int i = 0; i < n; i++) {
                if (fold[i] == f) {
                    double[] s = new double[m.outputs()];
                    m.scores(x[i], s);
                    all[i] = s;
                }
            }
        });
        double[][] scores = new double[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            scores[r] = all[rows[r]];
        }
        return scores;
    }

    /** A softmax temperature, or a Platt sigmoid (a, b) per threshold of a cumulative model. */
    private static double[] calibrate(Decoder decoder, double[][] scores, int[] y, int k) {
        if (decoder == Decoder.SOFTMAX) {
            return new double[] {Calibration.temperature(scores, y)};
        }
        int n = y.length;
        double[] calibration = new double[2 * (k - 1)];
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
        return calibration;
    }

    /** Held-out macro-F1, or for an ordinal dimension the mean absolute error in steps. */
    private static double figure(String name, DimensionKind kind, java.util.List<String> labels, Decoder decoder,
                                 double[] calibration, double[][] scores, int[] y) {
        int k = labels.size();
        int outputs = scores[0].length;
        // the decoder only needs the calibration: a placeholder linear part of the right shape
        DimensionModel probe = new DimensionModel(name, kind, labels, decoder,
                new LinearModel(outputs, 0, new float[0], new float[outputs]), calibration, new double[k]);
        int n = y.length;
        int[] pred = new int[n];
        for (int i = 0; i < n; i++) {
            pred[i] = probe.choose(probe.distribution(scores[i]));
        }
        DimensionMetrics m = Metrics.compute(name, labels, kind == DimensionKind.ORDINAL, y, pred, new double[n]);
        return kind == DimensionKind.ORDINAL ? m.mae() : m.macroF1();
    }

    /** One score per label (softmax) or one per threshold "above label j" (cumulative). */
    private static LinearModel fitScores(Learner learner, SparseVector[] x, int[] y, int k, Decoder decoder, int features,
                                         long s) {
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
