package org.newsgauge.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.newsgauge.data.Dataset;
import org.newsgauge.data.DatasetException;
import org.newsgauge.data.ExampleStream;
import org.newsgauge.train.PackSpec;
import org.newsgauge.train.TrainingOptions;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** Where train and cross-validate take their data from: a CSV or folder with its options, or a pack spec. */
final class DataSource {
    @ArgGroup(exclusive = false)
    DataOptions data;

    @Option(names = "--spec", paramLabel = "PACK.json", description = "A pack spec (data, columns, ordinal orders, group"
            + " column, seed, class weight, priors, quoted names, stop words, narrator cues, a learner per dimension),"
            + " e.g. training-data/pack.json; cross-validate leaves its priors out: its figures are on the data's own"
            + " label mix")
    Path spec;

    private PackSpec read;

    private PackSpec spec() throws IOException, DatasetException {
        if (read == null) {
            read = PackSpec.read(spec);
        }
        return read;
    }

    /** The training options: the command line's, under a spec's settings when there is one. */
    TrainingOptions options(TrainOptions train) throws IOException, DatasetException {
        // a CSV's columns are recorded from the data it reads; a folder's files have none
        TrainingOptions o = spec != null ? train.toOptions(spec(), spec) : train.toOptions(data.textColumns);
        // a misspelt dimension is found before the data is read, not after
        java.util.List<String> dims = new java.util.ArrayList<>();
        if (spec != null) {
            dims.addAll(spec().nominal());
            dims.addAll(spec().ordinal().keySet());
        } else {
            dims.addAll(data.labelColumns.isEmpty() ? java.util.List.of("label") : data.labelColumns);
        }
        o.requireAlgorithmDimensions(dims, spec != null ? spec.toString() : "the data", "--algorithm names");
        return o;
    }

    /** The data read as it is streamed: the trainer keeps token ids, not the texts. */
    ExampleStream stream() throws IOException, DatasetException {
        return spec != null ? spec().examples() : data.stream();
    }

    /** The data read whole. */
    Dataset read() throws IOException, DatasetException {
        return spec != null ? spec().reader().read(spec().data()) : data.read();
    }

    /** {@code pack} with the spec's narrator-cue rules, measured on its data; as it is without a spec. */
    org.newsgauge.model.ModelPack withCueRules(org.newsgauge.model.ModelPack pack) throws IOException, DatasetException {
        return spec != null ? spec().withCueRules(pack) : pack;
    }

    /** Whether the rows have groups (a group column) for grouped folds. */
    boolean grouped() throws IOException, DatasetException {
        return spec != null ? spec().groupColumn() != null : data.groupColumn != null;
    }
}
