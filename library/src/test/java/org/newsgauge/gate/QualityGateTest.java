package org.newsgauge.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgauge.metrics.DimensionMetrics;
import org.newsgauge.metrics.EvaluationReport;
import org.newsgauge.metrics.LabelMetrics;

class QualityGateTest {
    static final EvaluationReport REPORT = new EvaluationReport(map(
            "topic", new DimensionMetrics("topic", 100, 0.85, 0.7421, Map.of("sport", new LabelMetrics(0.9, 0.6, 0.72, 40)),
                    new int[][] {{1}}, List.of("sport"), 0.05, null, null),
            "tension", new DimensionMetrics("tension", 100, 0.6, 0.55, Map.of(), new int[][] {{1}}, List.of("low"),
                    0.12, 0.5, 0.93)));

    static Map<String, DimensionMetrics> map(String k1, DimensionMetrics v1, String k2, DimensionMetrics v2) {
        Map<String, DimensionMetrics> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }

    static QualityGate gate(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return QualityGate.parse(m);
    }

    @Test
    void minimumsOfHigherIsBetterAndMaximumsOfErrors() {
        QualityGate.Outcome o = gate("topic", "macro_f1=0.70, accuracy=0.85", "tension", "mae=0.5; within_one=0.9, ece<=0.2").check(REPORT);
        assertFalse(o.failed(), o.message());
        assertEquals("all 5 minimums met", o.message());
        assertEquals("topic macro_f1 0.7421, required >= 0.7: ok", o.lines().get(0));
        assertEquals("tension mae 0.5000, required <= 0.5: ok", o.lines().get(2));
        // minimums given tension first come out in the report's order, topic first
        QualityGate.Outcome reversed = gate("tension", "mae=0.5", "topic", "macro_f1=0.70").check(REPORT);
        assertTrue(reversed.lines().get(0).startsWith("topic macro_f1") && reversed.lines().get(1).startsWith("tension mae"),
                reversed.lines().toString());
    }

    @Test
    void failsWithTheMeasuredValues() {
        QualityGate.Outcome o = gate("topic", "macro_f1=0.80,recall[sport]>=0.5", "tension", "mae=0.4").check(REPORT);
        assertTrue(o.failed());
        assertEquals("the model misses 2 of 3 minimums:" + System.lineSeparator()
                + "  topic macro_f1 is 0.7421, required >= 0.8" + System.lineSeparator()
                + "  tension mae is 0.5000, required <= 0.4", o.message());
        assertEquals("topic recall[sport] 0.6000, required >= 0.5: ok", o.lines().get(1));
    }

    @Test
    void badMinimumsSayWhatIsWrong() {
        assertTrue(assertThrows(RuleException.class, () -> gate("topic", "f2=0.8")).getMessage()
                .startsWith("bad minimum 'f2=0.8' of topic: unknown metric"));
        assertTrue(assertThrows(RuleException.class, () -> gate("topic", "macro_f1 > 0.8")).getMessage()
                .contains("write METRIC=VALUE"));
        assertTrue(assertThrows(RuleException.class, () -> gate("topic", "")).getMessage().contains("are empty"));
        assertEquals("minimums name dimension 'topc', but the evaluation has [topic, tension]",
                assertThrows(RuleException.class, () -> gate("topc", "accuracy=0.5").check(REPORT)).getMessage());
        assertTrue(assertThrows(RuleException.class, () -> gate("topic", "mae=0.5").check(REPORT)).getMessage()
                .contains("mae is measured for ordinal dimensions only, and topic is nominal"));
        assertTrue(assertThrows(RuleException.class, () -> gate("topic", "f1[golf]=0.5").check(REPORT)).getMessage()
                .contains("topic has no label 'golf'"));
        // a percentage typed for a share, and a dimension given twice by a stray space
        assertEquals("bad minimum 'macro_f1=80' of topic: macro_f1 is a share between 0 and 1; write e.g. macro_f1=0.8",
                assertThrows(RuleException.class, () -> gate("topic", "macro_f1=80")).getMessage());
        assertTrue(assertThrows(RuleException.class, () -> gate("topic", "recall[sport]=-0.1")).getMessage()
                .contains("recall is a share between 0 and 1"));
        assertEquals(2.5, gate("tension", "mae<=2.5").limits().get(0).value());
        assertEquals("bad minimum 'macro_f1<=0.5' of topic: macro_f1 is a quality, higher is better: give a minimum,"
                + " macro_f1=0.5", assertThrows(RuleException.class, () -> gate("topic", "macro_f1<=0.5")).getMessage());
        assertTrue(assertThrows(RuleException.class, () -> gate("tension", "mae>=0.5")).getMessage()
                .contains("mae is an error, lower is better: give a maximum, mae<=0.5"));
        java.util.Map<String, String> twice = new java.util.LinkedHashMap<>();
        twice.put("topic", "accuracy=0.5");
        twice.put("topic ", "macro_f1=0.5");
        assertTrue(assertThrows(RuleException.class, () -> QualityGate.parse(twice)).getMessage()
                .startsWith("minimums of 'topic' are given twice (once as 'topic ')"));
        // a metric given twice for one dimension was checked twice: "misses 2 of 1 minimums"
        assertEquals("minimums of 'topic' give topic macro_f1 >= 0.8 and topic macro_f1 >= 0.7; give each metric once",
                assertThrows(RuleException.class, () -> gate("topic", "macro_f1=0.8, macro_f1=0.7")).getMessage());
        assertEquals(2, gate("topic", "recall[sport]=0.5, recall[weather]=0.5").limits().size(), "one metric per label");
    }
}
