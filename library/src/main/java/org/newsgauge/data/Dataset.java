package org.newsgauge.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A labelled dataset held in memory: its dimensions and its examples.
 *
 * <pre>{@code
 * Dataset d = CsvDatasetReader.builder().textColumns("title", "body")
 *         .labelColumns("topic", "stance").ordinal("tension", List.of("low", "elevated", "high", "critical"))
 *         .build().read(Path.of("articles.csv"));
 * }</pre>
 *
 * <p>Immutable (its lists are copied in) and thread-safe.
 *
 * @param source     where it was read from (for messages and the manifest)
 * @param dimensions its label dimensions
 * @param examples   the labelled documents
 * @param sha256     SHA-256 of the bytes it was read from (hex), recorded in model manifests
 * @param textColumns the CSV columns its texts were joined from, in order (empty when the texts
 *                   are not a CSV's, e.g. a folder's files); a pack trained on it records them,
 *                   so that evaluating it reads the same columns
 */
public record Dataset(String source, List<DimensionSpec> dimensions, List<Example> examples, String sha256,
                      List<String> textColumns) {
    /**
     * Copies the lists in. Datasets are usually read by {@link CsvDatasetReader} or
     * {@link FolderDatasetReader}; building one by hand is for tests and other sources.
     *
     * @param source      where it was read from, for messages and the manifest; not null
     * @param dimensions  its label dimensions, in the order of each example's labels
     * @param examples    the labelled documents, each with one label per dimension
     * @param sha256      SHA-256 of what it was read from, in hexadecimal
     * @param textColumns the CSV columns its texts were joined from; empty when not a CSV's
     * @throws NullPointerException when {@code source} or a list is null, or a list holds a null
     */
    public Dataset {
        Objects.requireNonNull(source);
        dimensions = List.copyOf(dimensions);
        examples = List.copyOf(examples);
        textColumns = List.copyOf(textColumns);
    }

    /**
     * A dataset whose texts are not a CSV's columns (no {@link #textColumns()}).
     *
     * @param source     where it was read from, for messages and the manifest; not null
     * @param dimensions its label dimensions, in the order of each example's labels
     * @param examples   the labelled documents
     * @param sha256     SHA-256 of what it was read from, in hexadecimal
     */
    public Dataset(String source, List<DimensionSpec> dimensions, List<Example> examples, String sha256) {
        this(source, dimensions, examples, sha256, List.of());
    }

    /**
     * The same dataset with {@code rows} instead of its examples (e.g. a streamed head with the rows kept).
     *
     * @param rows the new examples, with labels for the same dimensions; copied
     * @return a new dataset with the same source, dimensions, SHA-256 and text columns (the SHA-256 is
     *         still the file's, not the rows')
     */
    public Dataset withExamples(List<Example> rows) {
        return new Dataset(source, dimensions, rows, sha256, textColumns);
    }

    /**
     * Number of examples.
     *
     * @return how many examples there are; 0 for a streamed head
     */
    public int size() {
        return examples.size();
    }

    /**
     * The texts, in order.
     *
     * @return each example's text, in example order; a new, modifiable list
     */
    public List<String> texts() {
        List<String> t = new ArrayList<>(examples.size());
        for (Example e : examples) {
            t.add(e.text());
        }
        return t;
    }

    /**
     * The label indices of dimension {@code d} (position in {@link #dimensions()}), per example.
     *
     * @param d the dimension's index in {@link #dimensions()}
     * @return for each example, in order, the index of its label in that dimension's labels; -1 for
     *         a label the dimension does not list
     * @throws IndexOutOfBoundsException when {@code d} is not a dimension's index
     */
    public int[] labelIndices(int d) {
        DimensionSpec spec = dimensions.get(d);
        int[] y = new int[examples.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = spec.indexOf(examples.get(i).labels().get(d));
        }
        return y;
    }

    /**
     * The group of each example.
     *
     * @return each example's {@link Example#group()}, in order (its id when the data has no group
     *         column)
     */
    public String[] groups() {
        return examples.stream().map(Example::group).toArray(String[]::new);
    }

    /**
     * The subset at the given row indices, in that order.
     *
     * @param rows indices into {@link #examples()}; one may repeat (a bootstrap sample)
     * @return a new dataset with those examples and this one's dimensions, source and SHA-256
     * @throws IndexOutOfBoundsException when an index is out of range
     */
    public Dataset subset(int[] rows) {
        List<Example> sub = new ArrayList<>(rows.length);
        for (int r : rows) {
            sub.add(examples.get(r));
        }
        return withExamples(sub);
    }
}
