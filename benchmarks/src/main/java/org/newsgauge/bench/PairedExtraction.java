package org.newsgauge.bench;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Extraction speed of two builds of newsgauge, compared in one JVM: each build's benchmarks jar
 * is loaded in its own class loader, and the two extract all HTML pages of a folder in
 * alternating slices of CPU time. On a busy machine the level of every workload moves with what
 * else runs on the cores (see {@link ExtractionDrift}), in the same JVM from one second to the next;
 * slices this short see the same machine, so this separates builds that runs in separate JVMs
 * cannot. The per-round ratio (second build over first) is what to read.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.newsgauge.bench.PairedExtraction \
 *     OLD-benchmarks.jar NEW-benchmarks.jar training-data/pages 40 0.3
 * </pre>
 *
 * Arguments: the two jars (each with newsgauge and its dependencies, as
 * {@code benchmarks/target/benchmarks.jar} is), the folder of pages (read as
 * {@link ExtractionBenchmark} reads them), rounds, CPU seconds per slice.
 * Prints the median MB/s of each build and the median of the per-round ratios.
 */
public final class PairedExtraction {
    private static volatile int sink;

    private PairedExtraction() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            System.err.println("usage: PairedExtraction OLD.jar NEW.jar PAGES-DIR ROUNDS SECONDS-PER-SLICE");
            System.exit(2);
        }
        ExtractionBenchmark b = new ExtractionBenchmark();
        b.load(Path.of(args[2]));
        List<String> pages = b.pages;
        double mb = b.totalBytes / 1e6;
        int rounds = Integer.parseInt(args[3]);
        double slice = Double.parseDouble(args[4]);
        Runnable[] builds = {extractor(Path.of(args[0]), pages), extractor(Path.of(args[1]), pages)};
        for (Runnable build : builds) { // warm-up: 4 s of CPU each
            ExtractionBenchmark.rate(build, 4);
        }
        double[][] mbs = new double[2][rounds];
        double[] ratio = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < 2; k++) {
                mbs[k][r] = mb * ExtractionBenchmark.rate(builds[k], slice);
            }
            ratio[r] = mbs[1][r] / mbs[0][r];
        }
        long faster = Arrays.stream(ratio).filter(x -> x > 1).count();
        System.out.printf(Locale.ROOT, "%d pages, %.2f MB a pass, %d rounds of %.1f s CPU%n", pages.size(), mb, rounds, slice);
        System.out.printf(Locale.ROOT, "first  %s: %.2f MB/s median%n", args[0], ExtractionBenchmark.median(mbs[0]));
        System.out.printf(Locale.ROOT, "second %s: %.2f MB/s median%n", args[1], ExtractionBenchmark.median(mbs[1]));
        System.out.printf(Locale.ROOT, "second / first: %.3f median of per-round ratios (%d of %d rounds above 1)%n",
                ExtractionBenchmark.median(ratio), faster, rounds);
    }

    /** One pass of {@code ArticleExtractor.extract} over the pages, with the classes of {@code jar}. */
    private static Runnable extractor(Path jar, List<String> pages) throws Exception {
        URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
        Class<?> format = loader.loadClass("org.newsgauge.text.SourceFormat");
        Object html = format.getField("HTML").get(null);
        Method extract = loader.loadClass("org.newsgauge.text.extract.ArticleExtractor")
                .getMethod("extract", String.class, format, boolean.class);
        Method body = loader.loadClass("org.newsgauge.text.ExtractionResult").getMethod("body");
        return () -> {
            try {
                int n = 0;
                for (String page : pages) {
                    n += ((String) body.invoke(extract.invoke(null, page, html, false))).length();
                }
                sink += n;
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        };
    }
}
