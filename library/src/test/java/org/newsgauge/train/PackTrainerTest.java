package org.newsgauge.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgauge.data.CsvDatasetReader;
import org.newsgauge.data.Dataset;
import org.newsgauge.data.LabelledData;
import org.newsgauge.eval.Evaluator;
import org.newsgauge.model.ModelPack;
import org.newsgauge.testing.Corpus;

class PackTrainerTest {
    @Test
    void aHandBuiltDatasetWithALabelItsDimensionLacksIsRefusedByName() {
        org.newsgauge.data.DimensionSpec level = new org.newsgauge.data.DimensionSpec("level",
                org.newsgauge.model.DimensionKind.ORDINAL, List.of("low", "high"));
        List<org.newsgauge.data.Example> rows = new java.util.ArrayList<>();
        for (Corpus.Row r : Corpus.rows(20, 8)) {
            String label = r.id().equals("d7") ? "mid" : r.level().equals("low") ? "low" : "high";
            rows.add(new org.newsgauge.data.Example(r.id(), r.text(), List.of(label), r.id(), 0));
        }
        Dataset data = new Dataset("hand-built", List.of(level), rows, "");
        // it used to fail deep in training with an ArrayIndexOutOfBoundsException (index -1)
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new PackTrainer(TrainingOptions.defaults().withCalibrationFolds(0)).train(data));
        assertEquals("hand-built, row 'd7': label 'mid' is not one of dimension 'level' (low, high); add it to the"
                + " dimension's labels or correct the row", e.getMessage());
    }

    /**
     * The README's training snippet reads title and body and trains with the default options:
     * the pack must record title and body (not the options' default "text"), or evaluating it on
     * a file like its training data fails for want of a column "text".
     */
    @Test
    void aPackRecordsTheTextColumnsItsDataWasReadWith(@TempDir Path dir) throws Exception {
        StringBuilder sb = new StringBuilder("id,title,body,topic\n");
        for (Corpus.Row r : Corpus.rows(60, 5)) {
            String[] words = r.text().split(" ", 2);
            sb.append(r.id()).append(',').append(words[0]).append(",\"").append(words[1]).append("\",").append(r.topic()).append('\n');
        }
        Path csv = Files.writeString(dir.resolve("news.csv"), sb.toString());
        Dataset data = CsvDatasetReader.builder().textColumns("title", "body").labelColumns("topic").build().read(csv);
        ModelPack pack = new PackTrainer(TrainingOptions.defaults().withSeed(7)).train(data);
        assertEquals(List.of("title", "body"), pack.provenance().textColumns());
        // and how its held-out folds were drawn: no group column, so by label
        assertEquals("stratified", pack.provenance().params().get(org.newsgauge.model.ParamKeys.FOLDS));
        // and the pack is evaluated on the same columns without being told them
        Dataset test = LabelledData.forPack(pack, csv, List.of(), List.of());
        assertEquals(60, Evaluator.evaluate(pack, test).dimensions().get("topic").n());
        // streamed training records them too
        ModelPack streamed = new PackTrainer(TrainingOptions.defaults().withSeed(7)).train(
                each -> CsvDatasetReader.builder().textColumns("title", "body").labelColumns("topic").build().stream(csv, each),
                ProgressListener.NONE);
        assertEquals(List.of("title", "body"), streamed.provenance().textColumns());
    }

    /**
     * A dimension given its own learner is fitted with it alone (its C still chosen on the
     * folds), while the other dimension keeps choosing under auto; the manifest says which
     * learner each was fitted with.
     */
    @Test
    void aDimensionCanHaveALearnerOfItsOwn(@TempDir Path dir) throws Exception {
        Path csv = Corpus.writeCsv(dir.resolve("c.csv"), 120, 11);
        Dataset data = CsvDatasetReader.builder().textColumns("text").labelColumns("topic", "level").build().read(csv);
        TrainingOptions auto = TrainingOptions.defaults().withSeed(5);
        ModelPack both = new PackTrainer(auto).train(data);
        ModelPack own = new PackTrainer(auto.withAlgorithm("level", "liblinear")).train(data);
        assertEquals("liblinear", own.provenance().learner("level"));
        assertEquals("liblinear", own.provenance().params().get(org.newsgauge.model.ParamKeys.algorithm("level")));
        assertFalse(both.provenance().params().containsKey(org.newsgauge.model.ParamKeys.algorithm("level")));
        // topic was chosen among nbsvm and svm, as without the override, and fitted the same
        String topicChoice = org.newsgauge.model.ParamKeys.heldOut(org.newsgauge.model.ParamKeys.learner("topic"));
        assertEquals(both.provenance().params().get(topicChoice), own.provenance().params().get(topicChoice));
        assertEquals(both.provenance().learner("topic"), own.provenance().learner("topic"));
        // level's held-out comparison, if any, lists only its own learner
        Object levelChoice = own.provenance().params().get(org.newsgauge.model.ParamKeys.heldOut(
                org.newsgauge.model.ParamKeys.c("level")));
        assertNotNull(levelChoice, "level's C is still chosen on the folds");
        assertTrue(levelChoice == null || !levelChoice.toString().contains("svm"), String.valueOf(levelChoice));
        assertFalse(own.provenance().params().containsKey(
                org.newsgauge.model.ParamKeys.heldOut(org.newsgauge.model.ParamKeys.learner("level"))));
        // and the level model differs from the one auto chose
        String text = Corpus.rows(1, 99).get(0).text();
        org.newsgauge.api.ArticleClassifier a = org.newsgauge.api.ArticleClassifier.of(both);
        org.newsgauge.api.ArticleClassifier b = org.newsgauge.api.ArticleClassifier.of(own);
        assertEquals(a.classify(text).get("topic").distribution(), b.classify(text).get("topic").distribution());
        assertFalse(a.classify(text).get("level").distribution().equals(b.classify(text).get("level").distribution()));
    }

    @Test
    void aLearnerForADimensionTheDataLacksIsAnErrorNamingTheDimensions(@TempDir Path dir) throws Exception {
        Path csv = Corpus.writeCsv(dir.resolve("c.csv"), 40, 11);
        Dataset data = CsvDatasetReader.builder().textColumns("text").labelColumns("topic", "level").build().read(csv);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new PackTrainer(TrainingOptions.defaults().withAlgorithm("stance", "nbsvm")).train(data));
        assertEquals("an algorithm is given for dimension 'stance', which c.csv does not label (dimensions: topic, level);"
                + " correct the name or remove it", e.getMessage().replace(csv.toString(), "c.csv"));
    }

    /** The dimensions share one analyzer: a learner that wants binary features cannot join weighted ones, nor the reverse. */
    @Test
    void aDimensionsLearnerMustReadTheSharedFeatures() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TrainingOptions.defaults().withAlgorithm("stance", "smile-maxent"));
        assertEquals("dimension 'stance' cannot use smile-maxent: it wants binary features, and the dimensions share"
                + " weighted ones, as the algorithm of the other dimensions wants; give it svm or nbsvm or liblinear, or train"
                + " every dimension with smile-maxent (the algorithm, not one dimension's)", e.getMessage());
        // under binary features the advice names the learners that read them
        e = assertThrows(IllegalArgumentException.class,
                () -> TrainingOptions.defaults().withAlgorithm("opennlp-maxent").withAlgorithm("stance", "svm"));
        assertTrue(e.getMessage().contains("give it opennlp-maxent or smile-maxent"), e.getMessage());
        // auto is checked when it is given, and named
        e = assertThrows(IllegalArgumentException.class,
                () -> TrainingOptions.defaults().withAlgorithm("opennlp-maxent").withAlgorithm("stance", "auto"));
        assertTrue(e.getMessage().startsWith("dimension 'stance' cannot use auto (nbsvm)"), e.getMessage());
        // set before the shared learner turned the features binary: the trainer refuses it
        TrainingOptions o = TrainingOptions.defaults().withAlgorithm("stance", "svm").withAlgorithm("smile-maxent");
        e = assertThrows(IllegalArgumentException.class, () -> new PackTrainer(o));
        assertTrue(e.getMessage().startsWith("dimension 'stance' cannot use svm: it wants weighted features"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TrainingOptions.defaults().withAlgorithm("stance", "xgboost"));
        assertEquals("nbsvm", TrainingOptions.defaults().withAlgorithm("stance", " NBSVM ").algorithm("stance"));
        assertEquals("auto", TrainingOptions.defaults().withAlgorithm("stance", "nbsvm").algorithm("topic"));
        // names as the shared algorithm takes them, kept as the learner calls itself
        TrainingOptions binary = TrainingOptions.defaults().withAlgorithm("opennlp");
        assertEquals("opennlp-maxent", binary.withAlgorithm("stance", "opennlp").algorithm("stance"));
        assertEquals("auto (stance: nbsvm, topic: svm)", TrainingOptions.defaults().withAlgorithm("stance", "nbsvm")
                .withAlgorithm("topic", "svm").algorithmsDescription());
    }

    /**
     * Without folds there is no choice to record, but a dimension's own learner still says its C
     * and the settings that differ from the other dimensions' learner.
     */
    @Test
    void aDimensionsOwnLearnerRecordsItsCAndSettingsWithoutFolds(@TempDir Path dir) throws Exception {
        Path csv = Corpus.writeCsv(dir.resolve("c.csv"), 120, 11);
        Dataset data = CsvDatasetReader.builder().textColumns("text").labelColumns("topic", "level").build().read(csv);
        ModelPack p = new PackTrainer(TrainingOptions.defaults().withAlgorithm("svm").withCalibrationFolds(0)
                .withAlgorithm("level", "nbsvm")).train(data);
        ModelPack ref = new PackTrainer(TrainingOptions.defaults().withAlgorithm("nbsvm").withCalibrationFolds(0)).train(data);
        var params = p.provenance().params();
        assertEquals(ref.provenance().params().get("C"), params.get(org.newsgauge.model.ParamKeys.c("level")));
        assertEquals(1.0, params.get("C"));
        assertEquals(1.0, params.get("nb_smoothing.level"));
        assertFalse(params.containsKey("nb_smoothing"), params.toString());
        // and the level model is the nbsvm one
        String text = Corpus.rows(1, 99).get(0).text();
        assertEquals(org.newsgauge.api.ArticleClassifier.of(ref).classify(text).get("level").distribution(),
                org.newsgauge.api.ArticleClassifier.of(p).classify(text).get("level").distribution());
    }

    /** Cross-validation trains each fold with the dimension's own learner. */
    @Test
    void crossValidationUsesADimensionsOwnLearner(@TempDir Path dir) throws Exception {
        Path csv = Corpus.writeCsv(dir.resolve("c.csv"), 120, 11);
        Dataset data = CsvDatasetReader.builder().textColumns("text").labelColumns("topic", "level").build().read(csv);
        // words only: the choice of analyzer weighs every dimension's held-out figure, level's too
        TrainingOptions words = TrainingOptions.defaults().withTunedFeatures(false);
        var own = org.newsgauge.eval.CrossValidator.runWithFolds(data, words.withAlgorithm("level", "liblinear"), 3);
        var auto = org.newsgauge.eval.CrossValidator.runWithFolds(data, words, 3);
        assertEquals(auto.pooled().dimensions().get("topic"), own.pooled().dimensions().get("topic"));
        assertFalse(auto.pooled().dimensions().get("level").equals(own.pooled().dimensions().get("level")));
    }
}
