package org.newsgauge.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.newsgauge.api.ArticleClassifier;
import org.newsgauge.api.Labels;

/**
 * Classifies files in order, taking from a {@link ResultCache} the results of the files whose
 * content it holds and classifying the others on {@code threads} threads; every result is
 * recorded in the cache (and so journaled as it comes). Every result is handed on in the form
 * the cache keeps (through its JSON), so a run from the cache gives the same reports as a fresh
 * one. What {@link ClassificationRun} and the command line's {@code classify --cache} share.
 *
 * <pre>{@code
 * try (ResultCache cache = ResultCache.open(file, ResultCache.key(c.pack(), ResultCache.settings(c)))) {
 *     new CachingClassifier(c, cache, 4).classify(files, Path::toString, (labels, fresh) -> report.write(labels));
 *     cache.commit();
 * }
 * }</pre>
 *
 * <p>Not thread-safe (the cache is not); the classifier is.
 */
public final class CachingClassifier {
    /** Receives each result, in the files' order. */
    @FunctionalInterface
    public interface Sink {
        /**
         * One result.
         *
         * @param labels the file's result, named as the caller's {@code name} function names the file
         * @param fresh  true when classified in this run, false when it came from the cache
         * @throws IOException when the result cannot be written; it stops the run
         */
        void accept(Labels labels, boolean fresh) throws IOException;
    }

    private final ArticleClassifier classifier;
    private final ResultCache cache;
    private final int threads;

    /**
     * Classifies with {@code classifier} on {@code threads} threads, with {@code cache} (null: none).
     *
     * @param classifier classifies the files not in the cache; not null
     * @param cache      an open cache, made with a key for this classifier; null to classify every file
     * @param threads    how many threads classify at once; below 1 counts as 1
     * @throws NullPointerException when {@code classifier} is null
     */
    public CachingClassifier(ArticleClassifier classifier, ResultCache cache, int threads) {
        this.classifier = Objects.requireNonNull(classifier);
        this.cache = cache;
        this.threads = Math.max(1, threads);
    }

    /**
     * Hands the result of every file to {@code sink}, in order, named by {@code name}. A file that
     * cannot be hashed is classified, and its problem reported on its result, as a file that
     * cannot be read.
     *
     * @param files the files, in the order their results are handed on
     * @param name  the name each result carries as its source, e.g. {@code Path::toString}
     * @param sink  receives every result, from one thread at a time
     * @throws IOException when the sink or the cache cannot write
     */
    public void classify(List<Path> files, Function<Path, String> name, Sink sink) throws IOException {
        int n = files.size();
        String[] names = files.stream().map(name).toArray(String[]::new);
        String[] hashes = new String[n];
        Labels[] cached = new Labels[n];
        if (cache != null) {
            IntStream.range(0, n).parallel().forEach(i -> hashes[i] = hash(files.get(i)));
            for (int i = 0; i < n; i++) {
                cached[i] = cache.lookup(hashes[i], names[i]);
            }
        }
        List<Path> todo = new ArrayList<>();
        List<Integer> todoIndex = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (cached[i] == null) {
                todo.add(files.get(i));
                todoIndex.add(i);
            }
        }
        int[] next = {0};
        int[] k = {0};
        try {
            classifier.classifyFiles(todo, threads, labels -> {
                int i = todoIndex.get(k[0]++);
                while (next[0] < i) {
                    pass(cached[next[0]], hashes[next[0]], null, false, sink);
                    next[0]++;
                }
                // through the JSON form, so that a fresh result is exactly what the cache gives next
                // time; the cache keeps that JSON rather than building it again, and the name is in
                // it already, so the result read back carries it
                ObjectNode json = JsonlResultWriter.toJson(
                        new Labels(names[i], labels.predictions(), labels.language(), labels.warnings()));
                pass(JsonlResultReader.fromJson(json), hashes[i], json, true, sink);
                next[0]++;
            });
            while (next[0] < n) {
                pass(cached[next[0]], hashes[next[0]], null, false, sink);
                next[0]++;
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Hands {@code labels} on and records it; {@code json}: its JSON when already built, or null. */
    private void pass(Labels labels, String hash, ObjectNode json, boolean fresh, Sink sink) {
        try {
            sink.accept(labels, fresh);
            if (cache != null) {
                cache.record(hash, labels, json);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String hash(Path f) {
        try {
            return ResultCache.sha256(f);
        } catch (IOException e) {
            return null; // classified anyway: the reader reports the problem
        }
    }
}
