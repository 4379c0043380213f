package org.newsgauge.train;

/** Receives progress of long work (training, cross-validation, classifying folders). */
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
