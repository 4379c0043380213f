package org.newsgauge.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.newsgauge.data.CsvDatasetReader;
import org.newsgauge.data.DatasetException;
import org.newsgauge.model.ModelPack;
import org.newsgauge.testing.Corpus;
import org.newsgauge.train.PackTrainer;
import org.newsgauge.train.TrainingOptions;

/** A small pack (topic nominal, level ordinal) trained once on the synthetic corpus. */
final class SmallPack {
    private static ModelPack pack;
    private static ModelPack other;

    private SmallPack() {
    }

    static synchronized ModelPack get() {
        if (pack == null) {
            pack = train(1);
        }
        return pack;
    }

    /** Another pack (other seed of data): other hash, same dimensions. */
    static synchronized ModelPack other() {
        if (other == null) {
            other = train(2);
        }
        return other;
    }

    private static ModelPack train(long seed) {
        try {
            Path dir = Files.createTempDirectory("smallpack");
            Path csv = Corpus.writeCsv(dir.resolve("c.csv"), 200, seed);
            ModelPack p = new PackTrainer(TrainingOptions.defaults().withCalibrationFolds(0)).train(CsvDatasetReader.builder()
                    .textColumns("text").labelColumns("topic").ordinal("level", Corpus.LEVELS).build().read(csv));
            Files.delete(csv);
            Files.delete(dir);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DatasetException e) {
            throw new IllegalStateException(e);
        }
    }
}
