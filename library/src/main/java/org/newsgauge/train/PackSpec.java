package org.newsgauge.train;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgauge.data.CsvDatasetReader;
import org.newsgauge.data.DatasetException;

/**
 * A pack described as data: which CSV, which text columns, which label columns (nominal or
 * ordinal with their order), the grouping column, the seed and the expected real label mix. The
 * default pack is built from {@code training-data/pack.json}; users can write their own.
 *
 * <pre>{@code
 * {
 *   "data": "articles.csv",
 *   "text_columns": ["title", "body"],
 *   "nominal": ["topic", "stance"],
 *   "ordinal": {"tension": ["low", "elevated", "high", "critical"]},
 *   "group_column": "event",
 *   "seed": 42,
 *   "class_weight": "balanced",
 *   "priors": {"stance": {"neutral": 0.70}},
 *   "quoted_names": ["Office for Kosovo and Metohija"],
 *   "stop_words": ["Kosovo", "Serbia"],
 *   "algorithms": {"stance": "nbsvm"},
 *   "narrator_cues": {"stance": {"pro_serbia": ["self-proclaimed"], "pro_kosovo": ["Serbian aggression"]}}
 * }
 * }</pre>
 *
 * <p>Read it, train from it and add its cue rules:
 * <pre>{@code
 * PackSpec spec = PackSpec.read(Path.of("training-data/pack.json"));
 * ModelPack pack = spec.withCueRules(new PackTrainer(spec.options(TrainingOptions.defaults())).train(spec.examples(),
 *         ProgressListener.NONE));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param data        the CSV file, resolved against the spec's folder
 * @param textColumns text columns joined in order
 * @param nominal     nominal label columns
 * @param ordinal     ordinal label columns with their labels, lowest first
 * @param groupColumn column grouping rows for cross-validation, or null
 * @param seed        training seed
 * @param classWeight "balanced" or "none" (see {@link TrainingOptions#balanced()}), or null to
 *                    keep the caller's (the library's default is "none")
 * @param priors      expected real label shares per dimension
 * @param quotedNames names read as quoted wherever they stand (see
 *                    {@link org.newsgauge.text.AnalyzerConfig#withQuotedNames}), normalised
 * @param narratorCues per dimension, the terms of each label that decide it when the narrator
 *                     says them (see {@link org.newsgauge.model.CueRule}); applied by
 *                     {@link #withCueRules}
 * @param stopWords   words that make no feature (see
 *                    {@link org.newsgauge.text.AnalyzerConfig#withStopWords}), as given
 * @param algorithms  the learner of some dimensions, in place of the training options' algorithm
 *                    (see {@link TrainingOptions#withAlgorithm(String, String)}); applied by
 *                    {@link #options}
 */
