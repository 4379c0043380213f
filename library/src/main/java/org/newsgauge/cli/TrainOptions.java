package org.newsgauge.cli;

import org.newsgauge.text.AnalyzerConfig;
import org.newsgauge.text.QuoteMode;
import org.newsgauge.train.Learners;
import org.newsgauge.train.TrainingOptions;
import picocli.CommandLine.Option;

/** Learner and analyzer options shared by train and cross-validate. */
final class TrainOptions {
    @Option(names = "--algorithm", paramLabel = "[DIM=]NAME", description = "auto (default: nbsvm or svm, whichever the held-out"
            + " folds prefer per dimension), svm, nbsvm (svm on naive Bayes log-count-ratio scaled features), liblinear,"
            + " opennlp-maxent, smile-maxent. DIM=NAME (repeatable) gives one dimension its own, e.g. stance=nbsvm."
            + " Given here, they win over the pack spec's algorithms: NAME over all of them, DIM=NAME over the same"
            + " dimension's")
    java.util.List<String> algorithms = new java.util.ArrayList<>();

    @Option(names = "--seed", description = "Random seed (default 42, or the pack spec's; given here, it wins over the spec's)")
    Long seed;

    @Option(names = "--c", paramLabel = "C", description = "Regularisation of svm/nbsvm/liblinear: a number, or auto (default):"
            + " chosen per dimension on the calibration folds among 0.5, 1 and 2 (nbsvm: 0.125, 0.25 and 0.5)")
    String c = "auto";

    @Option(names = "--class-weight", paramLabel = "W", description = "none (default, or the pack spec's): every example"
            + " weighs the same; balanced: weigh classes inversely to their frequency (given here, it wins over the spec's)")
    String classWeight;

    @Option(names = "--ngrams", paramLabel = "N", description = "Longest word n-gram, 1 or 2 (default 2)")
    int ngrams = 2;

    @Option(names = "--char-ngrams", paramLabel = "MIN-MAX", description = "Character n-grams inside words: MIN-MAX such as 2-5,"
            + " off, or auto (default): on a small corpus, 2-5 when the calibration folds prefer them")
    String charNgrams = "auto";

    @Option(names = "--min-count", paramLabel = "N", description = "Minimum document count of a feature (default 2)")
    int minCount = 2;

    @Option(names = "--quotes", paramLabel = "MODE", description = "mark (default): quoted words are features of their own; both: also count as plain words; ignore")
    String quotes = "mark";

    @Option(names = "--quoted-name", paramLabel = "NAME", description = "A name whose words are read as quoted wherever"
            + " they stand (repeatable), e.g. an institution named in one side's vocabulary: \"Office for Kosovo and Metohija\"")
    java.util.List<String> quotedNames = new java.util.ArrayList<>();

    @Option(names = "--stop-word", paramLabel = "WORD", description = "A word that makes no feature (repeatable): no"
            + " word, word pair or character n-gram is taken from it, e.g. a name the training data uses more often under"
            + " one label than real text does")
    java.util.List<String> stopWords = new java.util.ArrayList<>();

    @Option(names = "--calibration-folds", paramLabel = "K", description = "Held-out folds for probability calibration (default 3; 0 = none)")
    int calibrationFolds = 3;

    @Option(names = "--ordinal-method", paramLabel = "M", description = "cumulative (default) or multiclass, for ordinal dimensions")
    String ordinalMethod = "cumulative";

    /**
     * The options of a pack spec on top of these: the spec's settings, then a --seed given here.
     *
     * @param file the spec's file, for messages
     */
    TrainingOptions toOptions(org.newsgauge.train.PackSpec spec, java.nio.file.Path file) {
        TrainingOptions o;
        try {
            // an algorithm given here is for every dimension the command line does not name
            o = spec.options(toOptions(spec.textColumns()), algorithms().plain() != null);
        } catch (IllegalArgumentException e) {
            throw new Main.UserError(file + ": " + e.getMessage());
        }
        o = classWeight == null ? o : o.withBalanced(classWeight.equals("balanced"));
        return seed == null ? o : o.withSeed(seed);
    }

    /** What --algorithm gave: the plain NAME (null when not given) and the DIM=NAME pairs. */
    record Algorithms(String plain, java.util.Map<String, String> byDimension) {
    }

