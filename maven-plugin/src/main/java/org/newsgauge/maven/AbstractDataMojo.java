package org.newsgauge.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import org.newsgauge.data.DataSettings;
import org.newsgauge.data.Dataset;
import org.newsgauge.data.DatasetException;
import org.newsgauge.data.ExampleStream;
import org.newsgauge.data.LabelledData;
import org.newsgauge.report.ResultCache;
import org.newsgauge.text.AnalyzerConfig;
import org.newsgauge.text.QuoteMode;
import org.newsgauge.train.PackSpec;
import org.newsgauge.train.TrainingOptions;

/** Labelled data and training settings, shared by {@code train} and {@code evaluate} (cross-validation). */
abstract class AbstractDataMojo extends AbstractNewsgaugeMojo {
    /** How long a training or cross-validation runs before its steps are logged at INFO (tests set 0). */
    long progressQuietMillis = LogProgress.QUIET_MILLIS;

    /** Labelled data: a CSV file with a header row, or a folder per label ({@code DIR/<label>/*.txt}). */
    @Parameter(property = "newsgauge.data")
    File data;

    /**
     * A pack spec JSON (data, text_columns, nominal, ordinal, group_column, seed, class_weight,
     * priors, quoted_names, narrator_cues, stop_words, algorithms) instead of the settings below;
     * {@code <seed>}, {@code <balanced>} and {@code <algorithm>}, when set, win over its seed,
     * class_weight and algorithms, as the CLI's --seed, --class-weight and --algorithm do, and
     * {@code <dimensionAlgorithms>} over its algorithms for the same dimensions.
     */
    @Parameter(property = "newsgauge.spec")
    File spec;

    /**
     * CSV columns joined to make each document. Default: {@code text} for training and
     * cross-validation; {@code evaluate} of a pack reads the columns the pack was trained on.
     */
    @Parameter(property = "newsgauge.textColumns")
    List<String> textColumns;

    /** Nominal label columns, one dimension each. Default: {@code label}; for a folder, the dimension's name. */
    @Parameter(property = "newsgauge.labelColumns")
    List<String> labelColumns;

    /**
     * Ordinal label columns with their labels from lowest to highest: {@code <tension>low,elevated,high</tension>}.
     * Maven reads them into a sorted map, so two or more become the pack's dimensions in
     * alphabetical order (after the nominal ones), whatever their order in the POM.
     */
    @Parameter
    Map<String, String> ordinal;

    /**
     * A folder per label: take each file as it is, without article extraction (for headlines,
     * tweets and other texts too short to pass for an article). A CSV's texts are always taken as
     * they are, so with a CSV this is an error. Its property is not the classify goal's
     * {@code newsgauge.raw}, so that {@code -Dnewsgauge.raw} on a build that also trains on a CSV
     * does not break the training.
     */
    @Parameter(property = "newsgauge.rawData", defaultValue = "false")
    boolean raw;

    /** Column grouping rows (e.g. event) so that cross-validation keeps a group in one fold. */
    @Parameter(property = "newsgauge.groupColumn")
    String groupColumn;

    /** Id column (default {@code id} when the CSV has it). */
    @Parameter(property = "newsgauge.idColumn")
    String idColumn;

    /**
     * Learner: auto (nbsvm or svm, whichever the calibration folds prefer per dimension), svm,
     * nbsvm, liblinear, opennlp-maxent or smile-maxent; unset, auto. Set, it is the learner of
     * every dimension that {@code <dimensionAlgorithms>} does not name, a {@code <spec>}'s
     * {@code algorithms} included.
     */
    @Parameter(property = "newsgauge.algorithm")
    String algorithm;

    /**
     * The learner of some dimensions, in place of {@code <algorithm>}:
     * {@code <dimensionAlgorithms><stance>nbsvm</stance></dimensionAlgorithms>}. Wins over a
     * {@code <spec>}'s {@code algorithms} for the same dimension.
     */
    @Parameter
    java.util.Map<String, String> dimensionAlgorithms;

    /** Random seed; unset, the {@code <spec>}'s seed or 42. */
    @Parameter(property = "newsgauge.seed")
    Long seed;

