package org.newsgauge.data;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns newsgauge's reports derive from a pack's dimension names, and the rule that keeps
 * them apart. {@code classify}'s CSV has {@code <dim>} and {@code <dim>_p}; {@code evaluate
 * --predictions} has {@code <dim>}, {@code <dim>_predicted} and {@code <dim>_probability}; both
 * have fixed columns ({@link #FIXED}). Names are compared as {@link String#equalsIgnoreCase}
 * compares them, which is how Spark, SQL and spreadsheets match columns: a dimension
 * {@code Language} would overwrite {@code language}, and {@code topic_p} the probability of
 * {@code topic}.
 *
 * <pre>{@code
 * ReportColumns.requireDistinct(List.of("topic", "Topic"), "articles.csv");
 * // IllegalArgumentException: dimensions 'Topic' and 'topic' of articles.csv would share the report column 'Topic' ...
 * ReportColumns.probability("topic");   // "topic_p"
 * }</pre>
 */
public final class ReportColumns {
    /** Columns of the reports that are not a dimension's. */
    public static final List<String> FIXED = List.of("path", "language", "warnings", "id");

    private ReportColumns() {
    }

    /**
     * {@code classify}'s probability column of {@code dimension}: {@code <dim>_p}.
     *
     * @param dimension a dimension's name
     * @return the column's name
     */
    public static String probability(String dimension) {
        return dimension + "_p";
    }

    /**
     * {@code evaluate --predictions}' predicted-label column of {@code dimension}: {@code <dim>_predicted}.
     *
     * @param dimension a dimension's name
     * @return the column's name
     */
    public static String predicted(String dimension) {
        return dimension + "_predicted";
    }

    /**
     * {@code evaluate --predictions}' probability column of {@code dimension}: {@code <dim>_probability}.
     *
     * @param dimension a dimension's name
     * @return the column's name
     */
    public static String predictedProbability(String dimension) {
        return dimension + "_probability";
    }

    /**
     * Every report column named after {@code dimension}.
     *
     * @param dimension a dimension's name
     * @return the dimension's own column and its {@code _p}, {@code _predicted} and {@code _probability}
     *         columns, in that order
     */
    public static List<String> of(String dimension) {
        return List.of(dimension, probability(dimension), predicted(dimension), predictedProbability(dimension));
    }

    /**
     * {@code name} as {@link String#equalsIgnoreCase} compares it, character by character (so
     * that {@code σ} and {@code ς}, or {@code i} and {@code İ}, are the same name, as they are to Spark).
     *
     * @param name a column's name
     * @return a key equal to another name's key when the two names are equal without regard to case
     */
    public static String caseKey(String name) {
        StringBuilder key = new StringBuilder(name.length());
        name.codePoints().forEach(c -> key.appendCodePoint(Character.toLowerCase(Character.toUpperCase(c))));
        return key.toString();
    }

    /**
     * Checks that no two of the report columns of {@code dimensions} are the same name, and that
     * none is a {@link #FIXED} column, compared without regard to case.
     *
     * @param dimensions the dimensions' names, in order
     * @param source     what the dimensions come from, for the message (a file name)
     * @throws IllegalArgumentException naming the two dimensions, the column they share and the fix
     */
    public static void requireDistinct(List<String> dimensions, String source) {
        for (String d : dimensions) {
            if (FIXED.stream().anyMatch(f -> caseKey(f).equals(caseKey(d)))) {
                throw new IllegalArgumentException("dimension '" + d + "' of " + source + " has the name of a column of the"
                        + " reports (" + String.join(", ", FIXED) + ", in any case), which it would overwrite; rename the"
                        + " label column");
            }
        }
        // a dimension's own columns differ from each other, so a clash is with an earlier dimension
        Map<String, String> owner = new HashMap<>();
        for (String d : dimensions) {
            for (String column : of(d)) {
                String other = owner.get(caseKey(column));
                if (other != null) {
                    if (other.equals(d)) {
                        throw new IllegalArgumentException("dimension '" + d + "' is named twice in " + source
                                + "; name each dimension once");
                    }
                    throw new IllegalArgumentException("dimensions '" + other + "' and '" + d + "' of " + source
                            + " would share the report column '" + column + "' (compared without regard to case, as Spark"
                            + " and SQL compare columns); rename one of the label columns");
                }
            }
            for (String column : of(d)) {
                owner.put(caseKey(column), d);
            }
        }
    }
}
