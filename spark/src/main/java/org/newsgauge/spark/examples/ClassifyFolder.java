package org.newsgauge.spark.examples;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.newsgauge.data.DocumentFiles;
import org.newsgauge.model.DimensionModel;
import org.newsgauge.spark.NewsgaugeClassifier;
import org.newsgauge.spark.PackHandle;

/**
 * Example job: reads a folder (recursively) of {@code .txt}, {@code .md} and {@code .html} files
 * (the extensions the library's {@link DocumentFiles} finds, in any case) with Spark's
 * {@code binaryFile} source, extracts each article, classifies it and writes Parquet:
 * one row per file with its path, every dimension's label and probability, the language and the
 * warnings. Spark's {@code binaryFile} leaves out files and folders whose names start with
 * {@code _} or {@code .} (the CLI reads them) and empty files (the CLI lists them with a warning),
 * fails on a file name with a colon (Hadoop's checksum file cannot be named) and on a file over
 * {@code spark.sql.sources.binaryFile.maxLength} (2 GB) rather than reading its first 2 MB.
 *
 * <pre>
 * spark-submit --class org.newsgauge.spark.examples.ClassifyFolder \
 *   newsgauge-spark-0.1.0-SNAPSHOT-all.jar INPUT_FOLDER OUTPUT_PARQUET [PACK]
 * </pre>
 */
public final class ClassifyFolder {
    private ClassifyFolder() {
    }

    public static void main(String[] args) {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: ClassifyFolder INPUT_FOLDER OUTPUT_PARQUET [PACK]");
            System.exit(2);
        }
        SparkSession spark = SparkSession.builder().appName("newsgauge classify folder").getOrCreate();
        try {
            long n = run(spark, args[0], args[1], args.length == 3 ? args[2] : "");
            System.out.println("classified " + n + " files into " + args[1]);
        } finally {
            spark.stop();
        }
    }

    /**
     * Classifies the files under {@code input} into Parquet at {@code output} (overwritten).
     *
     * @param pack a pack path, or empty for the default pack
     * @return the number of files classified
     */
    public static long run(SparkSession spark, String input, String output, String pack) {
        Dataset<Row> files = spark.read().format("binaryFile")
                .option("recursiveFileLookup", "true")
                .option("pathGlobFilter", documentGlob())
                .load(input)
                .select("path", "content");
        Dataset<Row> labelled = new NewsgaugeClassifier()
                .setInputCol("content")
                .setSourceCol("path")
                .setRawText(false)          // pages: charset, article extraction, language
                .setDistribution(false)
                .setModelPath(pack)
                .transform(files);
        List<Column> out = new ArrayList<>();
        out.add(col("path"));
        for (DimensionModel d : PackHandle.of(spark, pack).pack().dimensions()) {
            // back-quoted: a dimension name may hold a dot ("topic.v2"), and a backtick doubled ("it`s")
            String quoted = "`" + d.name().replace("`", "``") + "`";
            out.add(col("labels." + quoted + ".label").as(d.name()));
            out.add(col("labels." + quoted + ".probability").as(d.name() + "_probability"));
        }
        out.add(col("labels.language").as("language"));
        out.add(col("labels.warnings").as("warnings"));
        Dataset<Row> result = labelled.select(out.toArray(new Column[0]));
        result.write().mode(SaveMode.Overwrite).parquet(output);
        return spark.read().parquet(output).count();
    }

    /**
     * The Hadoop glob of the document files the library classifies ({@link DocumentFiles}: .txt,
     * .md, .html, .htm, .xhtml), matching their extensions in any case as the library does:
     * Hadoop's globs are case-sensitive, and {@code STORY.HTML} must not be left out.
     */
    static String documentGlob() {
        List<String> alternatives = new ArrayList<>();
        for (String include : DocumentFiles.DEFAULT_INCLUDES) {
            String ext = include.substring(include.lastIndexOf('.') + 1);
            StringBuilder b = new StringBuilder();
            for (char c : ext.toCharArray()) {
                b.append('[').append(Character.toLowerCase(c)).append(Character.toUpperCase(c)).append(']');
            }
            alternatives.add(b.toString());
        }
        return "*.{" + String.join(",", alternatives) + "}";
    }
}
