package org.newsgauge.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgauge.data.DatasetException;

/** A pack spec with a mistake is an error naming the file and the key or line, never a setting quietly dropped. */
class PackSpecTest {
    @TempDir
    Path dir;

    private Path spec(String json) throws Exception {
        return Files.writeString(dir.resolve("spec.json"), json);
    }

    private String error(String json) throws Exception {
        Path f = spec(json);
        DatasetException e = assertThrows(DatasetException.class, () -> PackSpec.read(f));
        assertTrue(e.getMessage().startsWith(f.toString()), e.getMessage());
        return e.getMessage();
    }

    @Test
    void readsTheDocumentedSpec() throws Exception {
        PackSpec s = PackSpec.read(spec("""
                {"data": "articles.csv", "text_columns": ["title", "body"], "nominal": ["topic", "stance"],
                 "ordinal": {"tension": ["low", "high"]}, "group_column": "event", "seed": 7,
                 "priors": {"stance": {"neutral": 0.7}, "tension": {"low": 0.5}}}"""));
        assertEquals(dir.resolve("articles.csv").toAbsolutePath(), s.data());
        assertEquals(List.of("title", "body"), s.textColumns());
        assertEquals(Map.of("tension", List.of("low", "high")), s.ordinal());
        assertEquals(7, s.seed());
        assertEquals(0.7, s.priors().get("stance").get("neutral"));
        assertEquals(42, PackSpec.read(spec("{\"data\": \"a.csv\", \"text_columns\": [\"text\"]}")).seed());
    }

    @Test
    void classWeightIsTheSpecsWhenGivenAndTheCallersOtherwise() throws Exception {
        TrainingOptions base = TrainingOptions.defaults();
        assertFalse(base.balanced(), "the library's default weighs every example the same");
        PackSpec weighed = PackSpec.read(spec("{\"data\": \"a.csv\", \"text_columns\": [\"text\"], \"class_weight\": \"balanced\"}"));
        assertEquals("balanced", weighed.classWeight());
        assertTrue(weighed.options(base).balanced());
        PackSpec none = PackSpec.read(spec("{\"data\": \"a.csv\", \"text_columns\": [\"text\"], \"class_weight\": \"none\"}"));
        assertFalse(none.options(base.withBalanced(true)).balanced());
        PackSpec silent = PackSpec.read(spec("{\"data\": \"a.csv\", \"text_columns\": [\"text\"]}"));
        assertTrue(silent.options(base.withBalanced(true)).balanced());
        assertFalse(silent.options(base).balanced());
        String m = error("{\"data\": \"a.csv\", \"text_columns\": [\"text\"], \"class_weight\": \"balance\"}");
        assertTrue(m.contains("'class_weight' is \"balance\"; give \"balanced\""), m);
        m = error("{\"data\": \"a.csv\", \"text_columns\": [\"text\"], \"class_weight\": true}");
        assertTrue(m.contains("'class_weight' is true; give \"balanced\" or \"none\""), m);
    }

    @Test
    void quotedNamesReachTheAnalyzerAddedToTheCommandLines() throws Exception {
        PackSpec s = PackSpec.read(spec("""
                {"data": "a.csv", "text_columns": ["text"], "quoted_names": ["Office for  Kosovo and Metohija"]}"""));
        assertEquals(List.of("office for kosovo and metohija"), s.quotedNames());
        TrainingOptions base = TrainingOptions.defaults();
        base = base.withAnalyzer(base.analyzer().withQuotedNames(List.of("Ministry for Kosovo and Metohija")));
        assertEquals(List.of("ministry for kosovo and metohija", "office for kosovo and metohija"),
                s.options(base).analyzer().quotedNames());
        assertEquals(List.of(), PackSpec.read(spec("{\"data\": \"a.csv\", \"text_columns\": [\"text\"]}")).quotedNames());
        String m = error("{\"data\": \"a.csv\", \"text_columns\": [\"text\"], \"quoted_names\": [\" -- \"]}");
        assertTrue(m.contains("'quoted_names': a quoted name needs a letter or digit"), m);
    }

