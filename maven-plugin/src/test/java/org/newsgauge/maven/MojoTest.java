package org.newsgauge.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Mojos' parameter handling and messages; what they compute is tested in the library. */
class MojoTest {
    @TempDir
    Path dir;
    File out;

    @BeforeEach
    void project() throws Exception {
        Path articles = Files.createDirectories(dir.resolve("src/main/articles"));
        Files.writeString(articles.resolve("a.txt"), "Kosovo police closed the Jarinje crossing after Serb protesters "
                + "blocked the road with trucks; NATO peacekeepers were sent to the area as tension rose in the north.");
        Files.write(articles.resolve("b.txt"), new byte[] {0, 1, 2, 0, 0, 7, 0});
        out = dir.resolve("target/newsgauge").toFile();
    }

    ClassifyMojo classify() {
        ClassifyMojo m = new ClassifyMojo();
        m.basedir = dir.toFile();
        m.outputDirectory = out;
        m.explanations = 3;
        m.cache = true;
        m.failOnMissingInput = true;
        return m;
    }

    CheckMojo check(String... rules) {
        CheckMojo m = new CheckMojo();
        m.basedir = dir.toFile();
        m.outputDirectory = out;
        m.failWhen = List.of(rules);
        m.maxListed = 50;
        return m;
    }

    @Test
    void classifiesThenChecks() throws Exception {
        classify().execute();
        assertTrue(new File(out, "results.csv").isFile());
        assertTrue(new File(out, "results.html").isFile());
        assertEquals(2, Files.readAllLines(new File(out, "results.jsonl").toPath()).size());

        check("tension > critical").execute();
        MojoFailureException f = assertThrows(MojoFailureException.class, () -> check("confidence >= 0").execute());
        assertTrue(f.getMessage().startsWith("newsgauge check (confidence >= 0): 1 of 2 documents break the rules:\n  src/main/articles/a.txt: confidence >= 0 (topic="),
                f.getMessage());
        CheckMojo unreadable = check();
        unreadable.failOnUnreadable = true;
        assertTrue(assertThrows(MojoFailureException.class, unreadable::execute).getMessage()
                .contains("src/main/articles/b.txt: unreadable (unreadable: "));
        assertEquals("bad rule 'tension >= extreme': 'extreme' is not a label of tension; its labels are [low, elevated, high, critical]",
                assertThrows(MojoExecutionException.class, () -> check("tension >= extreme").execute()).getMessage());
    }

    @Test
    void aSecondClassifyExecutionIntoTheSameFolderIsRefusedAndTheSameOneAgainIsNot() throws Exception {
        java.util.Date started = new java.util.Date(System.currentTimeMillis() - 60_000);
        ClassifyMojo news = classify();
        news.executionId = "news";
        news.buildStarted = started;
        news.execute();
        // a forked lifecycle runs the same execution again: allowed
        news.execute();
        Path calm = Files.createDirectories(dir.resolve("src/main/calm"));
        Files.writeString(calm.resolve("fair.txt"), "Farmers sold honey and apples at the autumn fair in the square.");
        ClassifyMojo features = classify();
        features.executionId = "features";
        features.buildStarted = started;
        features.inputDirectories = List.of(calm.toFile());
        String csv = Files.readString(new File(out, "results.csv").toPath());
        MojoExecutionException e = assertThrows(MojoExecutionException.class, features::execute);
        assertEquals("classify execution 'features' would write " + out + ", which execution 'news' of this build has"
                + " written: its reports and cache would be replaced, and newsgauge:check would read this execution's"
                + " results for both; give each classify execution its own <outputDirectory>, e.g."
                + " ${project.build.directory}/newsgauge-features (and the check of its results the same)", e.getMessage());
        assertEquals(csv, Files.readString(new File(out, "results.csv").toPath()), "the first execution's reports stay");
        // the next build (another start time) may write it with either
        features.buildStarted = new java.util.Date(started.getTime() + 1000);
        features.execute();
        assertTrue(Files.readString(new File(out, "results.csv").toPath()).contains("fair.txt"));
    }

    @Test
    void logLinesNameTheModuleBelowTheBuildsRoot() {
        CheckMojo m = check();
        assertEquals("newsgauge: ", m.prefix(), "outside Maven");
        m.executionRoot = dir.toString();
        assertEquals("newsgauge: ", m.prefix(), "a build started in the module itself");
        m.basedir = dir.resolve("parts/module-a").toFile();
        assertEquals("newsgauge (parts/module-a): ", m.prefix());
    }

