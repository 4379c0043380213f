package org.newsgauge.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgauge.data.CsvDatasetReader;
import org.newsgauge.data.Dataset;
import org.newsgauge.model.ModelPack;
import org.newsgauge.train.PackTrainer;
import org.newsgauge.train.TrainingOptions;

/**
 * The default learner and settings on public benchmark data (../shared/datasets, beside the
 * repository; a user's clone has none, and then these tests say SKIPPED): test-split macro-F1 must
 * stay at or above the best anchor of ../shared/anchors.md. Small sets only, to keep CI fast;
 * benchmarks/run-anchors.sh measures all of them.
 */
class PublicDatasetsTest {
    static final Path DATASETS = Path.of("../../shared/datasets");

    @ParameterizedTest(name = "{0}: macro-F1 >= {1}")
    @CsvSource({"bbc_news, 0.972", "cameo_pentaclass, 0.634"})
    void defaultLearnerReachesTheBestAnchor(String name, double anchor) throws Exception {
        Path dir = DATASETS.resolve(name);
        assumeTrue(Files.exists(dir.resolve("train.csv")) && Files.exists(dir.resolve("test.csv")),
                "SKIPPED: no " + dir + " (the shared datasets are not beside this clone)");
        CsvDatasetReader reader = CsvDatasetReader.builder().textColumns("text").labelColumns("label").build();
        Dataset train = reader.read(dir.resolve("train.csv"));
        ModelPack pack = new PackTrainer(TrainingOptions.defaults()).train(train);
        Dataset test = CsvDatasetReader.builder().textColumns("text").labelColumns("label")
                .knownLabels("label", train.dimensions().get(0).labels()).build().read(dir.resolve("test.csv"));
        double f1 = Evaluator.evaluate(pack, test).dimensions().get("label").macroF1();
        assertTrue(f1 >= anchor, name + " macro-F1 " + f1 + " below the anchor " + anchor);
    }
}
