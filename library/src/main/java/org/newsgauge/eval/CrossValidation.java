package org.newsgauge.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.newsgauge.metrics.DimensionMetrics;
import org.newsgauge.metrics.EvaluationReport;

/**
 * The figures of a cross-validation: over all predictions pooled, and fold by fold.
 *
 * <pre>{@code
 * CrossValidation cv = CrossValidator.runWithFolds(dataset, options, 10, true, ProgressListener.NONE);
 * cv.pooled().dimensions().get("stance").macroF1();
 * cv.standardDeviation("stance", DimensionMetrics::macroF1);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param pooled the figures over every document, each predicted by the pack trained without its fold
 * @param folds  the figures of each fold's documents, in fold order
 */
public record CrossValidation(EvaluationReport pooled, List<EvaluationReport> folds) {
    /**
     * Copies the list of folds in.
     *
     * @param pooled the figures over every document
     * @param folds  the figures of each fold's documents, in fold order, with the same dimensions
     * @throws NullPointerException when {@code folds} is null or holds a null
     */
    public CrossValidation {
        folds = List.copyOf(folds);
    }

    /**
     * One figure of a dimension, fold by fold.
     *
     * <pre>{@code
     * double[] f1 = cv.perFold("topic", DimensionMetrics::macroF1);
     * }</pre>
     *
     * @param dimension a cross-validated dimension's name
     * @param figure    picks the figure from a fold's metrics, e.g. {@code DimensionMetrics::accuracy}
     * @return the figure of each fold, in fold order
     * @throws IllegalArgumentException when the dimension was not cross-validated
     */
    public double[] perFold(String dimension, ToDoubleFunction<DimensionMetrics> figure) {
        if (!pooled.dimensions().containsKey(dimension)) {
            throw new IllegalArgumentException("no dimension '" + dimension + "' (cross-validated: "
                    + String.join(", ", pooled.dimensions().keySet()) + ")");
        }
        return folds.stream().mapToDouble(f -> figure.applyAsDouble(f.dimensions().get(dimension))).toArray();
    }

    /**
     * The sample standard deviation of a figure over the folds (0 for one fold).
     *
     * @param dimension a cross-validated dimension's name
     * @param figure    picks the figure from a fold's metrics, e.g. {@code DimensionMetrics::macroF1}
     * @return the standard deviation, dividing by the number of folds less one
     * @throws IllegalArgumentException when the dimension was not cross-validated
     */
    public double standardDeviation(String dimension, ToDoubleFunction<DimensionMetrics> figure) {
        double[] v = perFold(dimension, figure);
        if (v.length < 2) {
            return 0;
        }
        double mean = java.util.Arrays.stream(v).average().orElse(0);
        double ss = 0;
        for (double x : v) {
            ss += (x - mean) * (x - mean);
        }
        return Math.sqrt(ss / (v.length - 1));
    }

    /**
     * The pooled figures in {@code evaluate --json}'s shape, each dimension with three more keys:
     * {@code "folds_macro_f1_mean"}, {@code "folds_macro_f1_sd"} (sample standard deviation) and
     * {@code "folds": [{"n", "accuracy", "macro_f1", "mae"}, ...]} (MAE for ordinal dimensions).
     *
     * @return one line of JSON, figures rounded to four decimals
     */
    public String toJson() {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = pooled.toJsonTree(mapper);
        for (String d : pooled.dimensions().keySet()) {
            ObjectNode dim = (ObjectNode) root.get(d);
            dim.put("folds_macro_f1_mean", org.newsgauge.io.JsonNumbers.fourDecimals(java.util.Arrays.stream(perFold(d, DimensionMetrics::macroF1))
                    .average().orElse(0)));
            dim.put("folds_macro_f1_sd", org.newsgauge.io.JsonNumbers.fourDecimals(standardDeviation(d, DimensionMetrics::macroF1)));
            ArrayNode a = dim.putArray("folds");
            for (EvaluationReport f : folds) {
                DimensionMetrics m = f.dimensions().get(d);
                ObjectNode o = a.addObject();
                o.put("n", m.n());
                o.put("accuracy", org.newsgauge.io.JsonNumbers.fourDecimals(m.accuracy()));
                o.put("macro_f1", org.newsgauge.io.JsonNumbers.fourDecimals(m.macroF1()));
                if (m.mae() != null) {
                    o.put("mae", org.newsgauge.io.JsonNumbers.fourDecimals(m.mae()));
                }
            }
        }
        try {
            return mapper.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
