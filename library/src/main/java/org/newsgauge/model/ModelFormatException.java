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

    public ModelFormatException(String message) {
        super(message);
    }

    public ModelFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
