package org.newsgauge.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgauge.api.ArticleClassifier;
import org.newsgauge.api.Labels;
import org.newsgauge.api.Prediction;
import org.newsgauge.data.DocumentFiles;
import org.newsgauge.model.DimensionModel;
import org.newsgauge.report.CsvResultWriter;
import org.newsgauge.report.JsonlResultWriter;
import org.newsgauge.report.ResultWriter;
import org.newsgauge.text.Warning;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "classify", mixinStandardHelpOptions = true,
        description = "Classify files or folders (recursively: .txt, .md, .html, .htm, .xhtml).")
final class ClassifyCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders")
    List<Path> paths;

    @Option(names = "--model", paramLabel = "PACK", description = "Pack file (default: the built-in Serbia-Kosovo pack)")
    Path model;

    @Option(names = "--format", paramLabel = "FMT", description = "table (default), csv or jsonl")
    String format = "table";

    @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE (atomically) instead of stdout")
    Path output;

    @Option(names = "--raw", description = "Classify the text as it is, without article extraction")
    boolean raw;

    @Option(names = "--threads", paramLabel = "N", description = "Threads (default: all cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Spec
    CommandSpec cmd;

    @Override
    public Integer call() throws Exception {
        if (!List.of("table", "csv", "jsonl").contains(format)) {
            throw new Main.UserError("--format takes table, csv or jsonl, not '" + format + "'");
        }
        ArticleClassifier classifier = model == null ? ArticleClassifier.defaults() : ArticleClassifier.load(model);
        if (raw) {
            classifier = classifier.withReader(classifier.reader().withExtraction(false));
        }
        if (!format.equals("jsonl")) {
            classifier = classifier.withExplanations(0);
        }
        List<Path> files = DocumentFiles.find(paths);
        if (files.isEmpty()) {
            throw new Main.UserError("no documents (.txt, .md, .html, .htm, .xhtml) under " + paths);
        }
        List<String> dims = classifier.pack().dimensions().stream().map(DimensionModel::name).toList();
        Path tmp = null;
        Writer writer;
        if (output != null) {
            Path dir = output.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + output.getFileName(), ".tmp");
            writer = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
        } else {
            writer = new BufferedWriter(new OutputStreamWriter(new NonClosing(System.out), StandardCharsets.UTF_8));
            if (cmd.commandLine().getOut() != null) {
                writer = new NonClosingWriter(cmd.commandLine().getOut());
            }
        }
        Progress progress = new Progress(cmd.commandLine().getErr());
        int[] counts = new int[2];
        try (ResultWriter rw = writer(writer, dims)) {
            long total = files.size();
            classifier.classifyFiles(files, threads, labels -> {
                try {
                    rw.write(labels);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                counts[0]++;
                if (!labels.warnings().isEmpty()) {
                    counts[1]++;
                    for (Warning w : labels.warnings()) {
                        cmd.commandLine().getErr().println("warning: " + labels.source() + ": " + w.message());
                    }
                }
                progress.progress("documents", counts[0], total);
            });
        }
        if (tmp != null) {
            Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            cmd.commandLine().getErr().printf("classified %d documents (%d with warnings) -> %s%n", counts[0], counts[1], output);
        }
        return 0;
    }

    private ResultWriter writer(Writer w, List<String> dims) throws IOException {
        return switch (format) {
            case "csv" -> new CsvResultWriter(w, dims);
            case "jsonl" -> new JsonlResultWriter(w);
            default -> new TableWriter(w, dims);
        };
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
                row.append(" [").append(labels.warnings().get(0).code()).append(']');
            }
            out.println(row.toString().stripTrailing());
        }

        @Override
        public void close() {
            out.flush();
        }
    }

    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(java.io.OutputStream out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
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
