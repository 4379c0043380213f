package org.newsgauge.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgauge.api.ArticleClassifier;
import org.newsgauge.api.Prediction;
import org.newsgauge.data.CsvDatasetReader;
import org.newsgauge.eval.Evaluator;
import org.newsgauge.testing.Corpus;
import org.newsgauge.train.PackSpec;
import org.newsgauge.train.PackTrainer;
import org.newsgauge.train.TrainingOptions;

/** Narrator-cue rules: measured on the training data, applied by classification and evaluation alike, saved in format 3. */
class CueRuleTest {
    static Path dir;
    static ModelPack plain;
    static ModelPack ruled;

    @BeforeAll
    static void train(@TempDir Path d) throws Exception {
        dir = d;
        Corpus.writeCsv(d.resolve("c.csv"), 300, 1);
        PackSpec spec = PackSpec.read(Files.writeString(d.resolve("spec.json"), """
                {"data": "c.csv", "text_columns": ["text"], "nominal": ["topic"],
                 "narrator_cues": {"topic": {"weather": ["heavy rain warning"], "sport": ["final whistle"]}}}"""));
        plain = new PackTrainer(spec.options(TrainingOptions.defaults())).train(spec.reader().read(spec.data()));
        ruled = spec.withCueRules(plain);
    }

    @Test
    void theRuleIsMeasuredOnTheTrainingDataAndSmoothed() {
        CueRule r = ruled.cueRules().get(0);
        assertEquals("topic", r.dimension());
        // the corpus never uses the terms: no evidence either way, (0 + 1) / (0 + 2)
        assertEquals(Map.of("weather", 0.5, "sport", 0.5), r.confidence());
        assertEquals(List.of(), plain.cueRules());
    }

    @Test
    void theConfidenceFollowsHowOftenTheTermGoesWithItsLabel() throws Exception {
        // "storm" is a weather word of the corpus (mostly in weather rows), "report" a filler word
        // of every topic: the rule is measured on the rows, not given
        PackSpec spec = PackSpec.read(Files.writeString(dir.resolve("measured.json"), """
                {"data": "c.csv", "text_columns": ["text"], "nominal": ["topic"],
                 "narrator_cues": {"topic": {"weather": ["storm"], "sport": ["report"]}}}"""));
        Map<String, Double> c = spec.withCueRules(plain).cueRules().get(0).confidence();
        assertTrue(c.get("weather") > 0.7 && c.get("weather") < 1, c.toString());
        assertTrue(c.get("sport") < 0.5, c.toString());
    }

    @Test
    void theNarratorsTermRaisesItsLabelAndLeadsTheExplanation() {
        String text = "Shares and bond prices rose as investors cheered the bank profit. Heavy rain warning issued for the city.";
        Prediction before = ArticleClassifier.of(plain).classify(text).predictions().get("topic");
        Prediction after = ArticleClassifier.of(ruled).classify(text).predictions().get("topic");
        assertEquals("markets", before.label());
        assertTrue(after.distribution().get("weather") >= 0.5 - 1e-9, after.toString());
        assertEquals("narrator: heavy rain warning", after.explanation().get(0).feature());
        // quoted, or in a sentence that reports speech, it is not the narrator's
        String quoted = text.replace("Heavy rain warning issued", "\"Heavy rain warning\" issued");
        assertEquals(ArticleClassifier.of(plain).classify(quoted).predictions().get("topic"),
                ArticleClassifier.of(ruled).classify(quoted).predictions().get("topic"));
        String reported = text.replace("Heavy rain warning issued for the city", "Officials said heavy rain warning issued");
        assertEquals(ArticleClassifier.of(plain).classify(reported).predictions().get("topic"),
                ArticleClassifier.of(ruled).classify(reported).predictions().get("topic"));
    }

    @Test
    void evaluationAppliesTheRuleAsClassificationDoes() throws Exception {
        Path csv = Files.writeString(dir.resolve("t.csv"), "id,text,topic\n"
                + "a,\"Shares and bond prices rose as investors cheered the bank profit. Final whistle blown early.\",sport\n"
                + "b,\"Shares and bond prices rose as investors cheered the bank profit and trade.\",markets\n");
        CsvDatasetReader reader = CsvDatasetReader.builder().textColumns("text").labelColumns("topic").build();
        ModelPack confident = ruled.withCueRules(List.of(new CueRule("topic", Map.of("sport", List.of("final whistle")),
                Map.of("sport", 0.9))));
        assertEquals(0.5, Evaluator.evaluate(plain, reader.read(csv)).dimensions().get("topic").accuracy(), 1e-9);
        assertEquals(1.0, Evaluator.evaluate(confident, reader.read(csv)).dimensions().get("topic").accuracy(), 1e-9);
        assertEquals(1.0, Evaluator.evaluate(confident, reader, csv).dimensions().get("topic").accuracy(), 1e-9);
    }

