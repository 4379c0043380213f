package org.newsgauge.model;

import java.util.List;
import java.util.Optional;
import org.newsgauge.text.FeatureSpace;
import org.newsgauge.text.NarratorCues;
import org.newsgauge.text.SparseVector;
import org.newsgauge.text.TokenSink;

/**
 * A pack's {@linkplain CueRule cue rules} with their matchers, ready to apply: one place where
 * classification and evaluation apply them alike. Immutable and thread-safe; a
 * {@link Reading} is one text's.
 *
 * <pre>{@code
 * CueRules cues = CueRules.of(pack);
 * CueRules.Reading r = cues.read();                       // null when the pack has no rules
 * SparseVector x = pack.features().vectorize(text, r);   // one tokenising pass for both
 * double[] p = cues.apply(d, r, model.distribution(scores));  // the rule applied, if it decides
 * Optional<NarratorCues.Match> why = cues.match(d, r);          // what it read: label and terms
 * }</pre>
 */
public final class CueRules {
    private final List<DimensionModel> dimensions;
    private final NarratorCues[] matchers;
    private final CueRule[] rules;
    private final boolean any;

    private CueRules(ModelPack pack) {
        this.dimensions = pack.dimensions();
        this.matchers = new NarratorCues[dimensions.size()];
        this.rules = new CueRule[dimensions.size()];
        for (CueRule r : pack.cueRules()) {
            int d = dimensions.indexOf(pack.dimension(r.dimension()));
            rules[d] = r;
            matchers[d] = new NarratorCues(pack.features().config(), r.terms());
        }
        this.any = !pack.cueRules().isEmpty();
    }

    /** The rules of {@code pack}. */
    public static CueRules of(ModelPack pack) {
        return new CueRules(pack);
    }

    /** A reading of one text for every rule, to feed with its tokens; null when there is no rule. */
    public Reading read() {
        return any ? new Reading() : null;
    }

    /** One text's tokens as every rule reads them. */
    public final class Reading implements TokenSink {
        private final NarratorCues.Reading[] byDimension = new NarratorCues.Reading[matchers.length];

        private Reading() {
            for (int d = 0; d < matchers.length; d++) {
                byDimension[d] = matchers[d] == null ? null : matchers[d].reading();
            }
        }

        @Override
        public void token(char[] buf, int len, boolean quoted) {
            for (NarratorCues.Reading r : byDimension) {
                if (r != null) {
                    r.token(buf, len, quoted);
                }
            }
        }

        @Override
        public boolean readsSentences() {
            return true;
        }

        @Override
        public void sentenceEnd() {
            for (NarratorCues.Reading r : byDimension) {
                if (r != null) {
                    r.sentenceEnd();
                }
            }
        }

        /** What the rule of dimension {@code d} found in the tokens read (asked once the text is read). */
        Optional<NarratorCues.Match> match(int d) {
            return byDimension[d] == null ? Optional.empty() : byDimension[d].match();
        }
    }

    /** The distribution {@code p} of dimension {@code d}, the rule applied to what {@code r} read. */
    public double[] apply(int d, Reading r, double[] p) {
        return apply(d, match(d, r), p);
    }

    /**
     * The distribution {@code p} of dimension {@code d}, the rule applied to what it found
     * ({@link #match}): for a caller that also explains with the match, so that it is made once.
     */
    public double[] apply(int d, Optional<NarratorCues.Match> found, double[] p) {
        return found.map(m -> CueRule.raise(p, dimensions.get(d).labels().indexOf(m.label()), confidence(d, m.label())))
                .orElse(p);
    }

    /**
     * What the rule of dimension {@code d} found in the text {@code r} read: the label it decides
     * and the narrator's terms that made it; empty when it decides nothing (or {@code r} is null).
     * An explanation lists those terms first, with the rule's {@link #confidence}.
     */
    public Optional<NarratorCues.Match> match(int d, Reading r) {
        return r == null ? Optional.empty() : r.match(d);
    }

    /** The confidence of dimension {@code d}'s rule in {@code label}: the least probability it raises the label to. */
    public double confidence(int d, String label) {
        return rules[d].confidence().get(label);
    }
}
