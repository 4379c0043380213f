package org.newsgauge.maven;

import java.io.File;
import java.io.IOException;
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
import org.newsgauge.train.ProgressListener;
import org.newsgauge.train.TrainingOptions;

/**
 * Trains a model pack from labelled data in the project (a CSV file, a folder per label, or a pack
 * spec) and writes it under {@code target/classes}, so that the project's jar carries its model.
 */
@Mojo(name = "train", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public class TrainMojo extends AbstractDataMojo {
    /** The pack file to write. */
    @Parameter(property = "newsgauge.train.output", defaultValue = "${project.build.outputDirectory}/newsgauge.ngpack")
    File output;

    @Override
    void run() throws MojoExecutionException, IOException {
        TrainingOptions options = options();
        ExampleStream d = examples();
        long t0 = System.nanoTime();
        ModelPack pack;
        try {
            // streamed: the trainer keeps the texts' token ids, not the texts
            ModelPack trained = new PackTrainer(options).train(d, ProgressListener.NONE);
            pack = spec != null ? readSpec().withCueRules(trained) : trained;
        } catch (DatasetException e) {
            throw new MojoExecutionException("cannot read the data: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("cannot train on " + dataName() + ": " + e.getMessage(), e);
        }
        PackWriter.write(pack, output.toPath());
        getLog().info(String.format(Locale.ROOT, "newsgauge: trained %s on %d documents (%d features) in %.1f s -> %s",
                options.algorithm(), pack.provenance().documents(), pack.features().size(), (System.nanoTime() - t0) / 1e9, output));
        if (pack.provenance().heldOut() != null) {
            pack.provenance().heldOut().dimensions().forEach((name, m) -> getLog().info(String.format(Locale.ROOT,
                    "newsgauge:   %s (%s) held-out accuracy %.3f, macro-F1 %.3f", name, pack.provenance().learner(name),
                    m.accuracy(), m.macroF1())));
        }
    }
}
