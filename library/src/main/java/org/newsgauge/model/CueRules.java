package org.newsgauge.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsgauge.api.Contribution;
import org.newsgauge.api.Prediction;
import org.newsgauge.text.NarratorCues;
import org.newsgauge.text.SparseVector;

/**
 * A pack's {@linkplain CueRule cue rules} with their matchers, ready to apply to texts: one
 * place where classification and evaluation apply them alike. Immutable and thread-safe.
 */
public final class CueRules {
    private final List<DimensionModel> dimensions;
    private final NarratorCues[] matchers;
    private final CueRule[] rules;

    private CueRules(ModelPack pack) {
        this.dimensions = pack.dimensions();
        this.matchers = new NarratorCues[dimensions.size()];
        this.rules = new CueRule[dimensions.size()];
        for (CueRule r : pack.cueRules()) {
            for (int d = 0; d < dimensions.size(); d++) {
                if (dimensions.get(d).name().equals(r.dimension())) {
                    rules[d] = r;
                    matchers[d] = new NarratorCues(pack.features().config(), r.terms());
                }
            }
        }
    }

    /** The rules of {@code pack}. */
    public static CueRules of(ModelPack pack) {
        return new CueRules(pack);
    }

    /** The label the rule of dimension {@code d} gives {@code text}, with its terms, if any. */
    public Optional<NarratorCues.Match> match(int d, String text) {
        return matchers[d] == null ? Optional.empty() : matchers[d].find(text);
    }

    /** The distribution {@code p} of dimension {@code d} for {@code text}, the rule applied. */
    public double[] apply(int d, String text, double[] p) {
        Optional<NarratorCues.Match> m = match(d, text);
        return m.isEmpty() ? p : raised(d, m.get(), p);
    }

    private double[] raised(int d, NarratorCues.Match m, double[] p) {
        return CueRule.raise(p, dimensions.get(d).labels().indexOf(m.label()), rules[d].confidence().get(m.label()));
    }

    /**
     * The prediction of dimension {@code d}: the model's, or, when the rule decides, the rule's
     * label with the narrator's terms first in the explanation (weight: the rule's confidence).
     */
    public Prediction predict(int d, String text, double[] scores, SparseVector x, int top,
                              org.newsgauge.text.FeatureSpace space) {
        DimensionModel model = dimensions.get(d);
        Optional<NarratorCues.Match> m = match(d, text);
        if (m.isEmpty()) {
            return model.predict(scores, x, top, space);
        }
        double[] p = raised(d, m.get(), model.distribution(scores));
        int c = model.choose(p);
        List<Contribution> why = new ArrayList<>();
        if (top > 0) {
            double conf = rules[d].confidence().get(m.get().label());
            for (String t : m.get().terms()) {
                if (why.size() < top) {
                    why.add(new Contribution("narrator: " + t, conf));
                }
            }
            for (Contribution k : model.explain(x, c, top, space)) {
                if (why.size() < top) {
                    why.add(k);
                }
            }
        }
        return Prediction.of(model.name(), model.labels(), p, c, why);
    }
}
