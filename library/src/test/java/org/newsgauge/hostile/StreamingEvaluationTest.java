package org.newsgauge.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgauge.data.CsvDatasetReader;
import org.newsgauge.data.DatasetException;
import org.newsgauge.data.LabelledData;
import org.newsgauge.metrics.EvaluationReport;
import org.newsgauge.eval.Evaluator;
import org.newsgauge.model.ModelPack;
import org.newsgauge.testing.Corpus;

/** A CSV of any size is evaluated streamed: the same figures, in a heap smaller than the file. */
class StreamingEvaluationTest {
    @TempDir
    Path dir;

    @Test
    void streamedGivesTheFiguresOfTheWholeFile() throws Exception {
        ModelPack pack = Fixtures.trained();
        Path csv = Corpus.writeCsv(dir.resolve("t.csv"), 1500, 5);
        CsvDatasetReader reader = LabelledData.csvForPack(pack, List.of(), List.of());
        EvaluationReport whole = Evaluator.evaluate(pack, reader.read(csv));
        EvaluationReport streamed = Evaluator.evaluate(pack, reader, csv);
        assertEquals(whole.toJson(), streamed.toJson());
    }

    @Test
    void anErrorLateInTheFileIsStillADatasetException() throws Exception {
        ModelPack pack = Fixtures.trained();
        Path csv = Corpus.writeCsv(dir.resolve("t.csv"), 1500, 5);
        Files.writeString(csv, "x9,\"storm\",weather,extreme\n", java.nio.file.StandardOpenOption.APPEND);
        DatasetException e = org.junit.jupiter.api.Assertions.assertThrows(DatasetException.class,
                () -> Evaluator.evaluate(pack, LabelledData.csvForPack(pack, List.of(), List.of()), csv));
        assertTrue(e.getMessage().contains("'extreme'") && e.line() == 1502, e.getMessage());
    }

    /** About 100 MB of CSV evaluated by the CLI in a JVM of 40 MB heap. */
    @Test
    void cliEvaluatesACsvLargerThanItsHeap() throws Exception {
        Path pack = Fixtures.trainedFile();
        Path csv = dir.resolve("big.csv");
        long rows = 0;
        List<Corpus.Row> base = Corpus.rows(500, 8);
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("id,text,topic,level\n");
            // long rows (about 6 KB: one article repeated) so that the file is large but quick to classify
            long bytes = 0;
            while (bytes < 100L << 20) {
                Corpus.Row r = base.get((int) (rows % base.size()));
                String line = "r" + rows + ",\"" + (r.text() + " ").repeat(30) + "\"," + r.topic() + "," + r.level() + "\n";
                w.write(line);
                bytes += line.length();
                rows++;
            }
        }
        long size = Files.size(csv);
        assertTrue(size >= 100L << 20, "CSV of " + size + " bytes");
        Path log = dir.resolve("log.txt");
        int code = Forked.run("40m", log, "evaluate", "--model", pack.toString(), "--data", csv.toString(), "--json");
        String out = Files.readString(log);
        assertEquals(0, code, out);
        JsonNode j = new ObjectMapper().readTree(out.substring(out.indexOf('{')));
        assertEquals(rows, j.get("topic").get("n").asLong());
        assertTrue(j.get("topic").get("accuracy").asDouble() > 0.8, out);
    }
}
