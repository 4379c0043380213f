package org.newsgauge.bench;

import static org.newsgauge.bench.ExtractionBenchmark.median;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.newsgauge.api.ArticleClassifier;
import org.newsgauge.data.CsvDatasetReader;
import org.newsgauge.data.Dataset;
import org.newsgauge.metrics.DimensionMetrics;
import org.newsgauge.metrics.Metrics;
import org.newsgauge.model.ModelPack;
import org.newsgauge.model.PackReader;
import org.newsgauge.model.PackWriter;
import org.newsgauge.train.PackTrainer;
import org.newsgauge.train.TrainingOptions;

/**
 * Measures newsgauge and OpenNLP's DoccatME side by side, in one JVM, on the public datasets of
 * {@code ../shared/datasets}: accuracy and macro-F1 on the official test split, training time
 * of the whole process (read the CSV, train, save the model), single-thread classification
 * throughput from raw text, 2-thread throughput, and model size. Medians of several runs.
 *
 * <p>Two threads against one is measured paired ({@link #scaling}): alternating windows of one
 * and of two free-running workers, the ratio taken per pair of windows and its median reported,
 * so that the machine's slow and fast spells (they last seconds here and hit everything that
 * reads memory) fall on both sides of a ratio instead of on one.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.newsgauge.bench.AnchorComparison \
 *     --datasets ../shared/datasets --reps 3 [--only bbc_news,reuters_r8] [--opennlp bow,bigrams|none]
 *     [--algorithm auto|svm|nbsvm|...] [--c auto|NUMBER] [--char-ngrams auto|off|MIN-MAX]
 *     [--class-weight balanced|none] [--calibration-folds K]
 * </pre>
 *
 * The last five are the CLI's {@code train} options of the same names: {@code --algorithm svm
 * --c 1 --char-ngrams off} trains without any choice on the folds, and with
 * {@code --calibration-folds 0} also without held-out calibration (the fastest training, and the
 * most over-confident probabilities); {@code --class-weight balanced} with balanced class
 * weights (the library's default is none).
 *
 * fastText and scikit-learn run in the anchors' own harness in the same session
 * ({@code benchmarks/run-anchors.sh}); {@code benchmarks/compare.py} turns both into ratios.
 */
