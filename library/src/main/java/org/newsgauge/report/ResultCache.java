package org.newsgauge.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import org.newsgauge.Version;
import org.newsgauge.api.ArticleClassifier;
import org.newsgauge.api.Labels;
import org.newsgauge.io.AtomicFile;
import org.newsgauge.model.ModelPack;
import org.newsgauge.model.PackWriter;
import org.newsgauge.text.DocumentReader;
import org.newsgauge.text.Warning;

/**
 * Results of earlier runs, keyed by the SHA-256 of each file's content, valid for one key (the
 * pack's hash and the reading settings): a file whose bytes have not changed is not classified
 * again; a changed file, pack or setting is. The cache is one JSON Lines file, rewritten
 * atomically when a run commits, with the results of that run only (so deleted files drop out).
 *
 * <p>Results not yet in the cache file are also appended, as they are recorded, to a journal
 * beside it ({@code FILE.journal}, flushed every 100 results or every second): a run that is
 * killed or fails leaves the cache file as it was and its own progress in the journal, and the
 * next run takes both. A commit folds the journal into the cache file and deletes it.
 *
 * <pre>{@code
 * try (ResultCache cache = ResultCache.open(dir.resolve(".newsgauge-cache.jsonl"), ResultCache.key(pack, "raw=false"))) {
 *     Labels hit = cache.lookup(sha, "a.txt");   // null: classify it
 *     cache.record(sha, labels);
 *     cache.commit();
 * }
 * }</pre>
 *
 * <p>Results with an {@code io} warning (a read that may work next time) are not kept. Not
 * thread-safe: one run uses it from one thread.
 */