    @Test
    void stopWordsReachTheAnalyzerAddedToTheCommandLines() throws Exception {
        PackSpec s = PackSpec.read(spec("{\"data\": \"a.csv\", \"text_columns\": [\"text\"], \"stop_words\": [\"Kosovo\"]}"));
        TrainingOptions base = TrainingOptions.defaults();
        base = base.withAnalyzer(base.analyzer().withStopWords(List.of("serbia")));
        assertEquals(List.of("serbia", "kosovo"), s.options(base).analyzer().stopWords());
        String m = error("{\"data\": \"a.csv\", \"text_columns\": [\"text\"], \"stop_words\": [\"Kosovo's\"]}");
        assertTrue(m.contains("'stop_words': a stop word is one word as the tokenizer splits text; 'Kosovo's' is 2"), m);
    }

    @Test
    void aStopWordListThatIsNoListIsShownWithAnExampleOfStopWords() throws Exception {
        String m = error("{\"data\": \"a.csv\", \"text_columns\": [\"text\"], \"stop_words\": \"Kosovo\"}");
        assertTrue(m.contains("'stop_words' is \"Kosovo\"; give a list of words, e.g. [\"Kosovo\", \"Serbia\"]"), m);
        m = error("{\"data\": \"a.csv\", \"text_columns\": [\"text\"], \"stop_words\": [\"Kosovo\", 3]}");
        assertTrue(m.contains("'stop_words' has 3; give words in double quotes"), m);
        m = error("{\"data\": \"a.csv\", \"text_columns\": [\"text\"], \"quoted_names\": \"Office\"}");
        assertTrue(m.contains("'quoted_names' is \"Office\"; give a list of names, e.g. [\"Office for Kosovo and Metohija\"]"), m);
    }

