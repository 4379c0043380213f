package org.newsgauge.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.newsgauge.api.Labels;
import org.newsgauge.api.Prediction;
import org.newsgauge.data.ReportColumns;
import org.newsgauge.text.Warning;

/**
 * CSV report: header {@code path,<dim>,<dim>_p,...,language,warnings} in the pack's dimension
 * order; one row per document. An unreadable document has empty labels and its warning.
 *
 * <pre>{@code
 * List<String> dims = classifier.pack().dimensions().stream().map(DimensionModel::name).toList();
 * try (Writer out = Files.newBufferedWriter(Path.of("results.csv"));
 *      ResultWriter w = new CsvResultWriter(out, dims)) {
 *     w.write(classifier.classify(Path.of("page.html")));   // page.html,security,0.9874,neutral,0.9840,high,...
 * }
 * }</pre>
 *
 * <p>Not thread-safe: write from one thread (the classifier hands results over in order).
 */
public final class CsvResultWriter implements ResultWriter {
    private final CSVPrinter printer;
    private final List<String> dimensions;

    /**
     * A writer that writes the header row at once.
     *
     * @param out        where the CSV goes; closed by {@link #close()}
     * @param dimensions the pack's dimension names, in its order: a pair of columns each
     * @throws IOException when the header cannot be written
     */
    public CsvResultWriter(Writer out, List<String> dimensions) throws IOException {
        this.dimensions = List.copyOf(dimensions);
        List<String> header = new ArrayList<>();
        header.add("path");
        for (String d : dimensions) {
            header.add(d);
            header.add(ReportColumns.probability(d));
        }
        header.add("language");
        header.add("warnings");
        this.printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(new String[0])).get());
    }

    @Override
    public void write(Labels labels) throws IOException {
        List<String> row = new ArrayList<>();
        row.add(labels.source());
        for (String d : dimensions) {
            Prediction p = labels.get(d);
            row.add(p == null ? "" : p.label());
            row.add(p == null ? "" : String.format(Locale.ROOT, "%.4f", p.probability()));
        }
        row.add(labels.language());
        row.add(String.join("; ", labels.warnings().stream().map(Warning::message).toList()));
        printer.printRecord(row);
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
