package org.newsgauge.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
 * <p>Standalone (prints MB/s):
 * <pre>{@code
 * mvn -q -pl library,benchmarks -am -Dnewsgauge.skipDefaultPack=true -DskipTests package
 * java -cp "benchmarks/target/classes:$(cat cp.txt)" org.newsgauge.bench.ExtractionBenchmark [pages-dir] [seconds]
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

    /**
     * Standalone run: {@code [pages-dir] [seconds]}. Prints MB/s for extraction alone and for the
     * full read path.
     *
     * @param args optional directory of pages and measuring time in seconds
     */
    public static void main(String[] args) {
        ExtractionBenchmark b = new ExtractionBenchmark();
        b.load(args.length > 0 ? Path.of(args[0]) : defaultDir());
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 5;
        double mb = b.totalBytes / 1e6;
        System.out.printf(Locale.ROOT, "%d HTML pages, %.2f MB per pass%n", b.pages.size(), mb);
        double extract = run(seconds, () -> {
            for (String html : b.pages) {
                sink(ArticleExtractor.extract(html, SourceFormat.HTML, false));
            }
        });
        System.out.printf(Locale.ROOT, "extract only : %.1f MB/s  (%.0f pages/s)%n", mb * extract,
                extract * b.pages.size());
        List<String> texts = new ArrayList<>();
        for (String html : b.pages) {
            texts.add(ArticleExtractor.extract(html, SourceFormat.HTML, false).text());
        }
        double lang = run(seconds, () -> {
            for (String t : texts) {
                sinkHole += org.newsgauge.text.lang.LanguageDetection.detect(t).length();
            }
        });
        System.out.printf(Locale.ROOT, "language only: %.2f ms per document (sample of %d chars)%n",
                1000 / (lang * b.pages.size()), org.newsgauge.text.lang.LanguageDetection.SAMPLE_CHARS);
        DocumentReader r = DocumentReader.defaults();
        double read = run(seconds, () -> {
            for (Path p : b.files) {
                sink(r.read(p));
            }
        });
        System.out.printf(Locale.ROOT, "full read()  : %.1f MB/s  (%.0f pages/s, incl. file I/O, charset, language)%n",
                mb * read, read * b.pages.size());
    }

    private static volatile int sinkHole;

    private static void sink(Object o) {
        if (o instanceof ExtractionResult e) {
            sinkHole += e.body().length();
        } else if (o instanceof SourceDocument d) {
            sinkHole += d.text().length();
        }
    }

    /**
     * Passes per second of this thread's CPU time (one core; not disturbed by other processes on
     * a busy machine), after a warm-up of the same length. Also prints the wall-clock rate.
     */
    private static double run(double seconds, Runnable pass) {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long warm = System.nanoTime() + (long) (seconds * 1e9);
        while (System.nanoTime() < warm) {
            pass.run();
        }
        long c0 = mx.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        long end = t0 + (long) (seconds * 1e9);
        int passes = 0;
        while (System.nanoTime() < end || passes == 0) {
            pass.run();
            passes++;
        }
        double cpu = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
        double wall = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "  [%d passes, %.1f s CPU, %.1f s wall]%n", passes, cpu, wall);
        return passes / cpu;
    }
}
