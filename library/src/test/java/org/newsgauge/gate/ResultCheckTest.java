package org.newsgauge.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgauge.api.Labels;

class ResultCheckTest {
    final List<Labels> results = List.of(
            RuleTest.labels("a.txt", "security", "neutral", "critical", 0.91),
            RuleTest.labels("b.txt", "economy", "pro_kosovo", "low", 0.45),
            RuleTest.labels("c.txt", "diplomacy", "neutral", "elevated", 0.88),
            RuleTest.unreadable("d.txt"));

    @Test
    void listsTheOffendingDocumentsWithTheirLabels() {
        ResultCheck check = ResultCheck.of(List.of("tension >= high", "stance = pro_kosovo", "confidence < 0.5"),
                RuleTest.DIMS, true);
        ResultCheck.Outcome o = check.check(results);
        assertTrue(o.failed());
        assertEquals(4, o.documents());
        assertEquals(List.of("a.txt", "b.txt", "d.txt"), o.offences().stream().map(x -> x.labels().source()).toList());
        assertEquals("""
                3 of 4 documents break the rules:
                  a.txt: tension >= high (topic=security 0.91, stance=neutral 0.91, tension=critical 0.90)
                  b.txt: stance = pro_kosovo, confidence < 0.5 (topic=economy 0.45, stance=pro_kosovo 0.45, tension=low 0.90)
                  d.txt: unreadable (unreadable: binary file, skipped)""", o.message(50));
        assertEquals("""
                3 of 4 documents break the rules:
                  a.txt: tension >= high (topic=security 0.91, stance=neutral 0.91, tension=critical 0.90)
                  ... and 2 more""", o.message(1));
    }

    @Test
    void passesWhenNothingOffends() {
        ResultCheck.Outcome o = ResultCheck.of(List.of("tension > critical"), RuleTest.DIMS, false).check(results);
        assertFalse(o.failed());
        assertEquals("all 4 documents pass", o.message(10));
        ResultCheck one = ResultCheck.of(List.of("tension >= high"), RuleTest.DIMS, false);
        assertEquals("the 1 document passes", one.check(List.of(RuleTest.labels("a.txt", "diplomacy", "neutral", "low", 0.9)))
                .message(10));
        assertTrue(one.check(List.of(RuleTest.labels("a.txt", "diplomacy", "neutral", "high", 0.9))).message(10)
                .startsWith("1 of 1 document breaks the rules:"));
    }

    @Test
    void unreadableOnlyWhenAsked() {
        assertFalse(ResultCheck.of(List.of(), RuleTest.DIMS, false).check(results).failed());
        assertEquals(1, ResultCheck.of(List.of(), List.of(), true).check(results).offences().size());
    }
}
