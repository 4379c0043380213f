package org.newsgauge.maven;

import org.apache.maven.plugin.logging.Log;

/**
 * Keeps Apache OpenNLP's trainer out of the build log. Its GIS trainer and data indexers log
 * each step and each iteration at INFO, some 400 lines per fit, and the {@code opennlp-maxent}
 * learner fits once per calibration fold: a train goal printed 834 such lines. Maven's logger
 * (slf4j-simple) reads a logger's level from the system property
 * {@code org.slf4j.simpleLogger.log.<name>} when the logger is made, which for OpenNLP's is when
 * its classes are first used; so this sets {@code org.slf4j.simpleLogger.log.opennlp} to
 * {@code warn} before the first goal runs, unless the user set it ({@code
 * -Dorg.slf4j.simpleLogger.log.opennlp=info} shows the lines) or runs Maven with {@code -X}. Nor
 * with {@code -q}: the build then logs errors only, and a per-logger {@code warn} would let
 * OpenNLP's warnings through where every other plugin's are hidden.
 *
 * <pre>{@code
 * QuietOpenNlp.apply(getLog());   // at the start of a goal
 * }</pre>
 */
final class QuietOpenNlp {
    static final String PROPERTY = "org.slf4j.simpleLogger.log.opennlp";

    private QuietOpenNlp() {
    }

    /** Sets {@link #PROPERTY} to {@code warn} unless it is set or the build logs at debug or errors only. */
    static void apply(Log log) {
        if (log.isDebugEnabled() || !log.isInfoEnabled() || System.getProperty(PROPERTY) != null) {
            return;
        }
        System.setProperty(PROPERTY, "warn");
    }
}
