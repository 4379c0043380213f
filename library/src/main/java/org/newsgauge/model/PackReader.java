package org.newsgauge.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.newsgauge.metrics.EvaluationReport;
import org.newsgauge.text.AnalyzerConfig;
import org.newsgauge.text.FeatureSpace;
import org.newsgauge.text.QuoteMode;
import org.newsgauge.text.Weighting;

/**
 * Reads a model pack written by {@link PackWriter}, checking everything before trusting it:
 * format and version, limits on entries and sizes (no zip bombs), the SHA-256 of every entry,
 * array shapes. Reading runs no code from the file: the pack is data.
 *
 * <pre>{@code
 * ModelPack pack = PackReader.read(Path.of("news.ngpack"));
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class PackReader {
    /** Most zip entries a pack may have (the manifest, the features, the IDF and one weights entry per dimension). */
    public static final int MAX_ENTRIES = 256;
    /** Most bytes one entry may expand to when inflated: 1 GiB. */
    public static final long MAX_ENTRY_BYTES = 1L << 30;
    /** Most bytes all the entries together may expand to when inflated: 2 GiB. */
    public static final long MAX_TOTAL_BYTES = 2L << 30;
    /** Largest manifest ({@code manifest.json}) accepted, in bytes: 16 MiB. */
    public static final int MAX_MANIFEST_BYTES = 16 << 20;
    /** Most dimensions a pack may have. */
    public static final int MAX_DIMENSIONS = 64;
    /** Most labels a dimension may have (and most scoring functions a weights entry may hold). */
    public static final int MAX_LABELS = 10_000;
    /** Most feature names a pack may have. */
    public static final int MAX_FEATURES = 50_000_000;
    /**
     * Beyond the first {@link #FREE_INFLATION_BYTES}, the entries may hold at most this many
     * times the bytes read from the file: newsgauge's own packs deflate 2 to 6 to 1, a zip bomb a
     * thousand to one. Memory used by a load is so bounded by the file's size.
     */
    public static final int MAX_EXPANSION = 100;
    /** Bytes the entries may inflate to, 8 MiB, before {@link #MAX_EXPANSION} applies: a small pack may compress well. */
    public static final long FREE_INFLATION_BYTES = 8L << 20;
    /** Calibration and prior shift values beyond this magnitude are refused (no real pack is near). */
    public static final double MAX_LOG_PRIOR_SHIFT = 100;
    /** IDF values must be positive and at most this. */
    public static final float MAX_IDF = 1000;

    private PackReader() {
    }

    /**
     * Whether {@code head}, the first bytes of a file, start as a zip file's (and every pack's):
     * {@code PK\3\4}. A file that does not is no pack at all, not a damaged one.
     *
     * @param head the first bytes of a file, any number of them (fewer than 4 give false)
     * @return true when they start with the zip signature; a true says nothing about the rest
     */
    public static boolean startsAsZip(byte[] head) {
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    /**
     * Reads the pack in {@code file}, checking it all as {@link #read(InputStream, String)} does.
     *
     * @param file a pack file, e.g. {@code news.ngpack}
     * @return the pack, ready to classify with
     * @throws ModelFormatException     when {@code file} is a folder, or its content is not a valid
     *                                  pack (see {@link #read(InputStream, String)})
     * @throws java.nio.file.NoSuchFileException when {@code file} does not exist
     * @throws IOException              when the file cannot be read
     */
    public static ModelPack read(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new ModelFormatException(file + " is a folder, not a model pack; give the pack file (e.g. news.ngpack)");
        }
        try (InputStream in = Files.newInputStream(file)) {
            // the path as given, so that a message names the file the caller meant
            return read(in, file.toString());
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(file.toString(), null, "model pack not found");
        }
    }

    /**
     * Reads a pack from a stream, to its end (the zip's directory closes it); the stream is not
     * closed. {@code name} is used in messages.
     *
     * @param stream the pack's bytes, from the first; read to the end
     * @param name   the pack's name for messages, e.g. its file name
     * @return the pack, ready to classify with
     * @throws ModelFormatException when the bytes are not a valid pack: not a zip file, truncated or
     *                              with a damaged zip directory, without a newsgauge manifest, of a
     *                              pack format newer than {@link PackWriter#FORMAT_VERSION}, with an
     *                              entry that does not match its checksum, over one of the limits of
     *                              this class (a possible zip bomb), or with values out of range or
     *                              inconsistent with each other
     * @throws IOException          when reading the stream fails
     */
    public static ModelPack read(InputStream stream, String name) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        long total = 0;
        java.io.BufferedInputStream buffered = new java.io.BufferedInputStream(stream);
        buffered.mark(4);
        byte[] head = buffered.readNBytes(4);
        buffered.reset();
        // a file that does not even start as a zip is another file given for a pack, not a damaged pack
        boolean zipSignature = startsAsZip(head);
        TailKeepingInputStream raw = new TailKeepingInputStream(buffered, TAIL);
        try {
            ZipInputStream zip = new ZipInputStream(raw);
            ZipEntry e;
            while ((e = nextEntry(zip, name)) != null) {
                if (entries.size() >= MAX_ENTRIES) {
                    throw bad(name, "has more than " + MAX_ENTRIES + " entries");
                }
                if (entries.containsKey(e.getName())) {
                    throw bad(name, "has the entry '" + e.getName() + "' twice");
                }
                long limit = Math.min(MAX_ENTRY_BYTES, MAX_TOTAL_BYTES - total);
                byte[] data = readLimited(zip, limit, total, raw, name, e.getName());
                total += data.length;
                entries.put(e.getName(), data);
            }
            requireEndRecord(raw, entries.size(), name, zipSignature);
        } catch (ZipException e) {
            throw bad(name, "is not a valid zip file (" + e.getMessage() + "); it may be truncated or damaged", e);
        } catch (java.io.EOFException e) {
            throw bad(name, "ends early: the file is truncated; download or train it again", e);
        } catch (RuntimeException e) {
            // the JDK's zip reader throws unchecked exceptions on some damage (e.g. bad entry names)
            throw bad(name, "is not a valid zip file (" + e + "); it may be truncated or damaged", e);
        }
        byte[] manifestBytes = entries.get(PackWriter.MANIFEST);
        if (manifestBytes == null) {
            throw bad(name, entries.isEmpty() ? "is empty or not a zip file" : "has no manifest.json: not a newsgauge pack");
        }
        if (manifestBytes.length > MAX_MANIFEST_BYTES) {
            throw bad(name, "has a manifest over " + MAX_MANIFEST_BYTES + " bytes");
        }
        JsonNode m;
        try {
            m = new ObjectMapper().readTree(manifestBytes);
        } catch (IOException e) {
            throw bad(name, "has a manifest that is not valid JSON: " + e.getMessage(), e);
        }
        if (m == null || !m.isObject() || !PackWriter.FORMAT.equals(m.path("format").asText())) {
            throw bad(name, "is not a newsgauge pack (manifest format is not '" + PackWriter.FORMAT + "')");
        }
        int version = m.path("format_version").asInt(-1);
        if (version > PackWriter.FORMAT_VERSION) {
            String wrote = m.path("library_version").asText("?");
            // a development build can write a newer format under the same version number
            String upgrade = wrote.equals(org.newsgauge.Version.CURRENT)
                    ? "it was written by a newer build of the same version; rebuild newsgauge from the sources that wrote it"
                    : "upgrade newsgauge to the version that wrote it (" + wrote + ")";
            throw bad(name, "uses pack format " + version + ", newer than this newsgauge ("
                    + org.newsgauge.Version.CURRENT + ") reads (" + PackWriter.FORMAT_VERSION + "); " + upgrade);
        }
        if (version < 1) {
            throw bad(name, "has no valid format_version");
        }
        try {
            return parse(m, entries, name, version);
        } catch (RuntimeException e) {
            // a constructor refused what the manifest says (shapes, names, settings)
            throw bad(name, "is inconsistent: " + e.getMessage(), e);
        }
    }

    private static ModelPack parse(JsonNode m, Map<String, byte[]> entries, String name, int version) throws IOException {
        JsonNode sums = m.path("entries");
        if (!sums.isObject()) {
            throw bad(name, "manifest lists no entry checksums");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = sums.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            byte[] data = entries.get(e.getKey());
            if (data == null) {
                throw bad(name, "lacks the entry '" + e.getKey() + "' that its manifest lists; the file is incomplete");
            }
            if (!PackWriter.sha256(data).equals(e.getValue().asText())) {
                throw bad(name, "entry '" + e.getKey() + "' does not match its checksum: the file was altered or damaged");
            }
        }
        for (String entry : entries.keySet()) {
            if (!entry.equals(PackWriter.MANIFEST) && !sums.has(entry)) {
                throw bad(name, "has an entry '" + entry + "' that its manifest does not list");
            }
        }
        JsonNode an = m.path("analyzer");
        AnalyzerConfig cfg = new AnalyzerConfig(
                an.path("lowercase").asBoolean(true),
                an.path("word_ngrams").asInt(1),
                an.path("char_ngram_min").asInt(0),
                an.path("char_ngram_max").asInt(0),
                QuoteMode.valueOf(an.path("quotes").asText("ignore").toUpperCase(Locale.ROOT)),
                an.path("min_count").asInt(1),
                Weighting.valueOf(an.path("weighting").asText("sublinear_tfidf").toUpperCase(Locale.ROOT)),
                an.path("min_token_length").asInt(1),
                quotedNames(an.path("quoted_names"), name, version),
                stopWords(an.path("stop_words"), name, version));
        byte[] featureBytes = require(entries, PackWriter.FEATURES, name);
        long lines = 0;
        for (byte b : featureBytes) {
            if (b == '\n' && ++lines > MAX_FEATURES) {
                throw bad(name, "has more than " + MAX_FEATURES + " features");
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(featureBytes)).toString();
        } catch (CharacterCodingException e) {
            throw bad(name, "has feature names that are not UTF-8", e);
        }
        List<String> names = new ArrayList<>((int) lines);
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                names.add(text.substring(start, i));
                start = i + 1;
            }
        }
        float[] idf = floats(require(entries, PackWriter.IDF, name), name, PackWriter.IDF);
        for (float v : idf) {
            // newsgauge writes log((1 + n) / (1 + df)) + 1: at least 1, about 22 for a billion documents
            if (!(v > 0 && v <= MAX_IDF)) {
                throw bad(name, "has an IDF value out of range (0, " + MAX_IDF + "]: " + v);
            }
        }
        if (idf.length != names.size()) {
            throw bad(name, "has " + names.size() + " feature names but " + idf.length + " IDF values");
        }
        FeatureSpace space = FeatureSpace.fromNames(cfg, names, idf);
        JsonNode dims = m.path("dimensions");
        if (!dims.isArray() || dims.isEmpty() || dims.size() > MAX_DIMENSIONS) {
            throw bad(name, "must have 1 to " + MAX_DIMENSIONS + " dimensions");
        }
        List<DimensionModel> models = new ArrayList<>();
        java.util.Set<String> dimNames = new java.util.HashSet<>();
        for (JsonNode d : dims) {
            if (!d.path("name").isTextual() || d.path("name").asText().isEmpty() || !dimNames.add(d.path("name").asText())) {
                throw bad(name, "has a dimension without a name, or two with the same name");
            }
            if (d.path("labels").size() > MAX_LABELS) {
                throw bad(name, "has a dimension with more than " + MAX_LABELS + " labels");
            }
            List<String> labels = new ArrayList<>();
            for (JsonNode l : d.path("labels")) {
                if (!l.isTextual() || l.asText().isEmpty() || labels.contains(l.asText())) {
                    throw bad(name, "dimension '" + d.path("name").asText() + "' has an empty, non-text or repeated label");
                }
                labels.add(l.asText());
            }
            double[] calibration = finite(d.path("calibration"), Double.MAX_VALUE, name, "calibration");
            double[] shift = finite(d.path("log_prior_shift"), MAX_LOG_PRIOR_SHIFT, name, "log_prior_shift");
            if ("softmax".equals(d.path("decoder").asText()) && calibration.length > 0 && !(calibration[0] > 0)) {
                throw bad(name, "dimension '" + d.path("name").asText() + "' has a temperature that is not positive");
            }
            LinearModel lm = weights(require(entries, d.path("weights").asText(), name), name, d.path("weights").asText(),
                    names.size());
            models.add(new DimensionModel(
                    d.path("name").asText(),
                    DimensionKind.valueOf(d.path("kind").asText().toUpperCase(Locale.ROOT)),
                    labels,
                    Decoder.valueOf(d.path("decoder").asText().toUpperCase(Locale.ROOT)),
                    lm,
                    calibration,
                    shift));
        }
        JsonNode alg = m.path("algorithm");
        Map<String, Object> params = new LinkedHashMap<>();
        alg.path("params").fields().forEachRemaining(e -> params.put(e.getKey(),
                e.getValue().isNumber() ? e.getValue().numberValue() : e.getValue().asText()));
        JsonNode data = m.path("training_data");
        List<String> textColumns = new ArrayList<>();
        data.path("text_columns").forEach(t -> textColumns.add(t.asText()));
        EvaluationReport heldOut = m.has("held_out_metrics") ? EvaluationReport.fromJsonTree(m.get("held_out_metrics")) : null;
        Provenance p = new Provenance(m.path("library_version").asText(), alg.path("name").asText(), params,
                m.path("seed").asLong(), m.path("calibration_folds").asInt(), data.path("source").asText(),
                data.path("sha256").asText(), data.path("documents").asInt(), textColumns, heldOut);
        return new ModelPack(space, models, p, cueRules(m.path("narrator_cues"), name, version));
    }

    /** The manifest's narrator-cue rules (format 3), bounded in size; their labels are ModelPack's check. */
    private static List<CueRule> cueRules(JsonNode node, String name, int version) throws ModelFormatException {
        if (!optionalArray(node, 3, version, 100, "'narrator_cues'",
                "has 'narrator_cues' that is not an array of at most 100 rules", name)) {
            return List.of();
        }
        List<CueRule> out = new ArrayList<>();
        for (JsonNode r : node) {
            JsonNode labels = r.path("labels");
            if (!r.path("dimension").isTextual() || !labels.isObject() || labels.size() > CueRule.MAX_LABELS) {
                throw bad(name, "has a narrator-cue rule without a dimension name and an object of at most 100 labels");
            }
            Map<String, List<String>> terms = new LinkedHashMap<>();
            Map<String, Double> confidence = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> l : (Iterable<Map.Entry<String, JsonNode>>) labels::fields) {
                JsonNode t = l.getValue().path("terms");
                JsonNode c = l.getValue().path("confidence");
                if (!t.isArray() || t.size() > CueRule.MAX_TERMS || !c.isNumber()) {
                    throw bad(name, "has narrator cues for '" + l.getKey() + "' without 'terms' (at most 1,000) and a 'confidence'");
                }
                terms.put(l.getKey(), boundedStrings(t, CueRule.MAX_TERM_CHARS, "narrator cue", name));
                confidence.put(l.getKey(), c.asDouble());
            }
            out.add(new CueRule(r.path("dimension").asText(), terms, confidence));
        }
        return out;
    }

    private static byte[] require(Map<String, byte[]> entries, String entry, String name) throws ModelFormatException {
        byte[] b = entries.get(entry);
        if (b == null) {
            throw bad(name, "has no entry '" + entry + "'");
        }
        return b;
    }

    /** The numbers of a JSON array, each finite and at most {@code max} in magnitude. */
    private static double[] finite(JsonNode arr, double max, String name, String what) throws ModelFormatException {
        if (!arr.isArray() || arr.size() > 2 * MAX_LABELS) {
            throw bad(name, "has a " + what + " that is not an array of numbers");
        }
        double[] v = new double[arr.size()];
        for (int i = 0; i < v.length; i++) {
            if (!arr.get(i).isNumber()) {
                throw bad(name, "has a " + what + " that is not an array of numbers");
            }
            v[i] = arr.get(i).asDouble();
            if (!Double.isFinite(v[i]) || Math.abs(v[i]) > max) {
                throw bad(name, "has a " + what + " value out of range: " + v[i]);
            }
        }
        return v;
    }

    private static ZipEntry nextEntry(ZipInputStream zip, String name) throws IOException {
        try {
            return zip.getNextEntry();
        } catch (IllegalArgumentException e) {
            throw bad(name, "has an entry whose name is not valid UTF-8: it is damaged or not a pack", e);
        }
    }

    /** Size of the zip's end-of-central-directory record without its comment. */
    private static final int END_RECORD = 22;
    /** Bytes kept from the end of the file to find the end record: a maximal comment and a little more. */
    private static final int TAIL = END_RECORD + 65_535 + 1024;
    /** Bound on what may follow the last entry (the central directory of at most MAX_ENTRIES names). */
    private static final long MAX_DIRECTORY_BYTES = 1L << 20;

    /**
     * Reads the rest of the file (the central directory) and checks that it holds the zip's end
     * record counting the entries read: the entries stream in before it, so a file cut after its
     * last entry would otherwise load as if whole. A zip comment, or bytes after the record
     * (a newline appended in transit), are accepted.
     */
    private static void requireEndRecord(TailKeepingInputStream raw, int entries, String name, boolean zipSignature)
            throws IOException {
        byte[] skip = new byte[8192];
        long rest = 0;
        int n;
        while ((n = raw.read(skip, 0, skip.length)) > 0) {
            rest += n;
            if (rest > MAX_DIRECTORY_BYTES) {
                throw bad(name, "has over " + MAX_DIRECTORY_BYTES + " bytes after its last entry: it is damaged or not a pack");
            }
        }
        byte[] t = raw.tail();
        for (int p = t.length - END_RECORD; p >= 0; p--) {
            if (t[p] == 'P' && t[p + 1] == 'K' && t[p + 2] == 5 && t[p + 3] == 6
                    && ((t[p + 8] & 0xff) | (t[p + 9] & 0xff) << 8) == entries
                    && ((t[p + 10] & 0xff) | (t[p + 11] & 0xff) << 8) == entries) {
                return;
            }
        }
        if (entries == 0 && !zipSignature) {
            // no zip entry at all: a text, a CSV or another file given where a pack was meant
            throw new ModelFormatException(name + " is not a model pack (a pack is a zip file; this one has no zip entry):"
                    + " check the path, or train a pack (CLI 'newsgauge train', plugin newsgauge:train, API PackTrainer)");
        }
        throw bad(name, "ends early or has a damaged zip directory (no end record for its " + entries
                + " entries): the file is truncated or damaged; download or train it again");
    }

    private static float[] floats(byte[] b, String name, String entry) throws ModelFormatException {
        if (b.length % 4 != 0) {
            throw bad(name, "entry '" + entry + "' is not a float array");
        }
        ByteBuffer buf = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        float[] v = new float[b.length / 4];
        for (int i = 0; i < v.length; i++) {
            v[i] = buf.getFloat();
            if (!Float.isFinite(v[i])) {
                throw bad(name, "entry '" + entry + "' holds a value that is not a finite number");
            }
        }
        return v;
    }

    private static LinearModel weights(byte[] b, String name, String entry, int features) throws ModelFormatException {
        if (b.length < 12) {
            throw bad(name, "entry '" + entry + "' is too short for a weights header");
        }
        ByteBuffer buf = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        int magic = buf.getInt();
        if (magic != PackWriter.WEIGHTS_MAGIC && magic != PackWriter.WEIGHTS8_MAGIC) {
            throw bad(name, "entry '" + entry + "' is not a weights array");
        }
        boolean eight = magic == PackWriter.WEIGHTS8_MAGIC;
        int outputs = buf.getInt();
        int f = buf.getInt();
        if (outputs < 1 || outputs > MAX_LABELS || f != features) {
            throw bad(name, "entry '" + entry + "' has shape " + outputs + "x" + f + ", expected ?x" + features);
        }
        long cells = (long) outputs * f;
        long expect = 12L + (eight ? 4L * outputs + cells : 4L * cells) + 4L * outputs;
        if (b.length != expect) {
            throw bad(name, "entry '" + entry + "' has " + b.length + " bytes, expected " + expect);
        }
        float[] w = new float[(int) cells];
        if (eight) {
            float[] scale = new float[outputs];
            for (int c = 0; c < outputs; c++) {
                scale[c] = buf.getFloat();
                if (!(scale[c] > 0) || Float.isInfinite(scale[c])) {
                    throw bad(name, "entry '" + entry + "' has an invalid weight scale");
                }
            }
            for (int i = 0; i < w.length; i++) {
                w[i] = buf.get() * scale[i % outputs];
            }
        } else {
            for (int i = 0; i < w.length; i++) {
                w[i] = buf.getFloat();
                if (!Float.isFinite(w[i])) {
                    throw bad(name, "entry '" + entry + "' holds a weight that is not a finite number");
                }
            }
        }
        float[] bias = new float[outputs];
        for (int i = 0; i < outputs; i++) {
            bias[i] = buf.getFloat();
            if (!Float.isFinite(bias[i])) {
                throw bad(name, "entry '" + entry + "' holds an intercept that is not a finite number");
            }
        }
        return new LinearModel(outputs, f, w, bias);
    }

    private static byte[] readLimited(InputStream in, long limit, long before, TailKeepingInputStream raw, String name,
                                      String entry) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[1 << 16];
        long total = 0;
        int r;
        while ((r = in.read(buf)) > 0) {
            total += r;
            if (total > limit) {
                throw bad(name, "entry '" + entry + "' expands beyond the size limit (" + limit
                        + " bytes): refusing a possible zip bomb");
            }
            long inflated = before + total;
            if (inflated > FREE_INFLATION_BYTES && inflated > MAX_EXPANSION * raw.count()) {
                throw bad(name, "entry '" + entry + "' expands more than " + MAX_EXPANSION
                        + " times the bytes of the file: refusing a possible zip bomb");
            }
            out.write(buf, 0, r);
        }
        return out.toByteArray();
    }

    /**
     * The analyzer's quoted names, bounded (at most 1,000 strings of at most 200 characters); what
     * a name must hold is {@link AnalyzerConfig}'s check, reported as an inconsistent pack.
     */
    private static List<String> quotedNames(JsonNode node, String name, int version) throws ModelFormatException {
        if (!optionalArray(node, 2, version, 1000, "analyzer 'quoted_names'",
                "has an analyzer 'quoted_names' that is not an array of at most 1,000 names", name)) {
            return List.of();
        }
        return boundedStrings(node, MAX_NAME_CHARS, "quoted name", name);
    }

    /**
     * The analyzer's stop words, bounded ({@link AnalyzerConfig#MAX_STOP_WORDS} strings of at most
     * 64 characters, the longest token); that each is one token is {@link AnalyzerConfig}'s check.
     */
    private static List<String> stopWords(JsonNode node, String name, int version) throws ModelFormatException {
        if (!optionalArray(node, 4, version, AnalyzerConfig.MAX_STOP_WORDS, "analyzer 'stop_words'",
                "has an analyzer 'stop_words' that is not an array of at most " + AnalyzerConfig.MAX_STOP_WORDS + " words",
                name)) {
            return List.of();
        }
        return boundedStrings(node, 64, "stop word", name);
    }

    /** Longest quoted name, in characters. */
    private static final int MAX_NAME_CHARS = 200;

    /**
     * Whether the manifest has {@code node}, an optional array that came with format {@code since}:
     * false when it is missing; refused, naming it {@code what}, in a pack of an older
     * {@code version}, and with {@code notArray} when it is not an array of at most {@code max}.
     */
    private static boolean optionalArray(JsonNode node, int since, int version, int max, String what, String notArray,
                                         String name) throws ModelFormatException {
        if (node.isMissingNode()) {
            return false;
        }
        if (version < since) {
            throw bad(name, "has " + what + " in format " + version + ", which has none (they came with format " + since + ")");
        }
        if (!node.isArray() || node.size() > max) {
            throw bad(name, notArray);
        }
        return true;
    }

    /** The strings of the array {@code node}, each a JSON string of at most {@code maxChars} characters. */
    private static List<String> boundedStrings(JsonNode node, int maxChars, String what, String name) throws ModelFormatException {
        List<String> out = new ArrayList<>();
        for (JsonNode n : node) {
            if (!n.isTextual() || n.asText().length() > maxChars) {
                throw bad(name, "has a " + what + " that is not a string of at most " + maxChars + " characters: "
                        + n.toString().substring(0, Math.min(60, n.toString().length())));
            }
            out.add(n.asText());
        }
        return out;
    }

    private static ModelFormatException bad(String name, String what) {
        return new ModelFormatException("model pack " + name + " " + what);
    }

    private static ModelFormatException bad(String name, String what, Throwable cause) {
        return new ModelFormatException("model pack " + name + " " + what, cause);
    }

}
