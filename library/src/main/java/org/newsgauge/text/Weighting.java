package org.newsgauge.text;

/**
 * How a feature's count in a document becomes its value before L2 normalisation. Immutable and thread-safe.
 *
 * <pre>{@code
 * AnalyzerConfig cfg = AnalyzerConfig.defaults().withWeighting(Weighting.TFIDF);   // the default: SUBLINEAR_TFIDF
 * TrainingOptions o = TrainingOptions.defaults().withAnalyzer(cfg);
 * // the maxent learners get BINARY by themselves: TrainingOptions.defaults().withAlgorithm("smile-maxent")
 * }</pre>
 */
public enum Weighting {
    /** 1 when present. */
    BINARY,
    /** raw count times inverse document frequency. */
    TFIDF,
    /** (1 + ln count) times inverse document frequency; the default. */
    SUBLINEAR_TFIDF
}
