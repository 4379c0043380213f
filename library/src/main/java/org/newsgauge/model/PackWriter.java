package org.newsgauge.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.newsgauge.io.AtomicFile;
import org.newsgauge.text.AnalyzerConfig;

/**
 * Writes a {@link ModelPack} as one zip file, byte-identical for identical packs (fixed entry
 * order and timestamps, ordered JSON). No Java serialization: a manifest in JSON, the feature
 * names as text, numbers as little-endian binary arrays. The format is documented in
 * {@code docs/model-format.md}.
 *
 * <pre>{@code
 * PackWriter.write(pack, Path.of("news.ngpack"));
 * }</pre>
 *
 * <p>Stateless and thread-safe: a pack may be written while other threads classify with it.
 */
public final class PackWriter {
    /**
     * Newest format version written (and read) by this library. Version 2 adds the analyzer's
     * {@code quoted_names}, version 3 the {@code narrator_cues}, version 4 the analyzer's
     * {@code stop_words}; a pack is written in the oldest version that holds what it has (one
     * without any of them is version 1, byte for byte as before), so that older readers still
     * load it.
     */
    public static final int FORMAT_VERSION = 4;
    static final String FORMAT = "newsgauge-pack";
    static final String MANIFEST = "manifest.json";
    static final String FEATURES = "features.txt";
    static final String IDF = "idf.f32";
    static final int WEIGHTS_MAGIC = 0x4E475731; // "NGW1": float32 weights
    static final int WEIGHTS8_MAGIC = 0x4E475732; // "NGW2": 8-bit weights with a float scale per output
    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2026, 1, 1, 0, 0);

    private PackWriter() {
    }

    /**
     * Writes {@code pack} to {@code file} atomically, as {@link AtomicFile} places a file: the
     * bytes go to a temporary file beside it, renamed into place when complete. A pack written
     * over an existing file keeps that file's permissions; a failed write leaves it as it was.
     *
     * @param pack the pack to save
     * @param file where to write it, e.g. {@code news.ngpack}; created or replaced whole
     * @throws FileAlreadyExistsException when {@code file} is a folder
     * @throws IOException                when the temporary file cannot be written or moved into
     *                                    place (no permission, disk full)
     */
    public static void write(ModelPack pack, Path file) throws IOException {
        try (AtomicFile f = AtomicFile.create(file)) {
            write(pack, f.outputStream());
            f.commit();
        }
    }

    /**
     * The pack as bytes, exactly as {@link #write(ModelPack, Path)} would write them.
     *
     * @param pack the pack
     * @return the pack file's bytes; the same bytes for equal packs
     * @throws IOException not in practice: writing to memory does not fail
     */
    public static byte[] toBytes(ModelPack pack) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(pack, out);
        return out.toByteArray();
    }

    /**
     * Writes {@code pack} to {@code out} (not closed).
     *
     * @param pack the pack
     * @param out  receives the pack file's bytes; not closed
     * @throws IOException when writing to {@code out} fails
     */
    public static void write(ModelPack pack, OutputStream out) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        StringBuilder names = new StringBuilder();
        for (String n : pack.features().names()) {
            names.append(n).append('\n');
        }
        entries.put(FEATURES, names.toString().getBytes(StandardCharsets.UTF_8));
        entries.put(IDF, floats(pack.features().idf()));
        for (int d = 0; d < pack.dimensions().size(); d++) {
            entries.put(weightsEntry(d), weights(pack.dimensions().get(d).linear()));
        }
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode m = manifest(mapper, pack);
        ObjectNode sums = m.putObject("entries");
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            sums.put(e.getKey(), sha256(e.getValue()));
        }
        byte[] manifest = mapper.writeValueAsBytes(m);
        ZipOutputStream zip = new ZipOutputStream(out);
        put(zip, MANIFEST, manifest);
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            put(zip, e.getKey(), e.getValue());
        }
        zip.finish();
    }

    static String weightsEntry(int d) {
        return "dims/" + d + ".weights";
    }

    private static void put(ZipOutputStream zip, String name, byte[] data) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTimeLocal(FIXED_TIME);
        zip.putNextEntry(e);
        zip.write(data);
        zip.closeEntry();
    }

    /** The oldest format that holds what {@code pack} has. */
    static int formatVersion(ModelPack pack) {
        AnalyzerConfig a = pack.features().config();
        if (!a.stopWords().isEmpty()) {
            return 4;
        }
        return !pack.cueRules().isEmpty() ? 3 : a.quotedNames().isEmpty() ? 1 : 2;
    }

    private static ObjectNode manifest(ObjectMapper mapper, ModelPack pack) {
        ObjectNode m = mapper.createObjectNode();
        m.put("format", FORMAT);
        m.put("format_version", formatVersion(pack));
        Provenance p = pack.provenance();
        m.put("library_version", p.libraryVersion());
        AnalyzerConfig a = pack.features().config();
        ObjectNode an = m.putObject("analyzer");
        an.put("lowercase", a.lowercase());
        an.put("word_ngrams", a.wordNgrams());
        an.put("char_ngram_min", a.charNgramMin());
        an.put("char_ngram_max", a.charNgramMax());
        an.put("quotes", a.quotes().name().toLowerCase(java.util.Locale.ROOT));
        an.put("min_count", a.minCount());
        an.put("weighting", a.weighting().name().toLowerCase(java.util.Locale.ROOT));
        an.put("min_token_length", a.minTokenLength());
        if (!a.quotedNames().isEmpty()) {
            com.fasterxml.jackson.databind.node.ArrayNode names = an.putArray("quoted_names");
            a.quotedNames().forEach(names::add);
        }
        if (!a.stopWords().isEmpty()) {
            com.fasterxml.jackson.databind.node.ArrayNode stop = an.putArray("stop_words");
            a.stopWords().forEach(stop::add);
        }
        an.put("features", pack.features().size());
        ObjectNode alg = m.putObject("algorithm");
        alg.put("name", p.algorithm());
        alg.set("params", mapper.valueToTree(p.params()));
        m.put("seed", p.seed());
        m.put("calibration_folds", p.calibrationFolds());
        ObjectNode data = m.putObject("training_data");
        data.put("source", p.trainingSource());
        data.put("sha256", p.trainingSha256());
        data.put("documents", p.documents());
        ArrayNode tc = data.putArray("text_columns");
        p.textColumns().forEach(tc::add);
        ArrayNode dims = m.putArray("dimensions");
        for (int d = 0; d < pack.dimensions().size(); d++) {
            DimensionModel dm = pack.dimensions().get(d);
            ObjectNode o = dims.addObject();
            o.put("name", dm.name());
            o.put("kind", dm.kind().name().toLowerCase(java.util.Locale.ROOT));
            ArrayNode labels = o.putArray("labels");
            dm.labels().forEach(labels::add);
            o.put("decoder", dm.decoder().name().toLowerCase(java.util.Locale.ROOT));
            ArrayNode cal = o.putArray("calibration");
            for (double v : dm.calibration()) {
                cal.add(v);
            }
            ArrayNode shift = o.putArray("log_prior_shift");
            for (double v : dm.logPriorShift()) {
                shift.add(v);
            }
            o.put("weights", weightsEntry(d));
        }
        if (!pack.cueRules().isEmpty()) {
            ArrayNode rules = m.putArray("narrator_cues");
            for (CueRule r : pack.cueRules()) {
                ObjectNode o = rules.addObject();
                o.put("dimension", r.dimension());
                ObjectNode labels = o.putObject("labels");
                r.terms().forEach((label, terms) -> {
                    ObjectNode l = labels.putObject(label);
                    terms.forEach(l.putArray("terms")::add);
                    l.put("confidence", r.confidence().get(label));
                });
            }
        }
        if (p.heldOut() != null) {
            m.set("held_out_metrics", p.heldOut().toJsonTree(mapper));
        }
        return m;
    }

    private static byte[] floats(float[] v) {
        ByteBuffer b = ByteBuffer.allocate(v.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (float f : v) {
            b.putFloat(f);
        }
        return b.array();
    }

    private static byte[] weights(LinearModel lm) {
        float[] scale = lm.scales();
        byte[] steps = lm.steps(scale);
        if (steps != null) {
            ByteBuffer b = ByteBuffer.allocate(12 + 4 * lm.outputs() + steps.length + 4 * lm.outputs())
                    .order(ByteOrder.LITTLE_ENDIAN);
            b.putInt(WEIGHTS8_MAGIC);
            b.putInt(lm.outputs());
            b.putInt(lm.features());
            for (float f : scale) {
                b.putFloat(f);
            }
            b.put(steps);
            for (float f : lm.bias()) {
                b.putFloat(f);
            }
            return b.array();
        }
        ByteBuffer b = ByteBuffer.allocate(12 + 4 * (lm.weights().length + lm.outputs())).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(WEIGHTS_MAGIC);
        b.putInt(lm.outputs());
        b.putInt(lm.features());
        for (float f : lm.weights()) {
            b.putFloat(f);
        }
        for (float f : lm.bias()) {
            b.putFloat(f);
        }
        return b.array();
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
