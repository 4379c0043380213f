package org.newsgauge.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgauge.data.CsvDatasetReader;
import org.newsgauge.data.Dataset;
import org.newsgauge.model.Decoder;
import org.newsgauge.model.DimensionKind;
import org.newsgauge.model.ModelPack;
import org.newsgauge.text.AnalyzerConfig;
import org.newsgauge.text.FeatureSpaceBuilder;

/** The held-out folds choose C per dimension, and character n-grams on a small corpus. */
class SelectionTest {

    /** Each document is three made-up words; the label shows only in their endings ("-ism" or "-ity"). */
    static Path suffixCorpus(Path dir) throws Exception {
        SplittableRandom r = new SplittableRandom(3);
        StringBuilder csv = new StringBuilder("text,label\n");
        for (int i = 0; i < 120; i++) {
            boolean ism = i % 2 == 0;
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 3; w++) {
                StringBuilder word = new StringBuilder();
                for (int c = 0; c < 6; c++) {
                    word.append((char) ('a' + r.nextInt(26)));
                }
                text.append(word).append(ism ? "ism " : "ity ");
            }
            csv.append(text.toString().strip()).append(',').append(ism ? "ism" : "ity").append('\n');
        }
        return Files.writeString(dir.resolve("suffix.csv"), csv);
    }

    /** Labels 0, 1, 0, 1, ... of the {@link #separable} corpus. */
    static int[] separableLabels() {
        int[] y = new int[200];
        for (int i = 0; i < y.length; i++) {
            y[i] = i % 2;
        }
        return y;
    }

    /** Vectors of a separable two-label corpus: each label has its own two words. */
    static FeatureSpaceBuilder.Result separable(int[] y) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < y.length; i++) {
            texts.add((y[i] == 0 ? "alpha beta " : "gamma delta ") + "common words " + (i % 7));
        }
        return new FeatureSpaceBuilder(AnalyzerConfig.defaults()).build(texts);
    }

    @Test
    void smallCorpusGetsCharacterNgramsWhenTheFoldsPreferThem(@TempDir Path dir) throws Exception {
        Dataset d = CsvDatasetReader.builder().textColumns("text").labelColumns("label").build().read(suffixCorpus(dir));
        ModelPack tuned = new PackTrainer(TrainingOptions.defaults()).train(d);
        assertTrue(tuned.features().config().charNgrams(), "the words never repeat: only their endings can tell");
        assertTrue(String.valueOf(tuned.provenance().params().get("features.held_out")).contains("chars 2-5: "));
        // C is then chosen for the winning analyzer
        assertTrue(String.valueOf(tuned.provenance().params().get("learner.label.held_out")).contains(", svm C=0.5: "),
                String.valueOf(tuned.provenance().params()));
        assertTrue(tuned.provenance().heldOut().dimensions().get("label").accuracy() > 0.9);

        // words only: no word repeats, so they are features only at a minimum count of 1 (none is an error)
        ModelPack fixed = new PackTrainer(TrainingOptions.defaults().withTunedFeatures(false)
                .withAnalyzer(AnalyzerConfig.defaults().withMinCount(1))).train(d);
        assertFalse(fixed.features().config().charNgrams());
        assertNull(fixed.provenance().params().get("features.held_out"));
    }

    @Test
    void comparedAnalyzersGiveTheSamePackEveryTime(@TempDir Path dir) throws Exception {
        // both analyzers' trials run at once on the shared pool: the pack must not depend on the scheduling
        Dataset d = CsvDatasetReader.builder().textColumns("text").labelColumns("label").build().read(suffixCorpus(dir));
        byte[] first = org.newsgauge.model.PackWriter.toBytes(new PackTrainer(TrainingOptions.defaults()).train(d));
        for (int run = 0; run < 4; run++) {
            org.junit.jupiter.api.Assertions.assertArrayEquals(first,
                    org.newsgauge.model.PackWriter.toBytes(new PackTrainer(TrainingOptions.defaults()).train(d)));
        }
    }

    @Test
    void foldsChooseTheBetterCandidateAndReportEach() {
        // a separable problem, and a candidate that learns nothing (every score 0: always the first label)
        int[] y = separableLabels();
        FeatureSpaceBuilder.Result fs = separable(y);
        Learner nothing = new Learner() {
            @Override
            public String name() {
                return "nothing";
            }

            @Override
            public java.util.Map<String, Object> params() {
                return java.util.Map.of();
            }

            @Override
            public org.newsgauge.model.LinearModel fit(org.newsgauge.text.SparseVector[] x, int[] labels, int k,
                                                       int features, long seed) {
                return new org.newsgauge.model.LinearModel(k, features, new float[k * features], new float[k]);
            }
        };
        List<Learner> candidates = List.of(nothing, new SvmLearner(1.0, true));
        DimensionTrainer.Result r = new DimensionTrainer(candidates, 3, 1).train("label", DimensionKind.NOMINAL,
                List.of("a", "b"), Decoder.SOFTMAX, fs.vectors(), y, fs.space().size());
        assertEquals(1, r.chosen());
        assertEquals(2, r.figures().length);
        assertTrue(r.figures()[1] > r.figures()[0], java.util.Arrays.toString(r.figures()));

        DimensionTrainer.Result one = new DimensionTrainer(candidates.subList(0, 1), 3, 1).train("label",
                DimensionKind.NOMINAL, List.of("a", "b"), Decoder.SOFTMAX, fs.vectors(), y, fs.space().size());
        assertEquals(0, one.chosen());
        assertEquals(0, one.figures().length);
    }

    @Test
    void aTrialOfTheFirstCandidateIsReusedNotFittedAgain() {
        int[] y = separableLabels();
        FeatureSpaceBuilder.Result fs = separable(y);
        List<Learner> candidates = List.of(new SvmLearner(0.01, false), new SvmLearner(1.0, true));
        DimensionTrainer trainer = new DimensionTrainer(candidates, 3, 1);
        DimensionTrainer.Trial trial = trainer.trial("label", DimensionKind.NOMINAL, List.of("a", "b"), Decoder.SOFTMAX,
                fs.vectors(), y, fs.space().size(), null);
        DimensionTrainer.Result fresh = trainer.train("label", DimensionKind.NOMINAL, List.of("a", "b"),
                Decoder.SOFTMAX, fs.vectors(), y, fs.space().size(), null, null);
        DimensionTrainer.Result reused = trainer.train("label", DimensionKind.NOMINAL, List.of("a", "b"),
                Decoder.SOFTMAX, fs.vectors(), y, fs.space().size(), null, trial);
        assertEquals(trial.figure(), reused.figures()[0]);
        assertEquals(fresh.chosen(), reused.chosen());
        assertEquals(fresh.figures()[1], reused.figures()[1], 1e-9);

        // a trial that claims more than any fit reaches decides the choice: it was not refitted
        DimensionTrainer.Trial perfect = new DimensionTrainer.Trial(trial.scores(), trial.calibration(), 2.0, 2.0);
        DimensionTrainer.Result claimed = trainer.train("label", DimensionKind.NOMINAL, List.of("a", "b"),
                Decoder.SOFTMAX, fs.vectors(), y, fs.space().size(), null, perfect);
        assertEquals(0, claimed.chosen());
        assertEquals(2.0, claimed.figures()[0]);
    }

    @Test
    void autoFitsTheChosenLearnerAsThatLearnerAloneWould(@TempDir Path dir) throws Exception {
        Dataset d = CsvDatasetReader.builder().textColumns("text").labelColumns("label").build().read(suffixCorpus(dir));
        // words only (each once: a minimum count of 1, or there would be no features)
        TrainingOptions words = TrainingOptions.defaults().withTunedFeatures(false)
                .withAnalyzer(AnalyzerConfig.defaults().withMinCount(1));
        ModelPack auto = new PackTrainer(words).train(d);
        assertEquals("auto", auto.provenance().algorithm());
        assertNull(auto.provenance().params().get("C"), "no pack-wide C when each dimension has its own");
        String learner = auto.provenance().learner("label");
        String figures = String.valueOf(auto.provenance().params().get("learner.label.held_out"));
        // six candidates: each learner at its three values of C, nbsvm first
        assertEquals(6, figures.split(", ").length, figures);
        assertTrue(figures.startsWith("macro_f1 nbsvm C=0.25: ") && figures.contains(", svm C=1: "), figures);
        // the winner's figure is the best of the six
        double best = java.util.Arrays.stream(figures.substring("macro_f1 ".length()).split(", "))
                .mapToDouble(f -> Double.parseDouble(f.substring(f.indexOf(": ") + 2))).max().orElseThrow();
        String chosen = learner + " C=" + fmtC(((Number) auto.provenance().params().get("C.label")).doubleValue()) + ": ";
        int at = figures.indexOf(chosen);
        assertTrue(at >= 0 && (at == "macro_f1 ".length() || figures.startsWith(", ", at - 2)), chosen + " in " + figures);
        assertEquals(best, Double.parseDouble(figures.substring(at + chosen.length()).split(",")[0]), 1e-4, figures);

        // and the model is the one that learner alone fits: the other learner's candidates change nothing
        ModelPack alone = new PackTrainer(words.withAlgorithm(learner)).train(d);
        assertEquals(auto.provenance().params().get("C.label"), alone.provenance().params().get("C.label"));
        // (weights, calibration and all)
        assertEquals(alone.dimension("label"), auto.dimension("label"));
    }

    private static String fmtC(double c) {
        return c == Math.rint(c) ? Long.toString((long) c) : Double.toString(c);
    }

    @Test
    void fixedCIsNotTuned(@TempDir Path dir) throws Exception {
        Dataset d = CsvDatasetReader.builder().textColumns("text").labelColumns("label").build().read(suffixCorpus(dir));
        ModelPack p = new PackTrainer(TrainingOptions.defaults().withC(0.7)).train(d);
        assertNull(p.provenance().params().get("C.label"));
        assertEquals(0.7, ((Number) p.provenance().params().get("C")).doubleValue());
    }
}
