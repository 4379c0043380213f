package org.newsgauge.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.newsgauge.api.ArticleClassifier;
import org.newsgauge.data.CsvDatasetReader;
import org.newsgauge.data.Dataset;
import org.newsgauge.model.DimensionModel;
import org.newsgauge.model.LinearModel;
import org.newsgauge.model.ModelPack;
import org.newsgauge.model.PackWriter;
import org.newsgauge.text.FeatureSpace;
import org.newsgauge.train.PackTrainer;
import org.newsgauge.train.TrainingOptions;

/**
 * What a smaller pack would cost in accuracy: trains the default packs of one dataset (one per
 * target on SemEval), then keeps only the features with the largest weights (a feature's weight
 * relative to the largest of its output, the most of any output and dimension), and measures
 * pack size, single-thread throughput and accuracy at each share kept, beside OpenNLP DoccatME's
 * bag-of-words models of the same data.
 *
 * <p>The pruned packs are not refitted: a kept feature keeps its weight and IDF, and a document's
 * vector is normalised over the kept features only. Refitting on the kept vocabulary is what a
 * higher minimum count does (also measured in docs/benchmarks.md).
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.newsgauge.bench.PruningCurve \
 *     --datasets ../shared/datasets [--only semeval2016_task6] [--keep 1,0.6,0.4,0.3,0.2,0.1]
 *     [--char-ngrams MIN-MAX] [--min-count N]
 * </pre>
 *
 * <p>With {@code --char-ngrams} or {@code --min-count} the packs are trained with that analyzer
 * (character n-grams on, 2–5 and 2 unless given) instead of the folds' choice: fewer features by
 * training rather than by pruning ({@code --keep 1} then gives that pack alone).
 */
