package org.newsgauge.api;

import java.util.List;
import java.util.Map;

/**
 * The decision of one dimension for one document.
 *
 * <pre>{@code
 * Prediction p = labels.get("stance");
 * System.out.println(p.label() + " " + p.probability() + " because of " + p.explanation());
 * }</pre>
 *
 * <p>Immutable (its map and list are copied in) and thread-safe.
 *
 * @param dimension    the dimension's name, e.g. {@code tension}
 * @param label        the chosen label
 * @param probability  its probability, calibrated on held-out folds at training time
 * @param distribution every label with its probability, in the dimension's label order (for an
 *                     ordinal dimension under cumulative models, a label's probability is the
 *                     difference of two thresholds' probabilities, so a middle label can get
 *                     almost none beside two likely neighbours: sum from a label up for
 *                     "at least this")
 * @param explanation  the features that pushed the decision most, strongest first: only those that
 *                     pushed towards the chosen label, so empty when none did (a short text whose
 *                     words the model leans on little, decided by the label's bias and prior); a
 *                     narrator-cue rule's terms come first when the rule decided
 */
public record Prediction(String dimension, String label, double probability, Map<String, Double> distribution,
                         List<Contribution> explanation) {
    /**
     * Checks and copies a prediction built by hand (a test, a result read back from JSON); the
     * classifier's own, from {@link #of}, are right by construction and not checked again.
     *
     * @param dimension    the dimension's name; not null
     * @param label        the chosen label; not null
     * @param probability  the chosen label's probability, from 0 to 1
     * @param distribution every label with its probability from 0 to 1, in label order (the order is
     *                     kept); may be empty, else it must hold {@code label}
     * @param explanation  the features that pushed the decision, strongest first; may be empty
     * @throws NullPointerException     when {@code dimension}, {@code label}, {@code distribution} or
     *                                  {@code explanation} is null
     * @throws IllegalArgumentException when the probability or a probability of the distribution
     *                                  is not between 0 and 1, or the label is not in a non-empty
     *                                  distribution
     */
    public Prediction {
        java.util.Objects.requireNonNull(dimension, "dimension");
        java.util.Objects.requireNonNull(label, "label");
        // a LabelDistribution is only made by of(), from the classifier's probabilities and its chosen
        // label: immutable and right by construction, so the classification path checks nothing twice
        if (!(distribution instanceof LabelDistribution)) {
            requireProbability(dimension, label, probability);
            distribution = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(distribution));
            distribution.forEach((l, p) -> requireProbability(dimension, l, p));
            if (!distribution.isEmpty() && !distribution.containsKey(label)) {
                throw new IllegalArgumentException("label '" + label + "' of dimension '" + dimension
                        + "' is not in its distribution " + distribution.keySet());
            }
        }
        explanation = List.copyOf(explanation);
    }

    private static void requireProbability(String dimension, String label, Double p) {
        // a hair over 1 is rounding of a sum, not an error
        if (p == null || !(p >= 0 && p <= 1 + 1e-9)) {
            throw new IllegalArgumentException("the probability of label '" + label + "' of dimension '" + dimension
                    + "' is " + p + "; a probability is between 0 and 1");
        }
    }

    /**
     * The prediction of label {@code labels.get(chosen)}, whose distribution gives
     * {@code probabilities[i]} to {@code labels.get(i)}, in that order. Equal to the prediction
     * built from the same entries in a map, but without building one (the classifier's path).
     * Nothing is checked but the two lengths: the probabilities are trusted to lie from 0 to 1.
     *
     * @param dimension     the dimension's name
     * @param labels        the dimension's labels, in its order
     * @param probabilities one probability per label, in the same order; copied
     * @param chosen        the index of the chosen label in {@code labels}
     * @param explanation   the features that pushed the decision, strongest first; may be empty
     * @return the prediction, whose {@link #distribution()} is a read-only map in label order
     * @throws IllegalArgumentException  when the labels and probabilities differ in number
     * @throws IndexOutOfBoundsException when {@code chosen} is not an index of {@code labels}
     */
    public static Prediction of(String dimension, List<String> labels, double[] probabilities, int chosen,
                                List<Contribution> explanation) {
        return new Prediction(dimension, labels.get(chosen), probabilities[chosen],
                new LabelDistribution(labels, probabilities), explanation);
    }
}
