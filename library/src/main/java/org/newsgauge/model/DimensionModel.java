package org.newsgauge.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.newsgauge.text.FeatureSpace;
import org.newsgauge.text.SparseVector;

/**
 * The trained model of one dimension: its labels, the linear scores and how they are decoded
 * into calibrated probabilities.
 *
 * <pre>{@code
 * DimensionModel tension = pack.dimension("tension");          // null for a name the pack lacks
 * SparseVector x = pack.features().vectorize(text);
 * double[] p = tension.distribution(tension.scores(x));         // in tension.labels() order
 * String label = tension.labels().get(tension.choose(p));
 * // without the pack's cue rules: ArticleClassifier.of(pack).classify(text) applies them
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param name        dimension name, e.g. {@code topic}
 * @param kind        nominal or ordinal
 * @param labels      labels; for an ordinal dimension in their order, lowest first
 * @param decoder     how scores become probabilities
 * @param linear      the scoring functions: one per label ({@link Decoder#SOFTMAX}) or one per
 *                    threshold between labels ({@link Decoder#CUMULATIVE})
 * @param calibration {@code [T]} for softmax; {@code [a0, b0, a1, b1, ...]} for cumulative
 * @param logPriorShift added to each label's log-probability before normalising (prior
 *                    correction from the training mix to the expected real mix); zeros for none
 */