public final class PruningCurve {
    private PruningCurve() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = Options.parse(args, java.util.Set.of("datasets", "only", "keep", "char-ngrams", "min-count"));
        TrainingOptions options = TrainingOptions.defaults();
        if (opt.containsKey("char-ngrams") || opt.containsKey("min-count")) {
            // a fixed analyzer: the packs are trained on fewer features instead of pruned after
            String[] range = opt.getOrDefault("char-ngrams", "2-5").split("-");
            options = options.withAnalyzer(options.analyzer().withCharNgrams(Integer.parseInt(range[0]), Integer.parseInt(range[1]))
                    .withMinCount(Integer.parseInt(opt.getOrDefault("min-count", "2"))));
        }
        Path dir = Path.of(opt.getOrDefault("datasets", "../shared/datasets")).resolve(opt.getOrDefault("only", "semeval2016_task6"));
        double[] keeps = Arrays.stream(opt.getOrDefault("keep", "1,0.6,0.4,0.3,0.2,0.1").split(","))
                .mapToDouble(Double::parseDouble).toArray();
        Path train = dir.resolve("train.csv");
        Path test = dir.resolve("test.csv");
        if (!Files.exists(train) || !Files.exists(test)) {
            System.out.println("SKIPPED: no train.csv/test.csv in " + dir);
            return;
        }
        boolean perTarget = AnchorComparison.header(train).contains("target");
        Map<String, Path> parts = perTarget ? AnchorComparison.splitByTarget(train) : Map.of("", train);
        Map<String, ModelPack> packs = new LinkedHashMap<>();
        for (Map.Entry<String, Path> e : parts.entrySet()) {
            Dataset d = CsvDatasetReader.builder().textColumns("text").labelColumns("label").build().read(e.getValue());
            packs.put(e.getKey(), new PackTrainer(options).train(d));
        }
        List<CSVRecord> rows = AnchorComparison.rows(test);
        AnchorComparison.Result onlp = AnchorComparison.openNlp(train, test, perTarget, 1, false);
        System.out.printf(Locale.ROOT, "OpenNLP DoccatME bow: %d bytes, %,.0f docs/s, macro-F1 %.4f%s%n", onlp.modelBytes(),
                onlp.docsPerSecond(), onlp.macroF1(), perTarget ? String.format(Locale.ROOT, ", F_avg %.4f", onlp.fAvg()) : "");
        System.out.println("keep  features   bytes  size/OpenNLP  docs/s  tput/OpenNLP  macro-F1  F_avg");
        for (double keep : keeps) {
            long bytes = 0;
            int features = 0;
            Map<String, ArticleClassifier> byTarget = new LinkedHashMap<>();
            for (Map.Entry<String, ModelPack> e : packs.entrySet()) {
                ModelPack pruned = prune(e.getValue(), keep);
                bytes += PackWriter.toBytes(pruned).length;
                features += pruned.features().size();
                byTarget.put(e.getKey(), ArticleClassifier.of(pruned).withExplanations(0));
            }
            List<ArticleClassifier> clf = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            List<String> truth = new ArrayList<>();
            List<String> predicted = new ArrayList<>();
            for (CSVRecord r : rows) {
                ArticleClassifier c = byTarget.get(perTarget ? r.get("target") : "");
                clf.add(c);
                texts.add(r.get("text"));
                truth.add(r.get("label"));
                predicted.add(c.classify(r.get("text")).predictions().values().iterator().next().label());
            }
            double dps = AnchorComparison.throughput(i -> clf.get(i).classify(texts.get(i)), texts.size());
            AnchorComparison.Result s = AnchorComparison.score(truth, predicted, perTarget, 0, dps, new double[2], bytes, new double[0]);
            System.out.printf(Locale.ROOT, "%.2f  %8d  %7d  %11.2fx  %,7.0f  %11.2fx  %.4f    %s%n", keep, features, bytes,
                    (double) bytes / onlp.modelBytes(), dps, dps / onlp.docsPerSecond(), s.macroF1(),
                    perTarget ? String.format(Locale.ROOT, "%.4f", s.fAvg()) : "-");
        }
    }

    /** {@code pack} with the share {@code keep} of its features whose largest relative weight is largest. */
    static ModelPack prune(ModelPack pack, double keep) {
        FeatureSpace space = pack.features();
        int n = space.size();
        double[] importance = new double[n];
        for (DimensionModel d : pack.dimensions()) {
            LinearModel lm = d.linear();
            int k = lm.outputs();
            float[] w = lm.weights();
            double[] max = new double[k];
            for (int i = 0; i < w.length; i++) {
                max[i % k] = Math.max(max[i % k], Math.abs(w[i]));
            }
            for (int f = 0; f < n; f++) {
                for (int c = 0; c < k; c++) {
                    importance[f] = Math.max(importance[f], max[c] == 0 ? 0 : Math.abs(w[f * k + c]) / max[c]);
                }
            }
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        // stable: ties keep feature order, so the curve is the same run to run
        Arrays.sort(order, (a, b) -> Double.compare(importance[b], importance[a]));
        boolean[] kept = new boolean[n];
        for (int i = 0; i < Math.round(keep * n); i++) {
            kept[order[i]] = true;
        }
        List<String> names = new ArrayList<>();
        List<Integer> index = new ArrayList<>();
        for (int f = 0; f < n; f++) {
            if (kept[f]) {
                names.add(space.name(f));
                index.add(f);
            }
        }
        float[] allIdf = space.idf();
        float[] idf = new float[index.size()];
        for (int i = 0; i < idf.length; i++) {
            idf[i] = allIdf[index.get(i)];
        }
        List<DimensionModel> dims = new ArrayList<>();
        for (DimensionModel d : pack.dimensions()) {
            LinearModel lm = d.linear();
            int k = lm.outputs();
            float[] w = lm.weights();
            float[] kw = new float[index.size() * k];
            for (int i = 0; i < index.size(); i++) {
                System.arraycopy(w, index.get(i) * k, kw, i * k, k);
            }
            dims.add(new DimensionModel(d.name(), d.kind(), d.labels(), d.decoder(),
                    new LinearModel(k, index.size(), kw, lm.bias()).quantized(), d.calibration(), d.logPriorShift()));
        }
        return new ModelPack(FeatureSpace.fromNames(space.config(), names, idf), dims, pack.provenance());
    }
}