    /** Regularisation of svm, nbsvm and liblinear: a number, or {@code auto} (chosen per dimension on the calibration folds among 0.5, 1 and 2; for nbsvm 0.125, 0.25 and 0.5). */
    @Parameter(property = "newsgauge.c", defaultValue = "auto")
    String c;

    /**
     * Weigh classes inversely to their frequency ({@code true}) or not ({@code false}); unset,
     * the {@code <spec>}'s {@code class_weight} or the library's default (not weighed).
     */
    @Parameter(property = "newsgauge.balanced")
    Boolean balanced;

    /** Longest word n-gram (1 or 2). */
    @Parameter(property = "newsgauge.ngrams", defaultValue = "2")
    int ngrams;

    /**
     * Shortest character n-gram inside words; 0 = no character n-grams; -1 (the default) = let
     * the held-out folds of a small corpus decide whether 2-5-grams help.
     */
    @Parameter(property = "newsgauge.charNgramMin", defaultValue = "-1")
    int charNgramMin;

    /** Longest character n-gram inside words. */
    @Parameter(property = "newsgauge.charNgramMax", defaultValue = "0")
    int charNgramMax;

    /** Minimum number of documents a feature must occur in. */
    @Parameter(property = "newsgauge.minCount", defaultValue = "2")
    int minCount;

    /**
     * Words that make no feature (no word, word pair or character n-gram), one token each as the
     * tokenizer splits text: {@code <stopWords><stopWord>Kosovo</stopWord></stopWords>}. Added to
     * a {@code <spec>}'s {@code stop_words}.
     */
    @Parameter(property = "newsgauge.stopWords")
    List<String> stopWords;

    /** Quoted words: mark (features of their own), ignore, or both. */
    @Parameter(property = "newsgauge.quotes", defaultValue = "mark")
    String quotes;

    /** Held-out folds for probability calibration (0 = none). */
    @Parameter(property = "newsgauge.calibrationFolds", defaultValue = "3")
    int calibrationFolds;

    /** Ordinal dimensions: cumulative models (true) or plain multi-class (false). */
    @Parameter(property = "newsgauge.ordinalCumulative", defaultValue = "true")
    boolean ordinalCumulative;

    /** True when the data set groups its rows (grouped folds). */
    boolean grouped() throws MojoExecutionException, IOException {
        return spec != null ? readSpec().groupColumn() != null : groupColumn != null;
    }

    /** The training data set, read whole. */
    Dataset dataset() throws MojoExecutionException, IOException {
        try {
            if (spec != null) {
                requireNoRawWithSpec();
                PackSpec s = readSpec();
                return s.reader().read(s.data());
            }
            requireFolderSettings();
            return LabelledData.read(dataFile(), settings());
        } catch (DatasetException e) {
            throw new MojoExecutionException("cannot read the data: " + e.getMessage(), e);
        }
    }

    /**
     * The training data set as a stream, read when it is used (a {@link DatasetException} then),
     * so that training need not hold the texts.
     */
    ExampleStream examples() throws MojoExecutionException, IOException {
        if (spec != null) {
            requireNoRawWithSpec();
            return readSpec().examples();
        }
        requireFolderSettings();
        return LabelledData.stream(dataFile(), settings());
    }

    private static final LabelledData.SettingNames PARAMETER_NAMES = new LabelledData.SettingNames("<textColumns>",
            "<ordinal>", "<groupColumn>", "<idColumn>", "a second <labelColumn>", "<labelColumns>", "<raw>");

