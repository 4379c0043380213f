package org.newsgauge.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.newsgauge.data.Dataset;
import org.newsgauge.data.DimensionSpec;
import org.newsgauge.metrics.DimensionMetrics;
import org.newsgauge.metrics.EvaluationReport;
import org.newsgauge.metrics.Metrics;
import org.newsgauge.model.DimensionKind;
import org.newsgauge.model.DimensionModel;
import org.newsgauge.model.ModelPack;
import org.newsgauge.text.SparseVector;
import org.newsgauge.train.Folds;
import org.newsgauge.train.PackTrainer;
import org.newsgauge.train.ProgressListener;
import org.newsgauge.train.TrainingOptions;

/**
 * K-fold cross-validation of a training configuration: stratified by the first dimension's
 * labels, or grouped (no group, e.g. no event, in two folds) when the dataset has groups. Every
 * document is predicted by the pack trained without its fold; the figures are computed over all
 * predictions pooled.
 *
 * <pre>{@code
 * EvaluationReport r = CrossValidator.run(dataset, TrainingOptions.defaults(), 10, true, ProgressListener.NONE);
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class CrossValidator {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CrossValidator.class);

    private CrossValidator() {
    }

    /**
     * The figures pooled and fold by fold, with the folds grouped when the data has groups (read
     * with a group column, some group holds two rows or more) and stratified otherwise.
     *
     * <pre>{@code
     * CrossValidation cv = CrossValidator.runWithFolds(dataset, TrainingOptions.defaults(), 5);
     * }</pre>
     *
     * @param data    the labelled data, with at least {@code k} rows (and {@code k} groups when grouped)
     * @param options how each fold's pack is trained; its seed also deals the folds
     * @param k       the number of folds, 2 or more
     * @return the pooled figures and each fold's
     * @throws IllegalArgumentException when {@code k} is below 2 or above the number of rows or
     *                                  groups, or a fold's training rows cannot train a pack
     */
    public static CrossValidation runWithFolds(Dataset data, TrainingOptions options, int k) {
        boolean grouped = java.util.Arrays.stream(data.groups()).distinct().count() < data.size();
        return runWithFolds(data, options, k, grouped, ProgressListener.NONE);
    }

    /**
     * The figures over all predictions pooled.
     *
     * @param data     the labelled data, with at least {@code k} rows (and {@code k} groups when grouped)
     * @param options  how each fold's pack is trained; its seed also deals the folds
     * @param k        the number of folds, 2 or more
     * @param grouped  fold by {@link org.newsgauge.data.Example#group()} instead of stratifying
     * @param progress told as each fold starts ({@code "fold"}, done, {@code k}) and when all are done
     * @return the figures of every dimension of the data, over every document, each predicted by
     *         the pack trained without its fold
     * @throws IllegalArgumentException as {@link #runWithFolds(Dataset, TrainingOptions, int, boolean,
     *                                  ProgressListener)} does
     */
    public static EvaluationReport run(Dataset data, TrainingOptions options, int k, boolean grouped,
                                       ProgressListener progress) {
        return runWithFolds(data, options, k, grouped, progress).pooled();
    }

    /**
     * The figures pooled and fold by fold: how much they move from one fold to the next is how
     * far a single split's figure can be trusted.
     *
     * <pre>{@code
     * CrossValidation cv = CrossValidator.runWithFolds(dataset, TrainingOptions.defaults(), 5, false, ProgressListener.NONE);
     * double sd = cv.standardDeviation("topic", DimensionMetrics::macroF1);
     * }</pre>
     *
     * <p>Each fold's pack is trained by {@link PackTrainer}, which fits no narrator-cue rules: the
     * figures are the models' alone, without a spec's cues.
     *
     * @param data     the labelled data, with at least {@code k} rows (and {@code k} groups when grouped)
     * @param options  how each fold's pack is trained; its seed also deals the folds
     * @param k        the number of folds, 2 or more
     * @param grouped  fold by {@link org.newsgauge.data.Example#group()} instead of stratifying by
     *                 the first dimension's labels
     * @param progress told as each fold starts ({@code "fold"}, done, {@code k}) and when all are done
     * @return the pooled figures and each fold's, in fold order
     * @throws IllegalArgumentException when {@code grouped} but the data was read without a group
     *                                  column, when {@code k} is below 2 or above the number of rows
     *                                  (or groups), or when a fold's training rows cannot train a pack
     *                                  (e.g. they hold one label only)
     */
    public static CrossValidation runWithFolds(Dataset data, TrainingOptions options, int k, boolean grouped,
                                               ProgressListener progress) {
        if (grouped && data.examples().stream().allMatch(e -> e.group().equals(e.id()))) {
            // a row's group is its id when the data was read without a group column
            throw new IllegalArgumentException("grouped folds, but " + data.source() + " was read without a group column"
                    + " (every row's group is its id): read the data with its group column, or cross-validate stratified");
        }
        int[] fold;
        if (grouped) {
            try {
                fold = Folds.grouped(data.groups(), k, options.seed());
            } catch (IllegalArgumentException e) {
                // the folds say what is wrong and the way out; the data's name says where
                throw new IllegalArgumentException(data.source() + ": " + e.getMessage(), e);
            }
        } else {
            fold = Folds.stratified(data.labelIndices(0), k, options.seed());
        }
        for (int d = 0; d < data.dimensions().size(); d++) {
            String unseen = Folds.unseenHeldOut(fold, data.labelIndices(d), data.dimensions().get(d).labels());
            if (unseen != null) {
                LOG.warn("{}: in the {} folds, for '{}', {}: those rows count as errors whatever the model; a label needs"
                        + " rows in two folds or more{}", data.source(), k, data.dimensions().get(d).name(), unseen,
                        grouped ? " (grouped: in two groups or more; is the group column tied to the label?)" : "");
            }
        }
        int n = data.size();
        int dims = data.dimensions().size();
        int[][] pred = new int[dims][n];
        double[][] conf = new double[dims][n];
        List<String> texts = data.texts();
        for (int f = 0; f < k; f++) {
            progress.progress("fold", f, k);
            final int ff = f;
            int[] train = IntStream.range(0, n).filter(i -> fold[i] != ff).toArray();
            int[] test = IntStream.range(0, n).filter(i -> fold[i] == ff).toArray();
            Dataset rest = data.subset(train);
            // named for what it is, so that a message about too few rows does not blame the whole file
            rest = new Dataset(data.source() + " (the " + train.length + " rows outside fold " + (f + 1) + " of " + k + ")",
                    rest.dimensions(), rest.examples(), rest.sha256(), rest.textColumns());
            ModelPack pack = new PackTrainer(options).train(rest);
            SparseVector[] x = new SparseVector[test.length];
            IntStream.range(0, test.length).parallel().forEach(i -> x[i] = pack.features().vectorize(texts.get(test[i])));
            for (int d = 0; d < dims; d++) {
                DimensionModel m = pack.dimensions().get(d);
                org.newsgauge.model.Scorer scorer = m.linear().scorer();
                for (int i = 0; i < test.length; i++) {
                    double[] p = m.distribution(scorer.scores(x[i]));
                    int c = m.choose(p);
                    // a label that the training folds lacked cannot be predicted; map by name
                    pred[d][test[i]] = data.dimensions().get(d).indexOf(m.labels().get(c));
                    conf[d][test[i]] = p[c];
                }
            }
        }
        progress.progress("fold", k, k);
        Map<String, DimensionMetrics> out = new LinkedHashMap<>();
        for (int d = 0; d < dims; d++) {
            DimensionSpec spec = data.dimensions().get(d);
            out.put(spec.name(), Metrics.compute(spec.name(), spec.labels(), spec.kind() == DimensionKind.ORDINAL,
                    data.labelIndices(d), pred[d], conf[d]));
        }
        List<EvaluationReport> folds = new java.util.ArrayList<>();
        for (int f = 0; f < k; f++) {
            final int ff = f;
            int[] test = IntStream.range(0, n).filter(i -> fold[i] == ff).toArray();
            Map<String, DimensionMetrics> one = new LinkedHashMap<>();
            for (int d = 0; d < dims; d++) {
                DimensionSpec spec = data.dimensions().get(d);
                int[] truth = data.labelIndices(d);
                final int dd = d;
                one.put(spec.name(), Metrics.compute(spec.name(), spec.labels(), spec.kind() == DimensionKind.ORDINAL,
                        IntStream.of(test).map(i -> truth[i]).toArray(), IntStream.of(test).map(i -> pred[dd][i]).toArray(),
                        IntStream.of(test).mapToDouble(i -> conf[dd][i]).toArray()));
            }
            folds.add(new EvaluationReport(one));
        }
        return new CrossValidation(new EvaluationReport(out), folds);
    }
}
