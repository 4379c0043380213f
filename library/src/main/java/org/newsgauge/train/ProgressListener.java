package org.newsgauge.train;

/**
 * Receives progress of long work (training, cross-validation, classifying folders), from the working thread; an implementation shared between runs must be thread-safe.
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
     * @param stage what is being done, e.g. {@code "features"} or {@code "dimension stance"}
     * @param done  units done so far
     * @param total units in all
     */
    void progress(String stage, long done, long total);
}
