package org.newsgauge.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgauge.model.Decoder;
import org.newsgauge.model.DimensionKind;
import org.newsgauge.testing.Corpus;
import org.newsgauge.text.AnalyzerConfig;
import org.newsgauge.text.FeatureSpaceBuilder;

class DimensionTrainerTest {

    /** Rows held out and folds fitted when training on {@code documents} rows. */
    record Held(int rows, int folds) {
    }

    static Held heldOutRows(int documents) {
        List<String> texts = new ArrayList<>();
        int[] y = new int[documents];
        int i = 0;
        for (Corpus.Row r : Corpus.rows(documents, 11)) {
            texts.add(r.text());
            y[i++] = Corpus.TOPICS.indexOf(r.topic());
        }
        FeatureSpaceBuilder.Result fs = new FeatureSpaceBuilder(AnalyzerConfig.defaults()).build(texts);
        DimensionTrainer.Result res = new DimensionTrainer(new SvmLearner(1, true), 3, 5).train("topic",
                DimensionKind.NOMINAL, Corpus.TOPICS, Decoder.SOFTMAX, fs.vectors(), y, fs.space().size());
        int held = 0;
        int right = 0;
        for (int d = 0; d < documents; d++) {
            double[] p = res.heldOut()[d];
            if (p != null) {
                held++;
                right += res.model().choose(p) == y[d] ? 1 : 0;
            }
        }
        assertTrue(right > 0.9 * held, right + " of " + held + " held-out rows right");
        return new Held(held, res.foldsFitted());
    }

    @Test
    void smallCorpusIsHeldOutWhole() {
        assertEquals(new Held(600, 3), heldOutRows(600));
    }

    @Test
    void largeCorpusFitsOnlyTheFoldsItNeeds() {
        // three folds of 3,000: one of them is enough held-out rows, the other two are not fitted
        Held held = heldOutRows(9000);
        assertTrue(held.rows() >= DimensionTrainer.ENOUGH_HELD_OUT && held.rows() < 4000, "held out " + held);
        assertEquals(1, held.folds());
    }

    @Test
    void aRareLabelIsHeldOutAndStaysPredictable() {
        // 9,000 rows, ordinal low/mid/high with only two "high" rows: one fold would hold out
        // enough rows but perhaps no "high" one, and its threshold's sigmoid would rule it out
        int n = 9000;
        List<String> texts = new ArrayList<>();
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = i < 2 ? 2 : i % 2;
            texts.add(y[i] == 2 ? "war shelling casualties front" : (y[i] == 0 ? "calm talks agreed " : "tense row dispute ")
                    + "officials said " + (i % 13));
        }
        FeatureSpaceBuilder.Result fs = new FeatureSpaceBuilder(AnalyzerConfig.defaults()).build(texts);
        DimensionTrainer.Result res = new DimensionTrainer(new SvmLearner(1, true), 3, 5).train("level",
                DimensionKind.ORDINAL, List.of("low", "mid", "high"), Decoder.CUMULATIVE, fs.vectors(), y,
                fs.space().size());
        assertTrue(res.heldOut()[0] != null || res.heldOut()[1] != null, "a high row is held out");
        org.newsgauge.model.ModelPack pack = new org.newsgauge.model.ModelPack(fs.space(), List.of(res.model()),
                new org.newsgauge.model.Provenance("t", "svm", java.util.Map.of(), 5, 3, "t", "0", n, List.of("text"), null));
        assertEquals("high", org.newsgauge.api.ArticleClassifier.of(pack).classify("war shelling casualties front")
                .predictions().get("level").label());
    }
}
