package org.newsgauge.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgauge.model.DimensionModel;
import org.newsgauge.model.ModelPack;
import org.newsgauge.model.PackReader;
import org.newsgauge.model.Provenance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "info", mixinStandardHelpOptions = true, description = "Print a pack's manifest as a readable model card.")
final class InfoCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PACK", arity = "0..1", description = "The pack (default: the built-in default pack)")
    Path pack;

    @Spec
    CommandSpec cmd;

    @Override
    public Integer call() throws Exception {
        ModelPack p = pack == null ? org.newsgauge.api.ArticleClassifier.defaults().pack() : PackReader.read(pack);
        PrintWriter out = cmd.commandLine().getOut();
        Provenance v = p.provenance();
        out.println("model pack " + (pack == null ? "(default)" : pack.toString()));
        out.println("  trained by newsgauge " + v.libraryVersion() + " with " + v.algorithm() + " " + v.params());
        out.println("  seed " + v.seed() + ", calibration folds " + v.calibrationFolds());
        out.println("  training data " + v.trainingSource() + " (" + v.documents() + " documents, sha256 " + v.trainingSha256() + ")");
        out.println("  text columns " + v.textColumns());
        out.println("  analyzer " + p.features().config() + ", " + p.features().size() + " features");
        for (DimensionModel d : p.dimensions()) {
            out.println("  dimension " + d.name() + " (" + d.kind().name().toLowerCase() + ", " + d.decoder().name().toLowerCase()
                    + "): " + String.join(", ", d.labels()));
        }
        if (v.heldOut() != null) {
            out.println("held-out figures at training time (" + v.calibrationFolds() + " folds):");
            ReportPrinter.print(v.heldOut(), out);
        }
        return 0;
    }
}
