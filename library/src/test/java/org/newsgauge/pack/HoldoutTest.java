package org.newsgauge.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.newsgauge.api.ArticleClassifier;
import org.newsgauge.data.CsvDatasetReader;
import org.newsgauge.metrics.DimensionMetrics;
import org.newsgauge.metrics.EvaluationReport;
import org.newsgauge.eval.Evaluator;

/**
 * The default pack on {@code training-data/holdout.csv}: 116 articles written independently of
 * the training corpus, in the voices of real outlets, and labelled before they were classified
 * (never trained on): 36 ordinary ones ({@code h1-}), 40 hard ones ({@code h2-}: loaded words
 * quoted heavily, partisan copy with one to three cues) and 40 like a news monitor's feed of
 * 2024–2025 ({@code h3-}). A floor some articles under what the pack reached (topic 108, stance
 * 115, tension 103 exact and 116 within one step), so that a change of corpus or features that
 * loses the ground the corpus does not measure fails the build.
 * SKIPPED when the build skipped the default pack ({@code -Dnewsgauge.skipDefaultPack=true}).
 */
class HoldoutTest {
    @Test
    void theDefaultPackLabelsArticlesWrittenOutsideTheCorpus() throws Exception {
        assumeTrue(ArticleClassifier.class.getResource("/org/newsgauge/default.ngpack") != null,
                "SKIPPED: built without the default pack (-Dnewsgauge.skipDefaultPack=true)");
        EvaluationReport r = Evaluator.evaluate(ArticleClassifier.defaults().pack(),
                CsvDatasetReader.builder().textColumns("title", "body").labelColumns("topic", "stance")
                        .ordinal("tension", java.util.List.of("low", "elevated", "high", "critical")).build(),
                Path.of("../training-data/holdout.csv"));
        DimensionMetrics topic = r.dimensions().get("topic");
        DimensionMetrics stance = r.dimensions().get("stance");
        DimensionMetrics tension = r.dimensions().get("tension");
        assertEquals(116, topic.n());
        assertTrue(right(topic.accuracy()) >= 100, "topic: " + right(topic.accuracy()) + " of 116 right");
        assertTrue(right(stance.accuracy()) >= 108, "stance: " + right(stance.accuracy()) + " of 116 right");
        assertTrue(right(tension.accuracy()) >= 97, "tension: " + right(tension.accuracy()) + " of 116 right");
        assertTrue(right(tension.withinOne()) >= 111, "tension: " + right(tension.withinOne()) + " of 116 within one step");
    }

    private static long right(double share) {
        return Math.round(share * 116);
    }
}
