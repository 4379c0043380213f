package org.newsgauge.cli;

import java.util.concurrent.Callable;
import org.newsgauge.data.Dataset;
import org.newsgauge.eval.CrossValidator;
import org.newsgauge.eval.CrossValidation;
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
    DataSource source;

    @Mixin
    TrainOptions train;

    @Option(names = "--folds", paramLabel = "K", description = "Number of folds (default 10)")
    int folds = 10;

    @Option(names = "--json", description = "Print one JSON object, as evaluate --json, each dimension with \"folds\": [{\"n\", \"accuracy\", \"macro_f1\", \"mae\"}, ...]")
    boolean json;

    @Spec
    CommandSpec cmd;

    @Override
    public Integer call() throws Exception {
        Dataset d = source.read();
        // the figures are on the data's own label mix: a spec's priors are left out
        TrainingOptions o = source.options(train).withPriors(java.util.Map.of());
        CrossValidation r = CrossValidator.runWithFolds(d, o, folds, source.grouped(),
                new Progress(cmd.commandLine().getErr()));
        if (json) {
            cmd.commandLine().getOut().println(r.toJson());
        } else {
            ReportPrinter.print(r, cmd.commandLine().getOut());
        }
        return 0;
    }
}
