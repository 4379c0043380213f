package org.newsgauge.train;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.newsgauge.Version;
import org.newsgauge.data.Dataset;
import org.newsgauge.data.DatasetException;
import org.newsgauge.data.DimensionSpec;
import org.newsgauge.data.Example;
import org.newsgauge.data.ExampleStream;
import org.newsgauge.metrics.DimensionMetrics;
import org.newsgauge.metrics.EvaluationReport;
import org.newsgauge.metrics.Metrics;
import org.newsgauge.model.Decoder;
import org.newsgauge.model.DimensionKind;
import org.newsgauge.model.DimensionModel;
import org.newsgauge.model.ModelPack;
import org.newsgauge.model.ParamKeys;
import org.newsgauge.model.Provenance;
import org.newsgauge.data.ReportColumns;
import org.newsgauge.text.AnalyzerConfig;
import org.newsgauge.text.FeatureSpace;
import org.newsgauge.text.FeatureSpaceBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains a {@link ModelPack} from a labelled {@link Dataset}, or from an {@link ExampleStream}
 * without holding the texts: learns the features (twice on a small corpus, with and without
 * character n-grams, compared on the held-out folds with the first candidate learner (under
 * {@link Learners#AUTO}, nbsvm at a quarter of the configured C), see
 * {@link TrainingOptions#tuneFeatures()}), then one model per dimension with the winning
 * features, calibrated on held-out folds whose figures go into the manifest. Deterministic: the same
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
    /**
     * Corpora of at most this many characters of text also try character n-grams (see
     * {@link TrainingOptions#tuneFeatures()}); above it they would multiply the training time.
     */
    public static final long CHARACTER_CANDIDATE_BUDGET = 1_000_000L;
    /** Held-out macro-F1 by which character n-grams must beat words alone to be kept. */
    public static final double ANALYZER_MARGIN = 0.005;
    private final TrainingOptions options;
    /** The candidates of a dimension without an algorithm of its own. */
    private final List<Learner> candidates;
    /** The candidates of each dimension with an algorithm of its own. */
    private final Map<String, List<Learner>> ownCandidates = new LinkedHashMap<>();

    /**
     * A trainer with {@code options}; one trainer may train any number of packs, from any thread.
     *
     * @param options how to train, e.g. {@link TrainingOptions#defaults()}
     * @throws IllegalArgumentException when a dimension's own algorithm
     *                                  ({@link TrainingOptions#withAlgorithm(String, String)})
     *                                  wants other features than the shared analyzer gives
     */
    public PackTrainer(TrainingOptions options) {
        this.options = options;
        this.candidates = candidates(options, options.algorithm());
        // a dimension's learner set before the shared algorithm changed the features
        options.dimensionAlgorithms().forEach((dim, name) -> {
            Learners.requireSharedFeatures(dim, name, options.analyzer().weighting() == org.newsgauge.text.Weighting.BINARY);
            ownCandidates.put(dim, candidates(options, name));
        });
    }

    /** The candidate learners of dimension {@code dimension}. */
    private List<Learner> candidates(String dimension) {
        return ownCandidates.getOrDefault(dimension, candidates);
    }

    /**
     * Trains on {@code data}, which is in memory.
     *
     * @param data labelled data with at least 2 documents and at least 2 labels in every dimension
     * @return the pack: one model per dimension of the data, in its order, with its provenance
     *         (and held-out figures when there were enough documents for the calibration folds);
     *         no narrator-cue rules
     * @throws IllegalArgumentException when the data cannot train a useful pack: fewer than 2
     *                                  documents, a dimension with one label (or, from 50 rows on,
     *                                  a label per row), no word frequent enough to be a feature, dimension names whose
     *                                  report columns clash, or priors or a dimension's own algorithm
     *                                  for a dimension or label the data lacks
     */
    public ModelPack train(Dataset data) {
        return train(data, ProgressListener.NONE);
    }

    /**
     * Trains on {@code data}, which is in memory, reporting progress.
     *
     * @param data     labelled data with at least 2 documents and at least 2 labels in every dimension
     * @param progress told of each step ({@code features}, {@code dimension <name>}, {@code done}),
     *                 from the calling thread
     * @return the pack, as {@link #train(Dataset)} gives it
     * @throws IllegalArgumentException when the data cannot train a useful pack, as
     *                                  {@link #train(Dataset)} says
     */
    public ModelPack train(Dataset data, ProgressListener progress) {
        requireValid(data);
        warnOfFoldsThatCannotWork(data);
        warnOfUnusedOrdinalLabels(data);
        long t0 = System.nanoTime();
        List<AnalyzerConfig> analyzers = data.size() >= 2 * options.calibrationFolds()
                ? analyzerCandidates(data.texts()) : List.of(options.analyzer());
        int stepsEach = data.dimensions().size() + 1;
        int steps = analyzers.size() * stepsEach;
        if (analyzers.size() == 1) {
            progress.progress("features", 0, steps);
            FeatureSpaceBuilder.Result fs = new FeatureSpaceBuilder(analyzers.get(0)).build(data.texts());
            return finish(attempt(fs, data, progress, 0, steps, null), data, progress, steps, t0);
        }
        // analyzers are compared with the first candidate on the calibration folds, and only the
        // winner is then fitted (and its C chosen, reusing those folds): the losing analyzer,
        // often the costly one, costs one fit per fold instead of a fit per fold and C and a
        // fit on all rows
        FeatureSpaceBuilder.Result best = null;
        DimensionTrainer.Trial[] bestTrials = null;
        double bestScore = 0;
        StringBuilder compared = new StringBuilder("macro_f1");
        progress.progress("features", 0, steps);
        FeatureSpaceBuilder.Result[] built = build(analyzers, data.texts());
        // the analyzers' trials are independent: run together, their fold problems share the
        // cores (a small corpus's few problems per trial would leave one idle at the end of each)
        DimensionTrainer.Trial[][] byAnalyzer = IntStream.range(0, analyzers.size()).parallel()
                .mapToObj(a -> trials(built[a], data)).toArray(DimensionTrainer.Trial[][]::new);
        for (int a = 0; a < analyzers.size(); a++) {
            if (a > 0) {
                progress.progress("features", a * stepsEach, steps);
            }
            FeatureSpaceBuilder.Result fs = built[a];
            DimensionTrainer.Trial[] trials = byAnalyzer[a];
            double score = 0;
            for (DimensionTrainer.Trial t : trials) {
                score += t == null ? 0 : t.macroF1() / trials.length;
            }
            compared.append(a == 0 ? " " : ", ").append(describe(analyzers.get(a))).append(": ")
                    .append(String.format(java.util.Locale.ROOT, "%.4f", score));
            // character n-grams cost about 7x in throughput: they must win by a margin, not by noise
            if (best == null || score > bestScore + ANALYZER_MARGIN) {
                best = fs;
                bestTrials = trials;
                bestScore = score;
            }
        }
        Attempt attempt = attempt(best, data, progress, (analyzers.size() - 1) * stepsEach, steps, bestTrials);
        attempt.params().put(ParamKeys.FEATURES_HELD_OUT, compared.toString());
        return finish(attempt, data, progress, steps, t0);
    }

    /**
     * The vectors of {@code texts} for the two analyzers {@link #analyzerCandidates} compares,
     * words and the same words with character n-grams, in that order, from one tokenising pass.
     */
    private static FeatureSpaceBuilder.Result[] build(List<AnalyzerConfig> analyzers, List<String> texts) {
        FeatureSpaceBuilder.Result[] withWithout = new FeatureSpaceBuilder(analyzers.get(1)).buildWithAndWithoutCharNgrams(texts);
        return new FeatureSpaceBuilder.Result[] {withWithout[1], withWithout[0]};
    }

    /** The held-out trial of the first candidate on every dimension of {@code data} with the vectors {@code fs}. */
    private DimensionTrainer.Trial[] trials(FeatureSpaceBuilder.Result fs, Dataset data) {
        DimensionTrainer.Trial[] trials = new DimensionTrainer.Trial[data.dimensions().size()];
        String[] groups = groups(data);
        for (int d = 0; d < trials.length; d++) {
            DimensionSpec spec = data.dimensions().get(d);
            trials[d] = dimensionTrainer(d, spec.name()).trial(spec.name(), spec.kind(), spec.labels(), decoder(spec),
                    fs.vectors(), data.labelIndices(d), fs.features(), groups);
        }
        return trials;
    }

    private DimensionTrainer dimensionTrainer(int dimension, String name) {
        return new DimensionTrainer(candidates(name), options.calibrationFolds(), options.seed() + dimension);
    }

    private Decoder decoder(DimensionSpec spec) {
        return spec.kind() == DimensionKind.ORDINAL && options.ordinalCumulative() ? Decoder.CUMULATIVE : Decoder.SOFTMAX;
    }

    /** The rows' groups when the data has them (an id per row otherwise: null). */
    private static String[] groups(Dataset data) {
        String[] groups = data.groups();
        for (int i = 0; i < groups.length; i++) {
            if (!groups[i].equals(data.examples().get(i).id())) {
                return groups;
            }
        }
        return null;
    }

    /**
     * Trains on {@code data} read as a stream: each text is tokenised as it is read and not kept,
     * so only the labels and the texts' token ids (then their vectors) are held, not the texts.
     * A small corpus (where analyzers are compared, see {@link #CHARACTER_CANDIDATE_BUDGET}) is
     * kept whole instead. The same pack, byte for byte, as training on the same data read whole.
     *
     * @param data     the labelled data, streamed once, e.g.
     *                 {@code each -> reader.stream(Path.of("articles.csv"), each)}
     * @param progress told of each step ({@code features}, {@code dimension <name>}, {@code done})
     * @return the pack, as {@link #train(Dataset)} gives it
     * @throws DatasetException         when the data cannot be read or is not valid (the stream's
     *                                  own error, e.g. a CSV's, with its line)
     * @throws IllegalArgumentException when the data cannot train a useful pack, as
     *                                  {@link #train(Dataset)} says
     */
    public ModelPack train(ExampleStream data, ProgressListener progress) throws DatasetException {
        long t0 = System.nanoTime();
        boolean keepSmall = mayCompareAnalyzers();
        List<Example> labelled = new ArrayList<>();
        // texts are kept while the corpus may still be small; past the budget (or when the
        // analyzer is fixed) they go to a tokenising pass and are dropped, each tokenised once
        List<Example> whole = new ArrayList<>();
        long[] chars = {0};
        FeatureSpaceBuilder.Pass[] pass = {null};
        Dataset head = data.stream(e -> {
            labelled.add(new Example(e.id(), "", e.labels(), e.group(), e.line()));
            if (pass[0] != null) {
                pass[0].add(e.text());
                return;
            }
            whole.add(e);
            chars[0] += e.text().length();
            if (!keepSmall || chars[0] > CHARACTER_CANDIDATE_BUDGET) {
                pass[0] = new FeatureSpaceBuilder(options.analyzer()).start();
                whole.forEach(w -> pass[0].add(w.text()));
                whole.clear();
            }
        });
        if (pass[0] == null) {
            return train(head.withExamples(whole), progress);
        }
        Dataset withoutTexts = head.withExamples(labelled);
        labelled.clear();
        requireValid(withoutTexts);
        warnOfFoldsThatCannotWork(withoutTexts);
        warnOfUnusedOrdinalLabels(withoutTexts);
        int steps = withoutTexts.dimensions().size() + 1;
        progress.progress("features", 0, steps);
        return finish(attempt(pass[0].finish(), withoutTexts, progress, 0, steps, null), withoutTexts, progress, steps, t0);
    }

    /** Refuses data no useful pack can be trained from, before any fitting. */
    private void requireValid(Dataset data) {
        if (data.size() < 2) {
            throw new IllegalArgumentException("need at least 2 documents to train, " + data.source() + " has " + data.size());
        }
        // a prior for a dimension or a label the data lacks would be silently ignored: found before fitting
        for (var e : options.priors().entrySet()) {
            DimensionSpec spec = data.dimensions().stream().filter(d -> d.name().equals(e.getKey())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("a prior is given for dimension '" + e.getKey()
                            + "', which " + data.source() + " does not label (dimensions: " + String.join(", ",
                            data.dimensions().stream().map(DimensionSpec::name).toList()) + "); correct the name or remove it"));
            for (String label : e.getValue().keySet()) {
                if (!spec.labels().contains(label)) {
                    throw new IllegalArgumentException("a prior is given for label '" + label + "' of dimension '"
                            + spec.name() + "', which " + data.source() + " does not have (labels: "
                            + String.join(", ", spec.labels()) + "); correct the label or remove it");
                }
            }
        }
        List<String> names = data.dimensions().stream().map(DimensionSpec::name).toList();
        options.requireAlgorithmDimensions(names, data.source(), "an algorithm is given for");
        ReportColumns.requireDistinct(names, data.source());
        for (int d = 0; d < data.dimensions().size(); d++) {
            // a hand-built dataset can carry a label its dimension does not list (the readers refuse one)
            int[] y = data.labelIndices(d);
            for (int i = 0; i < y.length; i++) {
                if (y[i] < 0) {
                    org.newsgauge.data.Example x = data.examples().get(i);
                    DimensionSpec spec = data.dimensions().get(d);
                    throw new IllegalArgumentException(data.source() + ", row '" + x.id() + "': label '"
                            + x.labels().get(d) + "' is not one of dimension '" + spec.name() + "' ("
                            + String.join(", ", spec.labels()) + "); add it to the dimension's labels or correct the row");
                }
            }
        }
        for (DimensionSpec spec : data.dimensions()) {
            if (data.size() >= 50 && java.util.Arrays.stream(data.labelIndices(data.dimensions().indexOf(spec))).distinct()
                    .count() == data.size()) {
                throw new IllegalArgumentException("every row of " + data.source() + " has a label of its own in '"
                        + spec.name() + "' (" + data.size() + " labels for " + data.size() + " rows): is it the label"
                        + " column? A classifier learns labels that recur");
            }
            if (spec.labels().size() < 2) {
                throw new IllegalArgumentException("dimension '" + spec.name() + "' has only the label "
                        + spec.labels() + " in " + data.source() + "; a classifier needs at least two labels");
            }
        }
    }

    /** Unused labels named in the warning before the rest are counted. */
    private static final int UNUSED_LISTED = 10;

    /**
     * Logs the declared labels of an ordinal dimension that no document has: the model still
     * gives each a probability (between its neighbours' thresholds), which is seldom meant.
     */
    private static void warnOfUnusedOrdinalLabels(Dataset data) {
        for (int d = 0; d < data.dimensions().size(); d++) {
            DimensionSpec spec = data.dimensions().get(d);
            if (spec.kind() != DimensionKind.ORDINAL) {
                continue;
            }
            int[] count = new int[spec.labels().size()];
            for (int y : data.labelIndices(d)) {
                count[y]++;
            }
            List<String> unused = new java.util.ArrayList<>();
            for (int l = 0; l < count.length; l++) {
                if (count[l] == 0) {
                    unused.add("'" + spec.labels().get(l) + "'");
                }
            }
            if (unused.isEmpty()) {
                continue;
            }
            // one line a dimension, whatever the length of its order (a scale of 1 to 70 gave 67 lines)
            boolean one = unused.size() == 1;
            String listed = unused.size() <= UNUSED_LISTED ? String.join(", ", unused)
                    : String.join(", ", unused.subList(0, UNUSED_LISTED)) + " and " + (unused.size() - UNUSED_LISTED) + " more";
            String them = one ? "it" : "them";
            LOG.warn("{}: ordinal dimension '{}' declares {}, which no document has; the model will still give {} a"
                            + " probability: add documents with {}, or leave {} out of the order",
                    data.source(), spec.name(), (one ? "the label " : unused.size() + " labels ") + listed,
                    one ? "it" : "each", them, them);
        }
    }

    /**
     * Logs calibration folds that cannot work: too few documents for them, or a dimension whose
     * folds hold out labels their training rows never saw (a group column tied to the label, a
     * label with one row).
     */
    private void warnOfFoldsThatCannotWork(Dataset data) {
        int k = options.calibrationFolds();
        if (k >= 2 && data.size() < 2 * k) {
            LOG.warn("{} calibration folds need at least {} documents and {} has {}: the probabilities are calibrated"
                    + " on the training scores (over-confident) and nothing is chosen on folds; use fewer folds or more"
                    + " documents", k, 2 * k, data.source(), data.size());
        }
        String[] groups = groups(data);
        for (int d = 0; d < data.dimensions().size(); d++) {
            int[] y = data.labelIndices(d);
            // the folds the dimension's trainer draws
            int[] fold = dimensionTrainer(d, data.dimensions().get(d).name()).calibrationFolds(data.size(), y, groups);
            String unseen = fold == null ? null : Folds.unseenHeldOut(fold, y, data.dimensions().get(d).labels());
            if (unseen != null) {
                LOG.warn("{}: in the calibration folds of '{}', {}: the held-out figures and the calibration are fitted"
                        + " on rows no model could label right; a label needs rows in two folds or more{}", data.source(),
                        data.dimensions().get(d).name(), unseen, groups == null ? ""
                                : " (with a group column: in two groups or more; is the group column tied to the label?)");
            }
        }
    }

    private ModelPack finish(Attempt best, Dataset data, ProgressListener progress, int steps, long t0) {
        progress.progress("done", steps, steps);
        LOG.debug("trained {} dimension(s) on {} documents, {} features, {} non-zeros, in {} ms", best.models().size(),
                data.size(), best.space().size(), best.nonZeros(), (System.nanoTime() - t0) / 1_000_000);
        String source = Path.of(data.source()).getFileName() == null ? data.source() : Path.of(data.source()).getFileName().toString();
        // what ran, not what was asked: too few documents for the folds are calibrated on the training scores
        int folds = best.heldOut().isEmpty() ? 0 : options.calibrationFolds();
        Provenance p = new Provenance(Version.CURRENT, options.algorithm(), best.params(), options.seed(),
                folds, source, data.sha256(), data.size(),
                data.textColumns().isEmpty() ? options.textColumns() : data.textColumns(),
                best.heldOut().isEmpty() ? null : new EvaluationReport(best.heldOut()));
        return new ModelPack(best.space(), best.models(), p);
    }

    /** The pack trained with one analyzer: its models, hyper-parameters and held-out figures. */
    private record Attempt(FeatureSpace space, List<DimensionModel> models, Map<String, Object> params,
                           Map<String, DimensionMetrics> heldOut, long nonZeros) {
    }

    /**
     * Trains every dimension of {@code data} (its labels) on the vectors {@code fs}, reusing the
     * held-out {@code trials} of the first candidate when given (one per dimension).
     */
    private Attempt attempt(FeatureSpaceBuilder.Result fs, Dataset data, ProgressListener progress, int step, int steps,
                            DimensionTrainer.Trial[] trials) {
        if (fs.space().size() == 0) {
            throw new IllegalArgumentException("no features: no word of " + data.source() + " occurs in at least "
                    + options.analyzer().minCount() + " of its " + data.size() + " documents (the minimum count,"
                    + " --min-count); check that the texts are not empty and share words, lower --min-count, or add documents");
        }
        Map<String, Object> params = new LinkedHashMap<>(candidates.get(0).params());
        if (varies(candidates, Learner::name) && varies(candidates, PackTrainer::cOf)) {
            // the first candidate's C says nothing of what each dimension was fitted with:
            // C.<dimension> and learner.<dimension> do
            params.remove("C");
        }
        if (options.calibrationFolds() >= 2 && data.size() >= 2 * options.calibrationFolds()) {
            // provenance: grouped and stratified held-out figures are not comparable
            String[] g = groups(data);
            boolean grouped = g != null && java.util.Arrays.stream(g).distinct().count() >= options.calibrationFolds();
            params.put(ParamKeys.FOLDS, grouped ? "grouped" : "stratified");
        }
        long nonZeros = DimensionTrainer.nonZeros(fs.vectors());
        LOG.debug("{} features, {} non-zeros from {} documents", fs.space().size(), nonZeros, data.size());
        String[] groups = groups(data);
        List<DimensionModel> models = new ArrayList<>();
        Map<String, DimensionMetrics> heldOut = new LinkedHashMap<>();
        for (int d = 0; d < data.dimensions().size(); d++) {
            DimensionSpec spec = data.dimensions().get(d);
            progress.progress("dimension " + spec.name(), step + d + 1, steps);
            int[] y = data.labelIndices(d);
            DimensionTrainer.Result r = dimensionTrainer(d, spec.name()).train(spec.name(), spec.kind(), spec.labels(), decoder(spec),
                    fs.vectors(), y, fs.space().size(), groups, trials == null ? null : trials[d]);
            DimensionModel model = r.model();
            recordChoice(params, spec, candidates(spec.name()), r, options.calibrationFolds(),
                    options.dimensionAlgorithms().get(spec.name()));
            double[] shift = priorShift(spec, y);
            if (shift != null) {
                model = model.withLogPriorShift(shift);
            }
            models.add(model);
            if (r.heldOut() != null) {
                heldOut.put(spec.name(), heldOutMetrics(model, r.heldOut(), y));
            }
        }
        return new Attempt(fs.space(), models, params, heldOut, nonZeros);
    }

    /**
     * The analyzers to compare, the configured one first. With {@link TrainingOptions#tuneFeatures()}
     * and a small corpus (at most {@link #CHARACTER_CANDIDATE_BUDGET} characters of text, where
     * they cost little), the same analyzer with character 2–5-grams is tried too: they carry the
     * signal of short texts (hashtags, inflections, misspellings) that words alone miss.
     */
    private List<AnalyzerConfig> analyzerCandidates(List<String> texts) {
        AnalyzerConfig a = options.analyzer();
        if (!mayCompareAnalyzers()) {
            return List.of(a);
        }
        long chars = 0;
        for (String t : texts) {
            chars += t.length();
        }
        return chars <= CHARACTER_CANDIDATE_BUDGET ? List.of(a, a.withCharNgrams(2, 5)) : List.of(a);
    }

    private boolean mayCompareAnalyzers() {
        return options.tuneFeatures() && !options.analyzer().charNgrams() && options.calibrationFolds() >= 2;
    }

    private static String describe(AnalyzerConfig a) {
        String words = a.wordNgrams() == 1 ? "words" : "words 1-" + a.wordNgrams();
        return a.charNgrams() ? words + " + chars " + a.charNgramMin() + "-" + a.charNgramMax() : words;
    }

    /**
     * The learners the held-out folds choose among, the default first: each learner of the
     * algorithm ({@link Learners#AUTO}: nbsvm, then svm) at its C and, when C is tuned, at half
     * and twice it. A tuned C is centred on the learner's own default
     * ({@link Learners#relativeC}); a fixed one is used as given.
     */
    private static List<Learner> candidates(TrainingOptions options, String algorithm) {
        List<String> names = algorithm.equals(Learners.AUTO) ? Learners.AUTO_CHOICES : List.of(algorithm);
        List<Learner> out = new ArrayList<>();
        for (String name : names) {
            boolean takesC = Learners.byName(name, options.c(), options.balanced()).params().containsKey("C");
            double centre = options.tuneC() && takesC ? options.c() * Learners.relativeC(name) : options.c();
            out.add(Learners.byName(name, centre, options.balanced()));
            if (options.tuneC() && takesC && options.calibrationFolds() >= 2) {
                out.add(Learners.byName(name, centre / 2, options.balanced()));
                out.add(Learners.byName(name, centre * 2, options.balanced()));
            }
        }
        return out;
    }

    /**
     * Records in the manifest's hyper-parameters (keys: {@link ParamKeys}) what each dimension was
     * fitted with when the folds chose: the learner ("learner.topic" = "svm", under
     * {@link Learners#AUTO}), the C when several were compared ("C.topic" = 0.5) and every
     * candidate's held-out figure ("C.topic.held_out" = "macro_f1 C=1: 0.8123, C=0.5: 0.8230,
     * C=2: 0.8011"; under auto "learner.topic.held_out" = "macro_f1 nbsvm C=0.25: 0.8301, ...,
     * svm C=1: 0.8123, ..."). A dimension with an algorithm of its own ({@code own}, null for
     * none) always records it, its learner and its C, which the pack's algorithm does not say,
     * and any other setting of its learner that differs from the pack-wide one as
     * {@code <key>.<dimension>}.
     */
    private static void recordChoice(Map<String, Object> params, DimensionSpec spec, List<Learner> candidates,
                                     DimensionTrainer.Result r, int folds, String own) {
        if (r.foldsFitted() > 0 && r.foldsFitted() < folds) {
            // provenance says what ran: a large corpus fits only the folds it needs
            params.put(ParamKeys.foldsFitted(spec.name()), r.foldsFitted());
        }
        if (own != null) {
            // the pack-wide parameters are the other dimensions' learner's: this one's are its own
            Learner chosen = candidates.get(r.chosen());
            params.put(ParamKeys.algorithm(spec.name()), own);
            params.put(ParamKeys.learner(spec.name()), chosen.name());
            chosen.params().forEach((key, value) -> {
                if (key.equals("C")) {
                    params.put(ParamKeys.c(spec.name()), value);
                } else if (!java.util.Objects.equals(params.get(key), value)) {
                    params.put(key + "." + spec.name(), value);
                }
            });
        }
        if (candidates.size() < 2) {
            return;
        }
        boolean learners = varies(candidates, Learner::name);
        boolean cs = varies(candidates, PackTrainer::cOf);
        Learner chosen = candidates.get(r.chosen());
        if (learners) {
            params.put(ParamKeys.learner(spec.name()), chosen.name());
        }
        if (cs) {
            params.put(ParamKeys.c(spec.name()), cOf(chosen));
        }
        double[] f = r.figures();
        if (f.length > 1) {
            StringBuilder sb = new StringBuilder(spec.kind() == DimensionKind.ORDINAL ? "mae" : "macro_f1");
            for (int i = 0; i < f.length; i++) {
                Learner l = candidates.get(i);
                sb.append(i == 0 ? " " : ", ").append(learners ? l.name() + " " : "").append("C=").append(fmt(cOf(l)))
                        .append(": ").append(String.format(java.util.Locale.ROOT, "%.4f", f[i]));
            }
            params.put(ParamKeys.heldOut(learners ? ParamKeys.learner(spec.name()) : ParamKeys.c(spec.name())), sb.toString());
        }
    }

    /** Whether the candidates differ in {@code what}. */
    private static boolean varies(List<Learner> candidates, java.util.function.Function<Learner, ?> what) {
        return candidates.stream().map(what).distinct().count() > 1;
    }

    private static double cOf(Learner l) {
        Object c = l.params().get("C");
        return c instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
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

    /** Figures over the rows that have a held-out distribution (all of them on a small corpus). */
    private static DimensionMetrics heldOutMetrics(DimensionModel model, double[][] dist, int[] y) {
        int n = 0;
        for (double[] p : dist) {
            n += p == null ? 0 : 1;
        }
        int[] truth = new int[n];
        int[] pred = new int[n];
        double[] conf = new double[n];
        for (int i = 0, r = 0; i < y.length; i++) {
            // measured on the training mix, before any prior shift
            double[] p = dist[i];
            if (p == null) {
                continue;
            }
            truth[r] = y[i];
            pred[r] = model.choose(p);
            conf[r] = p[pred[r]];
            r++;
        }
        return Metrics.compute(model.name(), model.labels(), model.kind() == DimensionKind.ORDINAL, truth, pred, conf);
    }
}