public record PackSpec(Path data, List<String> textColumns, List<String> nominal, Map<String, List<String>> ordinal,
                       String groupColumn, long seed, String classWeight, Map<String, Map<String, Double>> priors, List<String> quotedNames,
                       Map<String, Map<String, List<String>>> narratorCues, List<String> stopWords,
                       Map<String, String> algorithms) {

    /**
     * Immutable copies, maps in their order (the dimensions' order is the spec's). Nothing is
     * checked here: {@link #read} checks a spec file.
     *
     * @param data         the CSV file
     * @param textColumns  text columns joined in order
     * @param nominal      nominal label columns
     * @param ordinal      ordinal label columns with their labels, lowest first
     * @param groupColumn  column grouping rows for cross-validation, or null
     * @param seed         training seed
     * @param classWeight  {@code "balanced"}, {@code "none"}, or null to keep the caller's
     * @param priors       expected real label shares per dimension, then per label
     * @param quotedNames  names read as quoted wherever they stand
     * @param narratorCues per dimension, the terms of each label
     * @param stopWords    words that make no feature
     * @param algorithms   the learner of some dimensions by name
     * @throws NullPointerException when a list or map is null, or a list holds a null
     */
    public PackSpec {
        textColumns = List.copyOf(textColumns);
        nominal = List.copyOf(nominal);
        ordinal = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(ordinal));
        priors = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(priors));
        quotedNames = List.copyOf(quotedNames);
        narratorCues = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(narratorCues));
        stopWords = List.copyOf(stopWords);
        algorithms = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(algorithms));
    }

    /** The keys a spec may have; any other is a typo, not a setting to ignore. */
    public static final List<String> KEYS = List.of("data", "text_columns", "nominal", "ordinal", "group_column", "seed", "class_weight",
            "priors", "quoted_names", "narrator_cues", "stop_words",
            "algorithms");

    /**
     * Reads a spec file. The data file is not read yet: {@link #examples()} reads it.
     *
     * @param file the spec's JSON file; {@code "data"} in it is resolved against its folder
     * @return the spec
     * @throws IOException      when the file exists but cannot be read
     * @throws DatasetException when the file is missing, is not JSON, or has an unknown key, a
     *                          missing required key, a value of the wrong type or a prior for a
     *                          dimension it does not train; the message names the file, the JSON
     *                          line or the key, and the fix
     */
    public static PackSpec read(Path file) throws IOException, DatasetException {
        JsonNode j = json(file);
        for (Iterator<String> it = j.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!KEYS.contains(key)) {
                throw new DatasetException(file, 0, "unknown key '" + key + "' (keys: " + String.join(", ", KEYS)
                        + "); correct its spelling or remove it");
            }
        }
        for (String key : List.of("data", "text_columns")) {
            if (!j.hasNonNull(key)) {
                throw new DatasetException(file, 0, "no key '" + key + "'; a pack spec needs at least \"data\" (the CSV file)"
                        + " and \"text_columns\" (e.g. [\"title\", \"body\"])");
            }
        }
        String data = text(file, j, "data", "the CSV file's path, e.g. \"articles.csv\"");
        List<String> text = strings(file, j.get("text_columns"), "text_columns");
        if (text.isEmpty()) {
            throw new DatasetException(file, 0, "'text_columns' is empty; name at least one text column");
        }
        List<String> nominal = strings(file, j.path("nominal"), "nominal");
        Map<String, List<String>> ordinal = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : fields(file, j.path("ordinal"), "ordinal",
                "columns with their labels, lowest first: {\"tension\": [\"low\", \"high\"]}")) {
            ordinal.put(e.getKey(), strings(file, e.getValue(), "ordinal." + e.getKey()));
        }
        String group = j.hasNonNull("group_column") ? text(file, j, "group_column", "a column name, e.g. \"event\"") : null;
        long seed = 42;
        if (j.hasNonNull("seed")) {
            if (!j.get("seed").canConvertToExactIntegral() || !j.get("seed").canConvertToLong()) {
                throw new DatasetException(file, 0, "'seed' is " + j.get("seed") + "; give a whole number, e.g. 42");
            }
            seed = j.get("seed").asLong();
        }
        String classWeight = null;
        if (j.hasNonNull("class_weight")) {
            classWeight = text(file, j, "class_weight", "\"balanced\" or \"none\"");
            if (!classWeight.equals("balanced") && !classWeight.equals("none")) {
                throw new DatasetException(file, 0, "'class_weight' is \"" + classWeight + "\"; give \"balanced\" (weigh"
                        + " classes inversely to their frequency) or \"none\"");
            }
        }
        List<String> quoted = strings(file, j.path("quoted_names"), "quoted_names", "names", "[\"Office for Kosovo and Metohija\"]");
        try {
            quoted = org.newsgauge.text.AnalyzerConfig.defaults().withQuotedNames(quoted).quotedNames();
        } catch (IllegalArgumentException e) {
            throw new DatasetException(file, 0, "'quoted_names': " + e.getMessage() + "; give institution names such as"
                    + " \"Office for Kosovo and Metohija\"");
        }
        List<String> stop = strings(file, j.path("stop_words"), "stop_words", "words", "[\"Kosovo\", \"Serbia\"]");
        try {
            // checked here, to name the spec; folded as the analyzer it is trained with folds case
            org.newsgauge.text.AnalyzerConfig.defaults().withStopWords(stop);
        } catch (IllegalArgumentException e) {
            throw new DatasetException(file, 0, "'stop_words': " + e.getMessage());
        }
        return new PackSpec(file.toAbsolutePath().getParent().resolve(data), text, nominal, ordinal, group, seed, classWeight,
                priors(file, j.path("priors"), nominal, ordinal.keySet()), quoted,
                narratorCues(file, j.path("narrator_cues"), nominal, ordinal), stop,
                algorithms(file, j.path("algorithms"), nominal, ordinal.keySet()));
    }

    /** The file's JSON object, or an error naming the file, the line and column, and the fix. */
    private static JsonNode json(Path file) throws IOException, DatasetException {
        if (Files.isDirectory(file)) {
            throw new DatasetException(file, 0, "is a folder; give the pack spec's JSON file");
        }
        JsonNode j;
        try (InputStream in = Files.newInputStream(file)) {
            j = new ObjectMapper().readTree(in);
        } catch (NoSuchFileException e) {
            throw new DatasetException(file, 0, "pack spec not found; check the path");
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null || at.getColumnNr() < 1 ? "" : " (column " + at.getColumnNr() + ")";
            throw new DatasetException(file, at == null ? 0 : Math.max(0, at.getLineNr()), "not valid JSON" + where + ": "
                    + e.getOriginalMessage().lines().findFirst().orElse("")
                            .replaceAll("\\[Source: .*?; (line: \\d+, column: \\d+)]", "$1") + "; fix the JSON (a pack spec is one object:"
                    + " {\"data\": \"articles.csv\", \"text_columns\": [\"text\"], ...})", e);
        }
        if (j == null || !j.isObject()) {
            throw new DatasetException(file, 0, "is not a JSON object; a pack spec is"
                    + " {\"data\": \"articles.csv\", \"text_columns\": [\"text\"], ...}");
        }
        return j;
    }

    private static String text(Path file, JsonNode j, String key, String example) throws DatasetException {
        if (!j.get(key).isTextual()) {
            throw new DatasetException(file, 0, "'" + key + "' is " + j.get(key) + "; give " + example);
        }
        return j.get(key).asText();
    }

    private static List<String> strings(Path file, JsonNode arr, String key) throws DatasetException {
        return strings(file, arr, key, "names", "[\"topic\", \"stance\"]");
    }

    /**
     * The strings of the list {@code key}, or an error that shows a list of its own kind
     * ({@code what}, such as "words", and an {@code example}), not of dimension names.
     */
    private static List<String> strings(Path file, JsonNode arr, String key, String what, String example)
            throws DatasetException {
        List<String> out = new ArrayList<>();
        if (arr.isMissingNode() || arr.isNull()) {
            return out;
        }
        if (!arr.isArray()) {
            throw new DatasetException(file, 0, "'" + key + "' is " + arr + "; give a list of " + what + ", e.g. " + example);
        }
        for (JsonNode n : arr) {
            if (!n.isTextual()) {
                throw new DatasetException(file, 0, "'" + key + "' has " + n + "; give " + what + " in double quotes");
            }
            out.add(n.asText());
        }
        return out;
    }

    private static List<Map.Entry<String, JsonNode>> fields(Path file, JsonNode obj, String key, String example)
            throws DatasetException {
        List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
        if (obj.isMissingNode() || obj.isNull()) {
            return out;
        }
        if (!obj.isObject()) {
            throw new DatasetException(file, 0, "'" + key + "' is " + obj + "; give " + example);
        }
        obj.fields().forEachRemaining(out::add);
        return out;
    }

    /** Refuses a setting under {@code key} for a dimension the spec does not train, naming those it does. */
    private static void requireTrained(Path file, String key, String dim, List<String> nominal, java.util.Set<String> ordinal,
                                       String what) throws DatasetException {
        if (!nominal.contains(dim) && !ordinal.contains(dim)) {
            List<String> trained = new ArrayList<>(nominal);
            trained.addAll(ordinal);
            throw new DatasetException(file, 0, "'" + key + "' has dimension '" + dim + "', which the spec does not train"
                    + " (it trains: " + String.join(", ", trained) + "); add it to \"nominal\" or \"ordinal\", or remove "
                    + what);
        }
    }

    /** The priors, each of a trained dimension and between 0 and 1. */
    private static Map<String, Map<String, Double>> priors(Path file, JsonNode j, List<String> nominal,
                                                           java.util.Set<String> ordinal) throws DatasetException {
        Map<String, Map<String, Double>> priors = new LinkedHashMap<>();
        String example = "label shares per dimension: {\"stance\": {\"neutral\": 0.7}}";
        for (Map.Entry<String, JsonNode> e : fields(file, j, "priors", example)) {
            String dim = e.getKey();
            requireTrained(file, "priors", dim, nominal, ordinal, "its priors");
            Map<String, Double> m = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> l : fields(file, e.getValue(), "priors." + dim, example)) {
                JsonNode v = l.getValue();
                if (!v.isNumber() || v.asDouble() < 0 || v.asDouble() > 1) {
                    throw new DatasetException(file, 0, "'priors." + dim + "." + l.getKey() + "' is " + v
                            + "; give a share between 0 and 1, e.g. 0.7");
                }
                m.put(l.getKey(), v.asDouble());
            }
            double sum = m.values().stream().mapToDouble(Double::doubleValue).sum();
            if (sum > 1 + 1e-9) {
                throw new DatasetException(file, 0, "'priors." + dim + "' adds up to " + sum + "; the expected shares of a"
                        + " dimension's labels add up to 1 at most (the labels left out share the rest)");
            }
            priors.put(dim, m);
        }
        return priors;
    }

    /** The algorithms by dimension, each of a trained dimension and a known learner name. */
    private static Map<String, String> algorithms(Path file, JsonNode j, List<String> nominal, java.util.Set<String> ordinal)
            throws DatasetException {
        Map<String, String> out = new LinkedHashMap<>();
        String example = "a learner per dimension: {\"stance\": \"nbsvm\"}";
        for (Map.Entry<String, JsonNode> e : fields(file, j, "algorithms", example)) {
            String dim = e.getKey();
            requireTrained(file, "algorithms", dim, nominal, ordinal, "its algorithm");
            JsonNode v = e.getValue();
            String name = v.isTextual() ? v.asText().strip().toLowerCase(java.util.Locale.ROOT) : "";
            if (!Learners.NAMES.contains(name)) {
                throw new DatasetException(file, 0, "'algorithms." + dim + "' is " + v + "; give one of "
                        + String.join(", ", Learners.NAMES) + ", e.g. \"nbsvm\"");
            }
            out.put(dim, name);
        }
        return out;
    }

    /** The narrator cues, each of a trained dimension and its labels, each term with a word. */
    private static Map<String, Map<String, List<String>>> narratorCues(Path file, JsonNode j, List<String> nominal,
                                                                     Map<String, List<String>> ordinal) throws DatasetException {
        Map<String, Map<String, List<String>>> out = new LinkedHashMap<>();
        String example = "terms per label per dimension: {\"stance\": {\"pro_serbia\": [\"self-proclaimed\"]}}";
        for (Map.Entry<String, JsonNode> e : fields(file, j, "narrator_cues", example)) {
            String dim = e.getKey();
            requireTrained(file, "narrator_cues", dim, nominal, ordinal.keySet(), "its cues");
            Map<String, List<String>> labels = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> l : fields(file, e.getValue(), "narrator_cues." + dim, example)) {
                if (ordinal.containsKey(dim) && !ordinal.get(dim).contains(l.getKey())) {
                    throw new DatasetException(file, 0, "'narrator_cues." + dim + "' has label '" + l.getKey()
                            + "', not one of " + ordinal.get(dim) + "; correct it or remove it");
                }
                List<String> terms = strings(file, l.getValue(), "narrator_cues." + dim + "." + l.getKey());
                try {
                    new org.newsgauge.text.NarratorCues(org.newsgauge.text.AnalyzerConfig.defaults(), Map.of(l.getKey(), terms));
                } catch (IllegalArgumentException ex) {
                    throw new DatasetException(file, 0, "'narrator_cues." + dim + "': " + ex.getMessage() + "; give words");
                }
                labels.put(l.getKey(), terms);
            }
            String bounds = org.newsgauge.model.CueRule.bounds(labels);
            if (bounds != null) {
                throw new DatasetException(file, 0, "'narrator_cues." + dim + "': " + bounds + " (a pack reader refuses"
                        + " more); shorten or split it");
            }
            out.put(dim, labels);
        }
        return out;
    }

    /**
     * Trains the pack this spec describes with the library's default options, as
     * {@code newsgauge train --spec FILE} does.
     *
     * <pre>{@code
     * ModelPack pack = PackSpec.read(Path.of("training-data/pack.json")).train();
     * }</pre>
     *
     * @return the trained pack, with the spec's narrator cues as rules
     * @throws IOException      when the data cannot be read
     * @throws DatasetException when a row is malformed, or a cue or prior names a label the data lacks
     * @throws IllegalArgumentException when the data cannot train a useful pack (see
     *                                  {@link PackTrainer#train(org.newsgauge.data.Dataset)})
     */
    public org.newsgauge.model.ModelPack train() throws IOException, DatasetException {
        return train(TrainingOptions.defaults(), ProgressListener.NONE);
    }

    /**
     * Trains the pack this spec describes: {@link #options(TrainingOptions) options(base)}, the data
     * streamed from {@link #examples()} (texts not held), then {@link #withCueRules}. Calling those
     * by hand and leaving out the last one gives a pack without the spec's cue rules.
     *
     * @param base     the options the spec's settings are added to
     * @param progress told of each model fitted ({@link ProgressListener#NONE} for nothing)
     * @return the trained pack, with the spec's narrator cues as rules
     * @throws IOException      when the data cannot be read
     * @throws DatasetException when a row is malformed, or a cue or prior names a label the data lacks
     * @throws IllegalArgumentException as {@link #options(TrainingOptions)}, or when the data cannot
     *                                  train a useful pack (see
     *                                  {@link PackTrainer#train(org.newsgauge.data.Dataset)})
     */
    public org.newsgauge.model.ModelPack train(TrainingOptions base, ProgressListener progress)
            throws IOException, DatasetException {
        return withCueRules(new PackTrainer(options(base)).train(examples(), progress));
    }

    /**
     * {@code pack} with this spec's narrator cues as {@linkplain org.newsgauge.model.CueRule rules}:
     * the data is read once more (streamed, texts not kept) to measure, for each label, how often
     * the narrator's use of its terms (and no other label's) goes with that label. A pack is
     * returned unchanged when the spec has no cues.
     *
     * @param pack a pack trained on this spec's data, e.g. with {@link #options(TrainingOptions)}
     * @return {@code pack} with one cue rule per dimension that has cues, replacing any it had
     * @throws IOException              not in this version: reading the data reports its problems as
     *                                  {@link DatasetException}
     * @throws DatasetException         when the data cannot be read or is not valid, or a cue's or a
     *                                  prior's label is one that no row has
     * @throws IllegalArgumentException when a cue's label is not one of the pack's
     */
    public org.newsgauge.model.ModelPack withCueRules(org.newsgauge.model.ModelPack pack) throws IOException, DatasetException {
        if (narratorCues.isEmpty()) {
            return pack;
        }
        return pack.withCueRules(CueRuleFit.fit(narratorCues, pack.features().config(), reader().labelColumns(), examples()));
    }

    /**
     * A CSV reader for this spec's columns.
     *
     * @return a reader of the text, nominal and ordinal columns and the group column, ids from an
     *         {@code id} column when the file has one
     * @throws IllegalArgumentException when the columns are not valid together (see
     *                                  {@link CsvDatasetReader.Builder#build()})
     */
    public CsvDatasetReader reader() {
        CsvDatasetReader.Builder b = CsvDatasetReader.builder().textColumns(textColumns).labelColumns(nominal);
        ordinal.forEach(b::ordinal);
        if (groupColumn != null) {
            b.groupColumn(groupColumn);
        }
        return b.build();
    }

    /**
     * This spec's data as a stream, read (and checked) when it is used, so that training need not
     * hold the texts.
     *
     * @return a stream that reads {@link #data()} each time it is streamed and then checks the cue and
     *         prior labels against the data's ({@link #checkCueLabels})
     */
    public org.newsgauge.data.ExampleStream examples() {
        CsvDatasetReader reader = reader();
        return each -> {
            if (!java.nio.file.Files.exists(data)) {
                // said of the spec, where the path is to be corrected
                throw new DatasetException(data, 0, "not found: the pack spec's 'data' names it (a spec's paths are"
                        + " relative to the spec's folder); correct 'data', or put the file there");
            }
            org.newsgauge.data.Dataset head = reader.stream(data, each);
            checkCueLabels(head.dimensions());
            return head;
        };
    }

    /**
     * Checks the labels of the narrator cues and the priors of the nominal dimensions against the
     * data's (an ordinal dimension's are checked when the spec is read); {@link #examples()} does so once the data
     * is read, so that a misspelt label stops a training before the models are fitted, not after.
     *
     * @param dims the data's dimensions, with the labels its rows have
     * @throws DatasetException naming the label, the data's labels and the fix
     */
    public void checkCueLabels(List<org.newsgauge.data.DimensionSpec> dims) throws DatasetException {
        for (org.newsgauge.data.DimensionSpec d : dims) {
            Map<String, List<String>> cues = narratorCues.get(d.name());
            for (String label : cues == null ? List.<String>of() : cues.keySet()) {
                if (!d.labels().contains(label)) {
                    throw new DatasetException(data, 0, "the spec's 'narrator_cues." + d.name() + "' has label '" + label
                            + "', which no row has (" + String.join(", ", d.labels()) + "); correct it or remove it");
                }
            }
            // found now, not when the models are fitted and the prior is applied
            Map<String, Double> prior = priors.get(d.name());
            for (String label : prior == null ? List.<String>of() : prior.keySet()) {
                if (!d.labels().contains(label)) {
                    throw new DatasetException(data, 0, "the spec's 'priors." + d.name() + "' has label '" + label
                            + "', which no row has (" + String.join(", ", d.labels()) + "); correct it or remove it");
                }
            }
        }
    }

    /**
     * Training options for this spec on top of {@code base}: the spec's seed, priors, text
     * columns, quoted names and stop words (each added to {@code base}'s), its class weight
     * when it gives one, and its algorithms by dimension (where {@code base} gives a dimension
     * its own algorithm, that one wins, as an option given on the command line wins over a file).
     * The same as {@link #options(TrainingOptions, boolean)} with {@code false}.
     *
     * <p>The seed (42 when the spec gives none), the priors and the text columns replace
     * {@code base}'s, and so does the class weight when the spec gives one; the quoted names and
     * stop words are added to {@code base}'s, and the algorithms to {@code base}'s own algorithms
     * by dimension.
     *
     * @param base the options to start from, e.g. {@link TrainingOptions#defaults()}
     * @return new options
     * @throws IllegalArgumentException when the spec has quoted names and {@code base} ignores
     *                                  quotes: under {@link org.newsgauge.text.QuoteMode#IGNORE}
     *                                  quoted words are plain words, so the names would do nothing
     */
    public TrainingOptions options(TrainingOptions base) {
        return options(base, false);
    }

    /**
     * As {@link #options(TrainingOptions)}; with {@code algorithmGiven}, {@code base}'s algorithm
     * was given explicitly (a command line's {@code --algorithm NAME}, a build's
     * {@code <algorithm>}) and is the learner of every dimension that {@code base} does not name:
     * the spec's algorithms are left out.
     *
     * @param base           the options to start from
     * @param algorithmGiven whether {@code base}'s algorithm was given explicitly, and so wins over
     *                       the spec's algorithms by dimension
     * @return new options
     * @throws IllegalArgumentException as {@link #options(TrainingOptions)}
     */
    public TrainingOptions options(TrainingOptions base, boolean algorithmGiven) {
        if (!quotedNames.isEmpty() && base.analyzer().quotes() == org.newsgauge.text.QuoteMode.IGNORE) {
            throw new IllegalArgumentException("'quoted_names' have no effect when quotes are ignored (quoted words are read"
                    + " as plain words, and so would the names be); keep quotes at mark (the default) or both, or remove"
                    + " 'quoted_names' from the spec");
        }
        List<String> names = new ArrayList<>(base.analyzer().quotedNames());
        names.addAll(quotedNames);
        List<String> stop = new ArrayList<>(base.analyzer().stopWords());
        stop.addAll(stopWords);
        TrainingOptions o = base.withSeed(seed).withPriors(priors).withTextColumns(textColumns)
                .withAnalyzer(base.analyzer().withQuotedNames(names).withStopWords(stop));
        o = classWeight == null ? o : o.withBalanced(classWeight.equals("balanced"));
        if (!algorithmGiven) {
            for (Map.Entry<String, String> e : algorithms.entrySet()) {
                if (!base.dimensionAlgorithms().containsKey(e.getKey())) {
                    o = o.withAlgorithm(e.getKey(), e.getValue());
                }
            }
        }
        return o;
    }
}
