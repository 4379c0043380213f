package org.newsgauge.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgauge.api.ArticleClassifier;
import org.newsgauge.data.CsvDatasetReader;
import org.newsgauge.data.Dataset;
import org.newsgauge.hostile.CollidingWords;
import org.newsgauge.model.ModelPack;
import org.newsgauge.model.PackReader;
import org.newsgauge.model.PackWriter;
import org.newsgauge.text.AnalyzerConfig;
import org.newsgauge.train.PackTrainer;
import org.newsgauge.train.TrainingOptions;

/**
 * Times the word table with words chosen to share one hash under its old, fixed hash
 * ({@link CollidingWords}) against random words of the same letters and length, in this JVM:
 * training a pack on a CSV of them (100 words a row, one feature per word), loading the pack,
 * and classifying a document of 40,000 more such words with it. Each step once, as the slow
 * case is slow enough; "before" is this class compiled against the library of commit 86c77c2
 * (the commit before the tables were keyed), as docs/hostile-input.md says.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.newsgauge.bench.HashFlooding [--words 100000]
 * </pre>
 */
public final class HashFlooding {
    private HashFlooding() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = Options.parse(args, Set.of("words"));
        int n = Integer.parseInt(opt.getOrDefault("words", "100000"));
        int more = 40_000;
        List<String> chosen = CollidingWords.ofOneUnkeyedHash(n + more);
        List<String> random = CollidingWords.random(n + more, chosen.get(0).length(), 5);
        Path dir = Files.createTempDirectory("ng-flood");
        System.out.println("words     train s   load s   classify s");
        for (Map.Entry<String, List<String>> e : Map.of("chosen", chosen, "random", random).entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).toList()) {
            List<String> words = e.getValue();
            StringBuilder csv = new StringBuilder("id,text,topic\n");
            for (int d = 0; d * 100 < n; d++) {
                csv.append(d).append(',').append(String.join(" ", words.subList(d * 100, Math.min(n, d * 100 + 100))))
                        .append(d % 2 == 0 ? ",sport\n" : ",markets\n");
            }
            Path file = Files.writeString(dir.resolve(e.getKey() + ".csv"), csv);
            Path pack = dir.resolve(e.getKey() + ".ngpack");
            long t0 = System.nanoTime();
            Dataset data = CsvDatasetReader.builder().textColumns("text").labelColumns("topic").build().read(file);
            ModelPack trained = new PackTrainer(TrainingOptions.defaults()
                    .withAnalyzer(AnalyzerConfig.defaults().withWordNgrams(1).withCharNgrams(0, 0).withMinCount(1))
                    .withTunedFeatures(false).withAlgorithm("svm").withC(1.0).withCalibrationFolds(0)).train(data);
            PackWriter.write(trained, pack);
            long t1 = System.nanoTime();
            ArticleClassifier loaded = ArticleClassifier.of(PackReader.read(pack));
            long t2 = System.nanoTime();
            loaded.classify(String.join(" ", words.subList(n, n + more)));
            long t3 = System.nanoTime();
            System.out.printf(Locale.ROOT, "%-8s %8.2f %8.2f %11.2f%n", e.getKey(), (t1 - t0) / 1e9, (t2 - t1) / 1e9,
                    (t3 - t2) / 1e9);
            Files.delete(file);
            Files.delete(pack);
        }
        Files.delete(dir);
    }
}
