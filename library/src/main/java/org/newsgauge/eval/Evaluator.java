package org.newsgauge.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.newsgauge.data.CsvDatasetReader;
import org.newsgauge.data.Dataset;
import org.newsgauge.data.DatasetException;
import org.newsgauge.data.Example;
import org.newsgauge.data.DimensionSpec;
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
     * @throws IllegalArgumentException when the data labels none of the pack's dimensions, or
     *                                  uses a label the pack does not know
     */
    public static EvaluationReport evaluate(ModelPack pack, Dataset data) {
        SparseVector[] x = new SparseVector[data.size()];
        List<String> texts = data.texts();
        CueRules cues = CueRules.of(pack);
        // the cue rules read the tokens of the features' own pass, as in classification
        CueRules.Reading[] readings = new CueRules.Reading[x.length];
        IntStream.range(0, x.length).parallel().forEach(i -> {
            readings[i] = cues.read();
            x[i] = pack.features().vectorize(texts.get(i), readings[i]);
        });
        Map<String, DimensionMetrics> out = new LinkedHashMap<>();
        for (int d = 0; d < data.dimensions().size(); d++) {
            DimensionSpec spec = data.dimensions().get(d);
            DimensionModel model = pack.dimension(spec.name());
            if (model == null) {
                continue;
            }
            int[] truth = new int[x.length];
            for (int i = 0; i < x.length; i++) {
                String label = data.examples().get(i).labels().get(d);
                truth[i] = model.labels().indexOf(label);
                if (truth[i] < 0) {
                    Example e = data.examples().get(i);
                    // a folder's examples have no line: they are files, named by their path under it
                    String where = e.line() > 0 ? data.source() + ":" + e.line() : Path.of(data.source()).resolve(e.id()).toString();
                    throw new IllegalArgumentException(where + ": label '" + label + "' is not one of dimension '" + spec.name() + "' in the pack ("
                            + String.join(", ", model.labels()) + ")");
                }
            }
            out.put(spec.name(), evaluate(model, x, truth, readings, cues, pack.dimensions().indexOf(model)));
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(data.source() + " labels none of the pack's dimensions ("
                    + String.join(", ", pack.dimensions().stream().map(DimensionModel::name).toList()) + ")");
        }
        return new EvaluationReport(out);
    }

    /** Rows classified together, on every core, while streaming. */
    private static final int BATCH = 512;

    /**
     * Evaluates {@code pack} on the CSV {@code file} read by {@code reader}, streaming: rows are
     * classified in batches as they are read and only the figures are kept (a confusion matrix
     * per dimension, and the ids seen, which the reader keeps to refuse a repeated one). Gives
     * the same figures as {@link #evaluate(ModelPack, Dataset)} on the same file read whole.
     *
     * @throws DatasetException         for a problem in the file (named with its line)
     * @throws IllegalArgumentException when the reader labels none of the pack's dimensions
     */
    public static EvaluationReport evaluate(ModelPack pack, CsvDatasetReader reader, Path file) throws DatasetException {
        List<String> columns = reader.labelColumns();
        List<Integer> dataIndex = new ArrayList<>();
        List<DimensionModel> models = new ArrayList<>();
        for (int d = 0; d < columns.size(); d++) {
            DimensionModel model = pack.dimension(columns.get(d));
            if (model != null) {
                dataIndex.add(d);
                models.add(model);
            }
        }
        if (models.isEmpty()) {
            throw new IllegalArgumentException(file + " labels none of the pack's dimensions ("
                    + String.join(", ", pack.dimensions().stream().map(DimensionModel::name).toList()) + ")");
        }
        List<org.newsgauge.model.Scorer> scorers = models.stream().map(m -> m.linear().scorer()).toList();
        CueRules cues = CueRules.of(pack);
        int[] packIndex = models.stream().mapToInt(m -> pack.dimensions().indexOf(m)).toArray();
        Metrics.Accumulator[] acc = new Metrics.Accumulator[models.size()];
        for (int m = 0; m < acc.length; m++) {
            DimensionModel model = models.get(m);
            acc[m] = new Metrics.Accumulator(model.name(), model.labels(), model.kind() == DimensionKind.ORDINAL);
        }
        List<Example> batch = new ArrayList<>(BATCH);
        Consumer<List<Example>> flush = rows -> {
            int[][] truth = new int[rows.size()][models.size()];
            int[][] pred = new int[rows.size()][models.size()];
            double[][] conf = new double[rows.size()][models.size()];
            IntStream.range(0, rows.size()).parallel().forEach(i -> {
                Example e = rows.get(i);
                CueRules.Reading reading = cues.read();
                SparseVector x = pack.features().vectorize(e.text(), reading);
                for (int m = 0; m < models.size(); m++) {
                    DimensionModel model = models.get(m);
                    String label = e.labels().get(dataIndex.get(m));
                    truth[i][m] = model.labels().indexOf(label);
                    if (truth[i][m] < 0) {
                        throw new IllegalArgumentException(file + ":" + e.line() + ": label '" + label
                                + "' is not one of dimension '" + model.name() + "' in the pack ("
                                + String.join(", ", model.labels()) + ")");
                    }
                    double[] p = cues.apply(packIndex[m], reading, model.distribution(scorers.get(m).scores(x)));
                    pred[i][m] = model.choose(p);
                    conf[i][m] = p[pred[i][m]];
                }
            });
            // in file order, so that the figures are exactly those of the whole-file evaluation
            for (int i = 0; i < rows.size(); i++) {
                for (int m = 0; m < models.size(); m++) {
                    acc[m].add(truth[i][m], pred[i][m], conf[i][m]);
                }
            }
            rows.clear();
        };
        reader.stream(file, e -> {
            batch.add(e);
            if (batch.size() == BATCH) {
                flush.accept(batch);
            }
        });
        flush.accept(batch);
        Map<String, DimensionMetrics> out = new LinkedHashMap<>();
        for (Metrics.Accumulator a : acc) {
            DimensionMetrics r = a.result();
            out.put(r.dimension(), r);
        }
        return new EvaluationReport(out);
    }

    /** As {@link #evaluate(DimensionModel, SparseVector[], int[])}, with the pack's cue rule of the dimension applied to what the readings read when given. */
    private static DimensionMetrics evaluate(DimensionModel model, SparseVector[] x, int[] truth, CueRules.Reading[] readings,
                                             CueRules cues, int dimension) {
        int[] pred = new int[x.length];
        double[] conf = new double[x.length];
        org.newsgauge.model.Scorer scorer = model.linear().scorer();
        IntStream.range(0, x.length).parallel().forEach(i -> {
            double[] p = model.distribution(scorer.scores(x[i]));
            if (cues != null) {
                p = cues.apply(dimension, readings[i], p);
            }
            pred[i] = model.choose(p);
            conf[i] = p[pred[i]];
        });
        return Metrics.compute(model.name(), model.labels(), model.kind() == DimensionKind.ORDINAL, truth, pred, conf);
    }

    /** Figures of one dimension model on vectors with known label indices. */
    public static DimensionMetrics evaluate(DimensionModel model, SparseVector[] x, int[] truth) {
        return evaluate(model, x, truth, null, null, -1);
    }
}
