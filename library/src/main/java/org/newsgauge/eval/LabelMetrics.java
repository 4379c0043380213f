package org.newsgauge.eval;

/**
 * Precision, recall and F1 of one label.
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
