package org.newsgauge.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The JSON Lines format that a {@link ResultCache} and its {@link ResultJournal} share: a head
 * line {@code {"format":1,"key":"..."}}, then one entry line per result,
 * {@code {"sha256":"...","result":{...}}}, the result as {@link JsonlResultWriter#toJson} makes it.
 * Both files are read here, the same way; what a line that is not an entry means (a damaged
 * cache, a skipped journal line) is the caller's to say.
 *
 * <pre>{@code
 * boolean ours = CacheLines.read(file, key, (line, json) -> ...); // json: null when the line is not JSON
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
final class CacheLines {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int FORMAT = 1;
    /** How much of a file {@link #isOurs} reads: far more than a head line. */
    private static final int HEAD_MAX = 1 << 16;

    /** Receives the lines after the head. */
    @FunctionalInterface
    interface Sink {
        /**
         * One line, as read and as parsed.
         *
         * @param json the line parsed, null when it is not JSON
         */
        void accept(String line, JsonNode json) throws IOException;
    }

    private CacheLines() {
    }

    /** The first line of a file written with {@code key}, newline included. */
    static String head(String key) throws IOException {
        ObjectNode head = MAPPER.createObjectNode();
        head.put("format", FORMAT);
        head.put("key", key);
        return MAPPER.writeValueAsString(head) + "\n";
    }

    /** The entry line (no newline) of {@code result}, the JSON of the content {@code sha256}. */
    static String entry(String sha256, ObjectNode result) throws IOException {
        ObjectNode e = MAPPER.createObjectNode();
        e.put("sha256", sha256);
        e.set("result", result);
        return MAPPER.writeValueAsString(e);
    }

    /** The result object of an entry line; null when the line has none. */
    static JsonNode result(String entryLine) throws IOException {
        return MAPPER.readTree(entryLine).get("result");
    }

    /**
     * Hands every line of {@code file} after its head to {@code sink}, when the head is that of
     * {@code key}.
     *
     * @return false, having read no further, when the first line is not the head of {@code key}
     *     (or the file is empty)
     * @throws java.nio.charset.CharacterCodingException when the file is not UTF-8
     */
    static boolean read(Path file, String key, Sink sink) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            JsonNode head = parse(in.readLine());
            if (head == null || head.path("format").asInt() != FORMAT || !key.equals(head.path("key").asText())) {
                return false;
            }
            String line;
            while ((line = in.readLine()) != null) {
                sink.accept(line, parse(line));
            }
            return true;
        }
    }

    /**
     * Whether {@code file} may be read and replaced as a cache or journal: it is missing, empty,
     * or its first line is a head (of any key or format). Anything else is someone else's file.
     */
    static boolean isOurs(Path file) throws IOException {
        if (!Files.exists(file) || Files.size(file) == 0) {
            return true;
        }
        byte[] start;
        try (InputStream in = Files.newInputStream(file)) {
            start = in.readNBytes(HEAD_MAX);
        }
        int end = 0;
        while (end < start.length && start[end] != '\n') {
            end++;
        }
        try {
            JsonNode head = parse(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(start, 0, end)).toString());
            return head != null && head.has("format") && head.has("key");
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static JsonNode parse(String line) {
        try {
            return line == null ? null : MAPPER.readTree(line);
        } catch (IOException e) {
            return null;
        }
    }
}
