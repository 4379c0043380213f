package org.newsgauge.data;

import java.nio.file.Path;

/**
 * A dataset could not be read: the message names the file, the line when there is one, what is
 * wrong and what to do about it.
 *
 * <pre>{@code
 * try {
 *     Dataset d = CsvDatasetReader.builder().textColumns("title", "body").labelColumns("topic").build().read(Path.of("articles.csv"));
 * } catch (DatasetException e) {
 *     System.err.println(e.getMessage());   // articles.csv:57: no label in column 'topic'; label the row or remove it
 * }
 * }</pre>
 *
 * <p>Immutable once thrown, like any exception: safe to hand between threads.
 */
public class DatasetException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Path file;
    /** The line at fault, from 1; 0 when the problem is not on one line. */
    private final long line;

    /**
     * An exception whose message is {@code file:line: message}, or less of it when the file or the
     * line is not known.
     *
     * @param file    the file at fault, or null
     * @param line    the line at fault, from 1; 0 when the problem is not on one line
     * @param message what is wrong and what to do about it
     */
    public DatasetException(Path file, long line, String message) {
        super(format(file, line, message));
        this.file = file;
        this.line = line;
    }

    /**
     * As {@link #DatasetException(Path, long, String)}, with the lower-level failure.
     *
     * @param file    the file at fault, or null
     * @param line    the line at fault, from 1; 0 when the problem is not on one line
     * @param message what is wrong and what to do about it
     * @param cause   e.g. the I/O or CSV parser's exception; may be null
     */
    public DatasetException(Path file, long line, String message, Throwable cause) {
        super(format(file, line, message), cause);
        this.file = file;
        this.line = line;
    }

    private static String format(Path file, long line, String message) {
        String where = file == null ? "" : file.toString();
        if (line > 0) {
            where += (where.isEmpty() ? "line " : ":") + line;
        }
        return where.isEmpty() ? message : where + ": " + message;
    }

    /**
     * The file, or null.
     *
     * @return the file at fault; null when not known, or after the exception was serialized
     */
    public Path file() {
        return file;
    }

    /**
     * The line, or 0 when the problem is not on one line.
     *
     * @return the line at fault, from 1; 0 when there is none
     */
    public long line() {
        return line;
    }
}
