package org.newsgauge.text;

/** How a feature's count in a document becomes its value before L2 normalisation. Immutable and thread-safe. */
public enum Weighting {
    /** 1 when present. */
    BINARY,
    /** raw count times inverse document frequency. */
    TFIDF,
    /** (1 + ln count) times inverse document frequency; the default. */
    SUBLINEAR_TFIDF
}
