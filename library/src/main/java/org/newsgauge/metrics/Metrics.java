package org.newsgauge.metrics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes {@link DimensionMetrics} from true and predicted label indices.
 *
 * <pre>{@code
 * DimensionMetrics m = Metrics.compute("tension", labels, true, truth, predicted, confidence);
 * }</pre>
 */
public final class Metrics {
    private static final int BINS = 10;

    private Metrics() {
    }

    /**
     * The figures of one dimension from each document's true and predicted label.
     *
     * @param dimension  the dimension's name, for the result
     * @param labels     the dimension's labels; the indices below are positions in it
     * @param ordinal    whether the labels are ordered (then MAE and within-one are computed)
     * @param truth      true label index per document
     * @param predicted  predicted label index per document
     * @param confidence probability of the predicted label per document
     * @return the figures; zeros for no documents
     * @throws IllegalArgumentException  when the three arrays differ in length
     * @throws IndexOutOfBoundsException when an index is not a label's
     */
    public static DimensionMetrics compute(String dimension, List<String> labels, boolean ordinal, int[] truth,
                                           int[] predicted, double[] confidence) {
        int n = truth.length;
        if (predicted.length != n || confidence.length != n) {
            throw new IllegalArgumentException("truth, predictions and confidences differ in length");
        }
        Accumulator a = new Accumulator(dimension, labels, ordinal);
        for (int i = 0; i < n; i++) {
            a.add(truth[i], predicted[i], confidence[i]);
        }
        return a.result();
    }

    /**
     * Computes the same figures as {@link #compute} one document at a time, in memory that does
     * not grow with the number of documents (a confusion matrix and ten bins). Not thread-safe.
     */
    public static final class Accumulator {
        private final String dimension;
        private final List<String> labels;
        private final boolean ordinal;
        private final int[][] confusion;
        private final double[] binConf = new double[BINS];
        private final double[] binAcc = new double[BINS];
        private final int[] binCount = new int[BINS];
        private int n;
        private int correct;
        private long steps;
        private int within;

        /**
         * An accumulator with no document yet.
         *
         * @param dimension the dimension's name, for the result
         * @param labels    the dimension's labels; the indices given to {@link #add} are positions in it
         * @param ordinal   whether the labels are ordered (then MAE and within-one are computed)
         */
        public Accumulator(String dimension, List<String> labels, boolean ordinal) {
            this.dimension = dimension;
            this.labels = List.copyOf(labels);
            this.ordinal = ordinal;
            this.confusion = new int[labels.size()][labels.size()];
        }

        /**
         * Adds one document: its true and predicted label index and the predicted label's probability.
         *
         * @param truth      the true label's index
         * @param predicted  the predicted label's index
         * @param confidence the predicted label's probability, from 0 to 1
         * @throws ArrayIndexOutOfBoundsException when an index is not a label's
         * @throws IllegalArgumentException when {@code confidence} is not from 0 to 1 (or is NaN)
         */
        public void add(int truth, int predicted, double confidence) {
            int b = bin(confidence);
            n++;
            confusion[truth][predicted]++;
            if (truth == predicted) {
                correct++;
            }
            int d = Math.abs(truth - predicted);
            steps += d;
            if (d <= 1) {
                within++;
            }
            binConf[b] += confidence;
            binAcc[b] += truth == predicted ? 1 : 0;
            binCount[b]++;
        }

        /**
         * The figures of the documents added so far.
         *
         * @return the figures; zeros when no document was added. The accumulator may go on
         */
        public DimensionMetrics result() {
            int k = labels.size();
            Map<String, LabelMetrics> per = new LinkedHashMap<>();
            int[] tp = new int[k];
            int[] support = new int[k];
            int[] predicted = new int[k];
            for (int c = 0; c < k; c++) {
                tp[c] = confusion[c][c];
                for (int j = 0; j < k; j++) {
                    support[c] += confusion[c][j];
                    predicted[c] += confusion[j][c];
                }
                double p = precision(tp[c], predicted[c]);
                double r = recall(tp[c], support[c]);
                per.put(labels.get(c), new LabelMetrics(p, r, f1(p, r), support[c]));
            }
            double e = 0;
            for (int b = 0; b < BINS; b++) {
                if (binCount[b] > 0) {
                    e += Math.abs(binAcc[b] - binConf[b]) / n;
                }
            }
            int[][] copy = new int[k][];
            for (int c = 0; c < k; c++) {
                copy[c] = confusion[c].clone();
            }
            return new DimensionMetrics(dimension, n, n == 0 ? 0 : (double) correct / n, macroF1(tp, support, predicted),
                    per, copy, labels, e,
                    ordinal ? (n == 0 ? 0.0 : (double) steps / n) : null,
                    ordinal ? (n == 0 ? 0.0 : (double) within / n) : null);
        }
    }

