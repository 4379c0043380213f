package org.newsgauge.model;

import java.util.List;
import java.util.Map;
import org.newsgauge.metrics.EvaluationReport;

/**
 * Where a pack comes from, as recorded in its manifest (in the spirit of Tribuo's provenance):
 * enough to retrain it and to know how good it was when it was made.
 *
 * <pre>{@code
 * Provenance p = PackReader.read(Path.of("news.ngpack")).provenance();
 * p.trainingSha256();                                    // which data it was trained on
 * p.learner("stance");                                   // e.g. "svm", as the folds chose it
 * p.heldOut().dimensions().get("stance").macroF1();      // its figures then (heldOut() is null without folds)
 * }</pre>
 *
 * <p>Immutable (its map and list are copied in) and thread-safe.
 *
 * @param libraryVersion   newsgauge version that trained it
 * @param algorithm        learner name, e.g. {@code svm}, or {@code auto} when the held-out
 *                         folds chose the learner of each dimension; a dimension may have had its
 *                         own (see {@link #learner})
 * @param params           learner hyper-parameters
 * @param seed             random seed
 * @param calibrationFolds folds used to calibrate probabilities (and to measure {@code heldOut})
 * @param trainingSource   file name of the training data (no directories)
 * @param trainingSha256   SHA-256 of the training data
 * @param documents        number of training documents
 * @param textColumns      text columns joined to make each document
 * @param heldOut          figures measured on held-out folds at training time, or null
 */
public record Provenance(String libraryVersion, String algorithm, Map<String, Object> params, long seed,
                         int calibrationFolds, String trainingSource, String trainingSha256, int documents,
                         List<String> textColumns, EvaluationReport heldOut) {
    /**
     * Copies the map (keeping its order) and the list in.
     *
     * @param libraryVersion   newsgauge version that trained it
     * @param algorithm        learner name, or {@code auto}
     * @param params           learner hyper-parameters by name (see {@link ParamKeys}); not null
     * @param seed             random seed
     * @param calibrationFolds folds used to calibrate probabilities
     * @param trainingSource   file name of the training data
     * @param trainingSha256   SHA-256 of the training data, in hexadecimal
     * @param documents        number of training documents
     * @param textColumns      text columns joined to make each document; not null
     * @param heldOut          figures measured on held-out folds, or null when there were none
     * @throws NullPointerException when {@code params} or {@code textColumns} is null, or a text
     *                              column is
     */
    public Provenance {
        params = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(params));
        textColumns = List.copyOf(textColumns);
    }

    /**
     * The learner dimension {@code dimension} was fitted with: the one the held-out folds chose
     * under {@code auto}, or its own when it was given one (both recorded under
     * {@link ParamKeys#learner}), otherwise {@link #algorithm}.
     *
     * <pre>{@code
     * String l = pack.provenance().learner("stance");   // "svm" or "nbsvm"
     * }</pre>
     *
     * @param dimension a dimension's name
     * @return the learner's name, e.g. {@code svm}; {@link #algorithm()} for a dimension the params
     *         say nothing of (also a name the pack lacks)
     */
    public String learner(String dimension) {
        Object chosen = params.get(ParamKeys.learner(dimension));
        return chosen != null ? chosen.toString() : algorithm;
    }
}
