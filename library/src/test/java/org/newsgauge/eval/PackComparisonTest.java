package org.newsgauge.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgauge.data.CsvDatasetReader;
import org.newsgauge.data.Dataset;
import org.newsgauge.metrics.DimensionMetrics;
import org.newsgauge.model.ModelPack;
import org.newsgauge.testing.Corpus;
import org.newsgauge.train.PackTrainer;
import org.newsgauge.train.TrainingOptions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PackComparisonTest {
    @TempDir
    static Path dir;
    static Path testCsv;
    static Dataset test;
    static ModelPack strong;
    static ModelPack weak;
    static ModelPack topicOnly;

    @BeforeAll
    static void train() throws Exception {
        CsvDatasetReader both = CsvDatasetReader.builder().textColumns("text").labelColumns("topic")
                .ordinal("level", Corpus.LEVELS).build();
        strong = new PackTrainer(TrainingOptions.defaults()).train(both.read(Corpus.writeCsv(dir.resolve("a.csv"), 300, 1)));
        // a few rows and no calibration folds: a pack that is clearly worse
        weak = new PackTrainer(TrainingOptions.defaults().withCalibrationFolds(0))
                .train(both.read(Corpus.writeCsv(dir.resolve("b.csv"), 24, 3)));
        topicOnly = new PackTrainer(TrainingOptions.defaults()).train(CsvDatasetReader.builder().textColumns("text")
                .labelColumns("topic").build().read(Corpus.writeCsv(dir.resolve("c.csv"), 200, 4)));
        testCsv = Corpus.writeCsv(dir.resolve("test.csv"), 400, 2);
        test = both.read(testCsv);
    }

    private static List<PackComparison.Candidate> packs(ModelPack... p) {
        String[] names = {"strong", "weak", "third"};
        return java.util.stream.IntStream.range(0, p.length)
                .mapToObj(i -> new PackComparison.Candidate(names[i], p[i])).toList();
    }

    @Test
    void eachPacksFiguresAreItsEvaluationAndTheDifferencesFollowFromThem() {
        ComparisonReport r = PackComparison.compare(packs(strong, weak), test, PackComparison.Settings.defaults());
        assertEquals(List.of("strong", "weak"), List.copyOf(r.packs().keySet()));
        assertEquals(Evaluator.evaluate(strong, test), r.packs().get("strong"));
        assertEquals(Evaluator.evaluate(weak, test), r.packs().get("weak"));
        assertEquals(400, r.n());
        for (String dim : List.of("topic", "level")) {
            DimensionMetrics a = r.packs().get("strong").dimensions().get(dim);
            DimensionMetrics b = r.packs().get("weak").dimensions().get(dim);
            ComparisonReport.Difference d = r.difference("weak", dim);
            assertEquals(b.accuracy() - a.accuracy(), d.accuracy(), 1e-12);
            assertEquals(b.macroF1() - a.macroF1(), d.macroF1(), 1e-12);
            // the rows right in one pack only are what the accuracies differ by
            assertEquals(Math.round(400 * (a.accuracy() - b.accuracy())), d.onlyBaselineRight() - d.onlyPackRight());
            assertTrue(d.accuracyLow() <= d.accuracy() && d.accuracy() <= d.accuracyHigh(), d.toString());
            assertTrue(d.macroF1Low() <= d.macroF1() && d.macroF1() <= d.macroF1High(), d.toString());
        }
        assertNull(r.difference("weak", "topic").mae());
        DimensionMetrics al = r.packs().get("strong").dimensions().get("level");
        DimensionMetrics bl = r.packs().get("weak").dimensions().get("level");
        assertEquals(bl.mae() - al.mae(), r.difference("weak", "level").mae(), 1e-12);
        // a misspelt dimension or pack: the message names what there is
        assertEquals("no comparison of pack 'weak' on dimension 'levle' (packs after the baseline: weak; dimensions"
                + " compared: topic, level)", assertThrows(IllegalArgumentException.class,
                () -> r.difference("weak", "levle")).getMessage());
        assertEquals("no comparison of pack 'weka' on dimension 'level' (packs after the baseline: weak; dimensions"
                + " compared: topic, level)", assertThrows(IllegalArgumentException.class,
                () -> r.difference("weka", "level")).getMessage());
    }

    @Test
    void aClearlyWorsePackIsWorseBeyondTheNoise() {
        ComparisonReport r = PackComparison.compare(packs(strong, weak), test, PackComparison.Settings.defaults());
        ComparisonReport.Difference d = r.difference("weak", "topic");
        assertTrue(d.macroF1() < -0.05, d.toString());
        assertTrue(d.macroF1Differs() && d.macroF1High() < 0, d.toString());
        assertTrue(d.mcNemarP() < 0.01, d.toString());
        assertEquals(ComparisonReport.Verdict.WORSE, d.verdict());
        // the other way round: better
        ComparisonReport back = PackComparison.compare(List.of(new PackComparison.Candidate("weak", weak),
                new PackComparison.Candidate("strong", strong)), test, PackComparison.Settings.defaults());
        assertEquals(ComparisonReport.Verdict.BETTER, back.difference("strong", "topic").verdict());
    }

    @Test
    void aPackAgainstItselfDiffersInNothing() {
        ComparisonReport r = PackComparison.compare(List.of(new PackComparison.Candidate("one", strong),
                new PackComparison.Candidate("same", strong)), test, PackComparison.Settings.defaults());
        for (ComparisonReport.Difference d : r.differences()) {
            assertEquals(0, d.accuracy());
            assertEquals(0, d.accuracyLow());
            assertEquals(0, d.macroF1High());
            assertEquals(0, d.onlyBaselineRight() + d.onlyPackRight());
            assertEquals(1.0, d.mcNemarP());
            assertFalse(d.macroF1Differs());
            assertEquals(ComparisonReport.Verdict.WITHIN_NOISE, d.verdict());
        }
    }

    @Test
    void theSameSeedGivesTheSameIntervalsAndStreamingGivesTheSameFigures() throws Exception {
        ComparisonReport a = PackComparison.compare(packs(strong, weak), test, new PackComparison.Settings(500, 7));
        ComparisonReport b = PackComparison.compare(packs(strong, weak), test, new PackComparison.Settings(500, 7));
        assertEquals(a.differences(), b.differences());
        ComparisonReport streamed = PackComparison.compare(packs(strong, weak), testCsv, List.of(), List.of(),
                new PackComparison.Settings(500, 7));
        assertEquals(a.differences(), streamed.differences());
        assertEquals(a.packs(), streamed.packs());
        // the short forms: the defaults, and the pack's own columns
        assertEquals(PackComparison.compare(packs(strong, weak), testCsv, List.of(), List.of(), PackComparison.Settings.defaults()),
                PackComparison.compare(packs(strong, weak), testCsv));
        assertEquals(Evaluator.evaluate(strong, test), Evaluator.evaluate(strong,
                org.newsgauge.data.LabelledData.forPack(strong, testCsv)));
    }

    @Test
    void whatTheReadersSayAboutTheDataIsSaidOnceNotOncePerPack() throws Exception {
        // the data is read once per pack: a repeated row used to be reported by every read
        List<String> lines = Files.readAllLines(testCsv);
        Path repeated = Files.write(dir.resolve("repeated.csv"), java.util.stream.Stream.concat(lines.stream(),
                java.util.stream.Stream.of("again" + lines.get(1).substring(lines.get(1).indexOf(',')))).toList());
        org.newsgauge.testing.StderrLog.Result<ComparisonReport> csv = org.newsgauge.testing.StderrLog.capture(
                () -> PackComparison.compare(packs(strong, weak, topicOnly), repeated));
        assertEquals(1, csv.log().split("1 row repeats the text of an earlier row", -1).length - 1, csv.log());
        // and a folder's hidden files
        Path folder = Files.createDirectories(dir.resolve("folder"));
        for (String topic : List.of("sport", "weather")) {
            Path t = Files.createDirectories(folder.resolve(topic));
            for (org.newsgauge.testing.Corpus.Row row : Corpus.rows(40, 5)) {
                if (row.topic().equals(topic)) {
                    Files.writeString(t.resolve(row.id() + ".txt"), row.text());
                }
            }
        }
        Files.writeString(Files.createDirectories(folder.resolve(".ipynb_checkpoints")).resolve("a.txt"), "copy");
        org.newsgauge.testing.StderrLog.Result<ComparisonReport> dirs = org.newsgauge.testing.StderrLog.capture(
                () -> PackComparison.compare(packs(strong, weak), folder, List.of(), List.of("topic"),
                        PackComparison.Settings.defaults().withDocuments(org.newsgauge.text.DocumentReader.defaults()
                                .withExtraction(false))));
        assertEquals(1, dirs.log().split("hidden folder left out", -1).length - 1, dirs.log());
        assertEquals(2, dirs.value().packs().size());
    }

    @Test
    void aRarelyPredictedLabelCountsInEveryResampleAsInThePointFigure() {
        // the baseline is right on all 100 rows; the other pack once predicts a label no row has
        int[] truth = new int[100];
        for (int i = 0; i < truth.length; i++) {
            truth[i] = i % 2;
        }
        int[] other = truth.clone();
        other[0] = 2;
        double[] diffs = PackComparison.bootstrap(truth, new int[][] {truth, other}, 3, PackComparison.Settings.defaults())[1][1];
        // point figure: 1.0 against the mean of three labels' F1 (about 0.66); resamples that miss row 0
        // averaged over two labels and gave 0, so the interval reached 0 while the point sat at -0.34
        java.util.Arrays.sort(diffs);
        assertTrue(diffs[(int) (0.975 * (diffs.length - 1))] < -0.3, java.util.Arrays.toString(diffs));
    }

    @Test
    void dataLabellingNoSharedDimensionIsRefusedByName() {
        org.newsgauge.data.Dataset mood = new org.newsgauge.data.Dataset("mood.csv", List.of(new org.newsgauge.data.DimensionSpec(
                "mood", org.newsgauge.model.DimensionKind.NOMINAL, List.of("calm", "tense"))),
                List.of(new org.newsgauge.data.Example("1", "The coach praised the players.", List.of("calm"), "1", 2)), "");
        // it used to go on as if every shared dimension were asked, and fail later in the evaluator
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PackComparison.compare(packs(strong, weak), mood, PackComparison.Settings.defaults()));
        assertTrue(e.getMessage().startsWith("mood.csv labels mood, none of which every pack has (strong has topic, level;"),
                e.getMessage());
    }

    @Test
    void everyRowThePacksLabelDifferentlyIsHandedOver() throws Exception {
        List<PackComparison.Disagreement> seen = new java.util.ArrayList<>();
        PackComparison.compare(packs(strong, weak), testCsv, List.of(), List.of(), PackComparison.Settings.defaults(), seen::add);
        // what the two evaluations say row by row
        List<Evaluator.RowResult> a = new java.util.ArrayList<>();
        List<Evaluator.RowResult> b = new java.util.ArrayList<>();
        Evaluator.evaluate(strong, test, a::add);
        Evaluator.evaluate(weak, test, b::add);
        List<PackComparison.Disagreement> expected = new java.util.ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            for (int d = 0; d < a.get(i).dimensions().size(); d++) {
                if (!a.get(i).predicted().get(d).equals(b.get(i).predicted().get(d))) {
                    expected.add(new PackComparison.Disagreement(a.get(i).id(), a.get(i).dimensions().get(d),
                            a.get(i).truth().get(d), List.of(a.get(i).predicted().get(d), b.get(i).predicted().get(d))));
                }
            }
        }
        assertFalse(expected.isEmpty());
        assertEquals(expected, seen);
    }

    @Test
    void onlyTheSharedDimensionsAreCompared() throws Exception {
        ComparisonReport r = PackComparison.compare(packs(strong, topicOnly), testCsv, List.of(), List.of(),
                PackComparison.Settings.defaults());
        assertEquals(List.of("topic"), List.copyOf(r.packs().get("strong").dimensions().keySet()));
        assertEquals(1, r.differences().size());
        // a column of another name, as evaluate reads it
        Path renamed = java.nio.file.Files.writeString(dir.resolve("renamed.csv"),
                java.nio.file.Files.readString(testCsv).replaceFirst("id,text,topic,level", "id,text,category,level"));
        assertEquals(r.differences(), PackComparison.compare(packs(strong, topicOnly), renamed, List.of(),
                List.of("topic=category"), PackComparison.Settings.defaults()).differences());
        // a dimension named twice is compared once
        assertEquals(1, PackComparison.compare(packs(strong, topicOnly), testCsv, List.of(), List.of("topic", "topic"),
                PackComparison.Settings.defaults()).differences().size());
        org.newsgauge.data.DatasetException missing = assertThrows(org.newsgauge.data.DatasetException.class,
                () -> PackComparison.compare(packs(strong, weak), dir.resolve("nowhere.csv")));
        assertTrue(missing.getMessage().endsWith("nowhere.csv: no such file or folder"), missing.getMessage());
        IllegalArgumentException asked = assertThrows(IllegalArgumentException.class, () -> PackComparison.compare(
                packs(strong, topicOnly), testCsv, List.of(), List.of("level"), PackComparison.Settings.defaults()));
        assertTrue(asked.getMessage().startsWith("pack weak has no dimension 'level' (it has topic)"), asked.getMessage());
    }

    @Test
    void theJsonHasEveryPacksFiguresAndEachDifference() throws Exception {
        ComparisonReport r = PackComparison.compare(packs(strong, weak, topicOnly), testCsv, List.of(), List.of(),
                PackComparison.Settings.defaults());
        JsonNode j = new ObjectMapper().readTree(r.toJson());
        assertEquals("strong", j.get("baseline").asText());
        assertEquals(400, j.get("n").asInt());
        assertEquals(r.packs().get("weak").dimensions().get("topic").macroF1(),
                j.get("packs").get("weak").get("topic").get("macro_f1").asDouble(), 1e-4);
        JsonNode d = j.get("differences").get("third").get("topic");
        assertEquals(2, d.get("macro_f1_ci").size());
        assertTrue(d.has("mcnemar_p") && d.has("only_baseline_right") && d.has("only_pack_right"), d.toString());
        assertNotNull(j.get("differences").get("weak"));
    }

    @Test
    void wrongInputIsRefusedWithWhatToDo() throws Exception {
        IllegalArgumentException one = assertThrows(IllegalArgumentException.class,
                () -> PackComparison.compare(packs(strong), test, PackComparison.Settings.defaults()));
        assertTrue(one.getMessage().contains("at least two packs"), one.getMessage());
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> PackComparison.compare(
                List.of(new PackComparison.Candidate("x", strong), new PackComparison.Candidate("x", weak)), test,
                PackComparison.Settings.defaults()));
        assertTrue(twice.getMessage().contains("pack x is given twice"), twice.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new PackComparison.Settings(10, 1));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new PackComparison.Settings(1_000_000_000, 1))
                .getMessage().contains("takes 100 to 100000 resamples"));
        // a label one pack does not know: the message says which pack
        Path odd = Files.writeString(dir.resolve("odd.csv"), "id,text,topic\n1,rain and wind,politics\n");
        IllegalArgumentException label = assertThrows(IllegalArgumentException.class, () -> PackComparison.compare(
                packs(strong, topicOnly), CsvDatasetReader.builder().textColumns("text").labelColumns("topic").build()
                        .read(odd), PackComparison.Settings.defaults()));
        assertTrue(label.getMessage().startsWith("pack strong: ") && label.getMessage().contains("'politics'"),
                label.getMessage());
    }

    @Test
    void theVerdictNeedsBothMeasuresToPointTheSameWay() {
        // more rows right in the new pack (60 against 15), but a lower macro-F1: no verdict either way
        ComparisonReport.Difference apart = new ComparisonReport.Difference("topic", "old", "new", 1000, 0.045, 0.03, 0.06,
                -0.02, -0.035, -0.005, null, 15, 60, PackComparison.mcNemar(15, 60));
        assertEquals(ComparisonReport.Verdict.UNCLEAR, apart.verdict());
        ComparisonReport.Difference worse = new ComparisonReport.Difference("topic", "old", "new", 1000, -0.045, -0.06, -0.03,
                -0.02, -0.035, -0.005, null, 60, 15, PackComparison.mcNemar(60, 15));
        assertEquals(ComparisonReport.Verdict.WORSE, worse.verdict());
    }

    @Test
    void anotherSeedDrawsOtherResamples() {
        ComparisonReport a = PackComparison.compare(packs(strong, weak), test, new PackComparison.Settings(200, 42));
        ComparisonReport b = PackComparison.compare(packs(strong, weak), test, new PackComparison.Settings(200, 43));
        // the point differences are the data's; the intervals are the resamples'
        assertEquals(a.difference("weak", "topic").macroF1(), b.difference("weak", "topic").macroF1());
        org.junit.jupiter.api.Assertions.assertNotEquals(a.differences(), b.differences());
    }

    @Test
    void mcNemarsExactTestMatchesTheBinomial() {
        assertEquals(1.0, PackComparison.mcNemar(0, 0));
        assertEquals(2.0 / 1024, PackComparison.mcNemar(10, 0), 1e-15);
        // 2 * P(X <= 17), X ~ Binomial(49, 1/2) = 0.044384160987...
        assertEquals(0.0443841610, PackComparison.mcNemar(32, 17), 1e-9);
        assertEquals(PackComparison.mcNemar(17, 32), PackComparison.mcNemar(32, 17));
        assertEquals(1.0, PackComparison.mcNemar(5, 5));
        // large counts neither underflow nor overflow
        double p = PackComparison.mcNemar(5200, 5000);
        assertTrue(p > 0.04 && p < 0.06, "p = " + p);
    }
}