public record DimensionModel(String name, DimensionKind kind, List<String> labels, Decoder decoder,
                             LinearModel linear, double[] calibration, double[] logPriorShift) {

    /**
     * Checks that the shapes agree and copies the arrays and the label list in.
     *
     * @param name          dimension name; not null
     * @param kind          nominal or ordinal
     * @param labels        at least 2 labels; for an ordinal dimension lowest first
     * @param decoder       {@link Decoder#SOFTMAX} or {@link Decoder#CUMULATIVE}
     * @param linear        one scoring function per label (softmax) or per threshold, one fewer
     *                      than the labels (cumulative)
     * @param calibration   1 value (the temperature) for softmax; 2 per threshold for cumulative
     * @param logPriorShift one value per label; zeros for none
     * @throws NullPointerException     when {@code name} or an array or list is null
     * @throws IllegalArgumentException when there are fewer than 2 labels, or the scoring functions,
     *                                  calibration values or prior shifts are not as many as the
     *                                  labels and decoder need
     */
    public DimensionModel {
        Objects.requireNonNull(name, "name");
        labels = List.copyOf(labels);
        int k = labels.size();
        if (k < 2) {
            throw new IllegalArgumentException("dimension '" + name + "' needs at least 2 labels, has " + k);
        }
        int expectOutputs = decoder == Decoder.SOFTMAX ? k : k - 1;
        if (linear.outputs() != expectOutputs) {
            throw new IllegalArgumentException("dimension '" + name + "': " + linear.outputs()
                    + " scoring functions for " + k + " labels with " + decoder);
        }
        int expectCal = decoder == Decoder.SOFTMAX ? 1 : 2 * (k - 1);
        if (calibration.length != expectCal) {
            throw new IllegalArgumentException("dimension '" + name + "': calibration has " + calibration.length
                    + " values, expected " + expectCal);
        }
        if (logPriorShift.length != k) {
            throw new IllegalArgumentException("dimension '" + name + "': prior shift has " + logPriorShift.length
                    + " values, expected " + k);
        }
        calibration = calibration.clone();
        logPriorShift = logPriorShift.clone();
    }

    /**
     * The calibration values: {@code [T]}, the temperature, for softmax; {@code [a0, b0, a1, b1, ...]},
     * a slope and an intercept per threshold, for cumulative.
     *
     * @return a copy, which the caller may change
     */
    @Override
    public double[] calibration() {
        return calibration.clone();
    }

    /**
     * What is added to each label's log-probability before normalising (the prior correction).
     *
     * @return a copy, one value per label in label order, which the caller may change
     */
    @Override
    public double[] logPriorShift() {
        return logPriorShift.clone();
    }

    /**
     * The same model with another prior shift (see {@link #logPriorShift()}).
     *
     * @param shift one value per label, in label order, added to its log-probability; zeros for none
     * @return a new model sharing this one's scoring functions
     * @throws IllegalArgumentException when {@code shift} does not have one value per label
     */
    public DimensionModel withLogPriorShift(double[] shift) {
        return new DimensionModel(name, kind, labels, decoder, linear, calibration, shift);
    }

    /**
     * Raw linear scores of {@code x}.
     *
     * @param x a document vectorised by the pack's {@link FeatureSpace}
     * @return one score per scoring function of {@link #linear()}, before calibration
     */
    public double[] scores(SparseVector x) {
        double[] s = new double[linear.outputs()];
        linear.scores(x, s);
        return s;
    }

    /**
     * The probability of each label given the raw scores: calibrated, shifted by the prior and
     * normalised to sum to 1.
     *
     * @param scores raw scores, as {@link #scores} gives them
     * @return one probability per label, in label order
     */
    public double[] distribution(double[] scores) {
        int k = labels.size();
        double[] p = new double[k];
        if (decoder == Decoder.SOFTMAX) {
            double t = calibration[0];
            double max = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                // clamped: a huge score (tiny temperature) must give 1 and 0, not infinity minus infinity
                p[c] = Math.max(-1e300, Math.min(1e300, scores[c] / t + logPriorShift[c]));
                max = Math.max(max, p[c]);
            }
            double sum = 0;
            for (int c = 0; c < k; c++) {
                p[c] = Math.exp(p[c] - max);
                sum += p[c];
            }
            for (int c = 0; c < k; c++) {
                p[c] /= sum;
            }
            return p;
        }
        // cumulative: P(y > j) for each threshold j, forced non-increasing
        double[] above = new double[k - 1];
        for (int j = 0; j < k - 1; j++) {
            double z = calibration[2 * j] * scores[j] + calibration[2 * j + 1];
            above[j] = 1 / (1 + Math.exp(-z));
            if (j > 0) {
                above[j] = Math.min(above[j], above[j - 1]);
            }
        }
        p[0] = 1 - above[0];
        for (int c = 1; c < k - 1; c++) {
            p[c] = above[c - 1] - above[c];
        }
        p[k - 1] = above[k - 2];
        double sum = 0;
        for (int c = 0; c < k; c++) {
            p[c] = Math.max(p[c], 1e-9) * Math.exp(logPriorShift[c]);
            sum += p[c];
        }
        for (int c = 0; c < k; c++) {
            p[c] /= sum;
        }
        return p;
    }

    /**
     * Index of the label chosen from a distribution: the most probable, or for cumulative the median.
     *
     * @param p one probability per label, as {@link #distribution} gives them
     * @return the chosen label's index in {@link #labels()}; under softmax, the first of equally
     *         probable labels
     */
    public int choose(double[] p) {
        if (decoder == Decoder.CUMULATIVE) {
            double cum = 0;
            for (int c = 0; c < p.length; c++) {
                cum += p[c];
                if (cum >= 0.5) {
                    return c;
                }
            }
            return p.length - 1;
        }
        int best = 0;
        for (int c = 1; c < p.length; c++) {
            if (p[c] > p[best]) {
                best = c;
            }
        }
        return best;
    }

    /**
     * The features of {@code x} that pushed most towards label {@code c}, strongest first, at most
     * {@code top} of them, each made by {@code as} from its name in {@code space} and its push
     * (its value in {@code x} times its weight for {@code c}, through the calibration).
     * {@link org.newsgauge.api.ArticleClassifier} makes its explanations with it.
     *
     * @param <T>   the type of an explanation's entry
     * @param x     the document's vector, made by {@code space}
     * @param c     the index of the label to explain, usually the chosen one
     * @param top   the most entries to return
     * @param space the pack's feature space, for the features' names
     * @param as    makes an entry from a feature's name and push, e.g. {@code Contribution::new}
     * @return at most {@code top} entries, strongest push first; only features that pushed towards
     *         {@code c} (a positive push), so possibly none
     */
    public <T> List<T> explain(SparseVector x, int c, int top, FeatureSpace space, FeaturePush<T> as) {
        int[] idx = x.indices();
        float[] val = x.values();
        double[] push = new double[idx.length];
        for (int i = 0; i < idx.length; i++) {
            int f = idx[i];
            if (f >= linear.features()) {
                continue;
            }
            if (decoder == Decoder.SOFTMAX) {
                push[i] = val[i] * linear.weight(c, f) / calibration[0];
            } else {
                // above the thresholds below c, below the thresholds from c on
                double sum = 0;
                for (int j = 0; j < labels.size() - 1; j++) {
                    double w = calibration[2 * j] * linear.weight(j, f) * val[i];
                    sum += j < c ? w : -w;
                }
                push[i] = sum;
            }
        }
        List<T> out = new ArrayList<>();
        boolean[] used = new boolean[idx.length];
        for (int n = 0; n < top; n++) {
            int best = -1;
            for (int i = 0; i < idx.length; i++) {
                if (!used[i] && push[i] > 0 && (best < 0 || push[i] > push[best])) {
                    best = i;
                }
            }
            if (best < 0) {
                break;
            }
            used[best] = true;
            out.add(as.of(space.name(idx[best]), push[best]));
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DimensionModel m && m.name.equals(name) && m.kind == kind && m.labels.equals(labels)
                && m.decoder == decoder && m.linear.equals(linear)
                && java.util.Arrays.equals(m.calibration, calibration)
                && java.util.Arrays.equals(m.logPriorShift, logPriorShift);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, labels, linear);
    }

    /**
     * Makes one entry of an explanation from a feature's name and its push.
     *
     * @param <T> the entry, e.g. {@link org.newsgauge.api.Contribution} ({@code Contribution::new})
     */
    @FunctionalInterface
    public interface FeaturePush<T> {
        /**
         * One entry of an explanation.
         *
         * @param feature the feature's name, as the analyzer names it
         * @param push    how much it pushed towards the label, positive
         * @return the entry
         */
        T of(String feature, double push);
    }
}
