package org.newsgauge.spark;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.newsgauge.api.ArticleClassifier;
import org.newsgauge.model.ModelFormatException;
import org.newsgauge.model.PackReader;

/**
 * The one process-wide cache of loaded packs: each JVM (the driver, every executor) parses a pack
 * once, keyed by the SHA-256 of its bytes, however many tasks, partitions, rows, Transformers or
 * SQL functions use it.
 *
 * <p>Why a static cache: Spark gives no per-executor lifecycle hook to a Transformer or a UDF.
 * Tasks of one executor share its JVM, so a static map is the only place a parsed pack can be
 * shared between them; keying it by the content hash makes it safe for several packs (and for a
 * pack changed under the same path) in one application. Packs stay loaded until the JVM exits or
 * {@link #clear()} is called; a pack takes about as much heap as its file's size times a small
 * factor, so an application that cycles through many packs should call {@code clear()}.
 *
 * <pre>{@code
 * ExecutorPacks.loads();    // packs parsed in this JVM so far
 * ExecutorPacks.clear();    // forget them (a job that cycles through many packs)
 * }</pre>
 */
public final class ExecutorPacks {
    private static final Map<String, ArticleClassifier> LOADED = new ConcurrentHashMap<>();
    private static final AtomicInteger LOADS = new AtomicInteger();

    private ExecutorPacks() {
    }

    /**
     * The classifier for the pack with hash {@code sha256}, parsing {@code bytes} only the first
     * time this JVM sees that hash.
     *
     * @param sha256 lower-case hex SHA-256 of the pack's bytes
     * @param name   the pack's name, for messages
     * @param bytes  gives the pack's bytes (a broadcast's value); called at most once per hash
     * @return the shared classifier (thread-safe)
     * @throws IllegalArgumentException if the bytes do not hash to {@code sha256} or are no pack
     */
    public static ArticleClassifier classifier(String sha256, String name, Supplier<byte[]> bytes) {
        ArticleClassifier c = LOADED.get(sha256);
        if (c != null) {
            return c;
        }
        return LOADED.computeIfAbsent(sha256, h -> load(h, name, bytes.get()));
    }

    private static ArticleClassifier load(String sha256, String name, byte[] bytes) {
        String actual = sha256(bytes);
        if (!actual.equals(sha256)) {
            throw new IllegalArgumentException("pack " + name + " has SHA-256 " + actual + ", expected " + sha256);
        }
        try {
            ArticleClassifier c = ArticleClassifier.of(PackReader.read(new ByteArrayInputStream(bytes), name));
            LOADS.incrementAndGet();
            return c;
        } catch (ModelFormatException e) {
            throw new IllegalArgumentException("not a usable newsgauge pack: " + name + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read pack " + name + ": " + e.getMessage(), e);
        }
    }

    /** How many times this JVM has parsed a pack (for tests and monitoring). */
    public static int loads() {
        return LOADS.get();
    }

    /** Whether the pack with this hash is loaded in this JVM. */
    public static boolean isLoaded(String sha256) {
        return LOADED.containsKey(sha256);
    }

    /** Forgets every loaded pack of this JVM (they are parsed again on next use). */
    public static void clear() {
        LOADED.clear();
    }

    /** Lower-case hex SHA-256 of {@code bytes}. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-256 in this JVM", e);
        }
    }
}
