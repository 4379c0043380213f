package org.newsgauge.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
