package org.newsgauge.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgauge.eval.Evaluator;
import org.newsgauge.gate.QualityGate;
import org.newsgauge.model.DimensionKind;
import org.newsgauge.model.ModelPack;
import org.newsgauge.testing.Corpus;
import org.newsgauge.train.PackTrainer;
import org.newsgauge.train.TrainingOptions;

class LabelledDataTest {
    @Test
    void trainOnACsvThenGateOnAnother(@TempDir Path dir) throws Exception {
        Dataset train = LabelledData.read(Corpus.writeCsv(dir.resolve("train.csv"), 150, 1),
                DataSettings.defaults().withLabelColumns("topic").withOrdinal("level", Corpus.LEVELS));
        assertEquals(List.of("topic", "level"), train.dimensions().stream().map(d -> d.name()).toList());
        assertEquals(DimensionKind.ORDINAL, train.dimensions().get(1).kind());
        ModelPack pack = new PackTrainer(TrainingOptions.defaults().withCalibrationFolds(0)).train(train);

        Path holdout = Corpus.writeCsv(dir.resolve("holdout.csv"), 60, 2);
        Dataset test = LabelledData.forPack(pack, holdout, List.of(), List.of());
        assertEquals(60, test.size());
        QualityGate.Outcome o = QualityGate.parse(Map.of("topic", "macro_f1=0.6", "level", "within_one=0.8"))
                .check(Evaluator.evaluate(pack, test));
        assertTrue(!o.failed(), o.message());
        assertEquals(List.of("level"), LabelledData.forPack(pack, holdout, List.of(), List.of("level"))
                .dimensions().stream().map(d -> d.name()).toList());
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> LabelledData.forPack(pack, holdout, List.of(), List.of("mood"))).getMessage()
                .contains("the pack has no dimension 'mood'; its dimensions are topic, level"));
        // a file whose column has another name: DIM=COLUMN reads the dimension's labels from it
        Path renamed = Files.writeString(dir.resolve("renamed.csv"),
                Files.readString(holdout).replaceFirst("id,text,topic,level", "id,text,category,level"));
        Dataset byColumn = LabelledData.forPack(pack, renamed, List.of(), List.of("topic=category", "level"));
        assertEquals(List.of("topic", "level"), byColumn.dimensions().stream().map(d -> d.name()).toList());
        assertEquals(Evaluator.evaluate(pack, test), Evaluator.evaluate(pack, byColumn));
        DatasetException missing = assertThrows(DatasetException.class,
                () -> LabelledData.forPack(pack, renamed, List.of(), List.of("topic=kategorie")));
        assertTrue(missing.getMessage().contains("no column 'kategorie'"), missing.getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> LabelledData.forPack(pack, renamed, List.of(), List.of("=category"))).getMessage()
                .contains("'=category' names no dimension"));
        // the pack's own columns are named when the file lacks them; a pack with none (trained on a folder per
        // label, as the CLI and the plugin record it) says it reads 'text'
        Path body = Files.writeString(dir.resolve("body.csv"),
                Files.readString(holdout).replaceFirst("id,text,topic,level", "id,body,topic,level"));
        DatasetException own = assertThrows(DatasetException.class, () -> LabelledData.forPack(pack, body, List.of(), List.of()));
        assertTrue(own.getMessage().contains("The pack reads its text from text, the columns it was trained on"),
                own.getMessage());
        Dataset files = new Dataset(train.source(), train.dimensions(), train.examples(), train.sha256());
        ModelPack fromFiles = new PackTrainer(TrainingOptions.defaults().withCalibrationFolds(0).withTextColumns(List.of()))
                .train(files);
        DatasetException none = assertThrows(DatasetException.class,
                () -> LabelledData.forPack(fromFiles, body, List.of(), List.of()));
        assertTrue(none.getMessage().contains("no column 'text'") && none.getMessage().contains("so it has no text"
                + " columns of its own and reads column text; name the columns of this file"), none.getMessage());
        // one misspelt name among good ones is an error too, not a narrower evaluation
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> LabelledData.forPack(pack, holdout, List.of(), List.of("topic", "mood"))).getMessage()
                .contains("the pack has no dimension 'mood'"));
    }

    @Test
    void aFolderPerLabel(@TempDir Path dir) throws Exception {
        List<Corpus.Row> rows = Corpus.rows(6, 3);
        for (int i = 0; i < rows.size(); i++) {
            String label = i % 2 == 0 ? "sport" : "weather";
            Files.createDirectories(dir.resolve(label));
            Files.writeString(dir.resolve(label + "/" + i + ".txt"), (rows.get(i).text() + " ").repeat(4));
        }
        Dataset d = LabelledData.read(dir, DataSettings.defaults().withLabelColumns("topic"));
        // what only a CSV has is refused for a folder, for every caller (the plugin, the API), not dropped
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LabelledData.stream(dir,
                DataSettings.defaults().withLabelColumns("topic").withOrdinal("topic", List.of("sport", "weather"))
                        .withGroupColumn("event")));
        assertTrue(e.getMessage().contains("which an ordinal order, a group column cannot apply to"), e.getMessage());
        assertEquals(6, d.size());
        assertEquals("topic", d.dimensions().get(0).name());
    }

    @Test
    void aFolderOfOneLineTextsIsReadWholeWithoutExtraction(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("sport"));
        Files.createDirectories(dir.resolve("weather"));
        Files.writeString(dir.resolve("sport/a.txt"), "Striker scores twice as the champions win the derby\n");
        Files.writeString(dir.resolve("weather/b.txt"), "Heavy rain and strong wind expected over the coast tonight\n");
        DatasetException e = assertThrows(DatasetException.class,
                () -> LabelledData.read(dir, DataSettings.defaults()));
        // both files are named in one error, with the first one's reason and its fix
        assertTrue(e.getMessage().contains("2 files have no text: sport/a.txt, weather/b.txt; sport/a.txt: no article text")
                && e.getMessage().contains("withExtraction(false)"), e.getMessage());
        Dataset d = LabelledData.read(dir, DataSettings.defaults()
                .withDocuments(org.newsgauge.text.DocumentReader.defaults().withExtraction(false)));
        assertEquals(2, d.size());
        assertEquals("Striker scores twice as the champions win the derby", d.examples().get(0).text().strip());
        // the stream reads the folder the same way
        List<String> streamed = new java.util.ArrayList<>();
        LabelledData.stream(dir, DataSettings.defaults()
                .withDocuments(org.newsgauge.text.DocumentReader.defaults().withExtraction(false))).stream(x -> streamed.add(x.text().strip()));
        assertEquals(List.of("Striker scores twice as the champions win the derby",
                "Heavy rain and strong wind expected over the coast tonight"), streamed);
    }
}
