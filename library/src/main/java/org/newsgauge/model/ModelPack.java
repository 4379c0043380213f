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
    /**
     * Checks that the parts fit together and copies the lists in. Packs come from
     * {@link org.newsgauge.train.PackTrainer} or {@link PackReader}; building one by hand is for tests
     * and tools.
     *
     * @param features   the frozen analysis chain; not null
     * @param dimensions one model per dimension, in order, at least one, each over
     *                   {@code features.size()} features
     * @param provenance how it was made; not null
     * @param cueRules   at most one rule per dimension, each naming a dimension of the pack and only
     *                   its labels; may be empty
     * @throws NullPointerException     when an argument is null
     * @throws IllegalArgumentException when there is no dimension, a dimension's model has another
     *                                  number of features than the analysis chain, or a cue rule
     *                                  names a dimension twice, a dimension the pack lacks, or a label
     *                                  its dimension lacks
     */
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

    /**
     * A pack without cue rules.
     *
     * @param features   the frozen analysis chain; not null
     * @param dimensions one model per dimension, in order, at least one
     * @param provenance how it was made; not null
     * @throws IllegalArgumentException as the canonical constructor does
     */
    public ModelPack(FeatureSpace features, List<DimensionModel> dimensions, Provenance provenance) {
        this(features, dimensions, provenance, List.of());
    }

    /**
     * This pack with {@code rules} instead of its cue rules; each must name a dimension and its labels.
     *
     * @param rules the new rules, at most one per dimension; empty for none
     * @return a new pack sharing this one's analysis chain, models and provenance
     * @throws IllegalArgumentException when a rule names a dimension twice, a dimension the pack
     *                                  lacks, or a label its dimension lacks
     */
    public ModelPack withCueRules(List<CueRule> rules) {
        return new ModelPack(features, dimensions, provenance, rules);
    }

    /**
     * The dimension called {@code name}, or null.
     *
     * @param name a dimension's name, e.g. {@code tension}; case matters
     * @return its model, or null when the pack has no dimension of that name
     */
    public DimensionModel dimension(String name) {
        for (DimensionModel d : dimensions) {
            if (d.name().equals(name)) {
                return d;
            }
        }
        return null;
    }
}
