package org.newsgauge.model;

import java.io.IOException;

/**
 * A model pack file is not a valid pack: truncated, tampered with, of a newer format, or over
 * the safety limits. The message says which and what to do.
 *
 * <pre>{@code
 * try {
 *     ModelPack pack = PackReader.read(Path.of("news.ngpack"));
 * } catch (ModelFormatException e) {
 *     System.err.println(e.getMessage());   // model pack news.ngpack ends early: the file is truncated; download or train it again
 * }
 * }</pre>
 *
 * <p>Immutable once thrown, like any exception: safe to hand between threads.
 */
public class ModelFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception with a message that names the pack and says what is wrong with it.
     *
     * @param message what is wrong and, where it helps, what to do
     */
    public ModelFormatException(String message) {
        super(message);
    }

    /**
     * An exception with a message and the lower-level failure that revealed the problem.
     *
     * @param message what is wrong and, where it helps, what to do
     * @param cause   e.g. the zip or JSON parser's exception; may be null
     */
    public ModelFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
