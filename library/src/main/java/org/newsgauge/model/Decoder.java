package org.newsgauge.model;

/**
 * How a dimension's linear scores become a probability distribution over its labels.
 *
 * <pre>{@code
 * Decoder d = pack.dimension("tension").decoder();   // CUMULATIVE: tension is ordinal
 * TrainingOptions o = TrainingOptions.defaults().withOrdinalCumulative(false);   // ordinal dimensions as SOFTMAX
 * }</pre>
 *
 * <p>Immutable and thread-safe, as every enum.
 */
public enum Decoder {
    /**
     * One score per label; probabilities are {@code softmax(score / T)} with a temperature
     * fitted on held-out folds.
     */
    SOFTMAX,
    /**
     * Frank &amp; Hall's cumulative models for ordered labels: one score per threshold
     * ("above label k"), each turned into {@code P(y > k)} by a fitted sigmoid
     * {@code 1 / (1 + exp(-(a * score + b)))}; the label is the median of the distribution.
     */
    CUMULATIVE
}
