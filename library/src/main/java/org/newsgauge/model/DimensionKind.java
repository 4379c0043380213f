package org.newsgauge.model;

/**
 * Whether a dimension's labels are unordered or ordered.
 *
 * <pre>{@code
 * DimensionSpec tension = new DimensionSpec("tension", DimensionKind.ORDINAL, List.of("low", "elevated", "high", "critical"));
 * boolean ordered = pack.dimension("tension").kind() == DimensionKind.ORDINAL;   // rules may say tension >= high
 * // CsvDatasetReader.builder().ordinal("tension", order) reads a column as ORDINAL; labelColumns(...) as NOMINAL
 * }</pre>
 *
 * <p>Immutable and thread-safe, as every enum.
 */
public enum DimensionKind {
    /** Unordered labels (topic, stance). */
    NOMINAL,
    /** Ordered labels (low &lt; elevated &lt; high &lt; critical): errors are measured in steps. */
    ORDINAL
}