    @Test
    void checkReadsTheResultsWhereTheSharedOutputDirectoryPutThem() throws Exception {
        // an earlier run's results in the default folder, which breaks no rule
        Files.createDirectories(out.toPath());
        Files.writeString(new File(out, "results.jsonl").toPath(), "");
        File elsewhere = dir.resolve("target/reports").toFile();
        ClassifyMojo c = classify();
        c.outputDirectory = elsewhere;
        c.execute();
        CheckMojo k = check("confidence >= 0");
        k.outputDirectory = elsewhere;
        // it used to read <results>, defaulting to target/newsgauge/results.jsonl, and pass on the old, empty file
        assertTrue(assertThrows(MojoFailureException.class, k::execute).getMessage().contains("1 of 2 documents break the rules"));
        // <results> still wins where it is given
        k.results = new File(out, "results.jsonl");
        k.execute();
    }

    @Test
    void classifyRefusesABadCheckRuleBeforeClassifying() throws Exception {
        ClassifyMojo m = classify();
        m.failWhen = List.of("stance = pro_kosovo", "tension >= hgh");
        assertEquals("bad rule 'tension >= hgh': 'hgh' is not a label of tension; its labels are [low, elevated, high, critical]",
                assertThrows(MojoExecutionException.class, m::execute).getMessage());
        assertFalse(out.exists(), "nothing classified");
        m.failWhen = List.of("tension >= high", " ");
        m.execute();
        assertTrue(new File(out, "results.jsonl").isFile());
    }

    @Test
    void clearMessages() throws Exception {
        ClassifyMojo missing = classify();
        missing.inputDirectories = List.of(dir.resolve("nowhere").toFile());
        assertTrue(assertThrows(MojoExecutionException.class, missing::execute).getMessage()
                .endsWith("nowhere does not exist; put the documents there or configure <inputDirectories>; in a module without"
                        + " documents, set <failOnMissingInput>false</failOnMissingInput> (or, for a parent POM,"
                        + " <inherited>false</inherited> on the plugin)"));
        missing.failOnMissingInput = false;
        missing.execute();
        assertFalse(new File(out, "results.jsonl").exists());

        ClassifyMojo pdf = classify();
        pdf.formats = List.of("csv", "pdf");
        assertEquals("<formats>: unknown report format 'pdf'; use csv, jsonl or html",
                assertThrows(MojoExecutionException.class, pdf::execute).getMessage());

        ClassifyMojo badModel = classify();
        badModel.model = Files.writeString(dir.resolve("model.ngpack"), "not a zip").toFile();
        // the path once: the reader's message names it
        assertEquals(badModel.model + " is not a model pack (a pack is a zip file; this one has no zip entry): check the"
                + " path, or train a pack (CLI 'newsgauge train', plugin newsgauge:train, API PackTrainer)",
                assertThrows(MojoExecutionException.class, badModel::execute).getMessage());
        badModel.model = dir.resolve("none.ngpack").toFile();
        assertTrue(assertThrows(MojoExecutionException.class, badModel::execute).getMessage().contains("does not exist"));

        // the runs with input above cleared the note a skipped classify leaves: no results mean classify has not run
        assertFalse(new File(out, ClassifyMojo.SKIPPED).exists());
        assertTrue(assertThrows(MojoExecutionException.class, () -> check("tension >= high").execute()).getMessage()
                .startsWith("no results at "));

        EvaluateMojo noData = new EvaluateMojo();
        noData.basedir = dir.toFile();
        noData.outputDirectory = out;
        noData.minimums = Map.of("topic", "f1=0.8");
        assertTrue(assertThrows(MojoExecutionException.class, noData::execute).getMessage()
                .startsWith("bad minimum 'f1=0.8' of topic: unknown metric"));
        noData.minimums = Map.of();
        assertTrue(assertThrows(MojoExecutionException.class, noData::execute).getMessage().startsWith("configure <data>"));
    }

    /** A pack spec over a one-row topic CSV, with {@code more} JSON members. */
    private Path spec(String more) throws java.io.IOException {
        Path csv = Files.writeString(dir.resolve("train.csv"), "text,topic\nSerbia recalls envoy,politics\n");
        return Files.writeString(dir.resolve("pack.json"), "{\"data\": \"" + csv.getFileName() + "\","
                + " \"text_columns\": [\"text\"], \"nominal\": [\"topic\"], " + more + "}");
    }

    /** A train goal with the defaults its parameters declare, as Maven would inject them. */
    private TrainMojo train() {
        TrainMojo m = withDeclaredDefaults(new TrainMojo());
        m.stateDirectory = dir.resolve("target/newsgauge-train").toFile();
        return m;
    }

    /** The training parameters' defaults, as Maven would inject them. */
    private <T extends AbstractDataMojo> T withDeclaredDefaults(T m) {
        m.basedir = dir.toFile();
        m.c = "auto";
        m.ngrams = 2;
        m.charNgramMin = -1;
        m.minCount = 2;
        m.quotes = "mark";
        m.calibrationFolds = 3;
        m.ordinalCumulative = true;
        return m;
    }

