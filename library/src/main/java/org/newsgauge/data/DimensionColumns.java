package org.newsgauge.data;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dimensions to evaluate a pack on, each read from the column named as it or from another:
 * {@code topic} reads column {@code topic}, {@code topic=category} reads dimension {@code topic}'s
 * labels from column {@code category}, as the file at hand names it.
 *
 * <pre>{@code
 * Map<String, String> m = DimensionColumns.parse(List.of("topic=category", "stance"));
 * // {topic=category, stance=stance}
 * }</pre>
 *
 * <p>Stateless.
 */
public final class DimensionColumns {
    private DimensionColumns() {
    }

    /**
     * Each entry's dimension and the column its labels are read from, in the entries' order.
     *
     * @param entries {@code DIM} or {@code DIM=COLUMN}, as the CLI's {@code --label-column} and the
     *                plugin's {@code <dimensions>} take them
     * @return dimension to column, unmodifiable
     * @throws IllegalArgumentException for an entry with an empty side, or a dimension given with two columns
     */
    public static Map<String, String> parse(List<String> entries) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String e : entries) {
            int eq = e.indexOf('=');
            String dim = (eq < 0 ? e : e.substring(0, eq)).strip();
            String column = (eq < 0 ? e : e.substring(eq + 1)).strip();
            if (dim.isEmpty() || column.isEmpty()) {
                throw new IllegalArgumentException("'" + e + "' names no " + (dim.isEmpty() ? "dimension" : "column")
                        + "; write DIM, or DIM=COLUMN to read the dimension's labels from a column of another name");
            }
            String before = out.put(dim, column);
            if (before != null && !before.equals(column)) {
                // the same twice is the same request; two columns for one dimension is a contradiction
                throw new IllegalArgumentException("dimension '" + dim + "' is given twice, read from '" + before
                        + "' and from '" + column + "'; give it once");
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * The entries of {@code dimensions}, each with the column {@code columns} reads it from: a
     * subset of what {@link #parse} read, written back as {@code DIM} or {@code DIM=COLUMN}.
     *
     * @param columns    dimension to column, as {@link #parse} gives it
     * @param dimensions the dimensions kept, in the order wanted
     * @return {@code DIM} where the column has the dimension's name (or none is given), else
     *         {@code DIM=COLUMN}
     */
    public static List<String> entries(Map<String, String> columns, List<String> dimensions) {
        return dimensions.stream().map(d -> columns.getOrDefault(d, d).equals(d) ? d : d + "=" + columns.get(d)).toList();
    }

    /**
     * The dimensions of {@link #parse}, without their columns.
     *
     * @param entries {@code DIM} or {@code DIM=COLUMN}
     * @return the dimensions' names, in order
     * @throws IllegalArgumentException as {@link #parse} does
     */
    public static List<String> names(List<String> entries) {
        return List.copyOf(parse(entries).keySet());
    }
}
