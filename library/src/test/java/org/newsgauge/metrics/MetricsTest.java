package org.newsgauge.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetricsTest {
    private static final List<String> LEVELS = List.of("low", "elevated", "high", "critical");

    @Test
    void computesAccuracyF1AndOrdinalErrors() {
        int[] truth = {0, 0, 1, 2, 3, 3};
        int[] pred = {0, 1, 1, 2, 1, 3};
        DimensionMetrics m = Metrics.compute("tension", LEVELS, true, truth, pred, new double[] {1, 1, 1, 1, 1, 1});
        assertEquals(4.0 / 6, m.accuracy(), 1e-9);
        // low: p 1, r 0.5 -> 2/3; elevated: p 1/3, r 1 -> 0.5; high: 1; critical: p 1, r 0.5 -> 2/3
        assertEquals((2.0 / 3 + 0.5 + 1 + 2.0 / 3) / 4, m.macroF1(), 1e-9);
        assertEquals((0 + 1 + 0 + 0 + 2 + 0) / 6.0, m.mae(), 1e-9);
        assertEquals(5.0 / 6, m.withinOne(), 1e-9);
        assertArrayEquals(new int[] {1, 1, 0, 0}, m.confusion()[0]);
        assertEquals(2, m.perLabel().get("critical").support());
        // all confidence 1.0 but 4/6 right: the calibration error is the gap
        assertEquals(1 - 4.0 / 6, m.ece(), 1e-9);
        // printed for a log or a test failure: the counts, not an array reference
        org.junit.jupiter.api.Assertions.assertTrue(m.toString().contains("confusion=[[1, 1, 0, 0], [0, 1, 0, 0], [0, 0, 1, 0], [0, 1, 0, 1]]"),
                m.toString());
    }

    @Test
    void aConfidenceThatIsNoProbabilityIsRefusedNotBinned() {
        // a negative one used to index bin -1 (ArrayIndexOutOfBoundsException); NaN was filed in bin 0
        for (double bad : new double[] {-0.1, 1.5, Double.NaN}) {
            IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                    () -> Metrics.ece(new int[] {0}, new int[] {0}, new double[] {bad}));
            org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("from 0 to 1, not " + bad), e.getMessage());
        }
        assertEquals(0.0, Metrics.ece(new int[] {0, 1}, new int[] {0, 0}, new double[] {1, 0}), 1e-9);
    }

    @Test
    void nominalHasNoOrdinalFiguresAndUnseenLabelsDoNotCount() {
        DimensionMetrics m = Metrics.compute("topic", List.of("a", "b", "c"), false, new int[] {0, 1}, new int[] {0, 1},
                new double[] {0.9, 0.9});
        assertNull(m.mae());
        assertEquals(1.0, m.macroF1(), 1e-9, "label c is neither true nor predicted: not averaged");
        assertEquals(0.1, m.ece(), 1e-9);
    }

    @Test
    void jsonHasTheDocumentedShapeAndRoundTrips() throws Exception {
        DimensionMetrics m = Metrics.compute("tension", LEVELS, true, new int[] {0, 3}, new int[] {1, 3}, new double[] {0.6, 0.8});
        EvaluationReport r = new EvaluationReport(java.util.Map.of("tension", m));
        JsonNode j = new ObjectMapper().readTree(r.toJson()).get("tension");
        for (String key : List.of("n", "accuracy", "macro_f1", "per_label", "confusion", "labels", "ece", "mae", "within_one")) {
            assertEquals(true, j.has(key), key);
        }
        assertEquals(2, j.get("n").asInt());
        assertEquals(0.5, j.get("per_label").get("critical").get("recall").asDouble() / 2, 1e-9);
        EvaluationReport back = EvaluationReport.fromJsonTree(new ObjectMapper().readTree(r.toJson()));
        assertEquals(m.accuracy(), back.dimensions().get("tension").accuracy(), 1e-4);
        assertEquals(m.mae(), back.dimensions().get("tension").mae(), 1e-4);
    }
}