    @Test
    void trainRefusesASpecsQuotedNamesWithQuotesIgnored() throws Exception {
        Path spec = spec("\"quoted_names\": [\"Office for Kosovo\"]");
        TrainMojo m = train();
        m.spec = spec.toFile();
        m.output = dir.resolve("target/classes/newsgauge.ngpack").toFile();
        m.balanced = true;
        m.quotes = "ignore";
        String message = assertThrows(MojoExecutionException.class, m::execute).getMessage();
        assertTrue(message.startsWith("bad <spec> " + spec + ": 'quoted_names' have no effect when quotes are ignored"), message);
        assertFalse(m.output.exists());
    }

    @Test
    void trainingLogsItsStepsOnceItHasRunLongEnough() throws Exception {
        StringBuilder csv = new StringBuilder("text,topic\n");
        for (int i = 0; i < 20; i++) {
            csv.append("Serbia recalls its envoy after the vote ").append(i).append(",politics\n");
            csv.append("Kosovo police patrol the northern crossing ").append(i).append(",security\n");
        }
        TrainMojo t = train();
        t.data = Files.writeString(dir.resolve("steps.csv"), csv).toFile();
        t.labelColumns = List.of("topic");
        t.output = dir.resolve("steps.ngpack").toFile();
        LogProgressTest.Recording log = new LogProgressTest.Recording();
        t.setLog(log);
        t.progressQuietMillis = 0;
        t.execute();
        assertTrue(log.info.stream().anyMatch(l -> l.startsWith("newsgauge: training: dimension topic (")), log.info.toString());
        assertTrue(log.info.stream().anyMatch(l -> l.startsWith("newsgauge: trained ")), log.info.toString());
    }

    @Test
    void stopWordsAreAddedToTheSpecsAndAWordOfTwoTokensIsRefused() throws Exception {
        TrainMojo m = train();
        assertEquals(List.of(), m.options().analyzer().stopWords());
        m.stopWords = List.of("Belgrade");
        assertEquals(List.of("belgrade"), m.options().analyzer().stopWords());
        m.spec = spec("\"stop_words\": [\"Kosovo\"]").toFile();
        assertEquals(List.of("belgrade", "kosovo"), m.options().analyzer().stopWords());
        m.stopWords = List.of("Kosovo's");
        String message = assertThrows(MojoExecutionException.class, m::options).getMessage();
        assertTrue(message.startsWith("<stopWords>: a stop word is one word as the tokenizer splits text; 'Kosovo's' is 2"),
                message);
    }

    @Test
    void dimensionAlgorithmsWinOverTheSpecsAndAnUnknownLearnerNamesTheParameter() throws Exception {
        TrainMojo m = train();
        assertEquals(java.util.Map.of(), m.options().dimensionAlgorithms());
        m.spec = spec("\"algorithms\": {\"topic\": \"nbsvm\"}").toFile();
        assertEquals("nbsvm", m.options().algorithm("topic"));
        m.dimensionAlgorithms = java.util.Map.of("topic", "svm");
        assertEquals("svm", m.options().algorithm("topic"));
        String before = m.trainingInputs(m.options());
        m.dimensionAlgorithms = java.util.Map.of("topic", "liblinear");
        assertFalse(before.equals(m.trainingInputs(m.options())), "a changed learner must retrain, not reuse the pack");
        m.dimensionAlgorithms = java.util.Map.of("topic", "xgboost");
        String message = assertThrows(MojoExecutionException.class, m::options).getMessage();
        assertTrue(message.startsWith("<dimensionAlgorithms><topic>: unknown algorithm 'xgboost'"), message);
        // <algorithm>, set, is for every dimension <dimensionAlgorithms> does not name, the spec's too
        m.dimensionAlgorithms = null;
        m.algorithm = "liblinear";
        assertEquals("liblinear", m.options().algorithm("topic"));
        m.algorithm = null;
        assertEquals("nbsvm", m.options().algorithm("topic"));
    }

    @Test
    void classWeightUnsetIsTheSpecsOrTheLibrarysAndSetWinsOverTheSpec() throws Exception {
        Path weighed = spec("\"class_weight\": \"balanced\"");
        TrainMojo m = train();
        assertFalse(m.options().balanced(), "no spec, unset: the library's default");
        m.spec = weighed.toFile();
        assertTrue(m.options().balanced(), "unset: the spec's");
        m.balanced = false;
        assertFalse(m.options().balanced(), "set: wins over the spec's");
        m.spec = null;
        m.balanced = true;
        assertTrue(m.options().balanced());
    }

    @Test
    void seedUnsetIsTheSpecsOr42AndSetWinsOverTheSpec() throws Exception {
        TrainMojo m = train();
        assertEquals(42, m.options().seed());
        m.spec = spec("\"seed\": 7").toFile();
        assertEquals(7, m.options().seed(), "unset: the spec's");
        m.seed = 11L;
        assertEquals(11, m.options().seed(), "set: wins over the spec's, not dropped");
    }

