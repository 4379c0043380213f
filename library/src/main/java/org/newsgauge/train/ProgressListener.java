package org.newsgauge.train;

/**
 * Receives progress of long work (training, cross-validation, and the CLI's classification of many files), from the working thread; an implementation shared between runs must be thread-safe.
 *
 * <pre>{@code
 * ModelPack pack = new PackTrainer(TrainingOptions.defaults()).train(dataset,
 *         (stage, done, total) -> System.err.println(stage + " " + done + "/" + total));   // e.g. dimension stance 6/8
 * EvaluationReport cv = CrossValidator.run(dataset, TrainingOptions.defaults(), 10, true, ProgressListener.NONE);
 * }</pre>
 */
@FunctionalInterface
public interface ProgressListener {
    /** Does nothing. */
    ProgressListener NONE = (stage, done, total) -> { };

    /**
     * Called as each step of the whole job starts or ends. The counts are of the whole job, not
     * of the stage: training a pack of three dimensions with two analyzers to compare reports
     * {@code features 0/8}, ..., {@code dimension topic 5/8}, ..., {@code done 8/8}.
     *
     * @param stage what is being done: {@code "features"}, {@code "dimension <name>"} and
     *              {@code "done"} when training; {@code "fold"} in cross-validation (the
     *              steps are then folds); {@code "documents"} in the CLI's {@code classify}
     * @param done  steps of the whole job done so far
     * @param total steps in the whole job
     */
    void progress(String stage, long done, long total);
}
