package org.newsgauge.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgauge.model.ModelPack;
import org.junit.jupiter.api.io.TempDir;
import org.newsgauge.data.CsvDatasetReader;
import org.newsgauge.data.Dataset;
import org.newsgauge.testing.Corpus;

class TrainingOptionsTest {
    private static String refused(Runnable r) {
        return assertThrows(IllegalArgumentException.class, r::run).getMessage();
    }

    @Test
    void priorsAreSharesOfOneAndCopied() {
        TrainingOptions o = TrainingOptions.defaults();
        assertTrue(refused(() -> o.withPriors(Map.of("topic", Map.of("sport", 2.0))))
                .startsWith("the prior of label 'sport' of dimension 'topic' is 2.0; a prior is the label's expected share"));
        assertTrue(refused(() -> o.withPriors(Map.of("topic", Map.of("sport", -0.5)))).contains("between 0 and 1"));
        assertTrue(refused(() -> o.withPriors(Map.of("topic", Map.of("sport", 0.9, "weather", 0.9))))
                .startsWith("the priors of dimension 'topic' add up to 1.8"));
        Map<String, Double> shares = new HashMap<>(Map.of("sport", 0.5));
        TrainingOptions p = o.withPriors(Map.of("topic", shares));
        shares.put("sport", 0.99);
        assertEquals(0.5, p.priors().get("topic").get("sport"));
        assertThrows(UnsupportedOperationException.class, () -> p.priors().get("topic").put("x", 0.1));
    }

    @Test
    void aPriorForADimensionOrLabelTheDataLacksStopsTrainingBeforeFitting(@TempDir Path dir) throws Exception {
        Dataset d = CsvDatasetReader.builder().textColumns("text").labelColumns("topic").build()
                .read(Corpus.writeCsv(dir.resolve("c.csv"), 40, 1));
        TrainingOptions o = TrainingOptions.defaults().withCalibrationFolds(0);
        String dim = refused(() -> new PackTrainer(o.withPriors(Map.of("stance", Map.of("neutral", 0.7)))).train(d));
        assertTrue(dim.startsWith("a prior is given for dimension 'stance', which ") && dim.contains("c.csv does not label"
                + " (dimensions: topic); correct the name or remove it"), dim);
        String label = refused(() -> new PackTrainer(o.withPriors(Map.of("topic", Map.of("sports", 0.3)))).train(d));
        assertTrue(label.contains("label 'sports' of dimension 'topic', which ") && label.contains("c.csv does not have"
                + " (labels: markets, sport, weather)"), label);
    }

    @Test
    void anOrdinalOrderLongerThanTheRowsIsNotTakenForAnIdColumn(@TempDir Path dir) throws Exception {
        StringBuilder csv = new StringBuilder("text,rating\n");
        for (int i = 0; i < 60; i++) {
            csv.append("review number ").append(i).append(i % 3 == 0 ? " awful" : i % 3 == 1 ? " fine" : " great")
                    .append(',').append(i % 3 + 1).append('\n');
        }
        List<String> levels = java.util.stream.IntStream.rangeClosed(1, 70).mapToObj(String::valueOf).toList();
        Dataset d = CsvDatasetReader.builder().textColumns("text").ordinal("rating", levels).build()
                .read(java.nio.file.Files.writeString(dir.resolve("ratings.csv"), csv));
        org.newsgauge.testing.StderrLog.Result<ModelPack> trained = org.newsgauge.testing.StderrLog.capture(
                () -> new PackTrainer(TrainingOptions.defaults().withCalibrationFolds(0)).train(d));
        assertEquals(70, trained.value().dimensions().get(0).labels().size());
        // the 67 labels no row has, in one line that names the first ten and counts the rest
        List<String> lines = trained.log().lines().filter(l -> l.contains("ordinal dimension 'rating'")).toList();
        assertEquals(1, lines.size(), trained.log());
        assertTrue(lines.get(0).endsWith("ratings.csv: ordinal dimension 'rating' declares 67 labels '4', '5', '6', '7', '8',"
                + " '9', '10', '11', '12', '13' and 57 more, which no document has; the model will still give each a"
                + " probability: add documents with them, or leave them out of the order"), lines.get(0));
    }

    @Test
    void cIsPositive() {
        for (double bad : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertTrue(refused(() -> TrainingOptions.defaults().withC(bad)).startsWith("C must be a positive number"),
                    "C " + bad);
        }
        assertEquals(0.5, TrainingOptions.defaults().withC(0.5).c());
        // none unless given: a pack trained on texts in memory or files names no column it never read
        assertEquals(List.of(), TrainingOptions.defaults().textColumns());
    }
}