    @Test
    void missingInputIsFoundBeforeTheModelIsLoaded() throws Exception {
        ClassifyMojo m = classify();
        m.inputDirectories = List.of(dir.resolve("nowhere").toFile());
        m.model = Files.writeString(dir.resolve("broken.ngpack"), "not a zip").toFile();
        assertTrue(assertThrows(MojoExecutionException.class, m::execute).getMessage()
                .contains("nowhere does not exist; put the documents there or configure <inputDirectories>"),
                "the missing input is the error, not the model");
        m.failOnMissingInput = false;
        m.execute(); // skipped with a log line: the model is not loaded, so it cannot fail the build
        assertFalse(new File(out, "results.jsonl").exists());
    }

    @Test
    void skipSkipsEverything() throws Exception {
        ClassifyMojo m = classify();
        m.inputDirectories = List.of(dir.resolve("nowhere").toFile());
        m.skip = true;
        m.execute();
        CheckMojo c = check("confidence >= 0");
        c.skip = true;
        c.execute();
        assertFalse(out.exists());
    }

    @Test
    void reportsOfFormatsNotWrittenAreRemovedSoCheckCannotReadThem() throws Exception {
        classify().execute();
        assertTrue(new File(out, "results.jsonl").isFile());
        ClassifyMojo csvOnly = classify();
        csvOnly.formats = List.of("csv");
        csvOnly.execute();
        assertTrue(new File(out, "results.csv").isFile());
        assertFalse(new File(out, "results.jsonl").exists(), "a stale jsonl would be checked as this run's");
        assertFalse(new File(out, "results.html").exists());
        assertTrue(assertThrows(MojoExecutionException.class, () -> check("tension >= high").execute()).getMessage()
                .startsWith("no results at "));
        // rules configured for classify too: a run that writes no jsonl is refused before it starts
        csvOnly.failWhen = List.of("tension >= high");
        assertTrue(assertThrows(MojoExecutionException.class, csvOnly::execute).getMessage()
                .startsWith("<failWhen> is set, and newsgauge:check reads results.jsonl, which <formats> [csv] leaves out"));
    }

    @Test
    void aMissingFolderAmongOthersDoesNotSkipTheOthers() throws Exception {
        classify().execute();
        ClassifyMojo m = classify();
        m.failOnMissingInput = false;
        m.inputDirectories = List.of(dir.resolve("src/main/articles").toFile(), dir.resolve("nowhere").toFile());
        Files.writeString(dir.resolve("src/main/articles/c.txt"), "Serbia and Kosovo signed a deal on energy in Brussels"
                + " after talks mediated by the European Union, officials said on Thursday.");
        m.execute();
        assertEquals(3, Files.readAllLines(new File(out, "results.jsonl").toPath()).size(), "the existing folder is classified");
        // none exists: nothing is classified and the last run's reports are gone, not left for check
        m.inputDirectories = List.of(dir.resolve("nowhere").toFile());
        m.execute();
        assertFalse(new File(out, "results.jsonl").exists());
        assertFalse(new File(out, "results.csv").exists());
        // and check, told so, has nothing to check instead of failing for want of results
        check("tension >= high").execute();
        m.inputDirectories = List.of(dir.resolve("src/main/articles").toFile());
        m.execute();
        assertFalse(new File(out, ClassifyMojo.SKIPPED).exists(), "a run with input clears the note");
    }

    @Test
    void checkRefusesResultsOfAnotherPack() throws Exception {
        File packFile = classifyWithCalmTensePack("label");
        // the rule is valid for the built-in pack, which check reads it against without <model>
        MojoExecutionException e = assertThrows(MojoExecutionException.class, () -> check("tension >= high").execute());
        assertTrue(e.getMessage().contains("have the dimensions [label], the pack the rules are read against [topic, stance, tension]")
                && e.getMessage().endsWith("give newsgauge:check the same <model> as newsgauge:classify"), e.getMessage());
        CheckMojo same = check("label = tense");
        same.model = packFile;
        // with the same pack the rule is applied: the police article is the tense one
        assertTrue(assertThrows(MojoFailureException.class, same::execute).getMessage()
                .contains("src/main/articles/a.txt: label = tense"));
    }

