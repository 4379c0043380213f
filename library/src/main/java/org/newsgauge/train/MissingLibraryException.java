package org.newsgauge.train;

/**
 * A learner was asked for whose library is not on the classpath: {@code smile-maxent} needs
 * {@code com.github.haifengl:smile-core} and {@code liblinear} needs {@code de.bwaldvogel:liblinear},
 * optional dependencies of newsgauge that an application does not inherit. The message names the
 * dependency to add, with the version newsgauge was built with.
 *
 * <pre>{@code
 * try {
 *     options = options.withAlgorithm("liblinear");
 * } catch (MissingLibraryException e) {
 *     options = options.withAlgorithm("svm");   // the same problem, solved by newsgauge itself
 * }
 * }</pre>
 */
public final class MissingLibraryException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception with this message.
     *
     * @param message what is missing and how to add it
     */
    public MissingLibraryException(String message) {
        super(message);
    }
}
