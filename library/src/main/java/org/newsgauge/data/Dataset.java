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
    public Dataset {
        Objects.requireNonNull(source);
        dimensions = List.copyOf(dimensions);
        examples = List.copyOf(examples);
        textColumns = List.copyOf(textColumns);
    }

    /** A dataset whose texts are not a CSV's columns (no {@link #textColumns()}). */
    public Dataset(String source, List<DimensionSpec> dimensions, List<Example> examples, String sha256) {
        this(source, dimensions, examples, sha256, List.of());
    }

    /** The same dataset with {@code rows} instead of its examples (e.g. a streamed head with the rows kept). */
    public Dataset withExamples(List<Example> rows) {
        return new Dataset(source, dimensions, rows, sha256, textColumns);
    }

    /** Number of examples. */
    public int size() {
        return examples.size();
    }

    /** The texts, in order. */
    public List<String> texts() {
        List<String> t = new ArrayList<>(examples.size());
        for (Example e : examples) {
            t.add(e.text());
        }
        return t;
    }

    /** The label indices of dimension {@code d} (position in {@link #dimensions()}), per example. */
    public int[] labelIndices(int d) {
        DimensionSpec spec = dimensions.get(d);
        int[] y = new int[examples.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = spec.indexOf(examples.get(i).labels().get(d));
        }
        return y;
    }

    /** The group of each example. */
    public String[] groups() {
        return examples.stream().map(Example::group).toArray(String[]::new);
    }

    /** The subset at the given row indices, in that order. */
    public Dataset subset(int[] rows) {
        List<Example> sub = new ArrayList<>(rows.length);
        for (int r : rows) {
            sub.add(examples.get(r));
        }
        return withExamples(sub);
    }
}
