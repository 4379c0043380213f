package org.newsgauge.train;

import java.util.Map;
import org.newsgauge.model.LinearModel;
import org.newsgauge.text.SparseVector;

/**
 * A learning algorithm that fits one linear scoring function per class over sparse features.
 * Every learner in newsgauge produces the same kind of model ({@link LinearModel}), so packs
 * are classified, saved and explained the same way whatever trained them.
 *
 * <pre>{@code
 * Learner svm = Learners.byName("svm", 1.0);
 * LinearModel m = svm.fit(x, y, 3, features, 42);   // x: vectors with indices below features, y: classes 0..2
 * DimensionTrainer t = new DimensionTrainer(svm, 3, 42);   // fitted and calibrated on 3 folds, as PackTrainer does
 * }</pre>
 *
 * <p>Implementations must be deterministic for a given seed and safe to call from several
 * threads at once (they hold only their immutable settings).
 */
public interface Learner {
    /**
     * Short name used on the command line and in the manifest, e.g. {@code svm}.
     *
     * @return the name, in lower case
     */
    String name();

    /**
     * Hyper-parameters, recorded in the manifest.
     *
     * @return the parameters by name (e.g. {@code C}), in a stable order; numbers or strings
     */
    Map<String, Object> params();

    /**
     * The input values this learner expects; the analyzer is set up to match.
     *
     * @return true when the learner wants binary (present or absent) features instead of weighted ones
     */
    default boolean wantsBinaryFeatures() {
        return false;
    }

    /**
     * Fits {@code k} scoring functions, one per class {@code 0..k-1}.
     *
     * @param x        training vectors
     * @param y        class of each vector, in {@code 0..k-1}
     * @param k        number of classes, at least 2
     * @param features number of features (vector indices are below it)
     * @param seed     seed of any randomness
     * @return {@code k} scoring functions over {@code features} features
     */
    LinearModel fit(SparseVector[] x, int[] y, int k, int features, long seed);
}
