package org.newsgauge.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import org.newsgauge.api.Labels;
import org.newsgauge.model.ModelPack;
import org.newsgauge.model.PackWriter;
import org.newsgauge.text.Warning;

/**
 * Results of earlier runs, keyed by the SHA-256 of each file's content, valid for one key (the
 * pack's hash and the reading settings): a file whose bytes have not changed is not classified
 * again; a changed file, pack or setting is. The cache is one JSON Lines file, rewritten
 * atomically at the end of each run with the results of that run only (so deleted files drop
 * out).
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
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int FORMAT = 1;

    private final Map<String, String> previous;
    private final AtomicFile next;
    private final Set<String> written = new HashSet<>();
    private int hits;

    private ResultCache(Map<String, String> previous, AtomicFile next) {
        this.previous = previous;
        this.next = next;
    }

    /**
     * Opens the cache in {@code file}: the entries it holds are used when it was written with
     * {@code key}, ignored otherwise (or when it is missing or damaged).
     */
    public static ResultCache open(Path file, String key) throws IOException {
        Map<String, String> entries = new HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            JsonNode head = MAPPER.readTree(in.readLine());
            if (head != null && head.path("format").asInt() == FORMAT && key.equals(head.path("key").asText())) {
                String line;
                while ((line = in.readLine()) != null) {
                    JsonNode e = MAPPER.readTree(line);
                    entries.put(e.get("sha256").asText(), line);
                }
            }
        } catch (NoSuchFileException e) {
            // first run
        } catch (IOException | RuntimeException e) {
            entries.clear(); // damaged: start afresh
        }
        AtomicFile next = AtomicFile.create(file);
        ObjectNode head = MAPPER.createObjectNode();
        head.put("format", FORMAT);
        head.put("key", key);
        next.writer().write(MAPPER.writeValueAsString(head));
        next.writer().write('\n');
        return new ResultCache(entries, next);
    }

    /** Number of results available from earlier runs. */
    public int size() {
        return previous.size();
    }

    /** Number of successful lookups so far. */
    public int hits() {
        return hits;
    }

    /** The earlier result of content {@code sha256}, named {@code source}; null when there is none. */
    public Labels lookup(String sha256, String source) {
        String line = sha256 == null ? null : previous.get(sha256);
        if (line == null) {
            return null;
        }
        try {
            Labels l = JsonlResultReader.fromJson(MAPPER.readTree(line).get("result"));
            hits++;
            return new Labels(source, l.predictions(), l.language(), l.warnings());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Keeps {@code labels} as the result of content {@code sha256} for the next run. */
    public void record(String sha256, Labels labels) throws IOException {
        if (sha256 == null || !written.add(sha256)
                || labels.warnings().stream().map(Warning::code).anyMatch(Warning.IO::equals)) {
            return;
        }
        ObjectNode e = MAPPER.createObjectNode();
        e.put("sha256", sha256);
        e.set("result", JsonlResultWriter.toJson(labels));
        next.writer().write(MAPPER.writeValueAsString(e));
        next.writer().write('\n');
    }

    /** Replaces the cache file with what was recorded. */
    public void commit() throws IOException {
        next.commit();
    }

    /** Drops what was recorded unless committed. */
    @Override
    public void close() throws IOException {
        next.close();
    }

    /** SHA-256 (hex) of a file's bytes. */
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

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