    /** The --algorithm options, each checked: one plain NAME at most, each dimension once. */
    Algorithms algorithms() {
        String plain = null;
        java.util.Map<String, String> byDimension = new java.util.LinkedHashMap<>();
        for (String given : algorithms) {
            int eq = given.indexOf('=');
            String name = (eq < 0 ? given : given.substring(eq + 1)).strip().toLowerCase(java.util.Locale.ROOT);
            try {
                name = name.equals(Learners.AUTO) ? name : Learners.byName(name, 1.0).name();
            } catch (IllegalArgumentException e) {
                throw new Main.UserError("unknown --algorithm '" + given + "'; choose one of " + String.join(", ", Learners.NAMES)
                        + (eq < 0 ? " (or DIM=NAME for one dimension, e.g. stance=nbsvm)" : " after the dimension's name and '='"));
            }
            if (eq < 0) {
                if (plain != null) {
                    throw new Main.UserError("--algorithm is given twice without a dimension (" + plain + ", " + name
                            + "); give one NAME for the dimensions, and DIM=NAME for each one of its own");
                }
                plain = name;
            } else if (eq == 0 || given.substring(0, eq).isBlank()) {
                throw new Main.UserError("--algorithm '" + given + "' names no dimension; give DIM=NAME such as stance=nbsvm");
            } else {
                String dim = given.substring(0, eq).strip();
                if (byDimension.containsKey(dim)) {
                    throw new Main.UserError("--algorithm gives dimension '" + dim + "' twice (" + byDimension.get(dim) + ", "
                            + name + "); give it once");
                }
                byDimension.put(dim, name);
            }
        }
        return new Algorithms(plain, byDimension);
    }

    TrainingOptions toOptions(java.util.List<String> textColumns) {
        Algorithms given = algorithms();
        String algorithm = given.plain() == null ? Learners.AUTO : given.plain();
        java.util.Map<String, String> byDimension = given.byDimension();
        try {
            // the library's rules, with the options' names (a usage error, not the spec's)
            TrainingOptions.requireCalibrationFolds("--calibration-folds", calibrationFolds);
            AnalyzerConfig.requireWordNgrams("--ngrams", ngrams);
            AnalyzerConfig.requireMinCount("--min-count", minCount);
        } catch (IllegalArgumentException e) {
            throw new Main.UserError(e.getMessage());
        }
        AnalyzerConfig a = AnalyzerConfig.defaults().withWordNgrams(ngrams).withMinCount(minCount);
        try {
            a = a.withQuotedNames(quotedNames);
        } catch (IllegalArgumentException e) {
            throw new Main.UserError("--quoted-name: " + e.getMessage());
        }
        try {
            a = a.withStopWords(stopWords);
        } catch (IllegalArgumentException e) {
            throw new Main.UserError("--stop-word: " + e.getMessage());
        }
        switch (quotes) {
            case "mark" -> a = a.withQuotes(QuoteMode.MARK);
            case "ignore" -> a = a.withQuotes(QuoteMode.IGNORE);
            case "both" -> a = a.withQuotes(QuoteMode.BOTH);
            default -> throw new Main.UserError("--quotes takes mark, both or ignore, not '" + quotes + "'");
        }
        if (!quotedNames.isEmpty() && a.quotes() == QuoteMode.IGNORE) {
            throw new Main.UserError("--quoted-name has no effect with --quotes ignore: quoted words are read as plain words"
                    + " there, and so would the name be; use --quotes mark (the default) or both, or leave out --quoted-name");
        }
        String chars = charNgrams.strip().toLowerCase(java.util.Locale.ROOT);
        boolean tuneFeatures = chars.equals("auto");
        if (!tuneFeatures && !chars.equals("off")) {
            String[] p = chars.split("-");
            try {
                if (p.length != 2 || Integer.parseInt(p[0]) < 1) {
                    // 0-3 would mean "off" to the analyzer: a user who typed it meant something else
                    throw new IllegalArgumentException("not MIN-MAX with MIN at least 1");
                }
                a = a.withCharNgrams(Integer.parseInt(p[0]), Integer.parseInt(p[1]));
            } catch (RuntimeException e) {
                throw new Main.UserError("--char-ngrams takes auto, off or MIN-MAX such as 2-5 (1 <= MIN <= MAX <= 8), not '"
                        + charNgrams + "'");
            }
        }
        if (!ordinalMethod.equals("cumulative") && !ordinalMethod.equals("multiclass")) {
            throw new Main.UserError("--ordinal-method takes cumulative or multiclass, not '" + ordinalMethod + "'");
        }
        if (classWeight != null && !classWeight.equals("balanced") && !classWeight.equals("none")) {
            throw new Main.UserError("--class-weight takes balanced or none, not '" + classWeight + "'");
        }
        TrainingOptions base;
        try {
            base = TrainingOptions.defaults().withC(c);
        } catch (IllegalArgumentException e) {
            throw new Main.UserError("--c " + e.getMessage());
        }
        TrainingOptions o = base.withAnalyzer(a).withTunedFeatures(tuneFeatures)
                .withBalanced(classWeight == null ? base.balanced() : classWeight.equals("balanced"))
                .withAlgorithm(algorithm).withCalibrationFolds(calibrationFolds)
                .withOrdinalCumulative(ordinalMethod.equals("cumulative")).withTextColumns(textColumns);
        for (java.util.Map.Entry<String, String> e : byDimension.entrySet()) {
            try {
                o = o.withAlgorithm(e.getKey(), e.getValue());
            } catch (IllegalArgumentException ex) {
                throw new Main.UserError("--algorithm " + e.getKey() + "=" + e.getValue() + ": " + ex.getMessage());
            }
        }
        return seed == null ? o : o.withSeed(seed);   // the defaults' seed otherwise
    }
}