    @Test
    void badNumbersNameTheParameter() throws Exception {
        TrainMojo t = train();
        t.data = dir.resolve("train.csv").toFile();
        Files.writeString(t.data.toPath(), "text,topic\nSerbia recalls envoy,politics\nKosovo police patrol,security\n");
        t.output = dir.resolve("t.ngpack").toFile();
        t.ngrams = 5;
        assertEquals("<ngrams> takes 1 (words) or 2 (words and word pairs), not 5",
                assertThrows(MojoExecutionException.class, t::execute).getMessage());
        t.ngrams = 2;
        t.minCount = 0;
        assertTrue(assertThrows(MojoExecutionException.class, t::execute).getMessage().startsWith("<minCount> takes 1 or more"));
        t.minCount = 2;
        t.charNgramMin = 9;
        t.charNgramMax = 9;
        assertTrue(assertThrows(MojoExecutionException.class, t::execute).getMessage()
                .startsWith("<charNgramMin> and <charNgramMax> take 1 <= min <= max <= 8"));
        t.charNgramMin = -2;
        t.charNgramMax = 0;
        assertTrue(assertThrows(MojoExecutionException.class, t::execute).getMessage()
                .startsWith("<charNgramMin> takes 1 to 8 (with <charNgramMax>), 0 for none, or -1"));
        t.charNgramMin = -1;
        t.calibrationFolds = -2;
        assertTrue(assertThrows(MojoExecutionException.class, t::execute).getMessage()
                .startsWith("<calibrationFolds> takes 0 (calibrate on the training scores) or at least 2"));
        ClassifyMojo c = classify();
        c.threads = -3;
        assertEquals("<threads> takes 0 (one per core) or a number of threads, not -3",
                assertThrows(MojoExecutionException.class, c::execute).getMessage());
        c.threads = 0;
        c.explanations = -1;
        assertEquals("<explanations> takes 0 (none) or a number of features, not -1",
                assertThrows(MojoExecutionException.class, c::execute).getMessage());
    }

    @Test
    void aMinimumOnADimensionNotEvaluatedIsFoundBeforeTheEvaluation() throws Exception {
        EvaluateMojo m = evaluate(dir.resolve("not-read-yet.csv"));
        m.minimums = Map.of("mood", "macro_f1=0.5");
        assertEquals("<minimums> has dimension 'mood', which the pack does not have (evaluated: topic, stance, tension);"
                + " correct the name or remove the minimum", assertThrows(MojoExecutionException.class, m::execute).getMessage());
        m.dimensions = List.of("stance");
        m.minimums = Map.of("tension", "within_one=0.9");
        assertTrue(assertThrows(MojoExecutionException.class, m::execute).getMessage()
                .startsWith("<minimums> has dimension 'tension', which <dimensions> does not have (evaluated: stance)"));
        assertFalse(new File(out, "evaluation.json").exists());
    }

    /** 40 rows, sport and weather in turn, each told by its own words; {@code flipped} labels them the wrong way round. */
    private Path sportAndWeather(String name, boolean flipped) throws java.io.IOException {
        StringBuilder csv = new StringBuilder("id,text,label\n");
        String[][] words = {{"goal", "match", "league", "coach"}, {"rain", "storm", "wind", "forecast"}};
        for (int i = 0; i < 40; i++) {
            String[] w = words[i % 2];
            csv.append(i).append(",\"the ").append(w[i % 4]).append(" and the ").append(w[(i + 1) % 4])
                    .append(" today\",").append(i % 2 == 0 ^ flipped ? "sport" : "weather").append('\n');
        }
        return Files.writeString(dir.resolve(name), csv);
    }

    private File trainedOn(Path csv, String name) throws Exception {
        org.newsgauge.model.ModelPack p = new org.newsgauge.train.PackTrainer(org.newsgauge.train.TrainingOptions.defaults()
                .withCalibrationFolds(0)).train(org.newsgauge.data.CsvDatasetReader.builder().textColumns("text")
                .labelColumns("label").build().read(csv));
        Path f = dir.resolve(name);
        org.newsgauge.model.PackWriter.write(p, f);
        return f.toFile();
    }

    /** An evaluate goal on {@code data} with the defaults Maven would inject ({@code failOnRegression} true). */
    private EvaluateMojo evaluate(Path data) {
        EvaluateMojo m = new EvaluateMojo();
        m.basedir = dir.toFile();
        m.outputDirectory = out;
        m.failOnRegression = true;
        m.data = data.toFile();
        return m;
    }

    /** An evaluate goal of a pack trained on the right labels, against a baseline trained on labels flipped round. */
    private EvaluateMojo goodAgainstBad() throws Exception {
        EvaluateMojo m = evaluate(sportAndWeather("holdout.csv", false));
        m.model = trainedOn(sportAndWeather("right.csv", false), "good.ngpack");
        m.baseline = trainedOn(sportAndWeather("wrong.csv", true), "bad.ngpack");
        return m;
    }

