package org.newsgauge.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.newsgauge.data.DimensionSpec;

/**
 * The report formats of a classification run, with the file name each is written to. Immutable and thread-safe.
 *
 * <pre>{@code
 * ReportFormat f = ReportFormat.parse("html");   // as the plugin's <formats> name it; f.fileName(): results.html
 * RunSummary s = ClassificationRun.of(classifier, Path.of("reports"))
 *         .formats(List.of(ReportFormat.CSV, f)).run(files, labels -> { });   // reports/results.csv, reports/results.html
 * }</pre>
 */
public enum ReportFormat {
    /** {@link CsvResultWriter}: {@code results.csv}. */
    CSV("results.csv"),
    /** {@link JsonlResultWriter}: {@code results.jsonl}, what the check reads. */
    JSONL("results.jsonl"),
    /** {@link HtmlResultWriter}: {@code results.html}. */
    HTML("results.html");

    private final String fileName;

    ReportFormat(String fileName) {
        this.fileName = fileName;
    }

    /**
     * The report's file name in the output folder.
     *
     * @return e.g. {@code results.csv}
     */
    public String fileName() {
        return fileName;
    }

    /**
     * The format called {@code name} (case-insensitive: csv, jsonl, html).
     *
     * @param name the format's name; white space around it is ignored
     * @return the format
     * @throws IllegalArgumentException for any other name, saying which are known
     */
    public static ReportFormat parse(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        for (ReportFormat f : values()) {
            if (f.name().toLowerCase(Locale.ROOT).equals(n)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown report format '" + name + "'; use csv, jsonl or html");
    }

    /**
     * The format a file name asks for by its extension, in any case: that of {@link #fileName()}
     * ({@code .csv}, {@code .jsonl}, {@code .html}), or {@code .ndjson} and {@code .htm}; empty for
     * any other.
     *
     * @param name a file name or path
     * @return the format, or empty when the extension names none
     */
    public static java.util.Optional<ReportFormat> ofFileName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (ReportFormat f : values()) {
            if (n.endsWith(f.fileName.substring(f.fileName.lastIndexOf('.')))) {
                return java.util.Optional.of(f);
            }
        }
        return n.endsWith(".ndjson") ? java.util.Optional.of(JSONL)
                : n.endsWith(".htm") ? java.util.Optional.of(HTML) : java.util.Optional.empty();
    }

    /**
     * A writer of this format to {@code out}.
     *
     * @param out      where the report goes; closed when the writer is
     * @param dims     the pack's dimensions, e.g. {@link org.newsgauge.gate.Rule#dimensions}
     * @param title    the HTML page's title (other formats ignore it)
     * @param subtitle the HTML page's subtitle, may be empty (other formats ignore it)
     * @return a new writer; CSV and HTML have written their header already
     * @throws IOException when the header cannot be written
     */
    public ResultWriter open(Writer out, List<DimensionSpec> dims, String title, String subtitle) throws IOException {
        return switch (this) {
            case CSV -> new CsvResultWriter(out, dims.stream().map(DimensionSpec::name).toList());
            case JSONL -> new JsonlResultWriter(out);
            case HTML -> new HtmlResultWriter(out, dims, title, subtitle);
        };
    }
}
