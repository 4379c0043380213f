package org.newsgauge.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.newsgauge.text.DocumentReader;
import org.newsgauge.text.ExtractionResult;
import org.newsgauge.text.SourceDocument;
import org.newsgauge.text.SourceFormat;
import org.newsgauge.text.extract.ArticleExtractor;
import org.newsgauge.text.load.TextLoader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Article extraction throughput on one core, over the HTML pages of the extraction test set
 * ({@code library/src/test/resources/extraction}). Issue 4 asks for at least 20 MB/s of HTML.
 *
 * <p>Standalone (prints MB/s of CPU time, median of several runs; see {@link #main}):
 * <pre>{@code
 * mvn -q -pl library,benchmarks -am -Dnewsgauge.skipDefaultPack=true -DskipTests package
 * java -cp benchmarks/target/benchmarks.jar org.newsgauge.bench.ExtractionBenchmark training-data/pages 5 3
 * }</pre>
 * With JMH: run the class through JMH's runner ({@code -f 1 ExtractionBenchmark}); scores are
 * pages per second over one pass of all pages; divide {@link #totalBytes} by the score for MB/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExtractionBenchmark {

    /** Decoded HTML pages. */
    List<String> pages;
    /** Their files, for the full read path. */
    List<Path> files;
    /** UTF-8 size of all pages together. */
    long totalBytes;

    @Setup
    public void setup() {
        load(defaultDir());
    }

    void load(Path dir) {
        pages = new ArrayList<>();
        files = new ArrayList<>();
        totalBytes = 0;
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.sorted().toList()) {
                if (SourceFormat.ofFileName(p.getFileName().toString()) != SourceFormat.HTML) {
                    continue;
                }
                byte[] b = Files.readAllBytes(p);
                String html = TextLoader.decode(b, b.length, false, SourceFormat.HTML).text();
                pages.add(html);
                files.add(p);
                totalBytes += html.getBytes(StandardCharsets.UTF_8).length;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (pages.isEmpty()) {
            throw new IllegalStateException("no HTML pages in " + dir);
        }
    }

    static Path defaultDir() {
        String prop = System.getProperty("newsgauge.pages");
        if (prop != null) {
            return Path.of(prop);
        }
        for (String c : new String[] {"library/src/test/resources/extraction", "../library/src/test/resources/extraction"}) {
            if (Files.isDirectory(Path.of(c))) {
                return Path.of(c);
            }
        }
        throw new IllegalStateException("set -Dnewsgauge.pages=<dir with .html pages>");
    }

    /** Extraction only (jsoup parse, segmentation, classification), all pages once. */
    @Benchmark
    public void extractAll(Blackhole bh) {
        for (String html : pages) {
            bh.consume(ArticleExtractor.extract(html, SourceFormat.HTML, false));
        }
    }

    /** The full hot path of classification: read file, detect charset, extract, detect language. */
    @Benchmark
    public void readAll(Blackhole bh) {
        DocumentReader r = DocumentReader.defaults();
        for (Path p : files) {
            bh.consume(r.read(p));
        }
    }

    /** jsoup's parse alone, all pages once: the ceiling for extraction. */
    @Benchmark
    public void parseAll(Blackhole bh) {
        for (String html : pages) {
            bh.consume(Jsoup.parse(html, "", Parser.htmlParser()));
        }
    }

    /**
     * Standalone run: {@code [pages-dir] [runs] [cpu-seconds-per-run]} (defaults: the extraction
     * test pages, 5 runs, 3 s). Measures this thread's CPU time, not wall time, so other processes
     * on a busy machine do not lower the figures. Each workload is first warmed up (at least
     * {@link #WARMUP_PASSES} passes and twice the run length in CPU time), then run {@code runs}
     * times; prints every run and the median in MB/s of HTML: jsoup's parse alone (the ceiling),
     * extraction, and the full read path.
     *
     * @param args optional directory of pages, number of runs and CPU seconds per run
     */
    public static void main(String[] args) {
        ExtractionBenchmark b = new ExtractionBenchmark();
        b.load(args.length > 0 ? Path.of(args[0]) : defaultDir());
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        double seconds = args.length > 2 ? Double.parseDouble(args[2]) : 3;
        double mb = b.totalBytes / 1e6;
        System.out.printf(Locale.ROOT, "%d HTML pages, %.2f MB per pass; %d runs of %.1f s CPU each%n",
                b.pages.size(), mb, runs, seconds);
        double parse = medianRate(runs, seconds, b.parsePass());
        System.out.printf(Locale.ROOT, "jsoup parse only: %.1f MB/s median (ceiling)%n", mb * parse);
        double extract = medianRate(runs, seconds, b.extractPass());
        System.out.printf(Locale.ROOT, "extract         : %.1f MB/s median  (%.0f pages/s)%n", mb * extract,
                extract * b.pages.size());
        DocumentReader r = DocumentReader.defaults();
        double read = medianRate(runs, seconds, () -> {
            for (Path p : b.files) {
                sink(r.read(p));
            }
        });
        System.out.printf(Locale.ROOT, "full read()     : %.1f MB/s median  (%.0f pages/s, incl. file I/O, charset,"
                + " language)%n", mb * read, read * b.pages.size());
    }

    /** jsoup's parse alone over all pages, once a run: what the standalone runs time as the ceiling. */
    Runnable parsePass() {
        return () -> {
            for (String html : pages) {
                sinkHole += Jsoup.parse(html, "", Parser.htmlParser()).childNodeSize();
            }
        };
    }

    /** Extraction over all pages, once a run: what the standalone runs time as extraction. */
    Runnable extractPass() {
        return () -> {
            for (String html : pages) {
                sink(ArticleExtractor.extract(html, SourceFormat.HTML, false));
            }
        };
    }

    /** Warm-up passes before measuring, whatever the CPU time they take. */
    static final int WARMUP_PASSES = 30;

    private static volatile int sinkHole;

    private static void sink(Object o) {
        if (o instanceof ExtractionResult e) {
            sinkHole += e.body().length();
        } else if (o instanceof SourceDocument d) {
            sinkHole += d.text().length();
        }
    }

    /**
     * Median of {@code runs} rates (passes per CPU second of this thread) after a warm-up of at
     * least {@link #WARMUP_PASSES} passes and {@code 2 * seconds} of CPU time.
     */
    static double medianRate(int runs, double seconds, Runnable pass) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long budget = (long) (seconds * 1e9);
        long w0 = mx.getCurrentThreadCpuTime();
        for (int i = 0; i < WARMUP_PASSES || mx.getCurrentThreadCpuTime() - w0 < 2 * budget; i++) {
            pass.run();
        }
        double[] rates = new double[runs];
        StringBuilder line = new StringBuilder("  runs (passes per CPU s):");
        for (int k = 0; k < runs; k++) {
            rates[k] = rate(pass, seconds);
            line.append(String.format(Locale.ROOT, " %.2f", rates[k]));
        }
        System.out.println(line);
        return median(rates);
    }

    /** Passes per CPU second of this thread, over at least {@code seconds} of CPU time. */
    static double rate(Runnable pass, double seconds) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long budget = (long) (seconds * 1e9);
        long c0 = mx.getCurrentThreadCpuTime();
        long cpu;
        int passes = 0;
        do {
            pass.run();
            passes++;
            cpu = mx.getCurrentThreadCpuTime() - c0;
        } while (cpu < budget);
        return passes / (cpu / 1e9);
    }

    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }
}
