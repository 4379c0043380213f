package org.newsgauge.metrics;

/**
 * Precision, recall and F1 of one label.
 *
 * <pre>{@code
 * LabelMetrics m = report.dimensions().get("stance").perLabel().get("pro_kosovo");
 * System.out.printf("precision %.2f, recall %.2f, F1 %.2f on %d documents%n", m.precision(), m.recall(), m.f1(), m.support());
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param precision share of the documents given this label that have it
 * @param recall    share of the documents with this label that were given it
 * @param f1        harmonic mean of the two
 * @param support   number of documents with this label
 */
public record LabelMetrics(double precision, double recall, double f1, int support) {
}
