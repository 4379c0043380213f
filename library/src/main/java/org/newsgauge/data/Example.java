package org.newsgauge.data;

import java.util.List;

/**
 * One labelled document.
 *
 * <pre>{@code
 * for (Example e : dataset.examples()) {
 *     System.out.println(e.id() + " " + e.labels());   // w1-0001 [politics, neutral, high]: in dataset.dimensions() order
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param id     identifier (the id column, or the file name, or the line number)
 * @param text   the text to classify (text columns joined in order)
 * @param labels one label per dimension of the dataset, in the dataset's dimension order
 * @param group  the group for grouped cross-validation (e.g. the event), or the id when none
 * @param line   where the row starts in its file (1-based; 0 when not from a line-based file)
 */
public record Example(String id, String text, List<String> labels, String group, long line) {
    /**
     * Copies the labels in.
     *
     * @param id     identifier, unique in its dataset
     * @param text   the text to classify
     * @param labels one label per dimension of the dataset, in its dimension order
     * @param group  the group for grouped cross-validation; the id when there is none
     * @param line   where the row starts in its file, from 1; 0 when not from a line-based file
     * @throws NullPointerException when {@code labels} is null or holds a null
     */
    public Example {
        labels = List.copyOf(labels);
    }
}
