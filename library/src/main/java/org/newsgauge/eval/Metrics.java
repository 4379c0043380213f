package org.newsgauge.eval;

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
     * @param truth      true label index per document
     * @param predicted  predicted label index per document
     * @param confidence probability of the predicted label per document
     */
    public static DimensionMetrics compute(String dimension, List<String> labels, boolean ordinal, int[] truth,
                                           int[] predicted, double[] confidence) {
        int k = labels.size();
        int n = truth.length;
        if (predicted.length != n || confidence.length != n) {
            throw new IllegalArgumentException("truth, predictions and confidences differ in length");
        }
        int[][] confusion = new int[k][k];
        int correct = 0;
        long steps = 0;
        int within = 0;
        for (int i = 0; i < n; i++) {
            confusion[truth[i]][predicted[i]]++;
            if (truth[i] == predicted[i]) {
                correct++;
            }
            int d = Math.abs(truth[i] - predicted[i]);
            steps += d;
            if (d <= 1) {
                within++;
            }
        }
        Map<String, LabelMetrics> per = new LinkedHashMap<>();
        double f1Sum = 0;
        int counted = 0;
        for (int c = 0; c < k; c++) {
            int tp = confusion[c][c];
            int support = 0;
            int predictedC = 0;
            for (int j = 0; j < k; j++) {
                support += confusion[c][j];
                predictedC += confusion[j][c];
            }
            double p = predictedC == 0 ? 0 : (double) tp / predictedC;
            double r = support == 0 ? 0 : (double) tp / support;
            double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
            per.put(labels.get(c), new LabelMetrics(p, r, f1, support));
            if (support > 0 || predictedC > 0) {
                f1Sum += f1;
                counted++;
            }
        }
        return new DimensionMetrics(dimension, n, n == 0 ? 0 : (double) correct / n, counted == 0 ? 0 : f1Sum / counted,
                per, confusion, labels, ece(truth, predicted, confidence),
                ordinal ? (n == 0 ? 0.0 : (double) steps / n) : null,
                ordinal ? (n == 0 ? 0.0 : (double) within / n) : null);
    }

    /** Expected calibration error over 10 equal-width confidence bins. */
    public static double ece(int[] truth, int[] predicted, double[] confidence) {
        double[] conf = new double[BINS];
        double[] acc = new double[BINS];
        int[] count = new int[BINS];
        for (int i = 0; i < truth.length; i++) {
            int b = Math.min(BINS - 1, (int) (confidence[i] * BINS));
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