    @Test
    void rulesSurviveSaveAndLoadInFormat3() throws Exception {
        byte[] b = PackWriter.toBytes(ruled);
        assertTrue(PackRoundTripTest.manifest(b).contains("\"format_version\" : 3,"));
        assertTrue(PackRoundTripTest.manifest(PackWriter.toBytes(plain)).contains("\"format_version\" : 1,"));
        ModelPack loaded = PackReader.read(new ByteArrayInputStream(b), "r.ngpack");
        assertEquals(ruled.cueRules(), loaded.cueRules());
        String text = "Bond prices fell. Heavy rain warning issued for the coast.";
        assertEquals(ArticleClassifier.of(ruled).classify(text).predictions(), ArticleClassifier.of(loaded).classify(text).predictions());
        byte[] old = PackRoundTripTest.rewriteManifest(b, m -> m.replace("\"format_version\" : 3", "\"format_version\" : 2"));
        ModelFormatException e = assertThrows(ModelFormatException.class, () -> PackReader.read(new ByteArrayInputStream(old), "o.ngpack"));
        assertTrue(e.getMessage().contains("'narrator_cues' in format 2"), e.getMessage());
        byte[] bad = PackRoundTripTest.rewriteManifest(b, m -> m.replace("\"confidence\" : 0.5", "\"confidence\" : 1.5"));
        e = assertThrows(ModelFormatException.class, () -> PackReader.read(new ByteArrayInputStream(bad), "b.ngpack"));
        assertTrue(e.getMessage().contains("confidence"), e.getMessage());
        byte[] label = PackRoundTripTest.rewriteManifest(b, m -> m.replace("\"weather\" : {", "\"hail\" : {"));
        e = assertThrows(ModelFormatException.class, () -> PackReader.read(new ByteArrayInputStream(label), "l.ngpack"));
        assertTrue(e.getMessage().contains("'hail' is not one of dimension 'topic'"), e.getMessage());
    }

    @Test
    void aPackIsNeverWrittenWithRulesItsReaderRefuses() throws Exception {
        // the reader bounds a cue term to 200 characters; a spec or the API must not make a pack
        // that trains for minutes, is written, and then cannot be loaded
        String longTerm = "word ".repeat(41).trim();
        Exception e = assertThrows(Exception.class, () -> PackSpec.read(Files.writeString(dir.resolve("long.json"),
                "{\"data\": \"c.csv\", \"text_columns\": [\"text\"], \"nominal\": [\"topic\"],"
                        + " \"narrator_cues\": {\"topic\": {\"weather\": [\"" + longTerm + "\"]}}}")));
        assertTrue(e.getMessage().contains("200 characters"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new CueRule("topic", Map.of("weather", List.of(longTerm)), Map.of("weather", 0.5)));
    }

    @Test
    void twoRulesForOneDimensionAreRefused() {
        // only one would be applied (the last), yet both were saved and listed by info
        CueRule sport = new CueRule("topic", Map.of("sport", List.of("final whistle")), Map.of("sport", 0.9));
        CueRule weather = new CueRule("topic", Map.of("weather", List.of("heavy rain warning")), Map.of("weather", 0.9));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> plain.withCueRules(List.of(sport, weather)));
        assertTrue(e.getMessage().contains("two cue rules for 'topic'"), e.getMessage());
    }

    @Test
    void theSameSpecAndDataGiveAByteIdenticalPackWithItsRules() throws Exception {
        PackSpec spec = PackSpec.read(dir.resolve("spec.json"));
        ModelPack again = spec.withCueRules(new PackTrainer(spec.options(TrainingOptions.defaults()))
                .train(spec.reader().read(spec.data())));
        assertArrayEquals(PackWriter.toBytes(ruled), PackWriter.toBytes(again));
    }

    @Test
    void raisingKeepsADistribution() {
        double[] p = {0.6, 0.3, 0.1};
        assertArrayEquals(new double[] {0.6 * 0.3 / 0.7, 0.7, 0.1 * 0.3 / 0.7}, CueRule.raise(p, 1, 0.7), 1e-12);
        assertSame(p, CueRule.raise(p, 0, 0.5), "already as sure: unchanged");
        assertThrows(IllegalArgumentException.class, () -> new CueRule("topic", Map.of("a", List.of("x")), Map.of("b", 0.5)));
        assertThrows(IllegalArgumentException.class, () -> new CueRule("topic", Map.of("a", List.of("x")), Map.of("a", 0.0)));
    }
}
