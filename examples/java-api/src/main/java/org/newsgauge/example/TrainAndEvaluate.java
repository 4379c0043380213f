package org.newsgauge.example;

import java.io.IOException;
import java.nio.file.Path;
import org.newsgauge.data.DataSettings;
import org.newsgauge.data.Dataset;
import org.newsgauge.data.DatasetException;
import org.newsgauge.data.LabelledData;
import org.newsgauge.eval.Evaluator;
import org.newsgauge.metrics.DimensionMetrics;
import org.newsgauge.metrics.EvaluationReport;
import org.newsgauge.metrics.LabelMetrics;
import org.newsgauge.model.ModelPack;
import org.newsgauge.model.PackReader;
import org.newsgauge.model.PackWriter;
import org.newsgauge.train.PackTrainer;
import org.newsgauge.train.TrainingOptions;

/**
 * Trains a pack of one dimension from a labelled CSV, saves it, loads it back and evaluates it
 * on a second CSV with the same columns: the train / save / load / evaluate cycle of the API.
 *
 * <pre>
 * java org.newsgauge.example.TrainAndEvaluate train.csv test.csv text label my.ngpack
 * </pre>
 */
public final class TrainAndEvaluate {
    private TrainAndEvaluate() {
    }

    public static void main(String[] args) throws IOException, DatasetException {
        if (args.length != 5) {
            System.err.println("usage: TrainAndEvaluate TRAIN.csv TEST.csv TEXT_COLUMN LABEL_COLUMN OUT.ngpack");
            System.exit(2);
        }
        Dataset train = LabelledData.read(Path.of(args[0]),
                DataSettings.defaults().withTextColumns(args[2]).withLabelColumns(args[3]));
        ModelPack pack = new PackTrainer(TrainingOptions.defaults().withSeed(7)).train(train);
        Path file = Path.of(args[4]);
        PackWriter.write(pack, file);

        ModelPack loaded = PackReader.read(file);   // the same predictions as the pack trained
        Dataset test = LabelledData.forPack(loaded, Path.of(args[1]));   // read with the pack's columns
        EvaluationReport report = Evaluator.evaluate(loaded, test);
        DimensionMetrics m = report.dimensions().get(args[3]);
        System.out.printf("%s: %d test rows, accuracy %.3f, macro-F1 %.3f, learner %s%n", args[3], m.n(),
                m.accuracy(), m.macroF1(), loaded.provenance().learner(args[3]));
        for (var e : m.perLabel().entrySet()) {
            LabelMetrics l = e.getValue();
            System.out.printf("  %-12s precision %.3f  recall %.3f  support %d%n", e.getKey(), l.precision(),
                    l.recall(), l.support());
        }
    }
}
