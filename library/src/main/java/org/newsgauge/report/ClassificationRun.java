package org.newsgauge.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.newsgauge.api.ArticleClassifier;
import org.newsgauge.api.Labels;
import org.newsgauge.api.Prediction;
import org.newsgauge.data.DimensionSpec;
import org.newsgauge.gate.Rule;
import org.newsgauge.io.AtomicFile;
import org.newsgauge.text.Warning;

/**
 * Classifies a list of files into reports in an output folder, incrementally: results of files
 * whose content has not changed since the last run with the same pack and settings come from a
 * {@link ResultCache} (including what a killed or failed run had journaled), the rest are
 * classified on {@code threads} threads. Every report is written atomically, in the files'
 * order. What the Maven plugin's {@code classify} goal runs.
 *
 * <pre>{@code
 * RunSummary s = ClassificationRun.of(ArticleClassifier.defaults(), Path.of("target/newsgauge"))
 *         .formats(List.of(ReportFormat.CSV, ReportFormat.HTML))
 *         .relativeTo(Path.of("."))
 *         .run(DocumentFiles.find(List.of(Path.of("articles"))), labels -> { });
 * s.lines().forEach(System.out::println);
 * }</pre>
 */
public final class ClassificationRun {
    /** The cache's file name in the output folder. */
    public static final String CACHE_FILE = ".newsgauge-cache.jsonl";

    private final ArticleClassifier classifier;
    private final Path outputDirectory;
    private List<ReportFormat> formats = List.of(ReportFormat.values());
    private int threads = Runtime.getRuntime().availableProcessors();
    private int explanations = 5;
    private boolean cache = true;
    private Path relativeTo;
    private String title = "newsgauge report";
    private String subtitle = "";

    private ClassificationRun(ArticleClassifier classifier, Path outputDirectory) {
        this.classifier = Objects.requireNonNull(classifier);
        this.outputDirectory = Objects.requireNonNull(outputDirectory);
    }

    /**
     * A run of {@code classifier} writing into {@code outputDirectory}. Settings are changed in place
     * by the other methods, each returning this run: a run is not thread-safe, and is meant to be
     * set up and run from one thread.
     *
     * @param classifier      classifies the files; its reader decides extraction and language detection
     * @param outputDirectory where the reports and the cache go; created when missing
     * @return a new run with every format, all cores, 5 explaining features and the cache on
     * @throws NullPointerException when an argument is null
     */
    public static ClassificationRun of(ArticleClassifier classifier, Path outputDirectory) {
        return new ClassificationRun(classifier, outputDirectory);
    }

    /**
     * The reports to write (default: all).
     *
     * @param f the formats, each written to its {@link ReportFormat#fileName()} in the output
     *          folder; empty for none (the cache is still kept)
     * @return this run
     */
    public ClassificationRun formats(List<ReportFormat> f) {
        this.formats = List.copyOf(f);
        return this;
    }

    /**
     * Threads (default: all cores).
     *
     * @param n how many threads classify at once; below 1 counts as 1
     * @return this run
     */
    public ClassificationRun threads(int n) {
        this.threads = Math.max(1, n);
        return this;
    }

    /**
     * Features explaining each decision in the JSONL and HTML reports (default 5).
     *
     * @param n 0 or more (0: no explanations, faster); a negative number makes {@link #run} and
     *          {@link #settings()} throw {@link IllegalArgumentException}
     * @return this run
     */
    public ClassificationRun explanations(int n) {
        this.explanations = n;
        return this;
    }

    /**
     * Whether to use and keep the cache (default true).
     *
     * @param use true to take unchanged files' results from {@link #CACHE_FILE} in the output folder
     *            and to write it back; false to classify every file and leave the cache file alone
     * @return this run
     */
    public ClassificationRun cache(boolean use) {
        this.cache = use;
        return this;
    }

    /**
     * Name documents by their path relative to {@code dir} when they are under it (default: as given).
     *
     * @param dir a folder, e.g. the project's; null to name every document by its path as given
     * @return this run
     */
    public ClassificationRun relativeTo(Path dir) {
        this.relativeTo = dir == null ? null : dir.toAbsolutePath().normalize();
        return this;
    }

    /**
     * Title and subtitle of the HTML report.
     *
     * @param t   the title (default {@code newsgauge report})
     * @param sub the subtitle; null or empty for none
     * @return this run
     */
    public ClassificationRun title(String t, String sub) {
        this.title = t;
        this.subtitle = sub == null ? "" : sub;
        return this;
    }

    /**
     * The settings besides the pack that change results: part of the cache key.
     *
     * @return a description of the reader's and the explanations' settings; equal strings give
     *         equal results for the same pack and content
     * @throws IllegalArgumentException when {@link #explanations(int)} was given a negative number
     */
    public String settings() {
        return ResultCache.settings(configured());
    }

    /** The classifier as this run uses it: with its number of explaining features. */
    private ArticleClassifier configured() {
        return classifier.withExplanations(explanations);
    }

    /** Temporary files of this run's outputs untouched for this long are a killed run's, not a live one's. */
    static final java.time.Duration ABANDONED = java.time.Duration.ofMinutes(10);

