package org.newsgauge.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgauge.api.ArticleClassifier;
import org.newsgauge.api.Labels;
import org.newsgauge.spark.examples.ClassifyFolder;
import scala.Option;

/**
 * What a data engineer meets next to the main path: files named in upper case, a column that
 * differs from the result's only in case, wrong SQL arguments, huge files in another charset, and
 * forgetting loaded packs. Small inputs, one local[2] session.
 */
class SparkEdgeCaseTest {
    private static final String ARTICLE = "The government announced new sanctions on Tuesday after the ministers met in"
            + " Brussels to discuss the escalating conflict on the border, where troops have been deployed.";
    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder()
                .master("local[2]")
                .appName("newsgauge-spark-edge-test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
        NewsgaugeSql.register(spark);
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    private static Dataset<Row> texts() {
        StructType schema = new StructType().add("id", DataTypes.LongType).add("text", DataTypes.StringType);
        return spark.createDataFrame(List.of(RowFactory.create(1L, ARTICLE)), schema);
    }

    @Test
    void exampleJobReadsTheLibrarysExtensionsInAnyCase(@TempDir Path tmp) throws IOException {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        String page = "<html><body><article><p>" + ARTICLE + "</p></article></body></html>";
        Files.writeString(in.resolve("a.html"), page);
        Files.writeString(in.resolve("B.HTML"), page);
        Files.writeString(in.resolve("c.Txt"), ARTICLE);
        Files.writeString(in.resolve("d.MD"), ARTICLE);
        Files.writeString(in.resolve("e.png"), "not a document");
        // the library's CLI finds these four; Hadoop's glob was case-sensitive and found one
        assertEquals(4, org.newsgauge.data.DocumentFiles.find(List.of(in)).size());
        long n = ClassifyFolder.run(spark, in.toString(), tmp.resolve("out.parquet").toString(), "");
        assertEquals(4, n);
    }

    @Test
    void exampleJobWritesDimensionsWhoseNamesHoldADotOrABacktick(@TempDir Path tmp) throws Exception {
        // a pack the CLI trains from columns named so: the job's column paths must quote both
        StringBuilder csv = new StringBuilder("text,topic.v2,it`s\n");
        for (int i = 0; i < 12; i++) {
            csv.append(i % 2 == 0 ? "\"The striker scored twice and the team won the match " + i + "\",sport,yes\n"
                    : "\"Heavy rain and wind are expected on the coast tonight " + i + "\",weather,no\n");
        }
        Path data = Files.writeString(tmp.resolve("d.csv"), csv);
        org.newsgauge.model.ModelPack pack = new org.newsgauge.train.PackTrainer(org.newsgauge.train.TrainingOptions
                .defaults().withCalibrationFolds(0)).train(org.newsgauge.data.CsvDatasetReader.builder().textColumns("text")
                .labelColumns("topic.v2", "it`s").build().read(data));
        Path packFile = tmp.resolve("odd.ngpack");
        org.newsgauge.model.PackWriter.write(pack, packFile);
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "The striker scored twice and the team won the match.");
        String out = tmp.resolve("out.parquet").toString();
        assertEquals(1, ClassifyFolder.run(spark, in.toString(), out, packFile.toString()));
        Row r = spark.read().parquet(out).select("`topic.v2`", "`it``s`").first();
        Labels expected = ArticleClassifier.of(pack).classify(in.resolve("a.txt"));
        assertEquals(expected.get("topic.v2").label(), r.getString(0));
        assertEquals(expected.get("it`s").label(), r.getString(1));
    }