    @Test
    void aBaselineFailsTheBuildOnlyWhenThePackIsWorseBeyondTheNoise() throws Exception {
        EvaluateMojo m = goodAgainstBad();
        File good = m.model;
        File bad = m.baseline;
        m.execute();
        com.fasterxml.jackson.databind.JsonNode j = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(new File(out, "comparison.json"));
        assertEquals("bad.ngpack", j.get("baseline").asText());
        assertEquals(1.0, j.get("packs").get("good.ngpack").get("label").get("accuracy").asDouble());
        assertTrue(Files.readString(new File(out, "evaluation.md").toPath())
                .contains("label against baseline bad.ngpack: macro-F1 +1.0000"));
        m.model = bad;
        m.baseline = good;
        MojoFailureException worse = assertThrows(MojoFailureException.class, m::execute);
        assertTrue(worse.getMessage().contains("the pack is worse than baseline " + good + " beyond the noise on label"
                + " (macro-F1 -1.0000 [-1.0000, -1.0000], McNemar p 0.000)"), worse.getMessage());
        m.failOnRegression = false;
        m.execute();
        m.baseline = bad;
        assertTrue(assertThrows(MojoExecutionException.class, m::execute).getMessage()
                .startsWith("<baseline> is the evaluated pack itself"));
        m.crossValidate = true;
        assertTrue(assertThrows(MojoExecutionException.class, m::execute).getMessage()
                .startsWith("<baseline> is compared with the evaluated pack on <data>; cross-validation trains no pack"));
    }

    @Test
    void mistakesInTheGateTheSpecOrTheOutputAreFoundBeforeAnyWork() throws Exception {
        EvaluateMojo e = evaluate(dir.resolve("not-read-yet.csv"));
        e.minimums = Map.of("stance", "recall[pro_kosovoo]=0.5");
        assertTrue(assertThrows(MojoExecutionException.class, e::execute).getMessage().startsWith(
                "<minimums> of stance: recall[pro_kosovoo] names label 'pro_kosovoo', which stance does not have"));
        e.minimums = Map.of("topic", "within_one=0.9");
        assertTrue(assertThrows(MojoExecutionException.class, e::execute).getMessage()
                .contains("within_one is measured for ordinal dimensions only, and topic is nominal"));

        TrainMojo t = train();
        t.spec = spec("\"seed\": 7").toFile();
        t.data = dir.resolve("train.csv").toFile();
        t.labelColumns = List.of("topic");
        t.output = dir.resolve("p.ngpack").toFile();
        assertEquals("<spec> names the data and its columns, so <data>, <labelColumns> would be ignored; remove them,"
                + " or remove <spec> (a -Dnewsgauge.data on the command line counts too)",
                assertThrows(MojoExecutionException.class, t::execute).getMessage());
        t.data = null;
        t.labelColumns = null;
        Path noData = Files.writeString(dir.resolve("nodata.json"), "{\"data\": \"nothere.csv\", \"text_columns\": [\"text\"],"
                + " \"nominal\": [\"topic\"]}");
        t.spec = noData.toFile();
        assertTrue(assertThrows(MojoExecutionException.class, t::execute).getMessage()
                .contains("does not exist: " + dir.resolve("nothere.csv") + " (\"data\" is read relative to the spec's folder)"));
        t.spec = spec("\"seed\": 7").toFile();
        t.output = dir.toFile();
        assertTrue(assertThrows(MojoExecutionException.class, t::execute).getMessage().startsWith("<output> " + dir + " is a folder"));
        t.output = dir.resolve("nodata.json").resolve("p.ngpack").toFile();
        assertTrue(assertThrows(MojoExecutionException.class, t::execute).getMessage()
                .endsWith(dir.resolve("nodata.json") + " is a file, not a folder"));
    }

    @Test
    void anEarlierComparisonIsRemovedAndASecondExecutionIntoTheSameFolderIsRefused() throws Exception {
        EvaluateMojo m = goodAgainstBad();
        File good = m.model;
        File bad = m.baseline;
        m.execute();
        assertTrue(new File(out, "comparison.json").isFile());
        m.baseline = null;
        m.execute();
        assertFalse(new File(out, "comparison.json").exists());
        // the same build (it started before the reports were written) evaluating again into the same folder
        m.buildStarted = new java.util.Date(System.currentTimeMillis() - 60_000);
        assertTrue(assertThrows(MojoExecutionException.class, m::execute).getMessage()
                .startsWith("another evaluate execution of this build has written "));
    }

