package org.newsgauge.spark.bench;

import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.newsgauge.api.ArticleClassifier;
import org.newsgauge.spark.NewsgaugeClassifier;
import org.newsgauge.spark.NewsgaugeSql;

/**
 * Documents per second per core: the library's own paths (one thread; {@code classifyAll} on
 * every core) against the Transformer and the SQL function in Spark local mode with 1 and 2
 * cores, on the same texts (the corpus's articles, repeated). Not a test: run it with
 * {@code spark/bench.sh}. Prints wall-clock rates (best of N runs, and the median) and, as the
 * machine may be shared, documents per CPU-second of this process and the load average.
 *
 * <p>Arguments: [copies of the corpus (8)] [runs (3)] [training-data folder (../training-data)]
 */
public final class SparkThroughput {
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private SparkThroughput() {
    }

    public static void main(String[] args) throws IOException {
        int copies = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path data = Path.of(args.length > 2 ? args[2] : "../training-data");
        List<String> corpus = corpus(data.resolve("articles.csv"));
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < copies; c++) {
            texts.addAll(corpus);
        }
        int n = texts.size();
        System.out.printf(Locale.ROOT, "%d documents (%d articles x %d), %d runs each, %d cores seen by the JVM, %s%n",
                n, corpus.size(), copies, runs, Runtime.getRuntime().availableProcessors(), load());

        // no explanations, as the Transformer and SQL functions by default: the same work per document
        ArticleClassifier lib = ArticleClassifier.defaults().withExplanations(0);
        // warm-up: JIT for the library code, shared by everything measured below
        lib.classifyAll(texts);
        Result one = measure("library, classify() loop, 1 thread", 1, n, runs, () -> {
            long h = 0;
            for (String t : texts) {
                h += lib.classify(t).predictions().size();
            }
            return h;
        });
        Result all = measure("library, classifyAll(), all cores", Runtime.getRuntime().availableProcessors(), n, runs,
                () -> lib.classifyAll(texts).size());

