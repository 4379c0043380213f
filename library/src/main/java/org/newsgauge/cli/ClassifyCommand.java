package org.newsgauge.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgauge.api.ArticleClassifier;
import org.newsgauge.api.Labels;
import org.newsgauge.api.Prediction;
import org.newsgauge.data.DocumentFiles;
import org.newsgauge.data.DimensionSpec;
import org.newsgauge.gate.Rule;
import org.newsgauge.io.AtomicFile;
import org.newsgauge.report.CachingClassifier;
import org.newsgauge.report.ResultCache;
import org.newsgauge.report.ReportFormat;
import org.newsgauge.report.ResultWriter;
import org.newsgauge.text.Warning;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "classify", mixinStandardHelpOptions = true,
        description = "Classify files or folders (recursively: .txt, .md, .html, .htm, .xhtml), or standard input (-).")
final class ClassifyCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders; - reads one document from standard"
            + " input (HTML when it starts with '<', else text; its path in the report is -)")
    List<Path> paths;

    @Option(names = "--model", paramLabel = "PACK", description = "Pack file (default: the built-in Serbia-Kosovo pack)")
    Path model;

    @Option(names = "--format", paramLabel = "FMT", description = "table, csv, jsonl or html (one self-contained page)."
            + " Default: from the --output file's extension (.csv, .jsonl, .html, .htm), else table")
    String format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE (atomically) instead of stdout")
    Path output;

    @Option(names = "--cache", paramLabel = "FILE", description = "Keep results in FILE (JSON Lines, with FILE.journal"
            + " beside it while a run goes) and take from it those of files whose content is unchanged: a run"
            + " that is stopped resumes where it was")
    Path cache;

    @Option(names = "--raw", description = "Classify the text as it is, without article extraction")
    boolean raw;

    @Option(names = "--threads", paramLabel = "N", description = "Threads (default: all cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--explanations", paramLabel = "N", description = "Features explaining each decision in jsonl and"
            + " html: the N whose weight times value pushed the chosen label most (default 5; 0: none)")
    int explanations = 5;

    @Option(names = "--all-warnings", description = "Print every document's warnings on stderr (default: the first "
            + ClassifyCommand.WARNINGS_SHOWN + " of each kind, then how many more; the csv, jsonl and html reports have"
            + " every message, the table their codes)")
    boolean allWarnings;

    /** Warnings of one kind printed on stderr before the rest are only counted: 1,500 R52 files gave 651 lines. */
    static final int WARNINGS_SHOWN = 20;

    @Spec
    CommandSpec cmd;

    @picocli.CommandLine.ParentCommand
    Main main;

    @Override
    public Integer call() throws Exception {
        String byName = output == null || output.getFileName() == null ? null
                : ReportFormat.ofFileName(output.getFileName().toString()).map(f -> f.name().toLowerCase(Locale.ROOT)).orElse(null);
        if (format == null) {
            format = byName == null ? "table" : byName;
        }
        if (!List.of("table", "csv", "jsonl", "html").contains(format)) {
            throw new Main.UserError("--format takes table, csv, jsonl or html, not '" + format + "'");
        }
        if (byName != null && !byName.equals(format)) {
            throw new Main.UserError("--output " + output + " is named as " + byName + " but --format is " + format
                    + ": leave --format out to write " + byName + ", or name the file for " + format);
        }
        if (threads < 1) {
            throw new Main.UserError("--threads takes a number of at least 1, not " + threads);
        }
        if (explanations < 0) {
            throw new Main.UserError("--explanations takes 0 (none) or a number of features, not " + explanations);
        }
        long stdin = paths.stream().filter(p -> p.toString().equals(Main.STDIN)).count();
        if (stdin > 1) {
            throw new Main.UserError("'-' (standard input) is given " + stdin + " times; it holds one document"
                    + " (for a file named -, write ./-)");
        }
        List<Path> named = paths.stream().filter(p -> !p.toString().equals(Main.STDIN)).toList();
        for (Path p : named) {
            // a CSV given by name would be classified as one document: its rows are not articles to classify here
            String lower = p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            if (java.nio.file.Files.isRegularFile(p)
                    && (lower.endsWith(".csv") || lower.endsWith(".tsv") || lower.endsWith(".tab"))) {
                throw new Main.UserError(p + ": classify takes documents (.txt, .md, .html), and would read this table as one;"
                        + " to score a pack on labelled rows use 'evaluate --data " + p + "', or write each text to a file");
            }
        }
        ArticleClassifier classifier = model == null ? ArticleClassifier.defaults() : ArticleClassifier.load(model);
        if (raw) {
            classifier = classifier.withReader(classifier.reader().withExtraction(false));
        }
        classifier = classifier.withExplanations(format.equals("jsonl") || format.equals("html") ? explanations : 0);
        List<Path> files = named.isEmpty() ? List.of() : DocumentFiles.find(named, List.of(), List.of(),
                (path, why) -> cmd.commandLine().getErr().println("warning: " + path + ": " + why));
        if (files.isEmpty() && stdin == 0) {
            throw new Main.UserError("no documents (.txt, .md, .html, .htm, .xhtml) under " + paths);
        }
        if (files.isEmpty() && cache != null) {
            // a cache holds the results of one run's files: committing a run without any would empty it
            throw new Main.UserError("--cache keeps the results of files, and standard input is never cached:"
                    + " with no file to classify, leave --cache out (" + cache + " is left as it is)");
        }
        List<DimensionSpec> dims = Rule.dimensions(classifier.pack());
        // a report file is written to a temporary file and renamed at the end: an interrupted run
        // leaves the previous report intact and no half-written file under its name
        AtomicFile file = output == null ? null : AtomicFile.create(output);
        Writer writer = file != null ? file.writer() : new NonClosingWriter(cmd.commandLine().getOut());
        Progress progress = new Progress(cmd.commandLine().getErr());
        int[] counts = new int[3]; // documents, with warnings, from the cache
        java.util.Map<String, Integer> warned = new java.util.TreeMap<>(); // warnings of each code so far
        ResultCache rc = null;
        try {
            if (cache != null) {
                rc = ResultCache.open(cache, ResultCache.key(classifier.pack(), ResultCache.settings(classifier)));
            }
            try (ResultWriter rw = writer(writer, dims)) {
                long total = files.size() + stdin;
                CachingClassifier.Sink sink = (labels, fresh) -> {
                    rw.write(labels);
                    counts[0]++;
                    counts[2] += fresh ? 0 : 1;
                    if (!labels.warnings().isEmpty()) {
                        counts[1]++;
                        for (Warning w : labels.warnings()) {
                            if (warned.merge(w.code(), 1, Integer::sum) <= WARNINGS_SHOWN || allWarnings) {
                                cmd.commandLine().getErr().println("warning: " + labels.source() + ": " + w.message());
                            }
                        }
                    }
                    progress.progress("documents", counts[0], total);
                };
                if (stdin > 0) {
                    // always first, wherever '-' is among the paths; not cached: it has no file to find again
                    sink.accept(classifier.classify(classifier.reader().read(main.in(), Main.STDIN)), true);
                }
                if (rc != null) {
                    new CachingClassifier(classifier, rc, threads).classify(files, Path::toString, sink);
                } else if (!files.isEmpty()) {
                    classifier.classifyFiles(files, threads, labels -> accept(sink, labels));
                }
            }
            if (file != null) {
                file.commit();
            }
            if (rc != null) {
                rc.commit();
            }
            warned.forEach((code, n) -> {
                if (n > WARNINGS_SHOWN && !allWarnings) {
                    cmd.commandLine().getErr().printf("warning: %d more '%s' warnings not shown (%s; --all-warnings prints"
                            + " them here)%n", n - WARNINGS_SHOWN, code, format.equalsIgnoreCase("table")
                            ? "the table shows their code; --format csv, jsonl or html keeps every message"
                            : "every document's warnings are in the report");
                }
            });
            if (file != null || rc != null) {
                cmd.commandLine().getErr().printf("classified %d document%s (%s%d with warnings) -> %s%n", counts[0],
                        counts[0] == 1 ? "" : "s",
                        rc == null ? "" : counts[2] + " from cache, ", counts[1], file != null ? output : "stdout");
            }
        } finally {
            if (file != null) {
                file.close();
            }
            if (rc != null) {
                rc.close();
            }
        }
        return 0;
    }

    private static void accept(CachingClassifier.Sink sink, Labels labels) {
        try {
            sink.accept(labels, true);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private ResultWriter writer(Writer w, List<DimensionSpec> dims) throws IOException {
        if (format.equals("table")) {
            return new TableWriter(w, dims.stream().map(DimensionSpec::name).toList());
        }
        return ReportFormat.parse(format).open(w, dims, "newsgauge classification", String.join(" ", paths.stream()
                .map(Path::toString).toList()));
    }

    /** A plain table for people. */
    private static final class TableWriter implements ResultWriter {
        private final PrintWriter out;
        private final List<String> dims;
        private boolean header;

        TableWriter(Writer w, List<String> dims) {
            this.out = new PrintWriter(w);
            this.dims = dims;
        }

        @Override
        public void write(Labels labels) {
            if (!header) {
                StringBuilder h = new StringBuilder(String.format("%-40s", "document"));
                for (String d : dims) {
                    h.append(String.format(" %-20s", d));
                }
                out.println(h.toString().stripTrailing());
                header = true;
            }
            String name = labels.source();
            if (name.length() > 40) {
                name = "…" + name.substring(name.length() - 39);
            }
            StringBuilder row = new StringBuilder(String.format("%-40s", name));
            for (String d : dims) {
                Prediction p = labels.get(d);
                row.append(String.format(Locale.ROOT, " %-20s", p == null ? "-" : p.label() + String.format(Locale.ROOT, " (%.2f)", p.probability())));
            }
            if (!labels.warnings().isEmpty()) {
                // every code: a page cut at the cap and then found to hold no article shows
                // [truncated, no-article], not only the first, which does not say why it has no labels
                row.append(" [").append(labels.warnings().stream().map(Warning::code).distinct()
                        .collect(java.util.stream.Collectors.joining(", "))).append(']');
            }
            out.println(row.toString().stripTrailing());
        }

        @Override
        public void close() {
            out.flush();
        }
    }

    private static final class NonClosingWriter extends java.io.FilterWriter {
        NonClosingWriter(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
