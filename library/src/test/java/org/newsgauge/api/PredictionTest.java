package org.newsgauge.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PredictionTest {
    @Test
    void predictionOfArraysEqualsThePredictionOfTheSameMap() {
        double[] p = {0.2, 0.7, 0.1};
        Prediction fast = Prediction.of("topic", List.of("sport", "politics", "weather"), p, 1, List.of());
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("sport", 0.2);
        m.put("politics", 0.7);
        m.put("weather", 0.1);
        Prediction slow = new Prediction("topic", "politics", 0.7, m, List.of());
        assertEquals(slow, fast);
        assertEquals(fast, slow);
        assertEquals(slow.hashCode(), fast.hashCode());
        assertEquals(slow.toString(), fast.toString());
        assertEquals(List.copyOf(m.entrySet()), List.copyOf(fast.distribution().entrySet()));
        assertEquals(0.7, fast.distribution().get("politics"));
        assertNull(fast.distribution().get("economy"));
        assertTrue(fast.distribution().containsKey("weather"));
        assertFalse(fast.distribution().containsKey(null));
    }

    @Test
    void nonsenseIsRefused() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Prediction("d", "a", 7.0, Map.of("a", 1.0),
                List.of())).getMessage().contains("of label 'a' of dimension 'd' is 7.0; a probability is between 0 and 1"));
        assertThrows(IllegalArgumentException.class, () -> new Prediction("d", "a", 0.5, Map.of("a", 0.5, "b", -1.0), List.of()));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Prediction("d", "zzz", 0.5, Map.of("a", 0.5),
                List.of())).getMessage().contains("label 'zzz' of dimension 'd' is not in its distribution [a]"));
        assertThrows(IllegalArgumentException.class, () -> new Prediction("d", "a", Double.NaN, Map.of(), List.of()));
        // no distribution at all (a result read back without one) is allowed
        assertEquals("a", new Prediction("d", "a", 0.9, Map.of(), List.of()).label());
    }

    @Test
    void distributionIsACopyAndReadOnly() {
        double[] p = {0.4, 0.6};
        List<String> labels = new ArrayList<>(List.of("a", "b"));
        Prediction x = Prediction.of("d", labels, p, 1, List.of());
        p[0] = 9;
        labels.set(0, "z");
        assertEquals(Map.of("a", 0.4, "b", 0.6), x.distribution());
        assertThrows(UnsupportedOperationException.class, () -> x.distribution().put("c", 0.1));
        assertThrows(UnsupportedOperationException.class, () -> x.distribution().entrySet().iterator().next().setValue(1.0));
        assertThrows(IllegalArgumentException.class, () -> Prediction.of("d", List.of("a"), new double[2], 0, List.of()));
    }

    @Test
    void distributionSurvivesJavaSerialization() throws Exception {
        Prediction x = Prediction.of("d", List.of("a", "b"), new double[] {0.4, 0.6}, 1, List.of());
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(x.distribution());
        }
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(x.distribution(), in.readObject());
        }
    }
}
