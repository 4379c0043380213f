package org.newsgauge.train;

import java.util.stream.IntStream;
import org.newsgauge.metrics.DimensionMetrics;
import org.newsgauge.metrics.Metrics;
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
 * <pre>{@code
 * DimensionTrainer t = new DimensionTrainer(List.of(new SvmLearner(1.0, false), new SvmLearner(0.5, false)), 3, 42);
 * DimensionTrainer.Result r = t.train("tension", DimensionKind.ORDINAL, List.of("low", "elevated", "high", "critical"),
 *         Decoder.CUMULATIVE, x, y, features);   // x: vectors, y: label indices, features: the vectors' width
 * DimensionModel m = r.model();   // fitted with the candidate r.chosen() on all rows
 * }</pre>
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
        /**
         * Copies the figures in (the held-out distributions are kept as given).
         *
         * @param model       the model
         * @param heldOut     each training row's held-out distribution, or null
         * @param chosen      index of the candidate learner the model was fitted with
         * @param figures     held-out figure of each candidate tried; empty when none was compared
         * @param foldsFitted calibration folds actually fitted; 0 when calibrated on training scores
         * @throws NullPointerException when {@code figures} is null
         */
        public Result {
            figures = figures.clone();
        }

        /**
         * The held-out figure of each candidate tried, in candidate order.
         *
         * @return a copy; empty when no candidates were compared
         */
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
        return train(name, kind, labels, decoder, x, y, features, groups, null);
    }

    /**
     * The held-out figures of the first candidate alone, without fitting it on all rows: what
     * {@link PackTrainer} compares analyzers by before it fits the winner. Null when there are
     * too few rows for folds.
     */
    public Trial trial(String name, DimensionKind kind, java.util.List<String> labels, Decoder decoder,
                       SparseVector[] x, int[] y, int features, String[] groups) {
        Plan plan = plan(x.length, y, labels.size(), groups);
        if (plan == null) {
            return null;
        }
        double[][] scores = heldOutScores(candidates.subList(0, 1), x, y, labels.size(), decoder, features, plan)[0];
        return plan.trial(name, kind, labels, decoder, scores);
    }

    /**
     * The held-out scores of one candidate on the calibration folds, the calibration fitted to
     * them and the figures it reaches.
     *
     * <p>The arrays are shared, not copied (a trial can hold a score per row of a large corpus):
     * nothing in newsgauge writes to them after the trial is made, and callers must not either.
     *
     * @param scores      held-out scores of the rows of the fitted folds, in row order
     * @param calibration softmax temperature or Platt sigmoids fitted on them
     * @param figure      what candidates are chosen by: macro-F1, or the mean absolute error of
     *                    an ordinal dimension
     * @param macroF1     held-out macro-F1 (what analyzers are compared by)
     */
    public record Trial(double[][] scores, double[] calibration, double figure, double macroF1) {
    }

    /**
     * The calibration folds a trainer with these settings draws: grouped when there are groups
     * enough, else stratified; null when there are too few rows for them.
     *
     * @param n                the number of rows
     * @param y                each row's label index
     * @param groups           each row's group, or null for none
     * @param calibrationFolds the number of folds
     * @param seed             the trainer's seed
     * @return each row's fold, or null
     */
    private static int[] calibrationFolds(int n, int[] y, String[] groups, int calibrationFolds, long seed) {
        if (calibrationFolds < 2 || n < 2 * calibrationFolds) {
            return null;
        }
        return groups != null && java.util.Arrays.stream(groups).distinct().count() >= calibrationFolds
                ? Folds.grouped(groups, calibrationFolds, seed ^ 0x5DEECE66DL)
                : Folds.stratified(y, calibrationFolds, seed ^ 0x5DEECE66DL);
    }

    /**
     * The calibration folds this trainer draws for these rows (its folds and its seed).
     *
     * @param n      the number of rows
     * @param y      each row's label index
     * @param groups each row's group, or null for none
     * @return each row's fold, or null when there are too few rows for them
     */
    int[] calibrationFolds(int n, int[] y, String[] groups) {
        return calibrationFolds(n, y, groups, calibrationFolds, seed);
    }

    /** The folds of the rows, how many of them are fitted, and the rows they hold out. */
    private record Plan(int[] fold, int run, int[] rows, int[] heldY) {
        Trial trial(String name, DimensionKind kind, java.util.List<String> labels, Decoder decoder, double[][] scores) {
            double[] calibration = calibrate(decoder, scores, heldY, labels.size());
            DimensionMetrics m = heldOutFigures(name, kind, labels, decoder, calibration, scores, heldY);
            return new Trial(scores, calibration, kind == DimensionKind.ORDINAL ? m.mae() : m.macroF1(), m.macroF1());
        }
    }

    private Plan plan(int n, int[] y, int k, String[] groups) {
        int[] fold = calibrationFolds(n, y, groups);
        if (fold == null) {
            return null;
        }
        int run = foldsToRun(fold, y, k);
        int[] rows = IntStream.range(0, n).filter(i -> fold[i] < run).toArray();
        int[] heldY = new int[rows.length];
        for (int r = 0; r < rows.length; r++) {
            heldY[r] = y[rows[r]];
        }
        return new Plan(fold, run, rows, heldY);
    }

    /**
     * As {@link #train(String, DimensionKind, java.util.List, Decoder, SparseVector[], int[], int, String[])},
     * reusing {@code first}, the {@link #trial} of the first candidate on the same data, instead
     * of fitting its folds again (null: none).
     */
    public Result train(String name, DimensionKind kind, java.util.List<String> labels, Decoder decoder,
                        SparseVector[] x, int[] y, int features, String[] groups, Trial first) {
        int k = labels.size();
        int n = x.length;
        Plan plan = plan(n, y, k, groups);
        if (plan == null) {
            // 8-bit weights, as packs store them: the in-memory model is exactly the saved one
            LinearModel full = fitScores(candidates.subList(0, 1), x, y, k, decoder, features, seed)[0].quantized();
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
        long problems = decoder == Decoder.CUMULATIVE || k == 2 ? k - 1 : k;
        int tried = candidates.size() > 1 && nonZeros(x) * problems <= SELECTION_BUDGET ? candidates.size() : 1;
        Trial[] trials = new Trial[tried];
        int from = 0;
        if (first != null) {
            trials[0] = first;
            from = 1;
        }
        if (from < tried) {
            double[][][] byCandidate = heldOutScores(candidates.subList(from, tried), x, y, k, decoder, features, plan);
            int offset = from;
            // each candidate's calibration and figures are independent of the others'
            IntStream.range(from, tried).parallel()
                    .forEach(c -> trials[c] = plan.trial(name, kind, labels, decoder, byCandidate[c - offset]));
        }
        double[] figures = new double[tried];
        int best = 0;
        for (int c = 0; c < tried; c++) {
            figures[c] = trials[c].figure();
            boolean better = kind == DimensionKind.ORDINAL ? figures[c] < figures[best] : figures[c] > figures[best];
            if (better) {
                best = c;
            }
        }
        int[] rows = plan.rows();
        LinearModel full = fitScores(candidates.subList(best, best + 1), x, y, k, decoder, features, seed)[0].quantized();
        DimensionModel model = new DimensionModel(name, kind, labels, decoder, full, trials[best].calibration(),
                new double[k]);
        double[][] heldOut = new double[n][];
        for (int r = 0; r < rows.length; r++) {
            heldOut[rows[r]] = model.distribution(trials[best].scores()[r]);
        }
        return new Result(model, heldOut, best, tried > 1 ? figures : new double[0], plan.run());
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
     * For each learner, the scores of the rows of folds {@code 0..run-1} (listed in {@code rows},
     * in order), each from the model of the fold that left it out.
     */
    private double[][][] heldOutScores(java.util.List<Learner> learners, SparseVector[] x, int[] y, int k,
                                       Decoder decoder, int features, Plan plan) {
        int n = x.length;
        int[] fold = plan.fold();
        int[] rows = plan.rows();
        double[][][] all = new double[learners.size()][n][];
        IntStream.range(0, plan.run()).parallel().forEach(f -> {
            int[] trainRows = IntStream.range(0, n).filter(i -> fold[i] != f).toArray();
            SparseVector[] tx = new SparseVector[trainRows.length];
            int[] ty = new int[trainRows.length];
            for (int i = 0; i < trainRows.length; i++) {
                tx[i] = x[trainRows[i]];
                ty[i] = y[trainRows[i]];
            }
            LinearModel[] ms = fitScores(learners, tx, ty, k, decoder, features, seed + 7919L * (f + 1));
            for (int c = 0; c < ms.length; c++) {
                for (int i = 0; i < n; i++) {
                    if (fold[i] == f) {
                        double[] s = new double[ms[c].outputs()];
                        ms[c].scores(x[i], s);
                        all[c][i] = s;
                    }
                }
            }
        });
        double[][][] scores = new double[learners.size()][rows.length][];
        for (int c = 0; c < learners.size(); c++) {
            for (int r = 0; r < rows.length; r++) {
                scores[c][r] = all[c][rows[r]];
            }
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

    /** The figures of held-out scores decoded with {@code calibration}. */
    private static DimensionMetrics heldOutFigures(String name, DimensionKind kind, java.util.List<String> labels,
                                                   Decoder decoder, double[] calibration, double[][] scores, int[] y) {
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
        return Metrics.compute(name, labels, kind == DimensionKind.ORDINAL, y, pred, new double[n]);
    }

    /**
     * For each learner, one score per label (softmax) or one per threshold "above label j"
     * (cumulative).
     */
    private static LinearModel[] fitScores(java.util.List<Learner> learners, SparseVector[] x, int[] y, int k,
                                           Decoder decoder, int features, long s) {
        if (decoder == Decoder.SOFTMAX) {
            return fitEach(learners, x, y, k, features, s);
        }
        LinearModel[][] parts = new LinearModel[k - 1][];
        IntStream.range(0, k - 1).parallel().forEach(j -> {
            int[] above = new int[y.length];
            for (int i = 0; i < y.length; i++) {
                above[i] = y[i] > j ? 1 : 0;
            }
            parts[j] = fitEach(learners, x, above, 2, features, s + 31L * j);
        });
        LinearModel[] out = new LinearModel[learners.size()];
        for (int c = 0; c < out.length; c++) {
            float[] w = new float[(k - 1) * features];
            float[] b = new float[k - 1];
            for (int j = 0; j < k - 1; j++) {
                LinearModel m = parts[j][c];
                for (int f = 0; f < features; f++) {
                    w[f * (k - 1) + j] = m.weight(1, f) - m.weight(0, f);
                }
                b[j] = m.bias()[1] - m.bias()[0];
            }
            out[c] = new LinearModel(k - 1, features, w, b);
        }
        return out;
    }

    /**
     * Each learner fitted on (x, y); SVMs that differ only in C (e.g. the nbsvm and the svm
     * values of C under {@link Learners#AUTO}) as one warm-started
     * {@linkplain SvmLearner#fitPath regularisation path} each, which costs little more than one fit.
     */
    private static LinearModel[] fitEach(java.util.List<Learner> learners, SparseVector[] x, int[] y, int k,
                                         int features, long s) {
        LinearModel[] out = new LinearModel[learners.size()];
        for (int a = 0; a < out.length; a++) {
            if (out[a] != null) {
                continue;
            }
            Learner first = learners.get(a);
            java.util.List<Integer> path = new java.util.ArrayList<>(java.util.List.of(a));
            if (first instanceof SvmLearner svm) {
                for (int b = a + 1; b < out.length; b++) {
                    if (out[b] == null && svm.differsOnlyInC(learners.get(b))) {
                        path.add(b);
                    }
                }
            }
            if (path.size() == 1) {
                out[a] = first.fit(x, y, k, features, s);
                continue;
            }
            double[] cs = path.stream().mapToDouble(i -> ((SvmLearner) learners.get(i)).c()).toArray();
            LinearModel[] models = ((SvmLearner) first).fitPath(cs, x, y, k, features, s);
            for (int p = 0; p < cs.length; p++) {
                out[path.get(p)] = models[p];
            }
        }
        return out;
    }
}
