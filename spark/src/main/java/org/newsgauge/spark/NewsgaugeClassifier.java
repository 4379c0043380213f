package org.newsgauge.spark;

import java.util.Arrays;
import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.param.BooleanParam;
import org.apache.spark.ml.param.IntParam;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.util.DefaultParamsReader;
import org.apache.spark.ml.util.DefaultParamsWritable;
import org.apache.spark.ml.util.Identifiable$;
import org.apache.spark.ml.util.MLReader;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * A Spark ML {@link Transformer} that labels the documents of a column with a newsgauge pack and
 * appends the result struct ({@link LabelsRow}) as a new column. Usable alone or as a stage of a
 * {@code Pipeline}, and saved/loaded with it (the parameters are saved, not the pack: the model
 * path, or the default pack of the newsgauge jar on the classpath).
 *
 * <pre>{@code
 * Dataset<Row> labelled = new NewsgaugeClassifier()
 *         .setInputCol("text")              // string (article text or page) or binary (file bytes)
 *         .setOutputCol("labels")
 *         .setModelPath("hdfs:///models/balkans.ngpack")   // omit for the default pack
 *         .transform(articles);
 * labelled.select("labels.topic.label", "labels.topic.probability");
 * }</pre>
 *
 * <p>The pack is read on the driver, broadcast once, and parsed once per executor JVM
 * ({@link ExecutorPacks}). The column is computed by the same function as the SQL
 * {@code classify}/{@code classify_page} ({@link DocumentClassifier#udf()}), so the two agree: each
 * task resolves the loaded pack once, then classifies its partition row by row on its thread,
 * streaming (no partition is held in memory). Spark's task slots are the parallelism, one per core,
 * as the library's {@code classifyAll} uses one thread per core on one machine. (An earlier
 * version ran {@code mapPartitions} over whole rows; it was measured slower: it converts every
 * column of every row to Java objects and back, where the expression converts only its input.)
 */
public final class NewsgaugeClassifier extends Transformer implements DefaultParamsWritable {
    private static final long serialVersionUID = 1L;

    private final String uid;
    private final Param<String> inputCol;
    private final Param<String> outputCol;
    private final Param<String> sourceCol;
    private final Param<String> modelPath;
    private final BooleanParam rawText;
    private final BooleanParam distribution;
    private final BooleanParam warnings;
    private final IntParam explanations;

    /** A classifier with the default pack, reading column {@code text} into column {@code labels}. */
    public NewsgaugeClassifier() {
        this(Identifiable$.MODULE$.randomUID("newsgauge"));
    }

    /** For {@link #copy} and loading: a classifier with the given uid. */
    public NewsgaugeClassifier(String uid) {
        this.uid = uid;
        inputCol = new Param<>(uid, "inputCol", "column to classify: string (text or page) or binary (file bytes)");
        outputCol = new Param<>(uid, "outputCol", "column of the result struct");
        sourceCol = new Param<>(uid, "sourceCol",
                "optional string column naming each document (a path): tells the format when rawText is false");
        modelPath = new Param<>(uid, "modelPath", "pack to use (any Hadoop file system); empty for the default pack");
        rawText = new BooleanParam(uid, "rawText",
                "true: the column is article text, classified as is; false: a page or file, article extracted first");
        distribution = new BooleanParam(uid, "distribution", "add each dimension's whole distribution");
        warnings = new BooleanParam(uid, "warnings", "add the warnings (why a document was not classified, ...)");
        explanations = new IntParam(uid, "explanations", "features explaining each decision (0: none, faster)");
        setDefault(inputCol, "text");
        setDefault(outputCol, "labels");
        setDefault(sourceCol, "");
        setDefault(modelPath, "");
        setDefault(rawText, true);
        setDefault(distribution, true);
        setDefault(warnings, true);
        setDefault(explanations, 0);
    }

    @Override
    public String uid() {
        return uid;
    }

    public Param<String> inputCol() {
        return inputCol;
    }

    public Param<String> outputCol() {
        return outputCol;
    }

    public Param<String> sourceCol() {
        return sourceCol;
    }

    public Param<String> modelPath() {
        return modelPath;
    }

    public BooleanParam rawText() {
        return rawText;
    }

    public BooleanParam distribution() {
        return distribution;
    }

    public BooleanParam warnings() {
        return warnings;
    }

    public IntParam explanations() {
        return explanations;
    }

    /** The column to classify (default {@code text}): string, or binary such as binaryFile's {@code content}. */
    public NewsgaugeClassifier setInputCol(String v) {
        set(inputCol, v);
        return this;
    }

    /** The column of the result struct (default {@code labels}). */
    public NewsgaugeClassifier setOutputCol(String v) {
        set(outputCol, v);
        return this;
    }

    /** A column naming each document (e.g. binaryFile's {@code path}); its extension tells the format. */
    public NewsgaugeClassifier setSourceCol(String v) {
        set(sourceCol, v == null ? "" : v);
        return this;
    }

    /** The pack (local, hdfs://, s3a://...); empty (the default) for the default pack. */
    public NewsgaugeClassifier setModelPath(String v) {
        set(modelPath, v == null ? "" : v);
        return this;
    }

    /**
     * True (the default): the column holds article text, classified as it is, like
     * {@code ArticleClassifier.classify(String)}. False: it holds scraped pages or files, read like
     * the CLI reads files (charset, size cap, article extraction, language detection).
     */
    public NewsgaugeClassifier setRawText(boolean v) {
        set(rawText, v);
        return this;
    }

    /** Whether each dimension carries its whole distribution (default true). */
    public NewsgaugeClassifier setDistribution(boolean v) {
        set(distribution, v);
        return this;
    }

    /** Whether the result carries the warnings (default true). */
    public NewsgaugeClassifier setWarnings(boolean v) {
        set(warnings, v);
        return this;
    }

    /** How many features explain each decision (default 0: no explanation field). */
    public NewsgaugeClassifier setExplanations(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("explanations must be >= 0: " + n);
        }
        set(explanations, n);
        return this;
    }

    public String getInputCol() {
        return $(inputCol);
    }

    public String getOutputCol() {
        return $(outputCol);
    }

    public String getSourceCol() {
        return $(sourceCol);
    }

    public String getModelPath() {
        return $(modelPath);
    }

    public boolean getRawText() {
        return (Boolean) $(rawText);
    }

    public boolean getDistribution() {
        return (Boolean) $(distribution);
    }

    public boolean getWarnings() {
        return (Boolean) $(warnings);
    }

    public int getExplanations() {
        return (Integer) $(explanations);
    }

    /** The broadcast pack and the per-row function, as used by {@link #transform}. */
    DocumentClassifier function(SparkSession spark) {
        PackHandle pack = PackHandle.of(spark, getModelPath());
        return new DocumentClassifier(pack,
                new LabelsRow(pack.pack(), getDistribution(), getExplanations(), getWarnings()), getRawText());
    }

    @Override
    public Dataset<Row> transform(Dataset<?> dataset) {
        Fields fields = check(dataset.schema(), ColumnLookup.current());
        DocumentClassifier fn = function(dataset.sparkSession());
        // the fields check found, by their own names in backticks: a dot in a name is no struct path
        Column source = fields.source() == null ? functions.lit(null).cast(DataTypes.StringType)
                : ColumnLookup.column(dataset, fields.source());
        return dataset.withColumn(getOutputCol(), fn.udf().apply(ColumnLookup.column(dataset, fields.input()), source));
    }

    /**
     * The schema {@link #transform} gives. The column names are resolved as in {@code transform}, by
     * the rule of the thread's active session ({@link ColumnLookup}); with no session active, by
     * Spark's default, ignoring case, so that a wrong column is reported even then. The result's
     * dimensions are the pack's, which is broadcast through {@code SparkSession.active()} (the active
     * session, else the default one): with neither, this throws Spark's
     * {@code IllegalStateException} ("No active or default Spark session found"), as before.
     */
    @Override
    public StructType transformSchema(StructType schema) {
        check(schema, ColumnLookup.current());
        LabelsRow out = new LabelsRow(PackHandle.of(SparkSession.active(), getModelPath()).pack(),
                getDistribution(), getExplanations(), getWarnings());
        return schema.add(getOutputCol(), out.schema(), true);
    }

    /** For {@code doc.body} where {@code doc} is a struct: how to classify a field inside it. */
    private static String nestedHint(String name) {
        int dot = name.indexOf('.');
        if (dot <= 0 || name.startsWith("`")) {
            return "";
        }
        return "; only top-level columns are classified: to classify a field inside a struct, make it one first,"
                + " withColumn(\"" + name.substring(dot + 1) + "\", col(\"" + name + "\"))";
    }

    /** The input column's field and the source column's (null without one), as {@link #check} found them. */
    private record Fields(StructField input, StructField source) {
    }

    private Fields check(StructType schema, ColumnLookup columns) {
        if (getOutputCol() == null || getOutputCol().isEmpty()) {
            throw new IllegalArgumentException("the output column has no name; name it with setOutputCol, e.g. \"labels\"");
        }
        StructField input = columns.find(schema, getInputCol());
        if (input == null) {
            throw new IllegalArgumentException("no input column '" + getInputCol() + "' in "
                    + Arrays.toString(schema.fieldNames()) + nestedHint(getInputCol()));
        }
        DataType t = input.dataType();
        if (!t.equals(DataTypes.StringType) && !t.equals(DataTypes.BinaryType)) {
            throw new IllegalArgumentException("input column '" + getInputCol() + "' must be string or binary, not "
                    + t.simpleString());
        }
        StructField existing = columns.find(schema, getOutputCol());
        if (existing != null) {
            throw new IllegalArgumentException("output column '" + getOutputCol() + "' already exists"
                    + (existing.name().equals(getOutputCol()) ? ""
                            : " (as '" + existing.name() + "': Spark matches column names ignoring case)")
                    + "; name another with setOutputCol");
        }
        StructField f = null;
        if (!getSourceCol().isEmpty()) {
            f = columns.find(schema, getSourceCol());
            if (f == null) {
                throw new IllegalArgumentException("no source column '" + getSourceCol() + "' in "
                        + Arrays.toString(schema.fieldNames()) + nestedHint(getSourceCol()));
            }
            if (!f.dataType().equals(DataTypes.StringType)) {
                throw new IllegalArgumentException("source column '" + getSourceCol() + "' must be a string (a name or"
                        + " path), not " + f.dataType().simpleString() + "; cast it: col(\"" + getSourceCol()
                        + "\").cast(\"string\")");
            }
        }
        return new Fields(input, f);
    }

    @Override
    public NewsgaugeClassifier copy(ParamMap extra) {
        return (NewsgaugeClassifier) defaultCopy(extra);
    }

    /** For {@code Pipeline.load} and {@code NewsgaugeClassifier.load(path)}. */
    public static MLReader<NewsgaugeClassifier> read() {
        return new DefaultParamsReader<>();
    }

    /** Loads a classifier saved with {@code write().save(path)}. */
    public static NewsgaugeClassifier load(String path) {
        return read().load(path);
    }
}
