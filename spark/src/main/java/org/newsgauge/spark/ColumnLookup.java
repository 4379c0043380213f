package org.newsgauge.spark;

import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.Option;

/**
 * Finds a column of a schema as {@code Dataset.col} and {@code withColumn} resolve its name on this
 * thread: ignoring case, unless the thread's active session sets {@code spark.sql.caseSensitive}.
 * The setting is read through the public {@code spark.conf()}, not Spark's internal
 * {@code SQLConf}, with the same choice of session as {@code SQLConf.get()}, which Spark's analyser
 * resolves names with: the thread's active session, not the dataset's (measured: a dataset of a
 * case-sensitive session, used on a thread whose active session is not, has its {@code Labels}
 * replaced by {@code withColumn("labels", ...)}), and not the default session either.
 *
 * <pre>{@code
 * StructField f = ColumnLookup.current().find(df.schema(), "TEXT");   // the column "text"
 * }</pre>
 */
final class ColumnLookup {
    static final String CASE_SENSITIVE = "spark.sql.caseSensitive";

    private final boolean caseSensitive;

    private ColumnLookup(boolean caseSensitive) {
        this.caseSensitive = caseSensitive;
    }

    /**
     * The rule of the thread's active session, unless it is stopped. Without one, Spark's default,
     * ignoring case, as Spark's own analysis then falls back to its default settings: so a schema
     * is checked even where no session is active.
     */
    static ColumnLookup current() {
        Option<SparkSession> spark = SparkSession.getActiveSession();
        if (spark.isEmpty() || spark.get().sparkContext().isStopped()) {
            return new ColumnLookup(false);
        }
        // Spark's own parser of the setting trims it and ignores case, as parseBoolean does
        return new ColumnLookup(Boolean.parseBoolean(spark.get().conf().get(CASE_SENSITIVE, "false").trim()));
    }

    /**
     * The field that {@code name} resolves to in {@code schema}, or null if none. A name in
     * backticks ({@code `a.text`}) is the name inside them, as Spark reads it; without them a dot
     * is part of the name too, since only top-level columns are classified.
     */
    StructField find(StructType schema, String name) {
        name = unquoted(name);
        for (StructField f : schema.fields()) {
            if (caseSensitive ? f.name().equals(name) : f.name().equalsIgnoreCase(name)) {
                return f;
            }
        }
        return null;
    }

    /** {@code name} without the backticks around it (a doubled backtick inside is one), as Spark reads it. */
    static String unquoted(String name) {
        if (name.length() >= 2 && name.startsWith("`") && name.endsWith("`")) {
            return name.substring(1, name.length() - 1).replace("``", "`");
        }
        return name;
    }

    /**
     * The column of {@code field}, named in backticks, so that a dot in its name ({@code a.text},
     * common after flattening JSON) is not read as a path into a struct.
     */
    static org.apache.spark.sql.Column column(org.apache.spark.sql.Dataset<?> dataset, StructField field) {
        return dataset.col("`" + field.name().replace("`", "``") + "`");
    }
}
