package org.newsgauge.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgauge.data.LabelledData;
import org.newsgauge.metrics.EvaluationReport;
import org.newsgauge.eval.Evaluator;
import org.newsgauge.model.ModelPack;
import org.newsgauge.model.PackReader;
import org.newsgauge.data.ReportColumns;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "evaluate", mixinStandardHelpOptions = true, description = "Evaluate a pack on labelled data.")
final class EvaluateCommand implements Callable<Integer> {
    @Option(names = "--model", paramLabel = "PACK", description = "The pack to evaluate (default: the built-in Serbia-Kosovo pack)")
    Path model;

    @Option(names = "--data", required = true, paramLabel = "FILE|DIR", description = "Labelled CSV (columns named as the pack's dimensions) or DIR/<label>/*.txt")
    Path data;

    @Option(names = "--text-column", paramLabel = "C", description = "Text columns (default: those the pack was trained on)")
    List<String> textColumns = new ArrayList<>();

    @Option(names = "--label-column", paramLabel = "DIM[=COLUMN]", description = "Evaluate only these dimensions (default:"
            + " all of the pack's); DIM=COLUMN reads DIM's labels from a CSV column of another name")
    List<String> labelColumns = new ArrayList<>();

    @Option(names = "--raw", description = "Folder per label: take each file as it is, without article extraction"
            + " (as the pack was trained with train --raw)")
    boolean raw;

    @Option(names = "--json", description = "Print one JSON object: {\"<dimension>\": {\"n\", \"accuracy\", \"macro_f1\", \"per_label\", \"confusion\", \"labels\", \"ece\", \"mae\", \"within_one\"}}")
    boolean json;

    @Option(names = "--predictions", paramLabel = "FILE", description = "Also write every row's true label, predicted"
            + " label and its probability per dimension to FILE (CSV: id,<dim>,<dim>_predicted,<dim>_probability,...)")
    Path predictions;

    @Spec
    CommandSpec cmd;

    @Override
    public Integer call() throws Exception {
        DataOptions.documents(raw, data); // --raw with a CSV is refused before the pack is loaded
        ModelPack pack = model == null ? org.newsgauge.api.ArticleClassifier.defaults().pack() : PackReader.read(model);
        EvaluationReport r;
        if (predictions == null) {
            r = evaluate(pack, row -> { });
        } else {
            try (RowCsv csv = RowCsv.create(predictions, data, "--predictions")) {
                boolean[] header = {false};
                r = evaluate(pack, row -> {
                    if (!header[0]) {
                        List<String> h = new ArrayList<>(List.of("id"));
                        for (String d : row.dimensions()) {
                            h.addAll(List.of(d, ReportColumns.predicted(d),
                                    ReportColumns.predictedProbability(d)));
                        }
                        csv.row(h);
                        header[0] = true;
                    }
                    List<Object> rec = new ArrayList<>(List.of(row.id()));
                    for (int d = 0; d < row.dimensions().size(); d++) {
                        rec.add(row.truth().get(d));
                        rec.add(row.predicted().get(d));
                        rec.add(String.format(java.util.Locale.ROOT, "%.4f", row.probability().get(d)));
                    }
                    csv.row(rec);
                });
                csv.commit();
            }
        }
        if (json) {
            cmd.commandLine().getOut().println(r.toJson());
        } else {
            ReportPrinter.print(r, cmd.commandLine().getOut());
        }
        return 0;
    }

    /** A CSV is streamed (any size, in bounded memory); a folder per label is read whole. */
    private EvaluationReport evaluate(ModelPack pack, java.util.function.Consumer<Evaluator.RowResult> each)
            throws org.newsgauge.data.DatasetException {
        return java.nio.file.Files.isDirectory(data)
                ? Evaluator.evaluate(pack, LabelledData.forPack(pack, data, textColumns, labelColumns,
                        DataOptions.documents(raw, data)), each)
                : Evaluator.evaluate(pack, LabelledData.csvForPack(pack, textColumns, labelColumns), data, each);
    }
}