    /** How a folder's files are read: whole with {@code <raw>} (see {@link LabelledData#folderReading}). */
    org.newsgauge.text.DocumentReader documents() throws MojoExecutionException {
        try {
            return LabelledData.folderReading(data == null ? null : data.toPath(), raw, PARAMETER_NAMES);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    private void requireNoRawWithSpec() throws MojoExecutionException {
        if (raw) {
            throw new MojoExecutionException("<raw> applies to a folder per label given as <data>; a pack spec's data is"
                    + " a CSV, whose texts are taken as they are: leave <raw> out");
        }
    }

    /** The parameters only a CSV has are an error with a folder per label, named as parameters. */
    private void requireFolderSettings() throws MojoExecutionException {
        try {
            LabelledData.requireFolderSettings(dataFile(), settings(), PARAMETER_NAMES);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    /**
     * What a training depends on, as text to hash: the library version, every training setting,
     * the reading settings, and the bytes of the spec and of the data (a folder's files by
     * relative path). Deterministic: no map is written in an order that changes between runs.
     */
    String trainingInputs(TrainingOptions o) throws MojoExecutionException, IOException {
        StringBuilder sb = new StringBuilder("newsgauge ").append(org.newsgauge.Version.CURRENT).append('\n');
        java.util.TreeMap<String, java.util.TreeMap<String, Double>> priors = new java.util.TreeMap<>();
        o.priors().forEach((k, v) -> priors.put(k, new java.util.TreeMap<>(v)));
        sb.append("options ").append(o.analyzer()).append(' ').append(o.algorithm()).append(' ').append(o.c()).append(' ')
                .append(o.balanced()).append(' ').append(o.seed()).append(' ').append(o.calibrationFolds()).append(' ')
                .append(o.ordinalCumulative()).append(' ').append(priors).append(' ').append(o.textColumns()).append(' ')
                .append(o.tuneC()).append(' ').append(o.tuneFeatures()).append(' ')
                .append(new java.util.TreeMap<>(o.dimensionAlgorithms())).append('\n');
        sb.append("reading ").append(list(labelColumns)).append(' ').append(new java.util.TreeMap<>(ordinals())).append(' ')
                .append(groupColumn).append(' ').append(idColumn).append(raw ? " raw" : "").append('\n');
        Path dataPath;
        if (spec != null) {
            sb.append("spec ").append(ResultCache.sha256(existing(spec, "<spec>").toPath())).append('\n');
            dataPath = readSpec().data();
        } else {
            dataPath = dataFile();
        }
        // the pack records the data's name too
        sb.append("name ").append(dataPath.getFileName()).append('\n');
        if (java.nio.file.Files.isDirectory(dataPath)) {
            try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(dataPath, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
                for (Path f : files.filter(java.nio.file.Files::isRegularFile).sorted().toList()) {
                    sb.append("file ").append(dataPath.relativize(f).toString().replace('\\', '/')).append(' ')
                            .append(ResultCache.sha256(f)).append('\n');
                }
            } catch (java.io.UncheckedIOException e) {
                throw e.getCause();
            }
        } else {
            sb.append("data ").append(ResultCache.sha256(dataPath)).append('\n');
        }
        return sb.toString();
    }

    static String sha256Of(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }


    /** The data file or folder, for messages. */
    String dataName() throws MojoExecutionException, IOException {
        return spec != null ? readSpec().data().toString() : dataFile().toString();
    }

    private Path dataFile() throws MojoExecutionException {
        if (data == null) {
            throw new MojoExecutionException("configure <data> (a CSV file or a folder per label) or <spec> (a pack spec JSON)");
        }
        return existing(data, "<data>").toPath();
    }

    /** The parameters as the library's settings. */
    private DataSettings settings() throws MojoExecutionException {
        return new DataSettings(list(textColumns), list(labelColumns), ordinals(), groupColumn, idColumn, documents());
    }

    private Map<String, List<String>> ordinals() {
        Map<String, List<String>> ord = new LinkedHashMap<>();
        if (ordinal != null) {
            ordinal.forEach((k, v) -> ord.put(k, Arrays.stream(v.split(",")).map(String::strip).toList()));
        }
        return ord;
    }

    /** The training options. */
    TrainingOptions options() throws MojoExecutionException, IOException {
        // as given: a CSV's columns are recorded from the data it reads, and a folder's files have none
        List<String> text = spec != null ? readSpec().textColumns() : list(textColumns);
        try {
            // the library's rules, with the parameters' names
            TrainingOptions.requireCalibrationFolds("<calibrationFolds>", calibrationFolds);
            AnalyzerConfig.requireWordNgrams("<ngrams>", ngrams);
            AnalyzerConfig.requireMinCount("<minCount>", minCount);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        AnalyzerConfig a = AnalyzerConfig.defaults().withWordNgrams(ngrams).withMinCount(minCount);
        try {
            a = a.withQuotes(QuoteMode.valueOf(quotes.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            // without the cause: Maven would print the enum's "No enum constant ..." after the message
            throw new MojoExecutionException("<quotes> takes mark, ignore or both, not '" + quotes + "'");
        }
        try {
            a = a.withStopWords(list(stopWords));
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("<stopWords>: " + e.getMessage(), e);
        }
        if (charNgramMin < 0 && charNgramMax > 0) {
            throw new MojoExecutionException("<charNgramMax> is set but <charNgramMin> is not: set both (e.g. 2 and 5),"
                    + " or neither to let the folds decide");
        }
        if (charNgramMin > 0) {
            try {
                a = a.withCharNgrams(charNgramMin, Math.max(charNgramMin, charNgramMax));
            } catch (IllegalArgumentException e) {
                throw new MojoExecutionException("<charNgramMin> and <charNgramMax> take 1 <= min <= max <= 8 (e.g. 2 and 5),"
                        + " not " + charNgramMin + " and " + charNgramMax, e);
            }
        } else if (charNgramMin < -1) {
            throw new MojoExecutionException("<charNgramMin> takes 1 to 8 (with <charNgramMax>), 0 for none, or -1 to let the"
                    + " folds of a small corpus decide; not " + charNgramMin);
        }
        TrainingOptions o;
        try {
            o = TrainingOptions.defaults().withC(c);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("bad training setting: <c> " + e.getMessage(), e);
        }
        try {
            o = o.withAnalyzer(a).withTunedFeatures(charNgramMin < 0).withAlgorithm(algorithm == null ? "auto" : algorithm);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("<algorithm>: " + e.getMessage());
        }
        if (dimensionAlgorithms != null) {
            for (java.util.Map.Entry<String, String> e : new java.util.TreeMap<>(dimensionAlgorithms).entrySet()) {
                try {
                    o = o.withAlgorithm(e.getKey(), e.getValue() == null ? "" : e.getValue());
                } catch (IllegalArgumentException ex) {
                    throw new MojoExecutionException("<dimensionAlgorithms><" + e.getKey() + ">: " + ex.getMessage());
                }
            }
        }
        try {
            o = o.withCalibrationFolds(calibrationFolds).withOrdinalCumulative(ordinalCumulative).withTextColumns(text);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("bad training setting: " + e.getMessage(), e);
        }
        if (spec != null) {
            try {
                // set, <algorithm> is for every dimension <dimensionAlgorithms> does not name
                o = readSpec().options(o, algorithm != null);
            } catch (IllegalArgumentException e) {
                throw new MojoExecutionException("bad <spec> " + spec + ": " + e.getMessage(), e);
            }
        }
        // given, they win over the spec's
        o = seed == null ? o : o.withSeed(seed);
        return balanced == null ? o : o.withBalanced(balanced);
    }

    PackSpec readSpec() throws MojoExecutionException, IOException {
        List<String> ignored = new ArrayList<>();
        if (data != null) {
            ignored.add("<data>");
        }
        if (!list(textColumns).isEmpty()) {
            ignored.add("<textColumns>");
        }
        if (!list(labelColumns).isEmpty()) {
            ignored.add("<labelColumns>");
        }
        if (ordinal != null && !ordinal.isEmpty()) {
            ignored.add("<ordinal>");
        }
        if (groupColumn != null) {
            ignored.add("<groupColumn>");
        }
        if (idColumn != null) {
            ignored.add("<idColumn>");
        }
        if (!ignored.isEmpty()) {
            throw new MojoExecutionException("<spec> names the data and its columns, so " + String.join(", ", ignored)
                    + " would be ignored; remove " + (ignored.size() == 1 ? "it" : "them") + ", or remove <spec> (a -D"
                    + "newsgauge.data on the command line counts too)");
        }
        PackSpec s;
        try {
            s = PackSpec.read(existing(spec, "<spec>").toPath());
        } catch (DatasetException e) {
            throw new MojoExecutionException("bad <spec>: " + e.getMessage(), e);
        }
        if (!java.nio.file.Files.exists(s.data())) {
            throw new MojoExecutionException("the data of <spec> " + spec + " does not exist: " + s.data()
                    + " (\"data\" is read relative to the spec's folder); correct it in the spec");
        }
        return s;
    }

    static File existing(File f, String what) throws MojoExecutionException {
        if (!f.exists()) {
            throw new MojoExecutionException(what + " " + f + " does not exist");
        }
        return f;
    }

    static List<String> list(List<String> l) {
        return l == null ? new ArrayList<>() : l;
    }
}
