package org.newsgauge.train;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgauge.Version;
import org.newsgauge.data.Dataset;
import org.newsgauge.data.DatasetException;
import org.newsgauge.data.DimensionSpec;
import org.newsgauge.data.Example;
import org.newsgauge.data.ExampleStream;
import org.newsgauge.eval.DimensionMetrics;
import org.newsgauge.eval.EvaluationReport;
import org.newsgauge.eval.Metrics;
import org.newsgauge.model.Decoder;
import org.newsgauge.model.DimensionKind;
import org.newsgauge.model.DimensionModel;
import org.newsgauge.model.ModelPack;
import org.newsgauge.model.Provenance;
import org.newsgauge.text.FeatureSpaceBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains a {@link ModelPack} from a labelled {@link Dataset}, or from an {@link ExampleStream}
 * without holding the texts: learns the features once, then one model per dimension,
 * calibrated on held-out folds whose figures go into the manifest. Deterministic: the same
 * data, options and seed give a byte-identical pack.
 *
 * <pre>{@code
 * ModelPack pack = new PackTrainer(TrainingOptions.defaults()).train(dataset);
 * PackWriter.write(pack, Path.of("news.ngpack"));
 * }</pre>
 *
 * <p>Thread-safe; training itself uses every core.
 */
public final class PackTrainer {
    private static final Logger LOG = LoggerFactory.getLogger(PackTrainer.class);
    private final TrainingOptions options;

    public PackTrainer(TrainingOptions options) {
        this.options = options;
    }

    /** Trains on {@code data}, which is in memory. */
    public ModelPack train(Dataset data) {
        return train(data, ProgressListener.NONE);
    }

    /** Trains on {@code data}, which is in memory, reporting progress. */
    public ModelPack train(Dataset data, ProgressListener progress) {
        requireTwo(data);
        Learner learner = learner();
        long t0 = System.nanoTime();
        progress.progress("features", 0, data.dimensions().size() + 1);
        return train(data, new FeatureSpaceBuilder(options.analyzer()).build(data.texts()), learner, progress, t0);
    }

    /**
     * Trains on {@code data} read as a stream: each text is tokenised as it is read and not kept,
     * so only the labels and the texts' token ids (then their vectors) are held, not the texts.
     * The same pack, byte for byte, as training on the same data read whole.
     *
     * @throws DatasetException when the data cannot be read or is not valid
     */
    public ModelPack train(ExampleStream data, ProgressListener progress) throws DatasetException {
        Learner learner = learner();
        long t0 = System.nanoTime();
        FeatureSpaceBuilder.Pass texts = new FeatureSpaceBuilder(options.analyzer()).start();
        List<Example> labelled = new ArrayList<>();
        Dataset head = data.stream(e -> {
            texts.add(e.text());
            labelled.add(new Example(e.id(), "", e.labels(), e.group(), e.line()));
        });
        Dataset withoutTexts = new Dataset(head.source(), head.dimensions(), labelled, head.sha256());
        labelled.clear();
        requireTwo(withoutTexts);
        progress.progress("features", 0, withoutTexts.dimensions().size() + 1);
        return train(withoutTexts, texts.finish(), learner, progress, t0);
    }

    private Learner learner() {
        return Learners.byName(options.algorithm(), options.c(), options.balanced());
    }

    private static void requireTwo(Dataset data) {
        if (data.size() < 2) {
            throw new IllegalArgumentException("need at least 2 documents to train, " + data.source() + " has " + data.size());
        }
    }

