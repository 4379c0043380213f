package org.newsgauge.maven;

import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.newsgauge.data.DatasetException;
import org.newsgauge.data.ExampleStream;
import org.newsgauge.model.ModelPack;
import org.newsgauge.model.PackWriter;
import org.newsgauge.train.PackTrainer;
import org.newsgauge.train.TrainingOptions;

/**
 * Trains a model pack from labelled data in the project (a CSV file, a folder per label, or a pack
 * spec) and writes it under {@code target/classes}, so that the project's jar carries its model.
 *
 * <pre>{@code
 * <execution>
 *   <goals><goal>train</goal></goals>   <!-- generate-resources: target/classes/newsgauge.ngpack -->
 *   <configuration>
 *     <spec>src/main/data/pack.json</spec>   <!-- or <data>, <textColumns>, <labelColumns>, <ordinal> -->
 *   </configuration>
 * </execution>
 * }</pre>
 */
@Mojo(name = "train", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public class TrainMojo extends AbstractDataMojo {
    /** The pack file to write. */
    @Parameter(property = "newsgauge.train.output", defaultValue = "${project.build.outputDirectory}/newsgauge.ngpack")
    File output;

    /**
     * Where the fingerprint of the last training's inputs is kept (not beside the pack, which
     * may be in {@code target/classes} and would ship in the jar).
     */
    @Parameter(defaultValue = "${project.build.directory}/newsgauge-train", readonly = true)
    File stateDirectory;

    /** Train even when the pack is up to date with the data and the settings. */
    @Parameter(property = "newsgauge.train.force", defaultValue = "false")
    boolean force;

    /**
     * The pack's file is checked before the training, which can take minutes: a folder (such as
     * {@code ${project.build.directory}}) or a path through a file would fail only at the end.
     */
    private void requireWritableOutput() throws MojoExecutionException {
        if (output.isDirectory()) {
            throw new MojoExecutionException("<output> " + output + " is a folder; give the pack's file, e.g. "
                    + new File(output, "newsgauge.ngpack"));
        }
        java.nio.file.Path inTheWay = org.newsgauge.io.AtomicFile.fileInTheWay(output.toPath());
        if (inTheWay != null) {
            throw new MojoExecutionException("<output> " + output + " cannot be written: " + inTheWay + " is a file, not a folder");
        }
        if (stateDirectory.toPath().toAbsolutePath().startsWith(output.toPath().toAbsolutePath())) {
            throw new MojoExecutionException("<output> " + output + " is a folder the build keeps its state in; give"
                    + " the pack's file, e.g. " + new File(output, "newsgauge.ngpack"));
        }
    }

    @Override
    void run() throws MojoExecutionException, IOException {
        requireWritableOutput();
        TrainingOptions options = options();
        // incremental, as Maven builds are: the same data, spec and settings give the same pack
        // byte for byte, so a pack made from them is not made again
        String inputs = AbstractDataMojo.sha256Of(trainingInputs(options));
        // one state per output file (two executions may write packs of the same name to different folders)
        java.nio.file.Path state = stateDirectory.toPath().resolve(output.getName() + "."
                + AbstractDataMojo.sha256Of(output.getAbsolutePath()).substring(0, 16) + ".inputs");
        if (!force && output.isFile() && java.nio.file.Files.isRegularFile(state)) {
            List<String> last = java.nio.file.Files.readAllLines(state);
            // the pack must still be the one trained then, not one written over it since
            if (last.size() == 2 && last.get(0).equals(inputs) && last.get(1).equals(org.newsgauge.report.ResultCache.sha256(output.toPath()))) {
                getLog().info(prefix() + output + " is up to date (same data, spec and settings); not trained again"
                        + " (-Dnewsgauge.train.force=true trains anyway)");
                return;
            }
        }
        // a build killed after the pack is written and before the state is must not leave the old state
        java.nio.file.Files.deleteIfExists(state);
        ExampleStream d = examples();
        long t0 = System.nanoTime();
        ModelPack pack;
        try {
            // streamed: the trainer keeps the texts' token ids, not the texts
            ModelPack trained = new PackTrainer(options).train(d, new LogProgress(getLog(), prefix(), "training", progressQuietMillis));
            pack = spec != null ? readSpec().withCueRules(trained) : trained;
        } catch (DatasetException e) {
            throw new MojoExecutionException("cannot read the data: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("cannot train on " + dataName() + ": " + e.getMessage(), e);
        }
        PackWriter.write(pack, output.toPath());
        org.newsgauge.io.AtomicFile.write(state, inputs + "\n" + org.newsgauge.report.ResultCache.sha256(output.toPath()) + "\n");
        getLog().info(prefix() + String.format(Locale.ROOT, "trained %s on %d documents (%d features) in %.1f s -> %s",
                options.algorithmsDescription(), pack.provenance().documents(), pack.features().size(), (System.nanoTime() - t0) / 1e9,
                output));
        if (pack.provenance().heldOut() != null) {
            pack.provenance().heldOut().dimensions().forEach((name, m) -> getLog().info(prefix() + String.format(Locale.ROOT,
                    "  %s (%s) held-out accuracy %.3f, macro-F1 %.3f", name, pack.provenance().learner(name),
                    m.accuracy(), m.macroF1())));
        }
    }
}
