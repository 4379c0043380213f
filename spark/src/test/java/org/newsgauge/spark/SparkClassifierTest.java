package org.newsgauge.spark;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgauge.api.ArticleClassifier;
import org.newsgauge.api.Labels;
import org.newsgauge.api.Prediction;
import org.newsgauge.model.DimensionModel;
import org.newsgauge.model.PackWriter;

/**
 * The Transformer and the SQL functions in local[2] against the library itself, on the training
 * corpus (one shared session; about 4,000 documents).
 */
class SparkClassifierTest {
    private static SparkSession spark;
    private static ArticleClassifier library;
    /** id -> text, in id order; ids >= 0. */
    private static List<String> texts;
    private static Dataset<Row> articles;
    private static Path trainingData;

    @BeforeAll
    static void start() throws IOException {
        trainingData = Path.of(System.getProperty("newsgauge.trainingData", "../training-data"));
        texts = corpus(trainingData.resolve("articles.csv"));
        spark = SparkSession.builder()
                .master("local[2]")
                .appName("newsgauge-spark-test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
        library = ArticleClassifier.defaults();
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            rows.add(RowFactory.create((long) i, texts.get(i)));
        }
        StructType schema = new StructType().add("id", DataTypes.LongType, false).add("text", DataTypes.StringType);
        // 16 slices: tasks of about 250 KB each, no shuffle
        articles = spark.createDataFrame(new JavaSparkContext(spark.sparkContext()).parallelize(rows, 16), schema).cache();
        articles.createOrReplaceTempView("articles");
        NewsgaugeSql.register(spark);
        // a null name was a NullPointerException from inside Spark
        IllegalArgumentException noName = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> NewsgaugeSql.register(spark, null, ""));
        org.junit.jupiter.api.Assertions.assertTrue(noName.getMessage().startsWith("name the SQL function"), noName.getMessage());
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    /** Title + body and body alone of every article: about 4,200 texts. */
    private static List<String> corpus(Path csv) throws IOException {
        List<String> out = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
            for (CSVRecord rec : p) {
                out.add(rec.get("title") + "\n\n" + rec.get("body"));
                bodies.add(rec.get("body"));
            }
        }
        out.addAll(bodies);
        return out;
    }

    private static Map<Long, Row> byId(Dataset<Row> labelled, String column) {
        Map<Long, Row> m = new HashMap<>();
        for (Row r : labelled.select(col("id"), col(column)).collectAsList()) {
            m.put(r.getLong(0), r.getStruct(1));
        }
        return m;
    }

    /** The Transformer's results on all the articles, computed once for the two tests that need them. */
    private static synchronized Map<Long, Row> transformed() {
        if (transformed == null) {
            transformed = byId(new NewsgaugeClassifier().transform(articles), "labels");
        }
        return transformed;
    }

    private static Map<Long, Row> transformed;

    @Test
    void transformerGivesExactlyTheLibrarysLabelsAndProbabilities() {
        assertTrue(texts.size() >= 3000, "a few thousand documents: " + texts.size());
        List<Labels> expected = library.classifyAll(texts);
        Map<Long, Row> got = transformed();
        assertEquals(texts.size(), got.size());
        List<DimensionModel> dims = library.pack().dimensions();
        for (int i = 0; i < texts.size(); i++) {
            Row r = got.get((long) i);
            Labels want = expected.get(i);
            for (DimensionModel d : dims) {
                Prediction p = want.get(d.name());
                Row dim = r.getStruct(r.fieldIndex(d.name()));
                assertEquals(p.label(), dim.getString(0), "doc " + i + " " + d.name());
                assertEquals(p.probability(), dim.getDouble(1), 0.0, "doc " + i + " " + d.name());
                assertEquals(p.distribution(), dim.getJavaMap(2), "doc " + i + " " + d.name());
            }
            assertEquals(want.language(), r.getString(r.fieldIndex("language")));
            assertEquals(want.warnings().size(), r.getList(r.fieldIndex("warnings")).size());
        }
    }

    @Test
    void sqlFunctionAndTransformerAgree() {
        Map<Long, Row> transformer = transformed();
        Map<Long, Row> sql = byId(spark.sql("SELECT id, classify(text) AS labels FROM articles"), "labels");
        assertEquals(transformer, sql);

        List<Row> topics = spark.sql("SELECT id, classify(text).topic.label AS topic, "
                + "classify(text).topic.probability AS p FROM articles WHERE id < 50 ORDER BY id").collectAsList();
        assertEquals(50, topics.size());
        for (Row t : topics) {
            Row full = transformer.get(t.getLong(0));
            Row topic = full.getStruct(full.fieldIndex("topic"));
            assertEquals(topic.getString(0), t.getString(1));
            assertEquals(topic.getDouble(1), t.getDouble(2), 0.0);
        }
    }

    @Test
    void nullAndEmptyTextGiveNullLabelsWithAWarningNotAFailedJob() {
        List<Row> rows = List.of(RowFactory.create(1L, null), RowFactory.create(2L, ""), RowFactory.create(3L, "  \n "),
                RowFactory.create(4L, texts.get(0)));
        StructType schema = new StructType().add("id", DataTypes.LongType, false).add("text", DataTypes.StringType);
        Dataset<Row> df = spark.createDataFrame(rows, schema);
        df.createOrReplaceTempView("odd");
        Map<Long, Row> t = byId(new NewsgaugeClassifier().transform(df), "labels");
        Map<Long, Row> s = byId(spark.sql("SELECT id, classify(text) AS labels FROM odd"), "labels");
        assertEquals(t, s);
        for (long id = 1; id <= 3; id++) {
            Row r = t.get(id);
            for (DimensionModel d : library.pack().dimensions()) {
                assertTrue(r.isNullAt(r.fieldIndex(d.name())), "id " + id + " " + d.name());
            }
            List<Row> w = r.getList(r.fieldIndex("warnings"));
            assertEquals(1, w.size());
            assertEquals("empty", w.get(0).getString(0));
        }
        assertFalse(t.get(4L).isNullAt(0));
        assertTrue(t.get(4L).getList(t.get(4L).fieldIndex("warnings")).isEmpty());
        // and the column itself, from SQL
        List<Row> topics = spark.sql("SELECT classify(text).topic FROM odd ORDER BY id").collectAsList();
        assertTrue(topics.get(0).isNullAt(0));
        assertNotNull(topics.get(3).get(0));
    }

    @Test
    void packIsParsedOncePerJvmWhateverThePathTasksOrCalls(@TempDir Path tmp) throws IOException {
        Dataset<Row> some = articles.filter(col("id").mod(20).equalTo(0));   // still 16 partitions
        some.createOrReplaceTempView("some");
        new NewsgaugeClassifier().transform(some).count();
        int before = ExecutorPacks.loads();
        new NewsgaugeClassifier().transform(some).count();   // 16 partitions, 16 tasks
        spark.sql("SELECT classify(text) FROM some").count();
        // the same pack under a path: same SHA-256, same loaded pack
        Path copy = tmp.resolve("copy.ngpack");
        Files.write(copy, PackWriter.toBytes(library.pack()));
        PackHandle a = PackHandle.defaults(spark);
        PackHandle b = PackHandle.of(spark, copy.toString());
        new NewsgaugeClassifier().setModelPath(copy.toString()).transform(some).count();
        assertEquals(before + (a.sha256().equals(b.sha256()) ? 0 : 1), ExecutorPacks.loads());
        assertTrue(ExecutorPacks.isLoaded(b.sha256()));
        assertTrue(a == PackHandle.defaults(spark), "one broadcast per application and pack");
    }

    @Test
    void explanationsAndOptionsShapeTheStruct() {
        Dataset<Row> out = new NewsgaugeClassifier().setExplanations(3).setDistribution(false).setWarnings(false)
                .setOutputCol("why").transform(articles.limit(5));
        StructType why = (StructType) out.schema().apply("why").dataType();
        StructType topic = (StructType) why.apply("topic").dataType();
        assertArrayEquals(new String[] {"label", "probability", "explanation"}, topic.fieldNames());
        assertFalse(List.of(why.fieldNames()).contains("warnings"));
        Row r = out.select("why.topic.explanation").first();
        assertEquals(3, r.getList(0).size());
        assertThrows(IllegalArgumentException.class, () -> new NewsgaugeClassifier().setInputCol("id").transform(articles));
        assertThrows(IllegalArgumentException.class, () -> new NewsgaugeClassifier().setOutputCol("text").transform(articles));
    }

    @Test
    void pagesFromBinaryFilesGiveTheLibrarysLabelsOfTheFiles(@TempDir Path tmp) throws IOException {
        Path pages = tmp.resolve("pages");
        copyPages(pages, 40);
        Dataset<Row> files = spark.read().format("binaryFile").option("recursiveFileLookup", "true")
                .load(pages.toString()).select("path", "content");
        Dataset<Row> labelled = new NewsgaugeClassifier().setInputCol("content").setSourceCol("path").setRawText(false)
                .transform(files);
        // the same through SQL, and through a saved and reloaded Pipeline
        files.createOrReplaceTempView("pages");
        Map<String, Row> sql = new HashMap<>();
        for (Row r : spark.sql("SELECT path, classify_page(content, path) AS labels FROM pages").collectAsList()) {
            sql.put(r.getString(0), r.getStruct(1));
        }
        Pipeline pipeline = new Pipeline().setStages(new PipelineStage[] {
            new NewsgaugeClassifier().setInputCol("content").setSourceCol("path").setRawText(false)});
        pipeline.fit(files).write().overwrite().save(tmp.resolve("pipeline").toString());
        Map<String, Row> reloaded = new HashMap<>();
        for (Row r : PipelineModel.load(tmp.resolve("pipeline").toString()).transform(files)
                .select("path", "labels").collectAsList()) {
            reloaded.put(r.getString(0), r.getStruct(1));
        }

        List<Row> rows = labelled.select("path", "labels").collectAsList();
        assertEquals(40, rows.size());
        for (Row r : rows) {
            String path = r.getString(0);
            Labels want = library.classify(Path.of(java.net.URI.create(path)));
            Row got = r.getStruct(1);
            assertEquals(sql.get(path), got, path);
            assertEquals(reloaded.get(path), got, path);
            for (DimensionModel d : library.pack().dimensions()) {
                Prediction p = want.get(d.name());
                int i = got.fieldIndex(d.name());
                if (p == null) {
                    assertTrue(got.isNullAt(i), path);
                    continue;
                }
                assertEquals(p.label(), got.getStruct(i).getString(0), path + " " + d.name());
                assertEquals(p.probability(), got.getStruct(i).getDouble(1), 0.0, path + " " + d.name());
            }
            assertEquals(want.language(), got.getString(got.fieldIndex("language")), path);
            List<String> codes = new ArrayList<>();
            for (Object w : got.getList(got.fieldIndex("warnings"))) {
                codes.add(((Row) w).getString(0));
            }
            assertEquals(want.warnings().stream().map(w -> w.code()).toList(), codes, path);
        }
    }

    /** The first {@code n} of the corpus's scraped pages (.html and .txt), half of them in a subfolder. */
    private static void copyPages(Path to, int n) throws IOException {
        Files.createDirectories(to.resolve("sub"));
        try (Stream<Path> s = Files.list(trainingData.resolve("pages"))) {
            List<Path> some = s.sorted().limit(n).toList();
            for (int i = 0; i < some.size(); i++) {
                Files.copy(some.get(i), (i % 2 == 0 ? to : to.resolve("sub")).resolve(some.get(i).getFileName()));
            }
        }
    }

    @Test
    void binaryOrUnreadableContentIsAWarningNotAFailure() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        List<Row> rows = List.of(RowFactory.create("a.png", png), RowFactory.create("b.html", new byte[0]),
                RowFactory.create("c.html", "<html><body><ul><li>Home</li></ul></body></html>"
                        .getBytes(StandardCharsets.UTF_8)), RowFactory.create("d.txt", null));
        StructType schema = new StructType().add("path", DataTypes.StringType).add("content", DataTypes.BinaryType);
        List<Row> out = new NewsgaugeClassifier().setInputCol("content").setSourceCol("path").setRawText(false)
                .transform(spark.createDataFrame(rows, schema)).select("path", "labels").collectAsList();
        assertEquals(4, out.size());
        for (Row r : out) {
            Row l = r.getStruct(1);
            assertTrue(l.isNullAt(0), r.getString(0));
            assertFalse(l.getList(l.fieldIndex("warnings")).isEmpty(), r.getString(0));
        }
    }

    @Test
    void exampleJobWritesParquet(@TempDir Path tmp) throws IOException {
        Path in = tmp.resolve("in");
        copyPages(in, 10);
        Files.writeString(in.resolve("ignored.csv"), "not,an,article");
        String out = tmp.resolve("out.parquet").toString();
        long n = org.newsgauge.spark.examples.ClassifyFolder.run(spark, in.toString(), out, "");
        assertEquals(10, n);
        Dataset<Row> result = spark.read().parquet(out);
        assertTrue(List.of(result.columns()).containsAll(List.of("path", "topic", "topic_probability", "stance",
                "tension", "language", "warnings")), List.of(result.columns()).toString());
        assertEquals(10, result.filter(col("topic").isNotNull()).count());
    }
}
