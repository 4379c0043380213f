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
    /**
     * Copies the labels in.
     *
     * @param name   the dimension's name, e.g. {@code tension}; not null
     * @param kind   {@link DimensionKind#NOMINAL} or {@link DimensionKind#ORDINAL}; not null
     * @param labels the labels, for an ordinal dimension lowest first
     * @throws NullPointerException when an argument or a label is null
     */
    public DimensionSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        labels = List.copyOf(labels);
    }

    /**
     * Index of {@code label}, or -1.
     *
     * @param label a label, compared exactly (case matters)
     * @return its position in {@link #labels()}, or -1 when the dimension does not have it
     */
    public int indexOf(String label) {
        return labels.indexOf(label);
    }
}
