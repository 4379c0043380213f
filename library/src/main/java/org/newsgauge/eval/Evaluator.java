package org.newsgauge.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.newsgauge.data.CsvDatasetReader;
import org.newsgauge.data.Dataset;
import org.newsgauge.data.DatasetException;
import org.newsgauge.data.DimensionSpec;
import org.newsgauge.data.Example;
import org.newsgauge.metrics.DimensionMetrics;
import org.newsgauge.metrics.EvaluationReport;
import org.newsgauge.metrics.Metrics;
import org.newsgauge.model.CueRules;
import org.newsgauge.model.DimensionKind;
import org.newsgauge.model.DimensionModel;
import org.newsgauge.model.ModelPack;
import org.newsgauge.text.SparseVector;

/**
 * Evaluates a pack on labelled data: every dimension of the pack that the data labels.
 *
 * <pre>{@code
 * EvaluationReport r = Evaluator.evaluate(pack, dataset);
 * System.out.println(r.toJson());
 *
 * // a CSV of any size, streamed: memory does not grow with the number of rows
 * EvaluationReport big = Evaluator.evaluate(pack, reader, Path.of("huge.csv"));
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class Evaluator {
    private Evaluator() {
    }

    /**
     * Classifies every example of {@code data} with {@code pack} (cue rules included, as
     * {@link org.newsgauge.api.ArticleClassifier} applies them) and measures the predictions against
     * the labels. A dimension is evaluated when the data has a dimension of the same name; the
     * data's other dimensions are ignored.
     *
     * @param pack the pack to evaluate
     * @param data labelled data, e.g. read by {@code LabelledData.forPack(pack, file)} with the
     *             pack's columns and labels
     * @return the figures of each evaluated dimension, in the data's dimension order
     * @throws IllegalArgumentException when the data labels none of the pack's dimensions, or
     *                                  uses a label the pack does not know
     */
    public static EvaluationReport evaluate(ModelPack pack, Dataset data) {
        return evaluate(pack, data, NO_ROWS);
    }

    /** No consumer of the rows' results: they are not made. */
    private static final java.util.function.Consumer<RowResult> NO_ROWS = row -> { };

    /**
     * One labelled row as the pack classified it: its id, and per evaluated dimension (in the
     * order of {@link #dimensions}) the true label, the predicted one and its probability.
     */
    public record RowResult(String id, List<String> dimensions, List<String> truth, List<String> predicted,
                            List<Double> probability) {
        /**
         * Copies the lists in; the four lists are parallel, one entry per evaluated dimension.
         *
         * @param id          the row's id (its id column, line or file path)
         * @param dimensions  the evaluated dimensions' names, in the data's dimension order
         * @param truth       each dimension's true label, from the data
         * @param predicted   each dimension's predicted label
         * @param probability each predicted label's probability, from 0 to 1
         * @throws NullPointerException when a list is null or holds a null
         */
        public RowResult {
            dimensions = List.copyOf(dimensions);
            truth = List.copyOf(truth);
            predicted = List.copyOf(predicted);
            probability = List.copyOf(probability);
        }
    }

    /**
     * As {@link #evaluate(ModelPack, Dataset)}, handing every row's result to {@code each}, in the
     * data's order, from the calling thread: what the figures are made of, to find the errors.
     *
     * <pre>{@code
     * Evaluator.evaluate(pack, data, r -> { if (!r.truth().equals(r.predicted())) System.err.println(r); });
     * }</pre>
     *
     * @param pack the pack to evaluate
     * @param data labelled data
     * @param each receives each row's result after its batch is classified; an exception it throws
     *             stops the evaluation and reaches the caller
     * @return the figures, as {@link #evaluate(ModelPack, Dataset)} gives them
     * @throws IllegalArgumentException when the data labels none of the pack's dimensions, or
     *                                  uses a label the pack does not know
     */
    public static EvaluationReport evaluate(ModelPack pack, Dataset data, java.util.function.Consumer<RowResult> each) {
        Tally tally = new Tally(pack, data.dimensions().stream().map(DimensionSpec::name).toList(), data.source(), each);
        List<Example> rows = data.examples();
        for (int from = 0; from < rows.size(); from += BATCH) {
            tally.add(rows.subList(from, Math.min(rows.size(), from + BATCH)));
        }
        return tally.report();
    }

    /** Rows classified together, on every core. */
    private static final int BATCH = 512;

    /**
     * Evaluates {@code pack} on the CSV {@code file} read by {@code reader}, streaming: rows are
     * classified in batches as they are read and only the figures are kept (a confusion matrix
     * per dimension, and the ids seen, which the reader keeps to refuse a repeated one). Gives
     * the same figures as {@link #evaluate(ModelPack, Dataset)} on the same file read whole.
     *
     * @param pack   the pack to evaluate
     * @param reader reads the file's columns; best made for the pack by
     *               {@code LabelledData.csvForPack}
     * @param file   a labelled CSV file
     * @return the figures of each pack dimension that the reader's label columns name
     * @throws DatasetException         for a problem in the file (named with its line), including
     *                                  a label the pack does not know when the reader was made
     *                                  for the pack ({@link org.newsgauge.data.LabelledData#csvForPack})
     * @throws IllegalArgumentException when the reader labels none of the pack's dimensions, or
     *                                  (a reader made otherwise) a row has a label the pack does not know
     */
    public static EvaluationReport evaluate(ModelPack pack, CsvDatasetReader reader, Path file) throws DatasetException {
        return evaluate(pack, reader, file, NO_ROWS);
    }

    /**
     * As {@link #evaluate(ModelPack, CsvDatasetReader, Path)}, streaming every row's result to {@code each}, in order.
     *
     * @param pack   the pack to evaluate
     * @param reader reads the file's columns
     * @param file   a labelled CSV file
     * @param each   receives each row's result, in file order, from the calling thread; rows handed
     *               over before a bad row stay handed over
     * @return the figures, as {@link #evaluate(ModelPack, CsvDatasetReader, Path)} gives them
     * @throws DatasetException         for a problem in the file (named with its line), as
     *                                  {@link #evaluate(ModelPack, CsvDatasetReader, Path)} says
     * @throws IllegalArgumentException when the reader labels none of the pack's dimensions, or a
     *                                  row has a label the pack does not know
     */
    public static EvaluationReport evaluate(ModelPack pack, CsvDatasetReader reader, Path file,
                                            java.util.function.Consumer<RowResult> each) throws DatasetException {
        Tally tally = new Tally(pack, reader.labelColumns(), file.toString(), each);
        List<Example> batch = new ArrayList<>(BATCH);
        reader.stream(file, e -> {
            batch.add(e);
            if (batch.size() == BATCH) {
                tally.add(batch);
                batch.clear();
            }
        });
        tally.add(batch);
        return tally.report();
    }

    /**
     * The figures of every pack dimension the data labels, added batch by batch in the data's
     * order: one way of classifying labelled rows (cue rules included, reading the tokens of the
     * features' own pass, as classification does) for data read whole or streamed.
     */
    private static final class Tally {
        private final ModelPack pack;
        private final String source;
        private final List<Integer> dataIndex = new ArrayList<>();
        private final List<DimensionModel> models = new ArrayList<>();
        private final List<org.newsgauge.model.Scorer> scorers;
        private final CueRules cues;
        private final int[] packIndex;
        private final Metrics.Accumulator[] acc;
        private final java.util.function.Consumer<RowResult> each;
        private final List<String> names;

        Tally(ModelPack pack, List<String> columns, String source, java.util.function.Consumer<RowResult> each) {
            this.pack = pack;
            this.source = source;
            this.each = each;
            for (int d = 0; d < columns.size(); d++) {
                DimensionModel model = pack.dimension(columns.get(d));
                if (model != null) {
                    dataIndex.add(d);
                    models.add(model);
                }
            }
            if (models.isEmpty()) {
                throw new IllegalArgumentException(source + " labels none of the pack's dimensions ("
                        + String.join(", ", pack.dimensions().stream().map(DimensionModel::name).toList()) + ")");
            }
            scorers = models.stream().map(m -> m.linear().scorer()).toList();
            names = models.stream().map(DimensionModel::name).toList();
            cues = CueRules.of(pack);
            packIndex = models.stream().mapToInt(m -> pack.dimensions().indexOf(m)).toArray();
            acc = new Metrics.Accumulator[models.size()];
            for (int m = 0; m < acc.length; m++) {
                DimensionModel model = models.get(m);
                acc[m] = new Metrics.Accumulator(model.name(), model.labels(), model.kind() == DimensionKind.ORDINAL);
            }
        }

        void add(List<Example> rows) {
            int[][] truth = new int[rows.size()][models.size()];
            int[][] pred = new int[rows.size()][models.size()];
            double[][] conf = new double[rows.size()][models.size()];
            // labels checked in order, so that the first unknown one is the one reported
            for (int i = 0; i < rows.size(); i++) {
                Example e = rows.get(i);
                for (int m = 0; m < models.size(); m++) {
                    DimensionModel model = models.get(m);
                    String label = e.labels().get(dataIndex.get(m));
                    truth[i][m] = model.labels().indexOf(label);
                    if (truth[i][m] < 0) {
                        throw new IllegalArgumentException(where(e) + ": label '" + label + "' is not one of dimension '"
                                + model.name() + "' in the pack (" + String.join(", ", model.labels()) + ")");
                    }
                }
            }
            IntStream.range(0, rows.size()).parallel().forEach(i -> {
                CueRules.Reading reading = cues.read();
                SparseVector x = pack.features().vectorize(rows.get(i).text(), reading);
                for (int m = 0; m < models.size(); m++) {
                    DimensionModel model = models.get(m);
                    double[] p = cues.apply(packIndex[m], reading, model.distribution(scorers.get(m).scores(x)));
                    pred[i][m] = model.choose(p);
                    conf[i][m] = p[pred[i][m]];
                }
            });
            // in the data's order, so that the figures are the same however the rows were batched
            for (int i = 0; i < rows.size(); i++) {
                for (int m = 0; m < models.size(); m++) {
                    acc[m].add(truth[i][m], pred[i][m], conf[i][m]);
                }
                if (each != NO_ROWS) {
                    each.accept(rowResult(rows.get(i).id(), truth[i], pred[i], conf[i]));
                }
            }
        }

        private RowResult rowResult(String id, int[] truth, int[] pred, double[] conf) {
            List<String> t = new ArrayList<>(models.size());
            List<String> p = new ArrayList<>(models.size());
            List<Double> c = new ArrayList<>(models.size());
            for (int m = 0; m < models.size(); m++) {
                t.add(models.get(m).labels().get(truth[m]));
                p.add(models.get(m).labels().get(pred[m]));
                c.add(conf[m]);
            }
            return new RowResult(id, names, t, p, c);
        }

        /** Where a row is: its file and line, or, for a folder's examples (files, no line), its path. */
        private String where(Example e) {
            return e.line() > 0 ? source + ":" + e.line() : Path.of(source).resolve(e.id()).toString();
        }

        EvaluationReport report() {
            Map<String, DimensionMetrics> out = new LinkedHashMap<>();
            for (Metrics.Accumulator a : acc) {
                DimensionMetrics r = a.result();
                out.put(r.dimension(), r);
            }
            return new EvaluationReport(out);
        }
    }
}
