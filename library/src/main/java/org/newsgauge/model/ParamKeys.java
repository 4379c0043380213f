package org.newsgauge.model;

/**
 * The keys under which a trainer records in {@link Provenance#params()} (the manifest's
 * {@code algorithm.params}) what the held-out folds chose; each spelling lives here alone.
 *
 * <pre>{@code
 * Object c = pack.provenance().params().get(ParamKeys.c("topic"));              // "C.topic"
 * Object figures = pack.provenance().params().get(ParamKeys.heldOut(ParamKeys.learner("topic")));
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class ParamKeys {
    /**
     * How the calibration folds were drawn, when there were folds: {@code grouped} (by the data's
     * group column: no group in two folds, so the held-out figures are not inflated by near
     * duplicates) or {@code stratified} (by label).
     */
    public static final String FOLDS = "calibration_folds_drawn";

    /** The held-out figure of each analyzer compared, when the folds chose the features. */
    public static final String FEATURES_HELD_OUT = "features.held_out";

    private ParamKeys() {
    }

    /** The learner the folds chose for {@code dimension}, or its own: {@code learner.<dimension>}. */
    public static String learner(String dimension) {
        return "learner." + dimension;
    }

    /**
     * The algorithm a dimension was given of its own, in place of the pack's:
     * {@code algorithm.<dimension>} ({@code nbsvm}, or {@code auto} when the folds still chose).
     */
    public static String algorithm(String dimension) {
        return "algorithm." + dimension;
    }

    /** The C the folds chose for {@code dimension}, or its own learner's: {@code C.<dimension>}. */
    public static String c(String dimension) {
        return "C." + dimension;
    }

    /**
     * The held-out figure of every candidate behind the choice recorded under {@code choice}
     * ({@link #learner} or {@link #c}): {@code <choice>.held_out}.
     */
    public static String heldOut(String choice) {
        return choice + ".held_out";
    }

    /** The calibration folds fitted for {@code dimension}, when fewer than asked: {@code calibration_folds_fitted.<dimension>}. */
    public static String foldsFitted(String dimension) {
        return "calibration_folds_fitted." + dimension;
    }
}
