package org.newsgauge.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgauge.api.Labels;
import org.newsgauge.api.Prediction;
import org.newsgauge.data.DimensionSpec;
import org.newsgauge.model.DimensionKind;
import org.newsgauge.text.Warning;

class RuleTest {
    static final List<DimensionSpec> DIMS = List.of(
            new DimensionSpec("topic", DimensionKind.NOMINAL, List.of("diplomacy", "security", "economy")),
            new DimensionSpec("stance", DimensionKind.NOMINAL, List.of("neutral", "pro_serbia", "pro_kosovo")),
            new DimensionSpec("tension", DimensionKind.ORDINAL, List.of("low", "elevated", "high", "critical")));

    /** A result with the given labels, each with probability {@code p}; stance's distribution puts the rest on neutral. */
    static Labels labels(String path, String topic, String stance, String tension, double p, Warning... warnings) {
        Map<String, Prediction> m = new LinkedHashMap<>();
        m.put("topic", new Prediction("topic", topic, p, Map.of(topic, p), List.of()));
        Map<String, Double> sd = new LinkedHashMap<>();
        sd.put("neutral", stance.equals("neutral") ? p : 1 - p);
        sd.put(stance, p);
        m.put("stance", new Prediction("stance", stance, p, sd, List.of()));
        m.put("tension", new Prediction("tension", tension, 0.9, Map.of(tension, 0.9), List.of()));
        return new Labels(path, m, "eng", List.of(warnings));
    }

    static Labels unreadable(String path) {
        return new Labels(path, Map.of(), "und", List.of(new Warning("binary", "binary file, skipped")));
    }

    static boolean test(String rule, Labels l) {
        return Rule.parse(rule, DIMS).test(l);
    }

    @Test
    void ordinalComparisonsFollowTheLabelOrder() {
        Labels high = labels("a", "security", "neutral", "high", 0.8);
        assertTrue(test("tension >= high", high));
        assertTrue(test("tension>elevated", high));
        assertFalse(test("tension > high", high));
        assertTrue(test("tension <= critical", high));
        assertFalse(test("tension < high", high));
        assertFalse(test("tension >= critical", high));
        assertTrue(test("tension != low", high));
    }

    @Test
    void nominalLabelsCompareByEquality() {
        Labels l = labels("a", "security", "pro_kosovo", "low", 0.7);
        assertTrue(test("stance = pro_kosovo", l));
        assertTrue(test("stance == pro_kosovo", l));
        assertFalse(test("stance != pro_kosovo", l));
        assertFalse(test("topic = economy", l));
    }

    @Test
    void probabilities() {
        Labels l = labels("a", "security", "pro_kosovo", "low", 0.4);
        assertTrue(test("confidence < 0.5", l), "the least confident decision counts");
        assertFalse(test("confidence < 0.4", l));
        assertTrue(test("tension.confidence >= 0.9", l));
        assertTrue(test("stance.probability <= 0.4", l));
        assertTrue(test("stance.pro_kosovo > 0.3", l));
        assertTrue(test("stance.neutral > 0.5", l));
        assertFalse(test("stance.pro_serbia > 0", l), "a label missing from the distribution has probability 0");
    }

    @Test
    void languageWarningsAndConjunctions() {
        Labels l = labels("a", "security", "neutral", "critical", 0.9, new Warning("language", "looks like srp"));
        assertTrue(test("warning = language", l));
        assertFalse(test("warning = binary", l));
        assertTrue(test("language = eng", l));
        assertTrue(test("tension >= high and confidence >= 0.8", l));
        assertFalse(test("tension >= high AND stance = pro_serbia", l));
    }

    @Test
    void unreadableDocumentsMatchNoLabelRule() {
        Labels u = unreadable("x.bin");
        assertFalse(test("tension >= low", u));
        assertFalse(test("confidence < 0.5", u));
        assertFalse(test("stance != neutral", u));
        assertTrue(test("warning = binary", u));
    }

    @Test
    void badRulesSayWhatIsWrong() {
        assertEquals("bad rule 'stance >= pro_kosovo': stance is nominal (its labels have no order), so only = and != compare them",
                assertThrows(RuleException.class, () -> Rule.parse("stance >= pro_kosovo", DIMS)).getMessage());
        assertEquals("bad rule 'tension >= hihg': 'hihg' is not a label of tension; its labels are [low, elevated, high, critical]",
                assertThrows(RuleException.class, () -> Rule.parse("tension >= hihg", DIMS)).getMessage());
        assertTrue(assertThrows(RuleException.class, () -> Rule.parse("mood = happy", DIMS)).getMessage()
                .contains("unknown subject 'mood'; the pack's dimensions are [topic, stance, tension]"));
        assertTrue(assertThrows(RuleException.class, () -> Rule.parse("confidence < half", DIMS)).getMessage()
                .contains("'half' is not a number"));
        assertTrue(assertThrows(RuleException.class, () -> Rule.parse("tension high", DIMS)).getMessage()
                .contains("write SUBJECT OPERATOR VALUE"));
        assertTrue(assertThrows(RuleException.class, () -> Rule.parse(" ", DIMS)).getMessage().startsWith("empty rule"));
        assertTrue(assertThrows(RuleException.class, () -> Rule.parse("language > eng", DIMS)).getMessage()
                .contains("language takes = or !=, not >"));
        assertTrue(assertThrows(RuleException.class, () -> Rule.parse("stance.maybe > 0.2", DIMS)).getMessage()
                .contains("'maybe' is neither 'confidence' nor a label of stance"));
    }

    /** Asserts that {@code rule} is refused with a message containing {@code fragment}. */
    static void refused(String rule, String fragment) {
        String message = assertThrows(RuleException.class, () -> Rule.parse(rule, DIMS)).getMessage();
        assertTrue(message.contains(fragment), message);
    }

    @Test
    void valuesThatCanNeverMatchAreRefused() {
        // each of these passed once and then passed every document: a gate that could not fail
        refused("warning = nosuch", "'nosuch' is not a warning code; the codes are binary, truncated, charset, no-article, whole-text,"
                + " language, empty, io, no-features");
        refused("language = english", "'english' is not a language code; languages are ISO 639-3 codes such as eng");
        refused("confidence < 2", "2 is not a probability");
        refused("stance.pro_kosovo > -0.1", "-0.1 is not a probability");
        // the boundaries and every real code are fine
        Rule.parse("confidence < 1", DIMS);
        Rule.parse("confidence >= 0", DIMS);
        Rule.parse("language = und", DIMS);
        for (String code : Warning.CODES) {
            Rule.parse("warning = " + code, DIMS);
        }
        assertTrue(test("warning = no-features", labels("a", "diplomacy", "neutral", "low", 0.9,
                new Warning(Warning.NO_FEATURES, "none of the words is known"))));
    }
}