        List<Result> spark = new ArrayList<>();
        for (int cores : new int[] {1, 2}) {
            SparkSession s = SparkSession.builder().master("local[" + cores + "]").appName("newsgauge-bench")
                    .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1").getOrCreate();
            s.sparkContext().setLogLevel("WARN");
            // the texts as a Parquet file, read into 8 cached partitions per core (so that tasks
            // carry no data, as with any real source)
            Path parquet = Files.createTempDirectory("newsgauge-bench").resolve("docs.parquet");
            List<Row> rows = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                rows.add(RowFactory.create((long) i, texts.get(i)));
            }
            StructType schema = new StructType().add("id", DataTypes.LongType).add("text", DataTypes.StringType);
            s.createDataFrame(rows, schema).repartition(8 * cores).write().parquet(parquet.toString());
            Dataset<Row> df = s.read().parquet(parquet.toString()).repartition(8 * cores).cache();
            df.count();
            df.createOrReplaceTempView("docs");
            NewsgaugeSql.register(s);
            NewsgaugeClassifier tr = new NewsgaugeClassifier().setDistribution(true);
            // warm-up: Spark's own code (planner, code generation, Janino) is JIT-compiled during
            // the first jobs; it is a per-application cost that a long job does not see
            tr.transform(df).write().format("noop").mode("overwrite").save();
            s.sql("SELECT id, classify(text) AS labels FROM docs").write().format("noop").mode("overwrite").save();
            spark.add(measure("spark local[" + cores + "], Transformer", cores, n, runs, () -> {
                tr.transform(df).write().format("noop").mode("overwrite").save();
                return 0;
            }));
            spark.add(measure("spark local[" + cores + "], SQL classify(text)", cores, n, runs, () -> {
                s.sql("SELECT id, classify(text) AS labels FROM docs").write().format("noop").mode("overwrite").save();
                return 0;
            }));
            s.stop();
        }

        Result again = measure("library, classify() loop, 1 thread (again)", 1, n, runs, () -> {
            long h = 0;
            for (String t : texts) {
                h += lib.classify(t).predictions().size();
            }
            return h;
        });

        System.out.println();
        System.out.println("| path | cores | docs/s (best) | docs/s (median) | docs/s per core (best) | vs library per core | docs per CPU-second: process | Java threads |");
        System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (Result r : List.of(one, all, again)) {
            row(r, null);
        }
        for (Result r : spark) {
            row(r, r.cores == 1 ? one : all);
        }
        System.out.println();
        System.out.println("load average at the end: " + load());
    }

    private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** CPU time of the JVM's live Java threads (not GC or JIT threads), nanoseconds. */
    private static long javaThreadsCpu() {
        long sum = 0;
        for (long id : THREADS.getAllThreadIds()) {
            long t = THREADS.getThreadCpuTime(id);
            if (t > 0) {
                sum += t;
            }
        }
        return sum;
    }

    /** CPU ticks by thread group (name without digits) of this process, from /proc (Linux only). */
    private static java.util.Map<String, Long> ticksByThread() {
        java.util.Map<String, Long> m = new java.util.TreeMap<>();
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path t : (Iterable<Path>) tasks::iterator) {
                try {
                    String stat = Files.readString(t.resolve("stat"));
                    int open = stat.indexOf('(');
                    int close = stat.lastIndexOf(')');
                    String name = stat.substring(open + 1, close).replaceAll("[0-9]+", "N");
                    String[] f = stat.substring(close + 2).split(" ");
                    m.merge(name, Long.parseLong(f[11]) + Long.parseLong(f[12]), Long::sum);
                } catch (IOException | RuntimeException e) {
                    // the thread ended
                }
            }
        } catch (IOException e) {
            return m;
        }
        return m;
    }

    /** The thread groups that used the most CPU between two readings, e.g. "Executor task=5.1s GC Thread=1.2s". */
    private static String topThreads(java.util.Map<String, Long> before, java.util.Map<String, Long> after) {
        java.util.Map<String, Long> d = new java.util.HashMap<>();
        after.forEach((k, v) -> d.put(k, v - before.getOrDefault(k, 0L)));
        StringBuilder sb = new StringBuilder();
        d.entrySet().stream().filter(e -> e.getValue() > 0).sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
                .limit(5).forEach(e -> sb.append(String.format(Locale.ROOT, " %s=%.1fs", e.getKey(), e.getValue() / 100.0)));
        return sb.toString().trim();
    }

    private record Result(String name, int cores, int docs, double[] seconds, double cpuSeconds,
                          double threadCpuSeconds) {
        double best() {
            return docs / Arrays.stream(seconds).min().orElseThrow();
        }

        double median() {
            double[] s = seconds.clone();
            Arrays.sort(s);
            return docs / s[s.length / 2];
        }
    }

    private static void row(Result r, Result baseline) {
        String ratio = baseline == null ? "" : String.format(Locale.ROOT, "%.2fx", (r.best() / r.cores)
                / (baseline.best() / baseline.cores));
        System.out.printf(Locale.ROOT, "| %s | %d | %.0f | %.0f | %.0f | %s | %.0f | %.0f |%n", r.name, r.cores,
                r.best(), r.median(), r.best() / r.cores, ratio, r.docs * r.seconds.length / r.cpuSeconds,
                r.docs * r.seconds.length / r.threadCpuSeconds);
    }

    private static Result measure(String name, int cores, int docs, int runs, LongSupplier body) {
        double[] s = new double[runs];
        long cpu0 = OS.getProcessCpuTime();
        long threads0 = javaThreadsCpu();
        java.util.Map<String, Long> ticks0 = ticksByThread();
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            body.getAsLong();
            s[i] = (System.nanoTime() - t0) / 1e9;
        }
        double cpu = (OS.getProcessCpuTime() - cpu0) / 1e9;
        double threads = (javaThreadsCpu() - threads0) / 1e9;
        System.out.printf(Locale.ROOT, "%-45s %s s  (%s)%n    CPU by thread: %s%n", name,
                Arrays.toString(round(s)), load(), topThreads(ticks0, ticksByThread()));
        return new Result(name, cores, docs, s, cpu, threads);
    }

    private static double[] round(double[] s) {
        return Arrays.stream(s).map(x -> Math.round(x * 100) / 100.0).toArray();
    }

    private static String load() {
        try {
            return "load average " + Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "load average unknown";
        }
    }

    private static List<String> corpus(Path csv) throws IOException {
        List<String> out = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
            for (CSVRecord rec : p) {
                out.add(rec.get("title") + "\n\n" + rec.get("body"));
            }
        }
        return out;
    }
}
