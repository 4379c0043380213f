package org.newsgauge.bench;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.newsgauge.api.ArticleClassifier;

/**
 * Single-thread classification throughput of one pack on the {@code text} column of a CSV, for
 * A/B runs of two builds (run each in a fresh JVM, alternately; the machine is noisy):
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.newsgauge.bench.ClassifyThroughput PACK TEST.csv SECONDS
 * </pre>
 *
 * Prints documents per second over the whole run, explanations off, raw text (no extraction).
 */
public final class ClassifyThroughput {
    private ClassifyThroughput() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: ClassifyThroughput PACK TEST.csv SECONDS");
            System.exit(2);
        }
        ArticleClassifier classifier = ArticleClassifier.load(Path.of(args[0])).withExplanations(0);
        List<String> texts = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(Path.of(args[1]), StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                texts.add(rec.get("text"));
            }
        }
        long t0 = System.nanoTime();
        long end = t0 + Long.parseLong(args[2]) * 1_000_000_000L;
        long n = 0;
        while (System.nanoTime() < end) {
            for (String t : texts) {
                classifier.classify(t);
                n++;
            }
        }
        System.out.printf(Locale.ROOT, "%.0f docs/s%n", n / ((System.nanoTime() - t0) / 1e9));
    }
}
