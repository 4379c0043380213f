package org.newsgauge.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsgauge.data.CsvDatasetReader;
import org.newsgauge.data.Dataset;
import org.newsgauge.model.ModelPack;
import org.newsgauge.model.PackWriter;
import org.newsgauge.train.PackTrainer;
import org.newsgauge.train.TrainingOptions;

/**
 * Times training's whole process with the default options, several times in one JVM, for A/B
 * runs of two builds (run them in turn; the machine is noisy): read a CSV with columns
 * {@code text} and {@code label}, train, write the pack. With {@code read} it times reading the
 * CSV alone.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.newsgauge.bench.TrainTiming TRAIN.csv RUNS [train|read]
 * </pre>
 *
 * Prints each run's milliseconds and the median of the runs after the first (the JIT's warm-up).
 */
public final class TrainTiming {
    private TrainTiming() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2 || args.length > 3 || args.length == 3 && !List.of("train", "read").contains(args[2])) {
            System.err.println("usage: TrainTiming TRAIN.csv RUNS [train|read]");
            System.exit(2);
        }
        Path csv = Path.of(args[0]);
        int runs = Integer.parseInt(args[1]);
        boolean train = args.length < 3 || args[2].equals("train");
        CsvDatasetReader reader = CsvDatasetReader.builder().textColumns("text").labelColumns("label").build();
        Path out = Files.createTempFile("train-timing", ".ngpack");
        List<Double> ms = new ArrayList<>();
        try {
            for (int r = 0; r < runs; r++) {
                long t0 = System.nanoTime();
                Dataset d = reader.read(csv);
                if (train) {
                    ModelPack pack = new PackTrainer(TrainingOptions.defaults()).train(d);
                    PackWriter.write(pack, out);
                }
                ms.add((System.nanoTime() - t0) / 1e6);
            }
        } finally {
            Files.deleteIfExists(out);
        }
        List<Double> warm = new ArrayList<>(ms.subList(Math.min(1, ms.size() - 1), ms.size()));
        warm.sort(null);
        System.out.printf(Locale.ROOT, "%s %s: runs %s ms, median after the first %.0f ms%n", train ? "train" : "read",
                csv.getFileName(), ms.stream().map(m -> String.format(Locale.ROOT, "%.0f", m)).toList(),
                warm.get(warm.size() / 2));
    }
}