    @Test
    void aDimensionTheBaselineLacksIsEvaluatedButNotCompared() throws Exception {
        // a mood column beside the label: a retrained pack with a dimension its baseline did not have
        Path two = dir.resolve("two.csv");
        List<String> rows = new java.util.ArrayList<>(Files.readAllLines(sportAndWeather("one.csv", false)));
        rows.set(0, rows.get(0) + ",mood");
        for (int i = 1; i < rows.size(); i++) {
            rows.set(i, rows.get(i) + (i % 2 == 0 ? ",calm" : ",tense"));
        }
        Files.write(two, rows);
        org.newsgauge.model.ModelPack p = new org.newsgauge.train.PackTrainer(org.newsgauge.train.TrainingOptions.defaults()
                .withCalibrationFolds(0)).train(org.newsgauge.data.CsvDatasetReader.builder().textColumns("text")
                .labelColumns("label", "mood").build().read(two));
        org.newsgauge.model.PackWriter.write(p, dir.resolve("two.ngpack"));
        EvaluateMojo m = evaluate(two);
        m.model = dir.resolve("two.ngpack").toFile();
        m.baseline = trainedOn(dir.resolve("one.csv"), "one.ngpack");
        m.execute();
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        assertTrue(json.readTree(new File(out, "evaluation.json")).has("mood"));
        com.fasterxml.jackson.databind.JsonNode differences = json.readTree(new File(out, "comparison.json")).get("differences");
        assertTrue(differences.get("two.ngpack").has("label") && !differences.get("two.ngpack").has("mood"), differences.toString());
    }

    @Test
    void crossValidationWritesTheFiguresFoldByFold() throws Exception {
        EvaluateMojo m = withDeclaredDefaults(new EvaluateMojo());
        m.outputDirectory = out;
        m.data = sportAndWeather("cv.csv", false).toFile();
        m.crossValidate = true;
        m.folds = 2;
        m.calibrationFolds = 0;
        m.execute();
        com.fasterxml.jackson.databind.JsonNode j = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(new File(out, "evaluation.json"));
        assertEquals(40, j.get("label").get("n").asInt());
        com.fasterxml.jackson.databind.JsonNode folds = j.get("label").get("folds");
        assertEquals(2, folds.size());
        assertEquals(40, folds.get(0).get("n").asInt() + folds.get(1).get("n").asInt());
    }

    @Test
    void rawTakesAFolderOfHeadlinesWholeAndIsRefusedWithACsv() throws Exception {
        String[][] lines = {
            {"politics", "Serbia recalls its envoy in a row over the talks"},
            {"politics", "Parliament in Pristina votes on the new government"},
            {"politics", "Mayors in the north resign over the licence plate rule"},
            {"security", "Kosovo police patrol the northern crossing at night"},
            {"security", "NATO peacekeepers reinforce the bridge in Mitrovica"},
            {"security", "Police arrest two men after shots near the border"},
        };
        Path folder = dir.resolve("headlines");
        for (int i = 0; i < lines.length; i++) {
            Files.writeString(Files.createDirectories(folder.resolve(lines[i][0])).resolve(i + ".txt"), lines[i][1] + "\n");
        }
        TrainMojo t = train();
        t.data = folder.toFile();
        t.labelColumns = List.of("topic");
        t.calibrationFolds = 2;
        t.output = dir.resolve("target/classes/h.ngpack").toFile();
        MojoExecutionException extracted = assertThrows(MojoExecutionException.class, t::execute);
        assertTrue(extracted.getMessage().contains("6 files have no text: politics/0.txt") && extracted.getMessage().contains("<raw>true</raw>"),
                extracted.getMessage());
        t.raw = true;
        t.execute();
        assertEquals(6, org.newsgauge.model.PackReader.read(t.output.toPath()).provenance().documents());
        // files have no text column: none is recorded (a CSV is then read from column text)
        assertEquals(List.of(), org.newsgauge.model.PackReader.read(t.output.toPath()).provenance().textColumns());
        // taking the files whole changes what is trained on: not the same training as without it
        assertFalse(t.trainingInputs(org.newsgauge.train.TrainingOptions.defaults()).equals(withRaw(train(), folder, false)
                .trainingInputs(org.newsgauge.train.TrainingOptions.defaults())));

        EvaluateMojo e = evaluate(folder);
        e.model = t.output;
        e.raw = true;
        e.execute();
        assertEquals(6, new com.fasterxml.jackson.databind.ObjectMapper().readTree(new File(out, "evaluation.json"))
                .get("topic").get("n").asInt());

        TrainMojo csv = train();
        csv.data = Files.writeString(dir.resolve("h.csv"), "text,label\na,b\n").toFile();
        csv.raw = true;
        csv.output = dir.resolve("target/classes/c.ngpack").toFile();
        assertTrue(assertThrows(MojoExecutionException.class, csv::execute).getMessage()
                .startsWith("<raw> applies to a folder per label"));
    }

    private static TrainMojo withRaw(TrainMojo m, Path data, boolean raw) {
        m.data = data.toFile();
        m.labelColumns = List.of("topic");
        m.raw = raw;
        return m;
    }

