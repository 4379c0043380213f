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
 * @param cueRules   narrator-cue rules applied on top of the models (see {@link CueRule}), often none
 */
public record ModelPack(FeatureSpace features, List<DimensionModel> dimensions, Provenance provenance,
                        List<CueRule> cueRules) {
    public ModelPack {
        Objects.requireNonNull(features);
        Objects.requireNonNull(provenance);
        dimensions = List.copyOf(dimensions);
        cueRules = List.copyOf(cueRules);
        if (dimensions.isEmpty()) {
            throw new IllegalArgumentException("a pack needs at least one dimension");
        }
        for (DimensionModel d : dimensions) {
            if (d.linear().features() != features.size()) {
                throw new IllegalArgumentException("dimension '" + d.name() + "' has " + d.linear().features()
                        + " features, the analyzer " + features.size());
            }
        }
        java.util.Set<String> ruled = new java.util.HashSet<>();
        for (CueRule r : cueRules) {
            if (!ruled.add(r.dimension())) {
                throw new IllegalArgumentException("two cue rules for '" + r.dimension() + "': a dimension has one rule,"
                        + " with the terms of each of its labels");
            }
            DimensionModel d = dimensions.stream().filter(m -> m.name().equals(r.dimension())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("cue rule for '" + r.dimension() + "', which the pack does not have"));
            for (String label : r.terms().keySet()) {
                if (!d.labels().contains(label)) {
                    throw new IllegalArgumentException("cue rule label '" + label + "' is not one of dimension '" + d.name()
                            + "' (" + String.join(", ", d.labels()) + ")");
                }
            }
        }
    }

    /** A pack without cue rules. */
    public ModelPack(FeatureSpace features, List<DimensionModel> dimensions, Provenance provenance) {
        this(features, dimensions, provenance, List.of());
    }

    /** This pack with {@code rules} instead of its cue rules; each must name a dimension and its labels. */
    public ModelPack withCueRules(List<CueRule> rules) {
        return new ModelPack(features, dimensions, provenance, rules);
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