    /** Trains on the labels of {@code data} and the features {@code fs} learnt from its texts. */
    private ModelPack train(Dataset data, FeatureSpaceBuilder.Result fs, Learner learner, ProgressListener progress,
                            long t0) {
        int steps = data.dimensions().size() + 1;
        LOG.debug("{} features from {} documents in {} ms", fs.space().size(), data.size(), (System.nanoTime() - t0) / 1_000_000);
        String[] groups = data.groups();
        boolean grouped = false;
        for (int i = 0; i < groups.length && !grouped; i++) {
            grouped = !groups[i].equals(data.examples().get(i).id());
        }
        List<DimensionModel> models = new ArrayList<>();
        Map<String, DimensionMetrics> heldOut = new LinkedHashMap<>();
        for (int d = 0; d < data.dimensions().size(); d++) {
            DimensionSpec spec = data.dimensions().get(d);
            progress.progress("dimension " + spec.name(), d + 1, steps);
            if (spec.labels().size() < 2) {
                throw new IllegalArgumentException("dimension '" + spec.name() + "' has only the label "
                        + spec.labels() + " in " + data.source() + "; a classifier needs at least two labels");
            }
            int[] y = data.labelIndices(d);
            Decoder decoder = spec.kind() == DimensionKind.ORDINAL && options.ordinalCumulative()
                    ? Decoder.CUMULATIVE : Decoder.SOFTMAX;
            DimensionTrainer.Result r = new DimensionTrainer(learner, options.calibrationFolds(), options.seed() + d)
                    .train(spec.name(), spec.kind(), spec.labels(), decoder, fs.vectors(), y, fs.space().size(),
                            grouped ? groups : null);
            DimensionModel model = r.model();
            double[] shift = priorShift(spec, y);
            if (shift != null) {
                model = model.withLogPriorShift(shift);
            }
            models.add(model);
            if (r.heldOut() != null) {
                heldOut.put(spec.name(), heldOutMetrics(model, r.heldOut(), y));
            }
        }
        progress.progress("done", steps, steps);
        LOG.info("trained {} dimension(s) on {} documents, {} features, in {} ms", models.size(), data.size(),
                fs.space().size(), (System.nanoTime() - t0) / 1_000_000);
        String source = Path.of(data.source()).getFileName() == null ? data.source() : Path.of(data.source()).getFileName().toString();
        Provenance p = new Provenance(Version.CURRENT, learner.name(), learner.params(), options.seed(),
                options.calibrationFolds(), source, data.sha256(), data.size(), options.textColumns(),
                heldOut.isEmpty() ? null : new EvaluationReport(heldOut));
        return new ModelPack(fs.space(), models, p);
    }

    /** log(target / training share) per label, or null when no prior is given for the dimension. */
    private double[] priorShift(DimensionSpec spec, int[] y) {
        Map<String, Double> target = options.priors().get(spec.name());
        if (target == null || target.isEmpty()) {
            return null;
        }
        for (String label : target.keySet()) {
            if (!spec.labels().contains(label)) {
                throw new IllegalArgumentException("prior for unknown label '" + label + "' of dimension '"
                        + spec.name() + "' (labels: " + String.join(", ", spec.labels()) + ")");
            }
        }
        int k = spec.labels().size();
        double[] count = new double[k];
        for (int v : y) {
            count[v]++;
        }
        double given = target.values().stream().mapToDouble(Double::doubleValue).sum();
        double rest = Math.max(0, 1 - given);
        double restTrain = 0;
        for (int c = 0; c < k; c++) {
            if (!target.containsKey(spec.labels().get(c))) {
                restTrain += count[c] / y.length;
            }
        }
        double[] shift = new double[k];
        for (int c = 0; c < k; c++) {
            double train = Math.max(count[c], 0.5) / y.length;
            Double t = target.get(spec.labels().get(c));
            double want = t != null ? t : (restTrain > 0 ? rest * train / restTrain : train);
            shift[c] = Math.log(Math.max(want, 1e-6) / train);
        }
        return shift;
    }

    private static DimensionMetrics heldOutMetrics(DimensionModel model, double[][] dist, int[] y) {
        int n = y.length;
        int[] pred = new int[n];
        double[] conf = new double[n];
        for (int i = 0; i < n; i++) {
            // measured on the training mix, before any prior shift
            double[] p = dist[i];
            pred[i] = model.choose(p);
            conf[i] = p[pred[i]];
        }
        return Metrics.compute(model.name(), model.labels(), model.kind() == DimensionKind.ORDINAL, y, pred, conf);
    }
}
