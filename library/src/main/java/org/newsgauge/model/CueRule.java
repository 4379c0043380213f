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
    /** Most labels a rule may have: a pack reader refuses more. */
    public static final int MAX_LABELS = 100;
    /** Most terms a label may have: a pack reader refuses more. */
    public static final int MAX_TERMS = 1000;
    /** Longest term, in characters: a pack reader refuses longer. */
    public static final int MAX_TERM_CHARS = 200;

    /**
     * Checks the rule and copies its maps in, keeping their label order.
     *
     * @param dimension  the name of the dimension it decides; not null
     * @param terms      the terms of each label, at least one label, within {@link #MAX_LABELS},
     *                   {@link #MAX_TERMS} and {@link #MAX_TERM_CHARS}
     * @param confidence per label of {@code terms} (the same labels), a value in (0, 1]
     * @throws NullPointerException     when an argument, a term list or a confidence is null
     * @throws IllegalArgumentException when there are no labels, the two maps have different labels,
     *                                  a bound is exceeded, or a confidence is not in (0, 1]
     */
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
        String bounds = bounds(terms);
        if (bounds != null) {
            throw new IllegalArgumentException(bounds);
        }
        for (Map.Entry<String, Double> e : confidence.entrySet()) {
            if (!(e.getValue() > 0 && e.getValue() <= 1)) {
                throw new IllegalArgumentException("confidence of '" + e.getKey() + "' must be in (0, 1], got " + e.getValue());
            }
        }
    }

    /**
     * What makes {@code terms} too large for a pack (which its reader would refuse), or null:
     * more than {@value #MAX_LABELS} labels, {@value #MAX_TERMS} terms for a label or
     * {@value #MAX_TERM_CHARS} characters in a term.
     *
     * @param terms the terms of each label, as for a rule
     * @return a message naming the first bound exceeded, or null when all are kept
     */
    public static String bounds(Map<String, List<String>> terms) {
        if (terms.size() > MAX_LABELS) {
            return "a cue rule has " + terms.size() + " labels; at most " + MAX_LABELS;
        }
        for (Map.Entry<String, List<String>> e : terms.entrySet()) {
            if (e.getValue().size() > MAX_TERMS) {
                return "label '" + e.getKey() + "' has " + e.getValue().size() + " cue terms; at most " + MAX_TERMS;
            }
            for (String t : e.getValue()) {
                if (t.length() > MAX_TERM_CHARS) {
                    return "cue term '" + t.substring(0, 40) + "...' of label '" + e.getKey() + "' has " + t.length()
                            + " characters; at most " + MAX_TERM_CHARS + " characters";
                }
            }
        }
        return null;
    }

    /**
     * {@code p} with label {@code i} raised to {@code confidence} and the other labels scaled down
     * in proportion; {@code p} itself when label {@code i} is already as probable.
     *
     * @param p          a distribution over a dimension's labels, summing to 1; not changed
     * @param i          the index of the label the rule gives
     * @param confidence the probability to raise it to, in (0, 1]
     * @return a new distribution that still sums to 1, or {@code p} itself
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
