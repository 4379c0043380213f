package org.newsgauge.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A pack's narrator-cue rule for one dimension: the terms of each label that, said in the
 * narrator's own voice (see {@link org.newsgauge.text.NarratorCues}), give that label, and how
 * often the rule was right on the training data. Classification raises the label's probability
 * to at least that confidence when the narrator uses its terms and no other label's; the model
 * decides everything else.
 *
 * <pre>{@code
 * CueRule rule = new CueRule("stance", Map.of("pro_serbia", List.of("self-proclaimed")), Map.of("pro_serbia", 0.92));
 * }</pre>
 *
 * @param dimension  the dimension it decides
 * @param terms      the terms of each label
 * @param confidence per label, the share of training documents the rule gave that label that
 *                   carry it (smoothed: (right + 1) / (fired + 2))
 */
public record CueRule(String dimension, Map<String, List<String>> terms, Map<String, Double> confidence) {
    public CueRule {
        Objects.requireNonNull(dimension);
        Map<String, List<String>> t = new LinkedHashMap<>();
        terms.forEach((k, v) -> t.put(k, List.copyOf(v)));
        terms = java.util.Collections.unmodifiableMap(t);
        confidence = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(confidence));
        if (terms.isEmpty() || !terms.keySet().equals(confidence.keySet())) {
            throw new IllegalArgumentException("a cue rule needs terms and a confidence for the same labels, got "
                    + terms.keySet() + " and " + confidence.keySet());
        }
        for (Map.Entry<String, Double> e : confidence.entrySet()) {
            if (!(e.getValue() > 0 && e.getValue() <= 1)) {
                throw new IllegalArgumentException("confidence of '" + e.getKey() + "' must be in (0, 1], got " + e.getValue());
            }
        }
    }

    /**
     * {@code p} with label {@code i} raised to {@code confidence} and the other labels scaled down
     * in proportion; {@code p} itself when label {@code i} is already as probable.
     */
    public static double[] raise(double[] p, int i, double confidence) {
        if (p[i] >= confidence) {
            return p;
        }
        double rest = 1 - p[i];
        double[] out = new double[p.length];
        for (int j = 0; j < p.length; j++) {
            out[j] = j == i ? confidence : rest > 0 ? p[j] * (1 - confidence) / rest : (1 - confidence) / (p.length - 1);
        }
        return out;
    }
}