    @Test
    void quotedNamesWithQuotesIgnoredAreRefusedNotDropped() throws Exception {
        PackSpec s = PackSpec.read(spec("""
                {"data": "a.csv", "text_columns": ["text"], "quoted_names": ["Office for Kosovo and Metohija"]}"""));
        TrainingOptions base = TrainingOptions.defaults();
        TrainingOptions ignore = base.withAnalyzer(base.analyzer().withQuotes(org.newsgauge.text.QuoteMode.IGNORE));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> s.options(ignore));
        assertTrue(e.getMessage().startsWith("'quoted_names' have no effect when quotes are ignored")
                && e.getMessage().contains("remove 'quoted_names'"), e.getMessage());
        assertEquals(List.of("office for kosovo and metohija"),
                s.options(base.withAnalyzer(base.analyzer().withQuotes(org.newsgauge.text.QuoteMode.BOTH))).analyzer().quotedNames());
        PackSpec none = PackSpec.read(spec("{\"data\": \"a.csv\", \"text_columns\": [\"text\"]}"));
        assertEquals(org.newsgauge.text.QuoteMode.IGNORE, none.options(ignore).analyzer().quotes(), "no names: ignore is fine");
    }

    @Test
    void unknownKeyListsTheKnownOnes() throws Exception {
        String m = error("{\"data\": \"a.csv\", \"text_columns\": [\"text\"], \"nominals\": [\"topic\"]}");
        assertTrue(m.contains("unknown key 'nominals' (keys: data, text_columns, nominal, ordinal, group_column, seed, class_weight, priors, quoted_names, narrator_cues, stop_words, algorithms)"), m);
    }

    @Test
    void missingFileBadJsonAndMissingKeysNameTheFile() throws Exception {
        Path none = dir.resolve("none.json");
        DatasetException e = assertThrows(DatasetException.class, () -> PackSpec.read(none));
        assertEquals(none + ": pack spec not found; check the path", e.getMessage());

        String m = error("{\"data\": \"a.csv\",\n \"text_columns\": [\"text\"");
        assertTrue(m.startsWith(dir.resolve("spec.json") + ":2: not valid JSON (column "), m);
        assertTrue(!m.contains("Source:"), m);
        m = error("{\"data\": \"a.csv\",\n \"text_column\": [\"text\"]}");
        assertTrue(m.contains("unknown key 'text_column'"), m);
        m = error("{\"data\": \"a.csv\"}");
        assertTrue(m.contains("no key 'text_columns'"), m);
        m = error("[1, 2]");
        assertTrue(m.contains("is not a JSON object"), m);
        m = error("");
        assertTrue(m.contains("is not a JSON object"), m);
    }

    @Test
    void wrongTypesAreErrorsNotDefaults() throws Exception {
        String base = "{\"data\": \"a.csv\", \"text_columns\": [\"text\"], \"nominal\": [\"stance\"], ";
        assertTrue(error(base + "\"seed\": \"x\"}").contains("'seed' is \"x\"; give a whole number"));
        assertTrue(error(base + "\"seed\": 1.5}").contains("'seed' is 1.5"));
        assertTrue(error("{\"data\": \"a.csv\", \"text_columns\": \"text\"}").contains("'text_columns' is \"text\"; give a list"));
        assertTrue(error("{\"data\": 3, \"text_columns\": [\"text\"]}").contains("'data' is 3"));
        assertTrue(error(base + "\"ordinal\": [\"tension\"]}").contains("'ordinal' is [\"tension\"]"));
        assertTrue(error(base + "\"priors\": {\"stance\": {\"neutral\": 1.7}}}").contains("'priors.stance.neutral' is 1.7"));
        assertTrue(error(base + "\"priors\": {\"stance\": {\"neutral\": \"high\"}}}").contains("'priors.stance.neutral' is \"high\""));
    }

    @Test
    void algorithmsByDimensionReachTheOptionsUnlessTheCommandLineGivesTheSame() throws Exception {
        PackSpec s = PackSpec.read(spec("{\"data\": \"a.csv\", \"text_columns\": [\"text\"], \"nominal\": [\"topic\", \"stance\"],"
                + " \"algorithms\": {\"stance\": \"NBSVM\", \"topic\": \"svm\"}}"));
        assertEquals(java.util.Map.of("stance", "nbsvm", "topic", "svm"), s.algorithms());
        TrainingOptions o = s.options(TrainingOptions.defaults().withAlgorithm("topic", "liblinear"));
        assertEquals("nbsvm", o.algorithm("stance"));
        assertEquals("liblinear", o.algorithm("topic"));
        assertEquals("auto", o.algorithm());
        String m = error("{\"data\": \"a.csv\", \"text_columns\": [\"text\"], \"nominal\": [\"topic\"],"
                + " \"algorithms\": {\"stance\": \"nbsvm\"}}");
        assertTrue(m.contains("'algorithms' has dimension 'stance', which the spec does not train"), m);
        m = error("{\"data\": \"a.csv\", \"text_columns\": [\"text\"], \"nominal\": [\"topic\"],"
                + " \"algorithms\": {\"topic\": \"xgboost\"}}");
        assertTrue(m.contains("'algorithms.topic' is \"xgboost\"; give one of auto, svm, nbsvm, liblinear, opennlp-maxent,"
                + " smile-maxent, e.g. \"nbsvm\""), m);
        m = error("{\"data\": \"a.csv\", \"text_columns\": [\"text\"], \"nominal\": [\"topic\"], \"algorithms\": \"svm\"}");
        assertTrue(m.contains("'algorithms' is \"svm\"; give a learner per dimension: {\"stance\": \"nbsvm\"}"), m);
    }

    @Test
    void priorsOfAnUntrainedDimensionAreAnError() throws Exception {
        String m = error("{\"data\": \"a.csv\", \"text_columns\": [\"text\"], \"nominal\": [\"topic\"],"
                + " \"priors\": {\"stance\": {\"neutral\": 0.7}}}");
        assertTrue(m.contains("'priors' has dimension 'stance', which the spec does not train (it trains: topic)"), m);
    }

    @Test
    void narratorCuesAreReadAndCheckedAgainstTheTrainedDimensions() throws Exception {
        PackSpec s = PackSpec.read(spec("""
                {"data": "a.csv", "text_columns": ["text"], "nominal": ["stance"], "ordinal": {"tension": ["low", "high"]},
                 "narrator_cues": {"stance": {"pro_serbia": ["self-proclaimed"]}, "tension": {"high": ["state of emergency"]}}}"""));
        assertEquals(Map.of("stance", Map.of("pro_serbia", List.of("self-proclaimed")),
                "tension", Map.of("high", List.of("state of emergency"))), s.narratorCues());
        String m = error("{\"data\": \"a.csv\", \"text_columns\": [\"text\"], \"narrator_cues\": {\"stance\": {\"x\": [\"y\"]}}}");
        assertTrue(m.contains("'narrator_cues' has dimension 'stance', which the spec does not train"), m);
        m = error("{\"data\": \"a.csv\", \"text_columns\": [\"text\"], \"ordinal\": {\"tension\": [\"low\", \"high\"]},"
                + " \"narrator_cues\": {\"tension\": {\"extreme\": [\"war\"]}}}");
        assertTrue(m.contains("has label 'extreme', not one of [low, high]"), m);
        m = error("{\"data\": \"a.csv\", \"text_columns\": [\"text\"], \"nominal\": [\"stance\"],"
                + " \"narrator_cues\": {\"stance\": {\"x\": [\" -- \"]}}}");
        assertTrue(m.contains("has no word"), m);
    }

    /** The error of reading the data of a two-row stance spec with {@code more} JSON members. */
    private String dataReadError(String more) throws Exception {
        Files.writeString(dir.resolve("a.csv"), "text,stance\n\"Trade resumed on Monday.\",neutral\n"
                + "\"The self-proclaimed state held a vote.\",pro_serbia\n");
        PackSpec s = PackSpec.read(spec("{\"data\": \"a.csv\", \"text_columns\": [\"text\"], \"nominal\": [\"stance\"], "
                + more + "}"));
        return assertThrows(DatasetException.class, () -> s.examples().stream(x -> { })).getMessage();
    }

    @Test
    void aNominalCueLabelNoRowHasStopsTheDataReadBeforeAnyTraining() throws Exception {
        // a nominal dimension's labels are the data's: a misspelt one used to surface only after
        // the models were fitted, when the rule was added to the pack
        String m = dataReadError("\"narrator_cues\": {\"stance\": {\"pro_serbai\": [\"self-proclaimed\"]}}");
        assertTrue(m.contains("'narrator_cues.stance' has label 'pro_serbai', which no row has"), m);
    }

    @Test
    void aPriorLabelNoRowHasStopsTheDataReadBeforeAnyTraining() throws Exception {
        // it used to surface as "prior for unknown label" after the models were fitted, naming no file
        String m = dataReadError("\"priors\": {\"stance\": {\"nuetral\": 0.7}}");
        assertTrue(m.contains("a.csv") && m.contains("the spec's 'priors.stance' has label 'nuetral', which no row has"
                + " (neutral, pro_serbia)"), m);
    }

    @Test
    void trainIsTheWholeRecipeCueRulesIncluded() throws Exception {
        org.newsgauge.testing.Corpus.writeCsv(dir.resolve("a.csv"), 150, 3);
        PackSpec s = PackSpec.read(spec("""
                {"data": "a.csv", "text_columns": ["text"], "nominal": ["topic"],
                 "ordinal": {"level": ["low", "mid", "high"]}, "seed": 5,
                 "narrator_cues": {"topic": {"weather": ["storm"]}}}"""));
        org.newsgauge.model.ModelPack pack = s.train();
        assertEquals(1, pack.cueRules().size(), "the spec's cue rule is in the pack");
        assertEquals(5, pack.provenance().seed());
        // the same bytes as the steps done by hand, which the default pack's build did before
        org.newsgauge.data.Dataset data = s.reader().read(s.data());
        org.newsgauge.model.ModelPack byHand = s.withCueRules(new PackTrainer(s.options(TrainingOptions.defaults())).train(data));
        assertTrue(java.util.Arrays.equals(org.newsgauge.model.PackWriter.toBytes(byHand),
                org.newsgauge.model.PackWriter.toBytes(pack)));
    }
}
