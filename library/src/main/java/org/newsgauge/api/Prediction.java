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
 * @param distribution every label with its probability, in the dimension's label order
 * @param explanation  the features that pushed the decision most, strongest first
 */
public record Prediction(String dimension, String label, double probability, Map<String, Double> distribution,
                         List<Contribution> explanation) {
    public Prediction {
        distribution = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(distribution));
        explanation = List.copyOf(explanation);
    }
}
