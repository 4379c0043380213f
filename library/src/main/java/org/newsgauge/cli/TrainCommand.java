package org.newsgauge.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgauge.data.ExampleStream;
import org.newsgauge.model.ModelPack;
import org.newsgauge.model.PackReader;
import org.newsgauge.model.PackWriter;
import org.newsgauge.train.PackTrainer;
import org.newsgauge.train.TrainingOptions;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train a model pack from labelled data (CSV or folder per label, or a pack spec JSON).")
final class TrainCommand implements Callable<Integer> {
    @ArgGroup(exclusive = true, multiplicity = "1")
    DataSource source;

    @Mixin
    TrainOptions train;

    @Option(names = "--output", required = true, paramLabel = "PACK", description = "Pack file to write (e.g. news.ngpack)")
    Path output;

    @Spec
    CommandSpec cmd;

    /** Whether {@code file} is empty or starts as a zip file does, as every pack does. */
    private static boolean isPackOrEmpty(Path file) throws java.io.IOException {
        try (java.io.InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 0 || PackReader.startsAsZip(head);
        }
    }

    @Override
    public Integer call() throws Exception {
        if (Files.isDirectory(output)) { // found now, not after the training
            throw new Main.UserError(output + ": is a folder; give --output a file name, e.g. news.ngpack");
        }
        if (Files.isRegularFile(output) && !isPackOrEmpty(output)) {
            // a retrained pack replaces the old one; anything else (the training CSV, a spec) is not ours to overwrite
            throw new Main.UserError(output + ": exists and is not a model pack (a pack is a zip file); give --output"
                    + " another name, e.g. news.ngpack, or remove the file first");
        }
        TrainingOptions options = source.options(train);
        ExampleStream data = source.stream();
        long t0 = System.nanoTime();
        ModelPack pack = source.withCueRules(new PackTrainer(options).train(data, new Progress(cmd.commandLine().getErr())));
        PackWriter.write(pack, output);
        var out = cmd.commandLine().getOut();
        out.printf("trained %s on %d documents (%d features) in %.1f s -> %s%n", options.algorithmsDescription(),
                pack.provenance().documents(), pack.features().size(), (System.nanoTime() - t0) / 1e9, output);
        if (pack.provenance().heldOut() != null) {
            int width = pack.provenance().heldOut().dimensions().keySet().stream()
                    .mapToInt(d -> pack.provenance().learner(d).length()).max().orElse(0);
            pack.provenance().heldOut().dimensions().forEach((name, m) -> out.printf(
                    "  %-12s %-" + Math.max(6, width) + "s held-out accuracy %.3f  macro-F1 %.3f%s%n", name, pack.provenance().learner(name),
                    m.accuracy(), m.macroF1(),
                    m.mae() == null ? "" : String.format("  MAE %.3f  within-one %.3f", m.mae(), m.withinOne())));
        }
        return 0;
    }
}
