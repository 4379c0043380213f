package org.newsgauge.report;

import java.io.Closeable;
import java.io.IOException;
import org.newsgauge.api.Labels;

/**
 * Streams classification results to a report, one document at a time, so memory does not grow
 * with the number of documents.
 *
 * <pre>{@code
 * try (Writer out = Files.newBufferedWriter(Path.of("results.jsonl"));
 *      ResultWriter w = ReportFormat.JSONL.open(out, Rule.dimensions(classifier.pack()), "", "")) {
 *     for (Path f : files) w.write(classifier.classify(f));   // one document at a time
 * }
 * }</pre>
 *
 * <p>Implementations are written to from one thread at a time.
 */
public interface ResultWriter extends Closeable {
    /**
     * Writes one document's result.
     *
     * @param labels the result, e.g. from {@link org.newsgauge.api.ArticleClassifier#classify(java.nio.file.Path)};
     *               an unreadable document's too
     * @throws IOException when the underlying writer fails
     */
    void write(Labels labels) throws IOException;
}
