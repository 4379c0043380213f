package org.newsgauge.model;

import java.util.List;
import java.util.Objects;
import org.newsgauge.text.FeatureSpace;

/**
 * A trained pack: the analysis chain, one model per dimension and the provenance. Saved as one
 * zip file by {@link PackWriter} and read by {@link PackReader}; see {@code docs/model-format.md}.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * ModelPack pack = PackReader.read(Path.of("news.ngpack"));
 * pack.dimensions().forEach(d -> System.out.println(d.name() + " " + d.labels()));
 * }</pre>
 *
 * @param features   the frozen analysis chain
 * @param dimensions one model per dimension, in order
 * @param provenance how it was made
 */
public record ModelPack(FeatureSpace features, List<DimensionModel> dimensions, Provenance provenance) {
    public ModelPack {
        Objects.requireNonNull(features);
        Objects.requireNonNull(provenance);
        dimensions = List.copyOf(dimensions);
        if (dimensions.isEmpty()) {
            throw new IllegalArgumentException("a pack needs at least one dimension");
        }
        for (DimensionModel d : dimensions) {
            if (d.linear().features() != features.size()) {
                throw new IllegalArgumentException("dimension '" + d.name() + "' has " + d.linear().features()
                        + " features, the analyzer " + features.size());
            }
        }
    }

    /** The dimension called {@code name}, or null. */
    public DimensionModel dimension(String name) {
        for (DimensionModel d : dimensions) {
            if (d.name().equals(name)) {
                return d;
            }
        }
        return null;
    }
}
