package org.newsgauge.metrics;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Evaluation figures of every dimension evaluated, in the order of the evaluated data's dimensions
 * (the pack's order when the data was read with the pack's columns).
 *
 * <pre>{@code
 * EvaluationReport r = Evaluator.evaluate(pack, dataset);
 * double f1 = r.dimensions().get("topic").macroF1();
 * String json = r.toJson();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param dimensions figures by dimension name
 */
public record EvaluationReport(Map<String, DimensionMetrics> dimensions) {
    /**
     * Copies the map in, keeping its order.
     *
     * @param dimensions figures by dimension name; not null
     * @throws NullPointerException when {@code dimensions} is null
     */
    public EvaluationReport {
        dimensions = Collections.unmodifiableMap(new LinkedHashMap<>(dimensions));
    }

    /**
     * The report as a JSON tree, in the documented shape ({@code evaluate --json}'s).
     *
     * @param mapper makes the nodes
     * @return an object with one member per dimension, in order, its figures rounded to four decimals
     */
    public ObjectNode toJsonTree(ObjectMapper mapper) {
        ObjectNode root = mapper.createObjectNode();
        for (DimensionMetrics m : dimensions.values()) {
            root.set(m.dimension(), toJson(mapper, m));
        }
        return root;
    }

    /**
     * The report as compact JSON: {@code {"<dimension>": {"n": .., "accuracy": .., ...}}}.
     *
     * @return one line of JSON, figures rounded to four decimals, as {@link #fromJsonTree} reads it
     */
    public String toJson() {
        ObjectMapper mapper = new ObjectMapper();
        try {
            return mapper.writeValueAsString(toJsonTree(mapper));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static ObjectNode toJson(ObjectMapper mapper, DimensionMetrics m) {
        ObjectNode o = mapper.createObjectNode();
        o.put("n", m.n());
        o.put("accuracy", round(m.accuracy()));
        o.put("macro_f1", round(m.macroF1()));
        ObjectNode per = o.putObject("per_label");
        m.perLabel().forEach((label, lm) -> {
            ObjectNode l = per.putObject(label);
            l.put("precision", round(lm.precision()));
            l.put("recall", round(lm.recall()));
            l.put("f1", round(lm.f1()));
            l.put("support", lm.support());
        });
        ArrayNode conf = o.putArray("confusion");
        for (int[] row : m.confusion()) {
            ArrayNode r = conf.addArray();
            for (int v : row) {
                r.add(v);
            }
        }
        ArrayNode labels = o.putArray("labels");
        m.labels().forEach(labels::add);
        o.put("ece", round(m.ece()));
        if (m.mae() != null) {
            o.put("mae", round(m.mae()));
            o.put("within_one", round(m.withinOne()));
        }
        return o;
    }

    /**
     * Parses the shape written by {@link #toJsonTree}.
     *
     * @param root the object {@link #toJsonTree} made, e.g. read back from a pack's manifest
     * @return the report, with the figures as rounded in the JSON
     * @throws NullPointerException when a dimension lacks one of the members written for every
     *                              dimension
     */
    public static EvaluationReport fromJsonTree(com.fasterxml.jackson.databind.JsonNode root) {
        Map<String, DimensionMetrics> dims = new LinkedHashMap<>();
        root.fields().forEachRemaining(e -> {
            com.fasterxml.jackson.databind.JsonNode o = e.getValue();
            java.util.List<String> labels = new java.util.ArrayList<>();
            o.get("labels").forEach(l -> labels.add(l.asText()));
            Map<String, LabelMetrics> per = new LinkedHashMap<>();
            o.get("per_label").fields().forEachRemaining(l -> per.put(l.getKey(), new LabelMetrics(
                    l.getValue().get("precision").asDouble(), l.getValue().get("recall").asDouble(),
                    l.getValue().get("f1").asDouble(), l.getValue().get("support").asInt())));
            int[][] confusion = new int[o.get("confusion").size()][];
            for (int i = 0; i < confusion.length; i++) {
                com.fasterxml.jackson.databind.JsonNode row = o.get("confusion").get(i);
                confusion[i] = new int[row.size()];
                for (int j = 0; j < row.size(); j++) {
                    confusion[i][j] = row.get(j).asInt();
                }
            }
            dims.put(e.getKey(), new DimensionMetrics(e.getKey(), o.get("n").asInt(), o.get("accuracy").asDouble(),
                    o.get("macro_f1").asDouble(), per, confusion, labels, o.get("ece").asDouble(),
                    o.has("mae") ? o.get("mae").asDouble() : null,
                    o.has("within_one") ? o.get("within_one").asDouble() : null));
        });
        return new EvaluationReport(dims);
    }

    static java.math.BigDecimal round(double v) {
        return org.newsgauge.io.JsonNumbers.fourDecimals(v);
    }
}