public final class ResultCache implements Closeable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ResultCache.class);
    private final Map<String, String> previous;
    private final AtomicFile next;
    private final ResultJournal journal;
    private final Set<String> written = new HashSet<>();
    private int hits;

    private ResultCache(Map<String, String> previous, AtomicFile next, ResultJournal journal) {
        this.previous = previous;
        this.next = next;
        this.journal = journal;
    }

    /**
     * Opens the cache in {@code file} and its journal: the entries they hold are used when they
     * were written with {@code key}, ignored otherwise (or when the file is missing, or its lines
     * after a cache head are damaged; a torn last line of the journal, left by a killed run, is
     * dropped). A file whose first line is not a cache head is not ours and is refused.
     *
     * @param file the cache file, e.g. {@link ClassificationRun#CACHE_FILE} in an output folder
     * @param key  the key the entries must have been written with, from {@link #key}
     * @return the cache, ready to look up and record; close it (try-with-resources)
     * @throws FileAlreadyExistsException when {@code file} exists and is not a cache (a report, a
     *     CSV...): it is not overwritten (the journal, named after it, is ours whatever it holds),
     *     or is a folder
     * @throws IOException when the file exists but cannot be opened or its first line read, or the
     *     new cache file or the journal cannot be created
     */
    public static ResultCache open(Path file, String key) throws IOException {
        AtomicFile.refuseFolder(file);
        Map<String, String> entries = entries(file, key);
        AtomicFile next = AtomicFile.create(file);
        try {
            next.writer().write(CacheLines.head(key));
            ResultJournal journal = ResultJournal.open(ResultJournal.of(file), key, entries);
            return new ResultCache(entries, next, journal);
        } catch (IOException | RuntimeException e) {
            next.close();
            throw e;
        }
    }

    /**
     * The entry lines of the cache file by content SHA-256, from one reading of it: none when it
     * is missing, of another key, or damaged (a line that is not an entry: the cache is written
     * whole, so it is not ours).
     *
     * @throws FileAlreadyExistsException when the file is not a cache
     */
    private static Map<String, String> entries(Path file, String key) throws IOException {
        Map<String, String> entries = new HashMap<>();
        CacheLines.Found found = CacheLines.read(file, key, (line, json) -> {
            JsonNode sha256 = json == null ? null : json.get("sha256");
            if (sha256 == null) {
                throw new IOException("not a cache entry");
            }
            entries.put(sha256.asText(), line);
        });
        if (found == CacheLines.Found.FOREIGN) {
            throw new FileAlreadyExistsException(file.toString(), null,
                    "is not a newsgauge cache; choose another file for the cache (or delete this one if it is not needed)");
        }
        if (found == CacheLines.Found.DAMAGED) {
            entries.clear(); // start afresh
            LOG.warn("{}: the cache is damaged; its results are not used, every document is classified again", file);
        } else if (found == CacheLines.Found.STALE) {
            // not an error, but a run that was expected to be quick will not be: say why
            LOG.warn("{}: the cache was made with another pack or other settings; its results are not used,"
                    + " every document is classified again", file);
        }
        return entries;
    }

    /**
     * Number of results available from earlier runs.
     *
     * @return how many contents the cache file and the journal held results for under this key
     */
    public int size() {
        return previous.size();
    }

    /**
     * Number of successful lookups so far.
     *
     * @return how many calls of {@link #lookup} returned a result
     */
    public int hits() {
        return hits;
    }

    /**
     * The earlier result of content {@code sha256}, named {@code source}; null when there is none.
     *
     * @param sha256 the SHA-256 of the file's bytes, from {@link #sha256(Path)}; null gives null
     * @param source the name to give the result (the file may have moved since)
     * @return the result, with {@code source} as its source; null when there is none or its line
     *         cannot be read
     */
    public Labels lookup(String sha256, String source) {
        String line = sha256 == null ? null : previous.get(sha256);
        if (line == null) {
            return null;
        }
        try {
            Labels l = JsonlResultReader.fromJson(CacheLines.result(line));
            hits++;
            return new Labels(source, l.predictions(), l.language(), l.warnings());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Keeps {@code labels} as the result of content {@code sha256} for the next run; a result
     * that was not in the cache or the journal already is also journaled. A result with an
     * {@code io} warning, a content recorded before in this run, or a null {@code sha256} is not
     * kept.
     *
     * @param sha256 the SHA-256 of the file's bytes
     * @param labels the file's result
     * @throws IOException when the new cache file or the journal cannot be written
     */
    public void record(String sha256, Labels labels) throws IOException {
        record(sha256, labels, null);
    }

    /**
     * {@link #record(String, Labels)}, with the JSON of {@code labels} as
     * {@link JsonlResultWriter#toJson} makes it when the caller has built it already (null: built
     * here, when it is kept).
     */
    void record(String sha256, Labels labels, ObjectNode json) throws IOException {
        if (sha256 == null || !written.add(sha256)
                || labels.warnings().stream().map(Warning::code).anyMatch(Warning.IO::equals)) {
            return;
        }
        String line = CacheLines.entry(sha256, json != null ? json : JsonlResultWriter.toJson(labels));
        next.writer().write(line);
        next.writer().write('\n');
        if (!previous.containsKey(sha256)) {
            journal.append(line);
        }
    }

    /**
     * Replaces the cache file with what was recorded, and deletes the journal.
     *
     * @throws IOException when the new cache file cannot be moved into place (the old one and the
     *                     journal are then kept) or the journal cannot be deleted
     */
    public void commit() throws IOException {
        next.commit();
        journal.delete();
    }

    /**
     * Unless committed: drops what was recorded from the cache file to be, and keeps the journal
     * (flushed) for the next run.
     *
     * @throws IOException when the temporary cache file cannot be deleted or the journal cannot be
     *                     flushed and closed
     */
    @Override
    public void close() throws IOException {
        try {
            next.close();
        } finally {
            journal.close();
        }
    }

    /**
     * SHA-256 (hex) of a file's bytes.
     *
     * @param file a file
     * @return 64 lower-case hexadecimal digits
     * @throws IOException when the file cannot be read
     */
    public static String sha256(Path file) throws IOException {
        MessageDigest md = digest();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[65536];
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /**
     * A cache key: SHA-256 of the pack as written by {@link PackWriter} (so the default pack and a
     * pack file get one the same way) and of {@code settings} (anything else that changes
     * results, e.g. the reader's settings and the library version).
     *
     * @param pack     the pack the results come from
     * @param settings everything else that changes results, e.g. from {@link #settings(ArticleClassifier)}
     * @return 64 lower-case hexadecimal digits
     * @throws IOException not in practice: the pack is written to a digest, not to a file
     */
    public static String key(ModelPack pack, String settings) throws IOException {
        MessageDigest md = digest();
        try (OutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), md)) {
            PackWriter.write(pack, out);
        }
        md.update((byte) 0);
        md.update(settings.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(md.digest());
    }

    /**
     * The settings of {@code classifier} besides its pack that change results, for {@link #key}:
     * the library version, the reader's settings and the number of explaining features.
     *
     * @param classifier the classifier whose results are cached
     * @return a short description, e.g. {@code newsgauge=0.1.0;extraction=true;...}
     */
    public static String settings(ArticleClassifier classifier) {
        DocumentReader r = classifier.reader();
        return "newsgauge=" + Version.CURRENT + ";extraction=" + r.extraction() + ";maxBytes=" + r.maxBytes()
                + ";language=" + r.languageDetection() + ";explanations=" + classifier.explanations();
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