    /**
     * Macro-F1 from per-label counts: the mean F1 of the labels that occur in the truth or the
     * predictions (a label neither has does not count), 0 when none does. What every figure of
     * this package means by macro-F1.
     *
     * @param tp        right predictions per label
     * @param support   true documents per label
     * @param predicted predictions per label
     * @return the macro-F1, from 0 to 1
     */
    public static double macroF1(int[] tp, int[] support, int[] predicted) {
        boolean[] occur = new boolean[tp.length];
        for (int c = 0; c < tp.length; c++) {
            occur[c] = support[c] > 0 || predicted[c] > 0;
        }
        return macroF1(tp, support, predicted, occur);
    }

    /**
     * Macro-F1 over the labels {@code counted}, whether they occur or not: a label counted that is
     * neither true nor predicted adds an F1 of 0. A resample of a sample is scored over the labels
     * the whole sample counts, so that it does not average over fewer labels by chance.
     *
     * @param tp        right predictions per label
     * @param support   true documents per label
     * @param predicted predictions per label
     * @param counted   the labels averaged over
     * @return the macro-F1, from 0 to 1; 0 when no label is counted
     */
    public static double macroF1(int[] tp, int[] support, int[] predicted, boolean[] counted) {
        double sum = 0;
        int labels = 0;
        for (int c = 0; c < tp.length; c++) {
            if (counted[c]) {
                sum += f1(precision(tp[c], predicted[c]), recall(tp[c], support[c]));
                labels++;
            }
        }
        return labels == 0 ? 0 : sum / labels;
    }

    private static double precision(int tp, int predicted) {
        return predicted == 0 ? 0 : (double) tp / predicted;
    }

    private static double recall(int tp, int support) {
        return support == 0 ? 0 : (double) tp / support;
    }

    /** The calibration bin of a probability; anything else is refused, not filed in a bin that is not there. */
    private static int bin(double confidence) {
        // a rounding error's worth outside is a probability still (clamped); more, or NaN, is a caller's mistake
        if (!(confidence >= -1e-6 && confidence <= 1 + 1e-6)) {
            throw new IllegalArgumentException("a confidence is a probability from 0 to 1, not " + confidence);
        }
        return Math.max(0, Math.min(BINS - 1, (int) (confidence * BINS)));
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /**
     * Expected calibration error over 10 equal-width confidence bins: the mean, weighted by the
     * documents in each bin, of the gap between the bin's accuracy and its mean confidence.
     *
     * @param truth      true label index per document
     * @param predicted  predicted label index per document
     * @param confidence probability of the predicted label per document, from 0 to 1
     * @return the error, from 0 to 1; 0 for no documents
     * @throws IllegalArgumentException when a confidence is not from 0 to 1 (or is NaN)
     */
    public static double ece(int[] truth, int[] predicted, double[] confidence) {
        double[] conf = new double[BINS];
        double[] acc = new double[BINS];
        int[] count = new int[BINS];
        for (int i = 0; i < truth.length; i++) {
            int b = bin(confidence[i]);
            conf[b] += confidence[i];
            acc[b] += truth[i] == predicted[i] ? 1 : 0;
            count[b]++;
        }
        double e = 0;
        for (int b = 0; b < BINS; b++) {
            if (count[b] > 0) {
                e += Math.abs(acc[b] - conf[b]) / truth.length;
            }
        }
        return e;
    }
}
