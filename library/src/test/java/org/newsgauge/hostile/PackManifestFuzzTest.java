package org.newsgauge.hostile;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.newsgauge.api.ArticleClassifier;
import org.newsgauge.model.ModelFormatException;
import org.newsgauge.model.ModelPack;
import org.newsgauge.model.PackReader;
import org.newsgauge.model.PackWriter;

/**
 * Fuzzes what {@link PackReader} does after the checksums pass: a valid small pack whose manifest
 * values and entries the fuzzer rewrites, with the entry checksums then recomputed (so the
 * damage reaches the parser instead of stopping at the checksum). Allowed: a
 * {@link ModelFormatException}, or a pack that loads and classifies sanely.
 */
class PackManifestFuzzTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, byte[]> BASE = entries();
    private static final String[] FIELDS = {
            "format_version", "format", "analyzer", "analyzer.word_ngrams", "analyzer.char_ngram_min",
            "analyzer.char_ngram_max", "analyzer.quotes", "analyzer.weighting", "analyzer.min_count",
            "analyzer.min_token_length", "analyzer.lowercase", "analyzer.quoted_names", "analyzer.stop_words", "dimensions", "dimensions.0", "dimensions.0.name",
            "dimensions.0.kind", "dimensions.0.labels", "dimensions.0.decoder", "dimensions.0.calibration",
            "dimensions.0.log_prior_shift", "dimensions.0.weights", "algorithm", "algorithm.params",
            "training_data", "training_data.text_columns", "held_out_metrics", "seed", "entries"};

    @FuzzTest(maxDuration = "5s")
    void fuzz(FuzzedDataProvider in) {
        Map<String, byte[]> entries = new LinkedHashMap<>(BASE);
        try {
            ObjectNode m = (ObjectNode) JSON.readTree(entries.get("manifest.json"));
            int edits = in.consumeInt(0, 4);
            for (int i = 0; i < edits; i++) {
                edit(m, in.pickValue(FIELDS), in);
            }
            if (in.consumeBoolean()) {
                entries.put("features.txt", in.consumeBytes(in.consumeInt(0, 256)));
            }
            if (in.consumeBoolean()) {
                entries.put("idf.f32", floats(in, in.consumeInt(0, 16)));
            }
            if (in.consumeBoolean()) {
                ByteBuffer b = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
                b.putInt(in.consumeBoolean() ? 0x4E475732 : 0x4E475731);
                b.putInt(in.consumeInt(-2, 12));
                b.putInt(in.consumeInt(-2, 12));
                ByteArrayOutputStream w = new ByteArrayOutputStream();
                w.write(b.array());
                w.write(floats(in, in.consumeInt(0, 64)));
                entries.put("dims/0.weights", w.toByteArray());
            }
            if (in.consumeBoolean()) {
                entries.put("dims/" + in.consumeInt(0, 3) + ".weights", in.consumeBytes(64));
            }
            if (m.path("entries").isObject()) {
                ObjectNode sums = JSON.createObjectNode();
                for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                    if (!e.getKey().equals("manifest.json")) {
                        sums.put(e.getKey(), Fixtures.sha256(e.getValue()));
                    }
                }
                m.set("entries", sums);
            }
            entries.put("manifest.json", JSON.writeValueAsBytes(m));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ModelPack p;
        try {
            p = PackReader.read(new ByteArrayInputStream(Fixtures.zip(entries)), "fuzz.ngpack");
        } catch (ModelFormatException expected) {
            return;
        } catch (IOException e) {
            throw new AssertionError("an untyped I/O error from bytes in memory", e);
        }
        try {
            Hostile.classifyOrFail(ArticleClassifier.of(p));
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + " with manifest "
                    + new String(entries.get("manifest.json"), StandardCharsets.UTF_8), e);
        }
    }

    private static void edit(ObjectNode m, String path, FuzzedDataProvider in) {
        String[] parts = path.split("\\.");
        JsonNode parent = m;
        for (int i = 0; i < parts.length - 1; i++) {
            parent = parts[i].matches("\\d+") ? parent.path(Integer.parseInt(parts[i])) : parent.path(parts[i]);
        }
        String last = parts[parts.length - 1];
        JsonNode value = value(in, 0);
        if (parent instanceof ObjectNode o) {
            if (value == null) {
                o.remove(last);
            } else {
                o.set(last, value);
            }
        } else if (parent instanceof ArrayNode a && last.matches("\\d+") && Integer.parseInt(last) < a.size()) {
            a.set(Integer.parseInt(last), value == null ? JSON.nullNode() : value);
        }
    }

    private static JsonNode value(FuzzedDataProvider in, int depth) {
        switch (in.consumeInt(0, depth > 1 ? 5 : 7)) {
            case 0:
                return null;
            case 1:
                return JSON.getNodeFactory().numberNode(in.consumeInt());
            case 2:
                return JSON.getNodeFactory().numberNode(in.consumeDouble());
            case 3:
                return JSON.getNodeFactory().textNode(in.consumeString(40));
            case 4:
                return JSON.getNodeFactory().booleanNode(in.consumeBoolean());
            case 5:
                return JSON.nullNode();
            case 6: {
                ArrayNode a = JSON.createArrayNode();
                int n = in.consumeInt(0, 6);
                for (int i = 0; i < n; i++) {
                    JsonNode v = value(in, depth + 1);
                    a.add(v == null ? JSON.nullNode() : v);
                }
                return a;
            }
            default: {
                ObjectNode o = JSON.createObjectNode();
                int n = in.consumeInt(0, 4);
                for (int i = 0; i < n; i++) {
                    o.set(in.consumeString(12), value(in, depth + 1));
                }
                return o;
            }
        }
    }

    private static byte[] floats(FuzzedDataProvider in, int n) {
        ByteBuffer b = ByteBuffer.allocate(4 * n).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < n; i++) {
            b.putFloat(in.consumeBoolean() ? in.consumeRegularFloat() : in.consumeFloat());
        }
        return b.array();
    }

    private static Map<String, byte[]> entries() {
        try {
            return Fixtures.unzip(PackWriter.toBytes(Fixtures.tiny(6)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
