package org.newsgauge.data;

import java.util.List;
import java.util.Objects;
import org.newsgauge.model.DimensionKind;

/**
 * A dimension of a dataset: its name (the label column), whether its labels are ordered, and
 * its labels (for an ordinal dimension in their order, lowest first).
 *
 * <pre>{@code
 * for (DimensionSpec d : dataset.dimensions()) {
 *     System.out.println(d.name() + " " + d.kind() + " " + d.labels());   // tension ORDINAL [low, elevated, high, critical]
 * }
 * Rule r = Rule.parse("tension >= high", Rule.dimensions(pack));   // a pack's dimensions, as specs
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param name   e.g. {@code tension}
 * @param kind   nominal or ordinal
 * @param labels the label set
 */
public record DimensionSpec(String name, DimensionKind kind, List<String> labels) {
    public DimensionSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        labels = List.copyOf(labels);
    }

    /** Index of {@code label}, or -1. */
    public int indexOf(String label) {
        return labels.indexOf(label);
    }
}