public final class AnchorComparison {
    private AnchorComparison() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = Options.parse(args, java.util.Set.of("datasets", "reps", "only", "opennlp", "algorithm",
                "c", "class-weight", "char-ngrams", "calibration-folds"));
        Path dir = Path.of(opt.getOrDefault("datasets", "../shared/datasets"));
        int reps = Integer.parseInt(opt.getOrDefault("reps", "3"));
        List<String> only = opt.containsKey("only") ? List.of(opt.get("only").split(",")) : List.of(
                "bbc_news", "cameo_pentaclass", "reuters_r8", "reuters_r52", "twenty_newsgroups", "semeval2016_task6");
        List<String> onlp = opt.containsKey("opennlp") ? List.of(opt.get("opennlp").split(","))
                .stream().filter(f -> !f.equals("none")).toList() : List.of("bow");
        String algorithm = opt.getOrDefault("algorithm", "auto");
        String c = opt.getOrDefault("c", "auto");
        String classWeight = opt.getOrDefault("class-weight", "none");
        if (!List.of("balanced", "none").contains(classWeight)) {
            throw new IllegalArgumentException("--class-weight takes balanced or none, not " + classWeight);
        }
        String chars = opt.getOrDefault("char-ngrams", "auto");
        TrainingOptions options = TrainingOptions.defaults().withAlgorithm(algorithm).withC(c)
                .withTunedFeatures(chars.equals("auto"))
                .withBalanced(classWeight.equals("balanced"));
        if (chars.matches("\\d+-\\d+")) {
            String[] range = chars.split("-");
            options = options.withAnalyzer(options.analyzer().withCharNgrams(Integer.parseInt(range[0]), Integer.parseInt(range[1])));
        } else if (!chars.equals("auto") && !chars.equals("off")) {
            throw new IllegalArgumentException("--char-ngrams takes auto, off or MIN-MAX, not " + chars);
        }
        if (opt.containsKey("calibration-folds")) {
            options = options.withCalibrationFolds(Integer.parseInt(opt.get("calibration-folds")));
        }
        String system = "newsgauge " + algorithm + (c.equals("auto") ? "" : " C=" + c)
                + (chars.equals("auto") ? "" : chars.equals("off") ? " words" : " chars " + chars)
                + (options.balanced() ? " balanced" : "")
                + (opt.containsKey("calibration-folds") ? " folds=" + options.calibrationFolds() : "");
        if (!Files.isDirectory(dir)) {
            System.out.println("SKIPPED: no datasets folder at " + dir);
            return;
        }
        for (String name : only) {
            Path train = dir.resolve(name).resolve("train.csv");
            Path test = dir.resolve(name).resolve("test.csv");
            if (!Files.exists(train) || !Files.exists(test)) {
                System.out.println("SKIPPED " + name + ": no train.csv/test.csv");
                continue;
            }
            boolean perTarget = header(train).contains("target");
            Result ng = newsgauge(train, test, perTarget, reps, options);
            print(name, system, ng);
            for (String f : onlp) {
                Result o = openNlp(train, test, perTarget, reps, f.equals("bigrams"));
                print(name, "OpenNLP DoccatME " + f, o);
                System.out.printf(Locale.ROOT, "RATIO %s newsgauge/OpenNLP-%s: train time %.2fx (lower is faster), "
                                + "1-thread docs/s %.2fx, model size %.2fx%n", name, f, ng.trainSeconds / o.trainSeconds,
                        ng.docsPerSecond / o.docsPerSecond, (double) ng.modelBytes / o.modelBytes);
            }
        }
    }

    /**
     * One system's figures; {@code docsPerSecond2} is the median of the two-thread windows of
     * {@link #scaling} and {@code twoThreadRatio} the median of its paired ratios.
     */
    record Result(double accuracy, double macroF1, double fAvg, double trainSeconds, double docsPerSecond,
                  double docsPerSecond2, double twoThreadRatio, long modelBytes, double[] trainRuns) {
    }

    static void print(String dataset, String system, Result r) {
        System.out.printf(Locale.ROOT, "RESULT %-18s %-26s acc %.4f  macroF1 %.4f%s  train %.2f s (runs %s)  "
                        + "docs/s 1-thread %.0f  2-thread %.0f (x%.2f paired)  model %.2f MB%n", dataset, system, r.accuracy,
                r.macroF1, Double.isNaN(r.fAvg) ? "" : String.format(Locale.ROOT, "  F_avg %.4f", r.fAvg),
                r.trainSeconds, Arrays.toString(Arrays.stream(r.trainRuns).map(v -> Math.round(v * 100) / 100.0).toArray()),
                r.docsPerSecond, r.docsPerSecond2, r.twoThreadRatio, r.modelBytes / 1e6);
    }

    static List<String> header(Path csv) throws IOException {
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getHeaderNames();
        }
    }

    static List<CSVRecord> rows(Path csv) throws IOException {
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }

    // ------------------------------------------------------------------ newsgauge

    static Result newsgauge(Path train, Path test, boolean perTarget, int reps, TrainingOptions options)
            throws Exception {
        double[] runs = new double[reps];
        Map<String, ModelPack> packs = new LinkedHashMap<>();
        long bytes = 0;
        // one model per target: the split into one CSV per target is the harness's work, done
        // before the clock starts, so each model reads its own rows once, as OpenNLP does in memory
        Map<String, Path> parts = perTarget ? splitByTarget(train) : Map.of();
        for (int r = 0; r < reps; r++) {
            long t0 = System.nanoTime();
            packs.clear();
            bytes = 0;
            if (perTarget) {
                for (Map.Entry<String, Path> e : parts.entrySet()) {
                    Dataset d = CsvDatasetReader.builder().textColumns("text").labelColumns("label").build().read(e.getValue());
                    ModelPack p = new PackTrainer(options).train(d);
                    Path out = e.getValue().resolveSibling("model.ngpack");
                    PackWriter.write(p, out);
                    bytes += Files.size(out);
                    packs.put(e.getKey(), p);
                    Files.delete(out);
                }
            } else {
                Dataset d = CsvDatasetReader.builder().textColumns("text").labelColumns("label").build().read(train);
                ModelPack p = new PackTrainer(options).train(d);
                Path out = Files.createTempFile("ng-bench", ".ngpack");
                PackWriter.write(p, out);
                bytes = Files.size(out);
                packs.put("", PackReader.read(out));
                Files.delete(out);
            }
            runs[r] = (System.nanoTime() - t0) / 1e9;
        }
        List<CSVRecord> testRows = rows(test);
        List<String> texts = new ArrayList<>();
        List<String> truth = new ArrayList<>();
        List<ArticleClassifier> clf = new ArrayList<>();
        Map<String, ArticleClassifier> byTarget = new LinkedHashMap<>();
        packs.forEach((t, p) -> byTarget.put(t, ArticleClassifier.of(p).withExplanations(0)));
        for (CSVRecord rec : testRows) {
            texts.add(rec.get("text"));
            truth.add(rec.get("label"));
            clf.add(byTarget.get(perTarget ? rec.get("target") : ""));
        }
        List<String> predicted = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            predicted.add(clf.get(i).classify(texts.get(i)).predictions().values().iterator().next().label());
        }
        double tput = throughput(i -> clf.get(i).classify(texts.get(i)), texts.size());
        double[] scale = scaling(i -> clf.get(i).classify(texts.get(i)), texts.size());
        return score(truth, predicted, perTarget, median(runs), tput, scale, bytes, runs);
    }

    /** One CSV (id, text, label) per target of {@code train}, in target order, in a temporary folder deleted on exit. */
    static Map<String, Path> splitByTarget(Path train) throws IOException {
        Map<String, List<CSVRecord>> byTarget = new java.util.TreeMap<>();
        for (CSVRecord r : rows(train)) {
            byTarget.computeIfAbsent(r.get("target"), k -> new ArrayList<>()).add(r);
        }
        Path dir = Files.createTempDirectory("ng-bench");
        dir.toFile().deleteOnExit();
        Map<String, Path> parts = new LinkedHashMap<>();
        int i = 0;
        for (Map.Entry<String, List<CSVRecord>> e : byTarget.entrySet()) {
            Path out = Files.createDirectory(dir.resolve("t" + i++)).resolve("train.csv");
            out.getParent().toFile().deleteOnExit();
            out.toFile().deleteOnExit();
            try (var w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
                 var p = new org.apache.commons.csv.CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader("id", "text", "label").get())) {
                for (CSVRecord r : e.getValue()) {
                    p.printRecord(r.get("id"), r.get("text"), r.get("label"));
                }
            }
            parts.put(e.getKey(), out);
        }
        return parts;
    }

    interface Classify {
        Object run(int i) throws Exception;
    }

    /** Single-thread documents per second over the test texts: median of 5 timed runs (each at least 1 s) after a warm-up run. */
    static double throughput(Classify c, int n) throws Exception {
        // leave training's garbage out of the measurement
        System.gc();
        double[] runs = new double[6];
        for (int r = 0; r < runs.length; r++) {
            int passes = 0;
            long t0 = System.nanoTime();
            long done = 0;
            do {
                for (int i = 0; i < n; i++) {
                    c.run(i);
                }
                done += n;
                passes++;
            } while (System.nanoTime() - t0 < 1_000_000_000L && passes < 1000);
            runs[r] = done / ((System.nanoTime() - t0) / 1e9);
        }
        return median(Arrays.copyOfRange(runs, 1, runs.length));
    }

    /** Paired windows of {@link #scaling}, in each order. */
    static final int SCALING_ROUNDS = 12;

    /**
     * Two threads against one, paired: {@link #SCALING_ROUNDS} rounds, each a 0.5 s window of one
     * worker and one of two (in alternating order), workers running through the test texts
     * without waiting for each other (as a batch of many documents runs), the ratio taken per
     * round. Returns the medians of the two-thread docs/s and of the ratios (one thread alone is
     * {@link #throughput}'s).
     */
    static double[] scaling(Classify c, int n) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        System.gc();
        try {
            window(c, n, 1, pool);
            window(c, n, 2, pool);
            double[] one = new double[SCALING_ROUNDS];
            double[] two = new double[SCALING_ROUNDS];
            double[] ratio = new double[SCALING_ROUNDS];
            for (int r = 0; r < SCALING_ROUNDS; r++) {
                if (r % 2 == 0) {
                    one[r] = window(c, n, 1, pool);
                    two[r] = window(c, n, 2, pool);
                } else {
                    two[r] = window(c, n, 2, pool);
                    one[r] = window(c, n, 1, pool);
                }
                ratio[r] = two[r] / one[r];
            }
            return new double[] {median(two), median(ratio)};
        } finally {
            pool.shutdown();
        }
    }

    /** Docs/s of {@code threads} workers each classifying every {@code threads}-th text, round and round, for 0.5 s. */
    static double window(Classify c, int n, int threads, ExecutorService pool) throws Exception {
        long t0 = System.nanoTime();
        long end = t0 + 500_000_000L;
        List<Future<Long>> fs = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            final int first = t;
            fs.add(pool.submit(() -> {
                long done = 0;
                int i = first;
                while (System.nanoTime() < end) {
                    c.run(i);
                    done++;
                    i += threads;
                    if (i >= n) {
                        i = first;
                    }
                }
                return done;
            }));
        }
        long done = 0;
        for (Future<Long> f : fs) {
            done += f.get();
        }
        return done / ((System.nanoTime() - t0) / 1e9);
    }

    static Result score(List<String> truth, List<String> predicted, boolean perTarget, double train, double dps,
                        double[] scale, long bytes, double[] runs) {
        TreeSet<String> labelSet = new TreeSet<>(truth);
        labelSet.addAll(predicted);
        List<String> labels = new ArrayList<>(labelSet);
        int[] t = truth.stream().mapToInt(labels::indexOf).toArray();
        int[] p = predicted.stream().mapToInt(labels::indexOf).toArray();
        DimensionMetrics m = Metrics.compute("label", labels, false, t, p, new double[t.length]);
        double fAvg = Double.NaN;
        if (perTarget) {
            fAvg = (m.perLabel().get("favor").f1() + m.perLabel().get("against").f1()) / 2;
        }
        return new Result(m.accuracy(), m.macroF1(), fAvg, train, dps, scale[0], scale[1], bytes, runs);
    }

    // ------------------------------------------------------------------ OpenNLP DoccatME

    static String[] tokens(String text) {
        return text.toLowerCase(Locale.ROOT).split("\\s+");
    }

    static Result openNlp(Path train, Path test, boolean perTarget, int reps, boolean bigrams) throws Exception {
        double[] runs = new double[reps];
        Map<String, DoccatModel> models = new LinkedHashMap<>();
        long bytes = 0;
        for (int r = 0; r < reps; r++) {
            long t0 = System.nanoTime();
            models.clear();
            bytes = 0;
            Map<String, List<DocumentSample>> samples = new LinkedHashMap<>();
            for (CSVRecord rec : rows(train)) {
                samples.computeIfAbsent(perTarget ? rec.get("target") : "", k -> new ArrayList<>())
                        .add(new DocumentSample(rec.get("label"), tokens(rec.get("text"))));
            }
            for (Map.Entry<String, List<DocumentSample>> e : samples.entrySet()) {
                TrainingParameters params = TrainingParameters.defaultParams();
                params.put(TrainingParameters.ITERATIONS_PARAM, 100);
                params.put(TrainingParameters.CUTOFF_PARAM, 5);
                FeatureGenerator[] fg = bigrams
                        ? new FeatureGenerator[] {new BagOfWordsFeatureGenerator(), new NGramFeatureGenerator(2, 2)}
                        : new FeatureGenerator[] {new BagOfWordsFeatureGenerator()};
                DoccatModel m = DocumentCategorizerME.train("en", ObjectStreamUtils.createObjectStream(e.getValue()),
                        params, new DoccatFactory(fg));
                Path out = Files.createTempFile("onlp-bench", ".bin");
                try (OutputStream os = Files.newOutputStream(out)) {
                    m.serialize(os);
                }
                bytes += Files.size(out);
                Files.delete(out);
                models.put(e.getKey(), m);
            }
            runs[r] = (System.nanoTime() - t0) / 1e9;
        }
        List<CSVRecord> testRows = rows(test);
        List<String> texts = new ArrayList<>();
        List<String> truth = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (CSVRecord rec : testRows) {
            texts.add(rec.get("text"));
            truth.add(rec.get("label"));
            keys.add(perTarget ? rec.get("target") : "");
        }
        // DocumentCategorizerME is not thread-safe: one per thread
        ThreadLocal<Map<String, DocumentCategorizerME>> cats = ThreadLocal.withInitial(() -> {
            Map<String, DocumentCategorizerME> m = new LinkedHashMap<>();
            models.forEach((k, v) -> m.put(k, new DocumentCategorizerME(v)));
            return m;
        });
        List<String> predicted = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            DocumentCategorizerME c = cats.get().get(keys.get(i));
            predicted.add(c.getBestCategory(c.categorize(tokens(texts.get(i)))));
        }
        Classify one = i -> {
            DocumentCategorizerME c = cats.get().get(keys.get(i));
            return c.getBestCategory(c.categorize(tokens(texts.get(i))));
        };
        double t1 = throughput(one, texts.size());
        double[] scale = scaling(one, texts.size());
        return score(truth, predicted, perTarget, median(runs), t1, scale, bytes, runs);
    }
}
