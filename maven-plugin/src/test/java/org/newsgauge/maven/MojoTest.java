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
        m.results = new File(out, "results.jsonl");
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
                .endsWith("nowhere does not exist; put the documents there or configure <inputDirectories>"));
        missing.failOnMissingInput = false;
        missing.execute();
        assertFalse(out.exists());

        ClassifyMojo pdf = classify();
        pdf.formats = List.of("csv", "pdf");
        assertEquals("<formats>: unknown report format 'pdf'; use csv, jsonl or html",
                assertThrows(MojoExecutionException.class, pdf::execute).getMessage());

        ClassifyMojo badModel = classify();
        badModel.model = Files.writeString(dir.resolve("model.ngpack"), "not a zip").toFile();
        assertTrue(assertThrows(MojoExecutionException.class, badModel::execute).getMessage()
                .startsWith("cannot read model pack " + badModel.model + ": "));
        badModel.model = dir.resolve("none.ngpack").toFile();
        assertTrue(assertThrows(MojoExecutionException.class, badModel::execute).getMessage().contains("does not exist"));

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
        TrainMojo m = new TrainMojo();
        m.basedir = dir.toFile();
        m.algorithm = "auto";
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
                .endsWith("nowhere does not exist; put the documents there or configure <inputDirectories>"),
                "the missing input is the error, not the model");
        m.failOnMissingInput = false;
        m.execute(); // skipped with a log line: the model is not loaded, so it cannot fail the build
        assertFalse(out.exists());
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
}
