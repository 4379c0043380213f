package org.newsgauge.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

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
 * {@code benchmarks/target/benchmarks.jar} is), the folder of pages, rounds, CPU seconds per slice.
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
        List<String> pages = new ArrayList<>();
        long bytes = 0;
        try (Stream<Path> s = Files.list(Path.of(args[2]))) {
            for (Path p : s.sorted().toList()) {
                if (p.getFileName().toString().endsWith(".html")) {
                    String html = Files.readString(p, StandardCharsets.UTF_8);
                    pages.add(html);
                    bytes += html.getBytes(StandardCharsets.UTF_8).length;
                }
            }
        }
        int rounds = Integer.parseInt(args[3]);
        double slice = Double.parseDouble(args[4]);
        Runnable[] builds = {extractor(Path.of(args[0]), pages), extractor(Path.of(args[1]), pages)};
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        for (Runnable b : builds) { // warm-up: 4 s of CPU each
            long c0 = cpu.getCurrentThreadCpuTime();
            while (cpu.getCurrentThreadCpuTime() - c0 < 4_000_000_000L) {
                b.run();
            }
        }
        double[][] mbs = new double[2][rounds];
        double[] ratio = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < 2; k++) {
                long c0 = cpu.getCurrentThreadCpuTime();
                int passes = 0;
                do {
                    builds[k].run();
                    passes++;
                } while (cpu.getCurrentThreadCpuTime() - c0 < slice * 1e9);
                mbs[k][r] = bytes / 1e6 * passes / ((cpu.getCurrentThreadCpuTime() - c0) / 1e9);
            }
            ratio[r] = mbs[1][r] / mbs[0][r];
        }
        long faster = Arrays.stream(ratio).filter(x -> x > 1).count();
        System.out.printf(Locale.ROOT, "%d pages, %.2f MB a pass, %d rounds of %.1f s CPU%n", pages.size(), bytes / 1e6, rounds, slice);
        System.out.printf(Locale.ROOT, "first  %s: %.2f MB/s median%n", args[0], median(mbs[0]));
        System.out.printf(Locale.ROOT, "second %s: %.2f MB/s median%n", args[1], median(mbs[1]));
        System.out.printf(Locale.ROOT, "second / first: %.3f median of per-round ratios (%d of %d rounds above 1)%n",
                median(ratio), faster, rounds);
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

    private static double median(double[] v) {
        double[] c = v.clone();
        Arrays.sort(c);
        int n = c.length;
        return n % 2 == 1 ? c[n / 2] : (c[n / 2 - 1] + c[n / 2]) / 2;
    }
}
