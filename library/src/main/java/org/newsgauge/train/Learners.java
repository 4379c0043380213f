package org.newsgauge.train;

import java.util.List;
import java.util.Locale;

/**
 * The learners newsgauge ships, by name: {@code svm} (the default), {@code nbsvm} (the same SVM
 * on naive Bayes log-count-ratio scaled features), {@code liblinear}, {@code opennlp-maxent},
 * {@code smile-maxent}.
 *
 * <p>Stateless and thread-safe.
 */
public final class Learners {
    /** Names accepted by {@link #byName}. */
    public static final List<String> NAMES = List.of("svm", "nbsvm", "liblinear", "opennlp-maxent", "smile-maxent");

    private Learners() {
    }

    /** The default learner: {@link SvmLearner} with C = 1 and balanced class weights. */
    public static Learner defaultLearner() {
        return new SvmLearner(1.0, true);
    }

    /**
     * The learner called {@code name}.
     *
     * @param c regularisation strength for the learners that take one (svm, liblinear)
     * @throws IllegalArgumentException for an unknown name, listing the known ones
     */
    public static Learner byName(String name, double c) {
        return byName(name, c, true);
    }

    /**
     * As {@link #byName(String, double)}; {@code balanced} weighs classes inversely to their
     * frequency (svm only).
     */
    public static Learner byName(String name, double c, boolean balanced) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "svm" -> new SvmLearner(c, balanced);
            case "nbsvm" -> new SvmLearner(c, balanced, 1.0);
            case "liblinear" -> new LiblinearLearner(c);
            case "opennlp-maxent", "opennlp" -> new OpenNlpMaxentLearner(100, 1);
            case "smile-maxent", "smile" -> new SmileMaxentLearner(0.1);
            default -> throw new IllegalArgumentException("unknown algorithm '" + name + "'; choose one of "
                    + String.join(", ", NAMES));
        };
    }
}
