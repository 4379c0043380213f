package org.newsgauge.hostile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgauge.data.CsvDatasetReader;
import org.newsgauge.data.DataSettings;
import org.newsgauge.data.DatasetException;
import org.newsgauge.data.ExampleStream;
import org.newsgauge.data.LabelledData;
import org.newsgauge.model.PackReader;
import org.newsgauge.model.PackWriter;
import org.newsgauge.testing.Corpus;
import org.newsgauge.train.PackTrainer;
import org.newsgauge.train.ProgressListener;
import org.newsgauge.train.TrainingOptions;

/** Training from a streamed CSV keeps the texts' token ids, not the texts: the same pack, in less memory. */
class StreamingTrainingTest {
    @TempDir
    Path dir;

    @Test
    void streamedTrainingGivesTheSamePackByteForByte() throws Exception {
        // a small corpus is kept whole (the analyzers are compared on it) ...
        samePackStreamedAndWhole(TrainingOptions.defaults().withSeed(11));
    }

    @Test
    void streamedTrainingWithoutTextsGivesTheSamePackByteForByte() throws Exception {
        // ... one with a fixed analyzer is tokenised as it streams
        samePackStreamedAndWhole(TrainingOptions.defaults().withSeed(11).withTunedFeatures(false));
    }

    private void samePackStreamedAndWhole(TrainingOptions options) throws Exception {
        Path csv = Corpus.writeCsv(dir.resolve("c.csv"), 300, 3);
        CsvDatasetReader reader = CsvDatasetReader.builder().textColumns("text").labelColumns("topic")
                .ordinal("level", Corpus.LEVELS).build();
        PackTrainer trainer = new PackTrainer(options);
        byte[] whole = PackWriter.toBytes(trainer.train(reader.read(csv)));
        assertArrayEquals(whole, PackWriter.toBytes(trainer.train(each -> reader.stream(csv, each), ProgressListener.NONE)));
        ExampleStream same = LabelledData.stream(csv, DataSettings.defaults().withTextColumns("text")
                .withLabelColumns("topic").withOrdinal("level", Corpus.LEVELS));
        assertArrayEquals(whole, PackWriter.toBytes(trainer.train(same, ProgressListener.NONE)));
        assertArrayEquals(whole, PackWriter.toBytes(trainer.train(ExampleStream.of(reader.read(csv)), ProgressListener.NONE)));
    }

    @Test
    void anErrorLateInTheFileIsADatasetException() throws Exception {
        Path csv = Corpus.writeCsv(dir.resolve("c.csv"), 300, 3);
        Files.writeString(csv, "x9,\"storm\",weather,extreme\n", StandardOpenOption.APPEND);
        ExampleStream data = LabelledData.stream(csv, DataSettings.defaults().withTextColumns("text")
                .withLabelColumns("topic").withOrdinal("level", Corpus.LEVELS));
        DatasetException e = assertThrows(DatasetException.class,
                () -> new PackTrainer(TrainingOptions.defaults()).train(data, ProgressListener.NONE));
        assertTrue(e.getMessage().contains("'extreme'") && e.line() == 302, e.getMessage());
    }

    /**
     * The CLI trains on a CSV whose texts alone (as Java strings: UTF-16, as they have a dash)
     * take more than its heap: 3,000 rows of about 12,000 characters.
     */
    @Test
    void cliTrainsOnTextsLargerThanItsHeap() throws Exception {
        Path csv = dir.resolve("long.csv");
        List<Corpus.Row> base = Corpus.rows(300, 4);
        long chars = 0;
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("id,text,topic,level\n");
            for (int i = 0; i < 3000; i++) {
                Corpus.Row r = base.get(i % base.size());
                String text = (r.text() + " \u2014 ").repeat(100) + " copy " + i;
                chars += text.length();
                w.write("r" + i + ",\"" + text + "\"," + r.topic() + "," + r.level() + "\n");
            }
        }
        long heap = 64L << 20;
        assertTrue(chars * 2 > heap, "the texts take " + chars * 2 + " bytes as strings");
        Path log = dir.resolve("log.txt");
        Path pack = dir.resolve("long.ngpack");
        int code = Forked.run("64m", log, "train", "--data", csv.toString(), "--text-column", "text",
                "--label-column", "topic", "--ordinal", "level=" + String.join(",", Corpus.LEVELS), "--output", pack.toString());
        String out = Files.readString(log);
        assertEquals(0, code, out);
        assertTrue(out.contains("trained auto on 3000 documents"), out);
        assertEquals(3000, PackReader.read(pack).provenance().documents());
    }
}
