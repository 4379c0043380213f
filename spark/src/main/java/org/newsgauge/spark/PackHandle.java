package org.newsgauge.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.newsgauge.api.ArticleClassifier;
import org.newsgauge.model.ModelPack;

/**
 * A pack shipped to the executors: a broadcast of its bytes (sent once per executor by Spark's
 * torrent broadcast, not with every task) and their SHA-256. Serializing a handle into a task
 * costs a few dozen bytes; {@link #classifier()} parses the pack once per JVM through
 * {@link ExecutorPacks}.
 *
 * <pre>{@code
 * PackHandle pack = PackHandle.of(spark, "hdfs:///models/balkans.ngpack");  // or PackHandle.defaults(spark)
 * }</pre>
 */
public final class PackHandle implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Driver side: one broadcast per application and pack content. */
    private static final Map<String, PackHandle> BROADCASTS = new ConcurrentHashMap<>();

    private final Broadcast<byte[]> bytes;
    private final String sha256;
    private final String name;

    private PackHandle(Broadcast<byte[]> bytes, String sha256, String name) {
        this.bytes = bytes;
        this.sha256 = sha256;
        this.name = name;
    }

    /** The default pack (the one in the newsgauge jar), broadcast once per application. */
    public static PackHandle defaults(SparkSession spark) {
        return of(spark, "");
    }

    /**
     * The pack at {@code path} (any file system Hadoop knows: local, hdfs://, s3a://, ...), or the
     * default pack when {@code path} is null or empty. Read and checked on the driver, broadcast
     * once per application and content.
     *
     * @throws IllegalArgumentException if the file is missing or not a pack
     */
    public static PackHandle of(SparkSession spark, String path) {
        Objects.requireNonNull(spark, "spark");
        boolean dflt = path == null || path.isEmpty();
        byte[] data = dflt ? defaultPackBytes() : readPath(spark, path);
        String name = dflt ? "default.ngpack" : path;
        return of(spark, data, name);
    }

    /** A pack given as bytes (as written by {@code PackWriter.toBytes}). */
    public static PackHandle of(SparkSession spark, byte[] packBytes, String name) {
        String sha = ExecutorPacks.sha256(packBytes);
        // parse on the driver first: a bad pack fails here, not in a thousand tasks
        ExecutorPacks.classifier(sha, name, () -> packBytes);
        String key = spark.sparkContext().applicationId() + "/" + sha;
        return BROADCASTS.computeIfAbsent(key, k -> new PackHandle(
                JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(packBytes), sha, name));
    }

    /**
     * The classifier of this pack, parsed at most once per JVM (again after
     * {@link ExecutorPacks#clear()}). Not kept in the handle: the driver keeps one handle per
     * pack for the application's life, and would keep a forgotten pack loaded.
     */
    public ArticleClassifier classifier() {
        return ExecutorPacks.classifier(sha256, name, bytes::value);
    }

    /** The pack. */
    public ModelPack pack() {
        return classifier().pack();
    }

    /** Lower-case hex SHA-256 of the pack's bytes. */
    public String sha256() {
        return sha256;
    }

    /** The pack's name (its path, or {@code default.ngpack}). */
    public String name() {
        return name;
    }

    static byte[] defaultPackBytes() {
        try (InputStream in = ArticleClassifier.class.getResourceAsStream(ArticleClassifier.DEFAULT_PACK_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the newsgauge jar on the classpath has no default pack ("
                        + ArticleClassifier.DEFAULT_PACK_RESOURCE + "); set a model path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readPath(SparkSession spark, String path) {
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        Path p = new Path(path);
        try {
            FileSystem fs = p.getFileSystem(conf);
            long len = fs.getFileStatus(p).getLen();
            if (len > Integer.MAX_VALUE - 64) {
                throw new IllegalArgumentException("pack too large to broadcast: " + path + " (" + len + " bytes)");
            }
            try (FSDataInputStream in = fs.open(p)) {
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read pack " + path + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            // Hadoop reports a file system whose classes are missing (s3a:// without hadoop-aws) as a
            // RuntimeException around a ClassNotFoundException, naming neither the pack nor the fix
            if (e.getCause() instanceof ClassNotFoundException) {
                throw new IllegalArgumentException("cannot read pack " + path + ": the file system of '" + p.toUri().getScheme()
                        + "://' is not on the class path (" + e.getCause().getMessage() + "); add its module (for s3a://,"
                        + " org.apache.hadoop:hadoop-aws of your Hadoop's version)", e);
            }
            throw e;
        }
    }
}
