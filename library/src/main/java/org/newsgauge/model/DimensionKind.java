package org.newsgauge.model;

/**
 * Whether a dimension's labels are unordered or ordered.
 *
 * <p>Immutable and thread-safe, as every enum.
 */
public enum DimensionKind {
    /** Unordered labels (topic, stance). */
    NOMINAL,
    /** Ordered labels (low &lt; elevated &lt; high &lt; critical): errors are measured in steps. */
    ORDINAL
}
