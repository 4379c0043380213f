package org.newsgauge.train;

import java.util.List;
import java.util.Locale;

/**
 * The learners newsgauge ships, by name: {@code auto} (the default: {@code nbsvm} and {@code svm},
 * the held-out folds choosing per dimension), {@code svm}, {@code nbsvm} (the same SVM on naive
 * Bayes log-count-ratio scaled features), {@code liblinear}, {@code opennlp-maxent},
 * {@code smile-maxent}.
 *
 * <pre>{@code
 * TrainingOptions o = TrainingOptions.defaults().withAlgorithm("svm");   // no choice: svm only
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class Learners {
    /** The default algorithm: the learners of {@link #AUTO_CHOICES}, chosen per dimension on the held-out folds. */
    public static final String AUTO = "auto";

    /**
     * What {@link #AUTO} chooses among, the one used without a choice first (a large corpus,
     * above {@link DimensionTrainer#SELECTION_BUDGET}, or no calibration folds).
     */
    public static final List<String> AUTO_CHOICES = List.of("nbsvm", "svm");

    /** Names accepted by {@link TrainingOptions#withAlgorithm}; all but {@link #AUTO} by {@link #byName}. */
    public static final List<String> NAMES = List.of(AUTO, "svm", "nbsvm", "liblinear", "opennlp-maxent", "smile-maxent");

    private Learners() {
    }

    /**
     * The learner's default C relative to svm's (the C of {@link TrainingOptions#defaults()}),
     * used when C is tuned: nbsvm 1/4, the others 1. Measured on the five topic sets of the
     * benchmarks (test macro-F1 of nbsvm with C tuned around 1, and fixed at 1/2, 1/4, 1/8): a
     * quarter was best on four of the five (20 Newsgroups 0.862 around 1, 0.865 at 1/4; R52 0.749
     * at 1/4, 0.757 at 1/8). The scaled features already
     * carry the naive Bayes evidence, and a stronger regularisation keeps the SVM close to it,
     * much as Wang &amp; Manning's interpolation with the naive Bayes weights does.
     *
     * @param name a learner's name, in any case
     * @return 0.25 for nbsvm, 1 for any other name
     */
    public static double relativeC(String name) {
        return name.toLowerCase(Locale.ROOT).equals("nbsvm") ? 0.25 : 1.0;
    }

    /**
     * Checks that the learners of {@code name} ({@link #AUTO}: each it chooses among), asked for
     * dimension {@code dimension}, read the features the pack's dimensions share ({@code binary}
     * or weighted): the dimensions have one analyzer.
     *
     * @return the learner's canonical name ({@code opennlp} gives {@code opennlp-maxent}), or {@link #AUTO}
     * @throws IllegalArgumentException naming the dimension, the learner and the learners that would do
     */
    static String requireSharedFeatures(String dimension, String name, boolean binary) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        OptionalLibrary missing = OptionalLibrary.missingFor(n);
        if (missing != null) {
            if (missing.learnerWantsBinaryFeatures() != binary) {
                // refused for its features, which no dependency would change, before its library is named
                throw new IllegalArgumentException(featuresMessage(dimension, missing.learner(), false,
                        missing.learnerWantsBinaryFeatures(), binary));
            }
            missing.require();
        }
        List<Learner> learners = n.equals(AUTO) ? AUTO_CHOICES.stream().map(a -> byName(a, 1.0)).toList() : List.of(byName(n, 1.0));
        for (Learner l : learners) {
            if (l.wantsBinaryFeatures() != binary) {
                throw new IllegalArgumentException(featuresMessage(dimension, l.name(), n.equals(AUTO), l.wantsBinaryFeatures(),
                        binary));
            }
        }
        return n.equals(AUTO) ? AUTO : learners.get(0).name();
    }

    /** Why dimension {@code dimension} cannot use learner {@code learner}, and which learners it can. */
    private static String featuresMessage(String dimension, String learner, boolean underAuto, boolean wantsBinary,
                                          boolean binary) {
        List<String> fit = NAMES.stream().filter(x -> !x.equals(AUTO) && available(x)
                && byName(x, 1.0).wantsBinaryFeatures() == binary).toList();
        return "dimension '" + dimension + "' cannot use " + (underAuto ? "auto (" + learner + ")" : learner) + ": it wants "
                + (wantsBinary ? "binary" : "weighted") + " features, and the dimensions share " + (binary ? "binary" : "weighted")
                + " ones, as the algorithm of the other dimensions wants; give it " + String.join(" or ", fit) + ", or train"
                + " every dimension with " + learner + " (the algorithm, not one dimension's)";
    }

    /** Whether the learner called {@code name} has its libraries on the classpath (two have optional ones). */
    static boolean available(String name) {
        return OptionalLibrary.missingFor(name.toLowerCase(Locale.ROOT)) == null;
    }

    /**
     * The learner called {@code name}, weighing every example the same, as
     * {@link TrainingOptions#defaults()} does; {@link #byName(String, double, boolean)} weighs
     * classes inversely to their frequency.
     *
     * @param name one of {@link #NAMES} but {@link #AUTO}, in any case ({@code opennlp} and
     *             {@code smile} are accepted too)
     * @param c regularisation strength for the learners that take one (svm, nbsvm, liblinear)
     * @return a new learner with its other settings at their defaults
     * @throws IllegalArgumentException for an unknown name, listing the known ones
     * @throws MissingLibraryException  for {@code liblinear} or {@code smile-maxent} without their
     *                                  optional library on the classpath, naming the dependency to add
     */
    public static Learner byName(String name, double c) {
        return byName(name, c, false);
    }

    /**
     * As {@link #byName(String, double)}; {@code balanced} weighs classes inversely to their
     * frequency (svm only).
     *
     * @param name     one of {@link #NAMES} but {@link #AUTO}, in any case
     * @param c        regularisation strength for the learners that take one (svm, nbsvm, liblinear)
     * @param balanced for svm and nbsvm, weigh classes inversely to their frequency; ignored by the others
     * @return a new learner
     * @throws IllegalArgumentException for {@code auto} or an unknown name, listing the known ones
     * @throws MissingLibraryException  for {@code liblinear} or {@code smile-maxent} without their
     *                                  optional library on the classpath, naming the dependency to add
     */
    public static Learner byName(String name, double c, boolean balanced) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "svm" -> new SvmLearner(c, balanced);
            case "nbsvm" -> new SvmLearner(c, balanced, 1.0);
            case "liblinear" -> new LiblinearLearner(c);
            case "opennlp-maxent", "opennlp" -> new OpenNlpMaxentLearner(100, 1);
            case "smile-maxent", "smile" -> new SmileMaxentLearner(0.1);
            case AUTO -> throw new IllegalArgumentException("'auto' is a choice between learners, not one learner: "
                    + "train with it through TrainingOptions.withAlgorithm, or name one of " + AUTO_CHOICES);
            default -> throw new IllegalArgumentException("unknown algorithm '" + name + "'; choose one of "
                    + String.join(", ", NAMES));
        };
    }
}
