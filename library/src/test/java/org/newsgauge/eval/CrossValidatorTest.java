package org.newsgauge.eval;

import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgauge.data.CsvDatasetReader;
import org.newsgauge.data.Dataset;
import org.newsgauge.metrics.DimensionMetrics;
import org.newsgauge.metrics.EvaluationReport;
import org.newsgauge.testing.Corpus;
import org.newsgauge.train.ProgressListener;
import org.newsgauge.train.TrainingOptions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CrossValidatorTest {
    @Test
    void tooFewGroupsNameTheFileAndTheWayOut(@TempDir Path dir) throws Exception {
        StringBuilder sb = new StringBuilder("text,topic,event\n");
        for (org.newsgauge.testing.Corpus.Row r : Corpus.rows(40, 2)) {
            sb.append('"').append(r.text()).append("\",").append(r.topic()).append(',').append(r.id().hashCode() % 3 == 0 ? "a" : "b").append('\n');
        }
        Path f = java.nio.file.Files.writeString(dir.resolve("two-events.csv"), sb.toString());
        Dataset data = CsvDatasetReader.builder().textColumns("text").labelColumns("topic").groupColumn("event").build().read(f);
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> CrossValidator.runWithFolds(data, TrainingOptions.defaults(), 5, true, ProgressListener.NONE));
        assertEquals(f + ": 5 grouped folds need at least 5 groups, and the data has 2; use fewer folds (at most 2), or"
                + " cross-validate stratified (without a group column)", e.getMessage());
    }

    @Test
    void theFoldsFiguresAddUpToThePooledOnes(@TempDir Path dir) throws Exception {
        Dataset data = CsvDatasetReader.builder().textColumns("text").labelColumns("topic")
                .ordinal("level", Corpus.LEVELS).build().read(Corpus.writeCsv(dir.resolve("c.csv"), 240, 1));
        TrainingOptions o = TrainingOptions.defaults().withCalibrationFolds(0);
        CrossValidation cv = CrossValidator.runWithFolds(data, o, 4, false, ProgressListener.NONE);
        assertEquals(CrossValidator.run(data, o, 4, false, ProgressListener.NONE), cv.pooled());
        // without a group column the short form stratifies
        assertEquals(cv, CrossValidator.runWithFolds(data, o, 4));
        assertEquals(4, cv.folds().size());
        for (String dim : new String[] {"topic", "level"}) {
            double[] n = cv.perFold(dim, DimensionMetrics::n);
            double[] acc = cv.perFold(dim, DimensionMetrics::accuracy);
            assertEquals(240, Arrays.stream(n).sum());
            // every document is in one fold: the pooled accuracy is the folds' weighted by their size
            double right = 0;
            for (int f = 0; f < 4; f++) {
                right += n[f] * acc[f];
            }
            assertEquals(cv.pooled().dimensions().get(dim).accuracy(), right / 240, 1e-12);
            int[][] sum = new int[3][3];
            for (EvaluationReport f : cv.folds()) {
                int[][] c = f.dimensions().get(dim).confusion();
                for (int i = 0; i < 3; i++) {
                    for (int j = 0; j < 3; j++) {
                        sum[i][j] += c[i][j];
                    }
                }
            }
            assertTrue(Arrays.deepEquals(cv.pooled().dimensions().get(dim).confusion(), sum));
        }
        double[] f1 = cv.perFold("topic", DimensionMetrics::macroF1);
        double mean = Arrays.stream(f1).average().orElseThrow();
        double ss = Arrays.stream(f1).map(v -> (v - mean) * (v - mean)).sum();
        assertEquals(Math.sqrt(ss / 3), cv.standardDeviation("topic", DimensionMetrics::macroF1), 1e-12);
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> cv.perFold("stance", DimensionMetrics::macroF1));
        assertTrue(none.getMessage().contains("cross-validated: topic, level"), none.getMessage());
        // grouped folds asked for, but the data was read without a group column
        IllegalArgumentException ungrouped = assertThrows(IllegalArgumentException.class,
                () -> CrossValidator.runWithFolds(data, o, 4, true, ProgressListener.NONE));
        assertTrue(ungrouped.getMessage().contains("was read without a group column (every row's group is its id)"),
                ungrouped.getMessage());
        // a group column whose groups all differ (one-article events; here the text itself) is legitimate
        Dataset byText = CsvDatasetReader.builder().textColumns("text").labelColumns("topic").groupColumn("text")
                .build().read(dir.resolve("c.csv"));
        assertEquals(240, CrossValidator.runWithFolds(byText, o, 4, true, ProgressListener.NONE).pooled()
                .dimensions().get("topic").n());
    }
}
