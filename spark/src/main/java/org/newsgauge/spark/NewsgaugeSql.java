package org.newsgauge.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.StructType;

/**
 * Registers the newsgauge SQL functions in one call:
 *
 * <ul>
 *   <li>{@code classify(text)}: the labels of article text, classified as it is;</li>
 *   <li>{@code classify_page(content, path)}: the labels of a scraped page or file (string or
 *       binary content; {@code path} may be NULL), article extracted first.</li>
 * </ul>
 *
 * <pre>{@code
 * NewsgaugeSql.register(spark);                                  // Java / Scala
 * spark.sql("SELECT classify(text).topic.label AS topic FROM articles");
 *
 * # PySpark, through the JVM
 * spark._jvm.org.newsgauge.spark.NewsgaugeSql.register(spark._jsparkSession)
 * }</pre>
 *
 * Both return the struct of {@link LabelsRow} (with distributions and warnings, no explanations).
 * The pack is broadcast once and parsed once per executor JVM.
 */
public final class NewsgaugeSql {
    private NewsgaugeSql() {
    }

    /** Registers {@code classify} and {@code classify_page} with the default pack. */
    public static StructType register(SparkSession spark) {
        return register(spark, "classify", "");
    }

    /**
     * Registers {@code name} and {@code name_page} with the pack at {@code modelPath} (empty or
     * null: the default pack), with distributions and warnings.
     *
     * @return the result's struct type
     */
    public static StructType register(SparkSession spark, String name, String modelPath) {
        return register(spark, name, modelPath, true, 0, true);
    }

    /**
     * Registers {@code name(text)} and {@code name_page(content, path)}.
     *
     * @param spark        the session
     * @param name         the function's name, e.g. {@code classify}
     * @param modelPath    the pack (any Hadoop file system), or empty/null for the default pack
     * @param distribution whether each dimension carries its distribution
     * @param explanations features explaining each decision (0: none)
     * @param warnings     whether the result carries the warnings
     * @return the result's struct type
     */
    public static StructType register(SparkSession spark, String name, String modelPath, boolean distribution,
                                      int explanations, boolean warnings) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name the SQL function, e.g. \"classify\" (its page form is NAME_page)");
        }
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            // a name SQL cannot call without backticks is a mistake more often than a wish
            throw new IllegalArgumentException("SQL function name '" + name + "' is not a plain identifier (letters,"
                    + " digits and _, not starting with a digit); name it e.g. \"classify_news\"");
        }
        PackHandle pack = PackHandle.of(spark, modelPath);
        LabelsRow out = new LabelsRow(pack.pack(), distribution, explanations, warnings);
        DocumentClassifier text = new DocumentClassifier(pack, out, true);
        DocumentClassifier page = new DocumentClassifier(pack, out, false);
        spark.udf().register(name, (UDF1<Object, Row>) v -> text.classify(v, null), out.schema());
        spark.udf().register(name + "_page", page, out.schema());
        return out.schema();
    }
}