    /** {@link AtomicFile}'s temporary names for the reports and the cache: {@code .results.csv.<random>.tmp}. */
    private static final java.util.regex.Pattern OUR_TEMPORARY = java.util.regex.Pattern.compile("\\.("
            + java.util.stream.Stream.concat(java.util.stream.Stream.of(CACHE_FILE),
                    java.util.Arrays.stream(ReportFormat.values()).map(ReportFormat::fileName))
                    .map(java.util.regex.Pattern::quote).collect(java.util.stream.Collectors.joining("|"))
            + ")\\.[0-9a-z]+\\.tmp");

    /**
     * Deletes the temporary files a killed run left of its reports and cache ({@code
     * .results.csv.<random>.tmp}, as {@link AtomicFile} names them), once they have not been
     * written to for {@link #ABANDONED}: a live run in the same folder writes to its own all the
     * time. The cache's journal, which lets a stopped run resume, is not one of them.
     */
    private void removeAbandonedTemporaryFiles() {
        if (!Files.isDirectory(outputDirectory)) {
            return;
        }
        long before = System.currentTimeMillis() - ABANDONED.toMillis();
        try (java.util.stream.Stream<Path> all = Files.list(outputDirectory)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                try {
                    if (OUR_TEMPORARY.matcher(p.getFileName().toString()).matches() && Files.isRegularFile(p)
                            && Files.getLastModifiedTime(p).toMillis() < before) {
                        Files.deleteIfExists(p);
                    }
                } catch (IOException e) {
                    // best effort, file by file: one left behind (still open elsewhere) costs space, not correctness
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // the folder cannot be listed: nothing to clean
        }
    }

    /**
     * Classifies {@code files} and writes the reports; {@code each} sees every result, in order.
     * Temporary files that a killed run left in the output folder are deleted first, once they
     * have not been written to for ten minutes.
     *
     * @param files the documents, e.g. from {@link org.newsgauge.data.DocumentFiles#find(List)};
     *              reported in this order
     * @param each  sees each file's labels, fresh or cached, in the order of {@code files}, from one
     *              thread at a time
     * @return counts of the files, cached results, unreadable documents, warnings and labels, the
     *         time taken and the reports written
     * @throws IOException when a report or the cache cannot be written (the old ones are kept)
     */
    public RunSummary run(List<Path> files, Consumer<Labels> each) throws IOException {
        long t0 = System.nanoTime();
        ArticleClassifier c = configured();
        List<DimensionSpec> dims = Rule.dimensions(c.pack());
        List<AtomicFile> outputs = new ArrayList<>();
        List<ResultWriter> writers = new ArrayList<>();
        ResultCache rc = null;
        removeAbandonedTemporaryFiles();
        try {
            if (cache) {
                rc = ResultCache.open(outputDirectory.resolve(CACHE_FILE), ResultCache.key(c.pack(), ResultCache.settings(c)));
            }
            for (ReportFormat f : formats) {
                AtomicFile a = AtomicFile.create(outputDirectory.resolve(f.fileName()));
                outputs.add(a);
                writers.add(f.open(a.writer(), dims, title, subtitle));
            }
            Tally tally = new Tally(dims, writers, each);
            new CachingClassifier(c, rc, threads).classify(files, this::name, tally::accept);
            for (ResultWriter w : writers) {
                w.close();
            }
            List<Path> reports = new ArrayList<>();
            for (AtomicFile a : outputs) {
                a.commit();
                reports.add(a.target());
            }
            if (rc != null) {
                rc.commit();
            }
            return new RunSummary(files.size(), tally.fresh, files.size() - tally.fresh, tally.unreadable,
                    tally.withWarnings, tally.labelCounts, tally.warningCounts, (System.nanoTime() - t0) / 1_000_000, reports);
        } finally {
            for (AtomicFile a : outputs) {
                a.close();
            }
            if (rc != null) {
                rc.close();
            }
        }
    }

    private String name(Path f) {
        Path abs = f.toAbsolutePath().normalize();
        if (relativeTo != null && abs.startsWith(relativeTo)) {
            return relativeTo.relativize(abs).toString().replace('\\', '/');
        }
        return f.toString();
    }

    /** Writes each result to the reports, and counts. */
    private static final class Tally {
        final List<ResultWriter> writers;
        final Consumer<Labels> each;
        final Map<String, Map<String, Integer>> labelCounts = new LinkedHashMap<>();
        final Map<String, Integer> warningCounts = new java.util.TreeMap<>();
        int fresh;
        int unreadable;
        int withWarnings;

        Tally(List<DimensionSpec> dims, List<ResultWriter> writers, Consumer<Labels> each) {
            this.writers = writers;
            this.each = each;
            for (DimensionSpec d : dims) {
                Map<String, Integer> m = new LinkedHashMap<>();
                d.labels().forEach(l -> m.put(l, 0));
                labelCounts.put(d.name(), m);
            }
        }

        void accept(Labels l, boolean isFresh) throws IOException {
            for (ResultWriter w : writers) {
                w.write(l);
            }
            if (isFresh) {
                fresh++;
            }
            if (l.unreadable()) {
                unreadable++;
            }
            if (!l.warnings().isEmpty()) {
                withWarnings++;
                l.warnings().stream().map(Warning::code).distinct().forEach(code -> warningCounts.merge(code, 1, Integer::sum));
            }
            for (Prediction p : l.predictions().values()) {
                labelCounts.computeIfAbsent(p.dimension(), d -> new LinkedHashMap<>()).merge(p.label(), 1, Integer::sum);
            }
            each.accept(l);
        }
    }
}