    @Test
    void trainIsIncrementalOnTheDataTheSpecAndTheSettings() throws Exception {
        TrainMojo t = train();
        t.data = dir.resolve("train.csv").toFile();
        StringBuilder csv = new StringBuilder("text,label\n");
        for (int i = 0; i < 12; i++) {
            csv.append(i % 2 == 0 ? "Serbia recalls its envoy in a row over talks " : "Kosovo police patrol the northern crossing ")
                    .append(i).append(',').append(i % 2 == 0 ? "politics" : "security").append('\n');
        }
        Files.writeString(t.data.toPath(), csv);
        t.output = dir.resolve("target/classes/t.ngpack").toFile();
        t.execute();
        java.nio.file.attribute.FileTime old = java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(t.output.toPath(), old);
        t.execute();
        assertEquals(old, Files.getLastModifiedTime(t.output.toPath()), "same data and settings: not trained again");
        t.seed = 7L;
        t.execute();
        assertFalse(old.equals(Files.getLastModifiedTime(t.output.toPath())), "another seed: trained again");
        Files.setLastModifiedTime(t.output.toPath(), old);
        Files.writeString(t.data.toPath(), csv + "Kosovo police patrol the crossing again,security\n");
        t.execute();
        assertFalse(old.equals(Files.getLastModifiedTime(t.output.toPath())), "other data: trained again");
        Files.setLastModifiedTime(t.output.toPath(), old);
        t.force = true;
        t.execute();
        assertFalse(old.equals(Files.getLastModifiedTime(t.output.toPath())), "forced: trained again");
        // a pack written over ours since (another tool, a copied resource) is not taken for ours
        t.force = false;
        Files.write(t.output.toPath(), Files.readAllBytes(t.output.toPath()), java.nio.file.StandardOpenOption.APPEND);
        Files.setLastModifiedTime(t.output.toPath(), old);
        t.execute();
        assertFalse(old.equals(Files.getLastModifiedTime(t.output.toPath())), "another pack in its place: trained again");
        // the same bytes under another name: the pack records the name, so it is trained again
        Files.setLastModifiedTime(t.output.toPath(), old);
        t.data = Files.copy(t.data.toPath(), dir.resolve("news.csv")).toFile();
        t.execute();
        assertFalse(old.equals(Files.getLastModifiedTime(t.output.toPath())), "renamed data: trained again");
        assertEquals("news.csv", org.newsgauge.model.PackReader.read(t.output.toPath()).provenance().trainingSource());
        // the fingerprint stays out of the classes that go into the jar
        try (var files = Files.list(t.output.toPath().getParent())) {
            assertEquals(List.of("t.ngpack"), files.map(f -> f.getFileName().toString()).toList());
        }
    }

    @Test
    void checkRefusesResultsWhoseLabelsAreNotThePacks() throws Exception {
        classifyWithCalmTensePack("tension");
        // same dimension name, other labels: the built-in pack's rule would compare 'calm' with 'high'
        MojoExecutionException e = assertThrows(MojoExecutionException.class, () -> check("tension >= high").execute());
        assertTrue(e.getMessage().contains("on tension, which is not one of the labels of the pack the rules are read against"
                + " [low, elevated, high, critical]"), e.getMessage());
    }

    @Test
    void aMinimumOnADimensionAFolderDoesNotLabelIsFoundFirst() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("by-topic/security"));
        Files.writeString(folder.resolve("a.txt"), "Kosovo police closed the crossing.");
        EvaluateMojo m = evaluate(dir.resolve("by-topic"));
        m.minimums = Map.of("stance", "macro_f1=0.5");
        assertTrue(assertThrows(MojoExecutionException.class, m::execute).getMessage()
                .startsWith("<minimums> has dimension 'stance', which the pack does not have (evaluated: topic)"));
    }

    /**
     * Trains a pack whose one dimension {@code dimension} labels texts calm or tense, and
     * classifies the project's articles with it (raw); returns the pack file.
     */
    private File classifyWithCalmTensePack(String dimension) throws Exception {
        StringBuilder csv = new StringBuilder("text," + dimension + "\n");
        for (int i = 0; i < 8; i++) {
            csv.append(i % 2 == 0 ? "talks trade deal signed agreement " : "police clashes barricades tear gas ").append(i)
                    .append(',').append(i % 2 == 0 ? "calm" : "tense").append('\n');
        }
        Path data = Files.writeString(dir.resolve(dimension + "-calm.csv"), csv);
        org.newsgauge.model.ModelPack pack = new org.newsgauge.train.PackTrainer(
                org.newsgauge.train.TrainingOptions.defaults().withCalibrationFolds(0))
                .train(org.newsgauge.data.CsvDatasetReader.builder().textColumns("text").labelColumns(dimension).build().read(data));
        File packFile = dir.resolve(dimension + "-calm.ngpack").toFile();
        org.newsgauge.model.PackWriter.write(pack, packFile.toPath());
        ClassifyMojo m = classify();
        m.model = packFile;
        m.raw = true;
        m.execute();
        return packFile;
    }
}
