package org.newsgauge.metrics;

import java.util.List;
import java.util.Map;

/**
 * Evaluation figures of one dimension. The same record comes out of the API, the CLI
 * ({@code evaluate --json}) and the Maven plugin.
 *
 * <pre>{@code
 * DimensionMetrics t = Evaluator.evaluate(pack, dataset).dimensions().get("tension");
 * System.out.println(t.accuracy() + " " + t.macroF1() + " " + t.mae());   // mae, withinOne: null for a nominal dimension
 * int[][] c = t.confusion();   // c[true][predicted], in t.labels() order
 * }</pre>
 *
 * <p>Immutable (the confusion matrix is copied in and out) and thread-safe.
 *
 * @param dimension dimension name
 * @param n         number of documents
 * @param accuracy  share classified exactly right
 * @param macroF1   mean F1 over the labels that occur in the truth or the predictions
 * @param perLabel  figures per label, in label order
 * @param confusion {@code confusion[true][predicted]} counts, in label order
 * @param labels    the labels, in order
 * @param ece       expected calibration error of the chosen label's probability (10 bins)
 * @param mae       ordinal only: mean absolute error in steps; null for nominal dimensions
 * @param withinOne ordinal only: share at most one step off; null for nominal dimensions
 */
public record DimensionMetrics(String dimension, int n, double accuracy, double macroF1,
                               Map<String, LabelMetrics> perLabel, int[][] confusion, List<String> labels,
                               double ece, Double mae, Double withinOne) {
    /**
     * Copies the map, the list and the confusion matrix in.
     *
     * @param dimension dimension name
     * @param n         number of documents
     * @param accuracy  share classified exactly right, from 0 to 1
     * @param macroF1   mean F1 over the labels that occur in the truth or the predictions
     * @param perLabel  figures per label, in label order
     * @param confusion {@code confusion[true][predicted]} counts, in label order
     * @param labels    the labels, in order
     * @param ece       expected calibration error, from 0 to 1
     * @param mae       mean absolute error in steps for an ordinal dimension; null for a nominal one
     * @param withinOne share at most one step off for an ordinal dimension; null for a nominal one
     * @throws NullPointerException when {@code perLabel}, {@code confusion}, {@code labels} or a row
     *                              of the matrix is null
     */
    public DimensionMetrics {
        perLabel = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(perLabel));
        labels = List.copyOf(labels);
        int[][] copy = new int[confusion.length][];
        for (int i = 0; i < confusion.length; i++) {
            copy[i] = confusion[i].clone();
        }
        confusion = copy;
    }

    /** Equal figures are equal metrics: the confusion matrix is compared by its counts, not as an array object. */
    @Override
    public boolean equals(Object o) {
        return o instanceof DimensionMetrics m && n == m.n && Double.compare(accuracy, m.accuracy) == 0
                && Double.compare(macroF1, m.macroF1) == 0 && Double.compare(ece, m.ece) == 0 && dimension.equals(m.dimension)
                && perLabel.equals(m.perLabel) && java.util.Arrays.deepEquals(confusion, m.confusion) && labels.equals(m.labels)
                && java.util.Objects.equals(mae, m.mae) && java.util.Objects.equals(withinOne, m.withinOne);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(dimension, n, accuracy, macroF1, perLabel, java.util.Arrays.deepHashCode(confusion),
                labels, ece, mae, withinOne);
    }

    /** The record's usual form, with the confusion matrix's counts instead of an array reference. */
    @Override
    public String toString() {
        return "DimensionMetrics[dimension=" + dimension + ", n=" + n + ", accuracy=" + accuracy + ", macroF1=" + macroF1
                + ", perLabel=" + perLabel + ", confusion=" + java.util.Arrays.deepToString(confusion) + ", labels=" + labels
                + ", ece=" + ece + ", mae=" + mae + ", withinOne=" + withinOne + "]";
    }

    /**
     * The confusion matrix: {@code confusion()[t][p]} documents of the {@code t}-th label were
     * given the {@code p}-th, in {@link #labels()} order.
     *
     * @return a copy, which the caller may change
     */
    @Override
    public int[][] confusion() {
        int[][] copy = new int[confusion.length][];
        for (int i = 0; i < confusion.length; i++) {
            copy[i] = confusion[i].clone();
        }
        return copy;
    }
}
