package org.newsgauge.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The JSON Lines format that a {@link ResultCache} and its {@link ResultJournal} share: a head
 * line {@code {"format":1,"key":"..."}}, then one entry line per result,
 * {@code {"sha256":"...","result":{...}}}, the result as {@link JsonlResultWriter#toJson} makes it.
 * Both files are read here, the same way; what a line that is not an entry means (a damaged
 * cache, a skipped journal line) is the caller's to say.
 *
 * <pre>{@code
 * CacheLines.Found found = CacheLines.read(file, key, (line, json) -> ...); // json: null when the line is not JSON
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
final class CacheLines {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int FORMAT = 1;
    /** The longest first line taken for a head: far more than a head line. */
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

    /** What {@link #read} found in a file. */
    enum Found {
        /** The file is missing or empty: nothing yet. */
        NOTHING,
        /** The first line is not a head: someone else's file, to be neither read nor replaced. */
        FOREIGN,
        /** A head of another key or format: ours, but stale; no line after it was read. */
        STALE,
        /** The head of the key: every line after it was handed to the sink. */
        READ,
        /**
         * The head of the key, then a line that could not be read (not UTF-8) or that the sink
         * refused by throwing: the lines before it were handed to the sink.
         */
        DAMAGED
    }

    /**
     * Reads {@code file} once: its first line, and when that is the head of {@code key}, every
     * line after it, handed to {@code sink}. A head is a JSON object with a format and a key on
     * the first line (at most {@value #HEAD_MAX} bytes, UTF-8).
     *
     * @throws IOException when the file cannot be opened or its first line read (it may be
     *     someone else's, so it is not taken for a cache)
     */
    static Found read(Path file, String key, Sink sink) throws IOException {
        InputStream raw;
        try {
            raw = Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            return Found.NOTHING;
        }
        try (InputStream in = new BufferedInputStream(raw)) {
            byte[] first = firstLine(in);
            if (first == null) {
                return Found.NOTHING;
            }
            JsonNode head = first.length > HEAD_MAX ? null : decode(first);
            if (head == null || !head.has("format") || !head.has("key")) {
                return Found.FOREIGN;
            }
            if (head.path("format").asInt() != FORMAT || !key.equals(head.path("key").asText())) {
                return Found.STALE;
            }
            try {
                BufferedReader rest = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()));
                String line;
                while ((line = rest.readLine()) != null) {
                    sink.accept(line, parse(line));
                }
                return Found.READ;
            } catch (IOException | RuntimeException e) {
                return Found.DAMAGED;
            }
        }
    }

    /**
     * The bytes of the first line, newline left out; null when the stream is empty. A line
     * longer than {@value #HEAD_MAX} bytes is read no further than one byte past that.
     */
    private static byte[] firstLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b = in.read();
        if (b < 0) {
            return null;
        }
        while (b >= 0 && b != '\n' && line.size() <= HEAD_MAX) {
            line.write(b);
            b = in.read();
        }
        return line.toByteArray();
    }

    /** The JSON of a first line; null when it is not UTF-8 or not JSON. */
    private static JsonNode decode(byte[] line) {
        try {
            return parse(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(line)).toString());
        } catch (CharacterCodingException e) {
            return null;
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