    @Test
    void aDotInAColumnNameIsPartOfTheName() {
        Dataset<Row> dotted = texts().withColumnRenamed("text", "a.text");
        String expected = ArticleClassifier.defaults().classify(ARTICLE).get("topic").label();
        // Dataset.col read the dot as a path into a struct and failed; given plainly or in backticks, it is the column
        assertEquals(expected, new NewsgaugeClassifier().setInputCol("a.text").transform(dotted)
                .select("labels.topic.label").first().getString(0));
        assertEquals(expected, new NewsgaugeClassifier().setInputCol("`a.text`").transform(dotted)
                .select("labels.topic.label").first().getString(0));
        // a field inside a struct is refused with the way to classify it
        Dataset<Row> nested = texts().select(functions.col("id"), functions.struct(functions.col("text").as("body")).as("doc"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new NewsgaugeClassifier().setInputCol("doc.body").transform(nested));
        assertTrue(e.getMessage().contains("withColumn(\"body\", col(\"doc.body\"))"), e.getMessage());
        // no name for the output, and a null source column meaning none
        assertThrows(IllegalArgumentException.class, () -> new NewsgaugeClassifier().setOutputCol("").transform(texts()));
        assertEquals(expected, new NewsgaugeClassifier().setSourceCol(null).transform(texts())
                .select("labels.topic.label").first().getString(0));
        assertThrows(IllegalArgumentException.class, () -> NewsgaugeSql.register(spark, "my classify", ""));
    }

    /** Texts with hand labels in a column "Labels": the Transformer's output column but for case. */
    private static Dataset<Row> gold(SparkSession session) {
        StructType schema = new StructType().add("id", DataTypes.LongType).add("text", DataTypes.StringType)
                .add("Labels", DataTypes.StringType);
        return session.createDataFrame(List.of(RowFactory.create(1L, ARTICLE, "diplomacy")), schema);
    }

    @Test
    void aColumnDifferingOnlyInCaseIsNotOverwritten() {
        Dataset<Row> gold = gold(spark);
        // Spark resolves names ignoring case: withColumn("labels") replaced the hand labels in "Labels"
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new NewsgaugeClassifier().transform(gold));
        assertTrue(e.getMessage().contains("'Labels'") && e.getMessage().contains("setOutputCol"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new NewsgaugeClassifier().transformSchema(gold.schema()));
        // and the input column is found the way Spark finds it
        Row r = new NewsgaugeClassifier().setInputCol("TEXT").setOutputCol("out").transform(gold)
                .select("Labels", "out.topic.label").first();
        assertEquals("diplomacy", r.getString(0));
        assertEquals(ArticleClassifier.defaults().classify(ARTICLE).get("topic").label(), r.getString(1));
    }

    @Test
    void withCaseSensitiveNamesAColumnDifferingOnlyInCaseStaysBesideTheOutput() {
        SparkSession sensitive = spark.newSession();   // same context, its own SQL settings
        sensitive.conf().set("spark.sql.caseSensitive", "true");
        Dataset<Row> gold = gold(sensitive);
        SparkSession.setActiveSession(sensitive);
        try {
            // "labels" is then another column than "Labels", as Spark sees it: added beside it, not refused
            Dataset<Row> out = new NewsgaugeClassifier().transform(gold);
            assertEquals(List.of("id", "text", "Labels", "labels"), List.of(out.columns()));
            Row r = out.select("Labels", "labels.topic.label").first();
            assertEquals("diplomacy", r.getString(0));
            assertEquals(ArticleClassifier.defaults().classify(ARTICLE).get("topic").label(), r.getString(1));
            assertEquals(List.of("id", "text", "Labels", "labels"),
                    List.of(new NewsgaugeClassifier().transformSchema(gold.schema()).fieldNames()));
            // and the input column is found only by its exact name
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new NewsgaugeClassifier().setInputCol("TEXT").transform(gold));
            assertTrue(e.getMessage().contains("no input column 'TEXT'"), e.getMessage());
        } finally {
            SparkSession.setActiveSession(spark);
        }
    }

    @Test
    void theCaseRuleIsTheActiveSessionsAsForSparksOwnWithColumn() {
        SparkSession sensitive = spark.newSession();
        sensitive.conf().set("spark.sql.caseSensitive", "true");
        // a dataset of a case-sensitive session, on a thread whose active session is not:
        // Spark's withColumn("labels") replaces "Labels" (its analyser's rule is the active session's) ...
        assertEquals(List.of("id", "text", "labels"),
                List.of(gold(sensitive).withColumn("labels", functions.lit("x")).columns()));
        // ... so the Transformer refuses it
        assertThrows(IllegalArgumentException.class, () -> new NewsgaugeClassifier().transform(gold(sensitive)));
        // and the other way round, Spark adds "labels" beside "Labels", and so does the Transformer
        SparkSession.setActiveSession(sensitive);
        try {
            assertEquals(List.of("id", "text", "Labels", "labels"),
                    List.of(gold(spark).withColumn("labels", functions.lit("x")).columns()));
            Dataset<Row> out = new NewsgaugeClassifier().transform(gold(spark));
            assertEquals(List.of("id", "text", "Labels", "labels"), List.of(out.columns()));
            // (not out.select("Labels"): analysed in the dataset's own session, which ignores case, it is ambiguous)
            assertEquals("diplomacy", out.first().getString(2));
        } finally {
            SparkSession.setActiveSession(spark);
        }
    }

