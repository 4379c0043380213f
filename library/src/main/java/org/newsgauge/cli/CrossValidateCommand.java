package org.newsgauge.cli;

import java.util.concurrent.Callable;
import org.newsgauge.data.Dataset;
import org.newsgauge.eval.CrossValidator;
import org.newsgauge.eval.EvaluationReport;
import org.newsgauge.train.PackSpec;
import org.newsgauge.train.TrainingOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "cross-validate", mixinStandardHelpOptions = true,
        description = "K-fold cross-validation of a training configuration (stratified; grouped with --group-column"
                + " or a spec's group column).")
final class CrossValidateCommand implements Callable<Integer> {
    @picocli.CommandLine.ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @picocli.CommandLine.ArgGroup(exclusive = false)
        DataOptions data;

        @Option(names = "--spec", paramLabel = "PACK.json", description = "A pack spec (data, columns, ordinal orders, group"
                + " column, quoted names), e.g. training-data/pack.json; its priors are left out: the figures are on the"
                + " data's own label mix")
        java.nio.file.Path spec;
    }

    @Mixin
    TrainOptions train;

    @Option(names = "--folds", paramLabel = "K", description = "Number of folds (default 10)")
    int folds = 10;

    @Option(names = "--json", description = "Print one JSON object, as evaluate --json")
    boolean json;

    @Spec
    CommandSpec cmd;

    @Override
    public Integer call() throws Exception {
        Dataset d;
        TrainingOptions o;
        boolean grouped;
        if (source.spec != null) {
            PackSpec spec = PackSpec.read(source.spec);
            d = spec.reader().read(spec.data());
            o = train.toOptions(spec).withPriors(java.util.Map.of());
            grouped = spec.groupColumn() != null;
        } else {
            d = source.data.read();
            o = train.toOptions(source.data.textColumns());
            grouped = source.data.groupColumn != null;
        }
        EvaluationReport r = CrossValidator.run(d, o, folds, grouped,
                new Progress(cmd.commandLine().getErr()));
        if (json) {
            cmd.commandLine().getOut().println(r.toJson());
        } else {
            ReportPrinter.print(r, cmd.commandLine().getOut());
        }
        return 0;
    }
}
