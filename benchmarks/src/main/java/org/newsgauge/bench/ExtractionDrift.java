package org.newsgauge.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Whether a slow extraction figure comes from the code or from the machine: in one JVM, after the
 * warm-up of {@link ExtractionBenchmark} (jsoup's parse, then extraction), alternates short slices
 * of jsoup's parse alone and of extraction, and prints each pair with the time since the JVM
 * started. Compiled code only changes at compilation events ({@code -XX:+PrintCompilation} shows
 * them); when extraction and the parse slow down and speed up together between two slices, with
 * their ratio unchanged, the machine changed (other processes on the two cores), not the JIT.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar org.newsgauge.bench.ExtractionDrift training-data/pages 60 0.5
 * }</pre>
 */
public final class ExtractionDrift {

    private ExtractionDrift() {
    }

    /**
     * Runs the slices: {@code [pages-dir] [rounds] [cpu-seconds-per-slice]} (defaults: the
     * extraction test pages, 60 rounds, 0.5 s).
     *
     * @param args optional directory of pages, number of rounds and CPU seconds per slice
     */
    public static void main(String[] args) {
        ExtractionBenchmark b = new ExtractionBenchmark();
        b.load(args.length > 0 ? Path.of(args[0]) : ExtractionBenchmark.defaultDir());
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        double slice = args.length > 2 ? Double.parseDouble(args[2]) : 0.5;
        double mb = b.totalBytes / 1e6;
        Runnable parse = b.parsePass();
        Runnable extract = b.extractPass();
        ExtractionBenchmark.rate(parse, 6); // the warm-up of ExtractionBenchmark: parse first, then extraction
        ExtractionBenchmark.rate(extract, 6);
        System.out.printf(Locale.ROOT, "%d HTML pages, %.2f MB per pass; %d rounds of %.1f s CPU per workload%n",
                b.pages.size(), mb, rounds, slice);
        long start = ManagementFactory.getRuntimeMXBean().getStartTime();
        double[] extracts = new double[rounds];
        double[] ratios = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            double p = mb * ExtractionBenchmark.rate(parse, slice);
            double e = mb * ExtractionBenchmark.rate(extract, slice);
            extracts[r] = e;
            ratios[r] = e / p;
            System.out.printf(Locale.ROOT, "t=%6.1f s  parse %5.1f MB/s  extract %5.1f MB/s  extract/parse %.3f%n",
                    (System.currentTimeMillis() - start) / 1e3, p, e, ratios[r]);
        }
        System.out.printf(Locale.ROOT, "extract %.1f-%.1f MB/s (median %.1f), extract/parse %.3f-%.3f (median %.3f)%n",
                min(extracts), max(extracts), ExtractionBenchmark.median(extracts), min(ratios), max(ratios),
                ExtractionBenchmark.median(ratios));
    }

    private static double min(double[] v) {
        return Arrays.stream(v).min().orElse(0);
    }

    private static double max(double[] v) {
        return Arrays.stream(v).max().orElse(0);
    }
}