    @Test
    void transformSchemaChecksColumnsWithoutASessionButNeedsOneForThePack() {
        StructType schema = gold(spark).schema();
        Option<SparkSession> active = SparkSession.getActiveSession();
        Option<SparkSession> dflt = SparkSession.getDefaultSession();
        SparkSession.clearActiveSession();
        SparkSession.clearDefaultSession();
        try {
            // no session: Spark's default rule, ignoring case, so "labels" clashes with "Labels"
            IllegalArgumentException clash = assertThrows(IllegalArgumentException.class,
                    () -> new NewsgaugeClassifier().transformSchema(schema));
            assertTrue(clash.getMessage().contains("'Labels'"), clash.getMessage());
            // the result's dimensions are the pack's, and the pack is broadcast through a session
            IllegalStateException none = assertThrows(IllegalStateException.class,
                    () -> new NewsgaugeClassifier().setOutputCol("out").transformSchema(schema));
            assertTrue(none.getMessage().contains("No active or default Spark session"), none.getMessage());
        } finally {
            if (dflt.isDefined()) {
                SparkSession.setDefaultSession(dflt.get());
            }
            if (active.isDefined()) {
                SparkSession.setActiveSession(active.get());
            }
        }
    }

    @Test
    void pageFunctionWithOneArgumentIsAnAnalysisError() {
        texts().createOrReplaceTempView("edge_texts");
        // was a ClassCastException from inside Spark (a lambda is not a scala.Function1)
        AnalysisException e = assertThrows(AnalysisException.class,
                () -> spark.sql("SELECT classify_page(text) FROM edge_texts").collect());
        assertTrue(e.getMessage().contains("classify_page"), e.getMessage());
    }

    @Test
    void aPathThatIsNotAStringIsNamedWithTheFix() {
        texts().createOrReplaceTempView("edge_ids");
        Exception e = assertThrows(Exception.class,
                () -> spark.sql("SELECT classify_page(text, id).topic.label FROM edge_ids").collect());
        String why = causes(e);
        // was "java.lang.Long cannot be cast to class java.lang.String"
        assertTrue(why.contains("path") && why.contains("CAST"), why);
        IllegalArgumentException t = assertThrows(IllegalArgumentException.class,
                () -> new NewsgaugeClassifier().setSourceCol("id").setRawText(false).transform(texts()));
        assertTrue(t.getMessage().contains("bigint") && t.getMessage().contains("cast"), t.getMessage());
    }

    private static String causes(Throwable t) {
        StringBuilder b = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            b.append(c).append('\n');
        }
        return b.toString();
    }

    @Test
    void aHugeFileInAnotherCharsetWarnsInTheLibrarysOrder(@TempDir Path tmp) throws IOException {
        String text = (ARTICLE + " café ").repeat(2_500_000 / (ARTICLE.length() + 7));
        byte[] bytes = text.getBytes(Charset.forName("windows-1252"));
        Path file = tmp.resolve("big.txt");
        Files.write(file, bytes);
        Labels want = ArticleClassifier.defaults().classify(file);
        StructType schema = new StructType().add("path", DataTypes.StringType).add("content", DataTypes.BinaryType);
        Row got = new NewsgaugeClassifier().setInputCol("content").setSourceCol("path").setRawText(false)
                .transform(spark.createDataFrame(List.<Row>of(RowFactory.create(file.toString(), bytes)), schema))
                .select("labels").first().getStruct(0);
        List<String> codes = new ArrayList<>();
        for (Object w : got.getList(got.fieldIndex("warnings"))) {
            codes.add(((Row) w).getString(0));
        }
        assertEquals(List.of("truncated", "charset"), want.warnings().stream().map(w -> w.code()).toList());
        assertEquals(List.of("truncated", "charset"), codes);
        assertEquals(want.get("topic").probability(), got.getStruct(got.fieldIndex("topic")).getDouble(1), 0.0);
    }

    @Test
    void clearForgetsTheDriversPackToo() {
        PackHandle pack = PackHandle.defaults(spark);
        pack.pack();
        ExecutorPacks.clear();
        // parsed again on next use, and the handle (kept per application) gives that one, not the forgotten one
        PackHandle again = PackHandle.defaults(spark);
        assertSame(pack, again);
        assertSame(ExecutorPacks.classifier(again.sha256(), again.name(), PackHandle::defaultPackBytes),
                again.classifier());
        assertEquals(1, new NewsgaugeClassifier().transform(texts()).filter("labels.topic IS NOT NULL").count());
    }
}
