package org.newsgauge.hostile;

import org.newsgauge.api.ArticleClassifier;
import org.newsgauge.api.Labels;
import org.newsgauge.api.Prediction;

/** Checks shared by the fuzz tests. */
final class Hostile {
    private Hostile() {
    }

    /** A pack that loaded must classify without throwing and give sane probabilities. */
    static void classifyOrFail(ArticleClassifier c) {
        for (String text : new String[] {"w1 w2 w3 the match in the stadium", "", "\"quoted w0\" said w1"}) {
            Labels l = c.classify(text);
            for (Prediction p : l.predictions().values()) {
                double sum = 0;
                for (double v : p.distribution().values()) {
                    if (!(v >= 0 && v <= 1)) {
                        throw new AssertionError("probability " + v + " in " + p);
                    }
                    sum += v;
                }
                if (Math.abs(sum - 1) > 1e-6) {
                    throw new AssertionError("probabilities sum to " + sum + " in " + p);
                }
                if (!p.distribution().containsKey(p.label())) {
                    throw new AssertionError("label " + p.label() + " not in its distribution " + p);
                }
            }
        }
    }
}
