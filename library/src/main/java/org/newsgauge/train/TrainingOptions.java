package org.newsgauge.train;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.newsgauge.text.AnalyzerConfig;
import org.newsgauge.text.Weighting;

/**
 * How to train a pack.
 *
 * <pre>{@code
 * TrainingOptions o = TrainingOptions.defaults().withSeed(7).withAlgorithm("opennlp-maxent");
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param analyzer         text analysis settings
 * @param algorithm        learner name (see {@link Learners#NAMES}); {@code auto}, the default,
 *                         lets the held-out folds choose between nbsvm and svm per dimension
 * @param c                regularisation of the learners that take one; with {@code tuneC}, the
 *                         middle of the three values tried, scaled by the learner's
 *                         {@linkplain Learners#relativeC relative C} (nbsvm: a quarter)
 * @param balanced         weigh classes inversely to their frequency (svm)
 * @param seed             seed of every random choice
 * @param calibrationFolds held-out folds for calibration and the manifest's figures: 0 for none
 *                         (probabilities calibrated on the training scores), or 2 and more; a
 *                         corpus of fewer than twice as many documents is calibrated as with 0,
 *                         with a warning, and its pack records 0
 * @param ordinalCumulative train ordinal dimensions as Frank &amp; Hall cumulative models (true)
 *                         or as plain multi-class (false)
 * @param priors           expected real label mix per dimension (label to share); the pack's
 *                         probabilities are shifted from the training mix to it. Empty for none.
 * @param textColumns      the text columns the documents were made of (recorded in the manifest;
 *                         none by default: a dataset read from a CSV records its own, and a pack
 *                         with none reads column {@code text} from a CSV)
 * @param tuneC            choose C per dimension among half, once and twice the learner's centre
 *                         ({@code c} times its {@linkplain Learners#relativeC relative C}) by the
 *                         held-out figure of the calibration folds (see {@link DimensionTrainer});
 *                         the default
 * @param tuneFeatures     on a small corpus, also try the analyzer with character n-grams and keep
 *                         whichever the held-out folds prefer with the first candidate learner
 *                         (its learner and C are then chosen; see {@link PackTrainer}); the default
 * @param dimensionAlgorithms the learner of some dimensions by name, in place of {@code algorithm}
 *                         (see {@link #withAlgorithm(String, String)}); empty: every dimension
 *                         uses {@code algorithm}
 */
public record TrainingOptions(AnalyzerConfig analyzer, String algorithm, double c, boolean balanced, long seed,
                              int calibrationFolds, boolean ordinalCumulative, Map<String, Map<String, Double>> priors,
                              List<String> textColumns, boolean tuneC, boolean tuneFeatures,
                              Map<String, String> dimensionAlgorithms) {
    /**
     * Checks the options and copies the collections in. Start from {@link #defaults()} and change
     * what differs with the {@code with...} methods rather than calling this.
     *
     * @param analyzer            text analysis settings; not null
     * @param algorithm           learner name, or {@code auto}; not null
     * @param c                   regularisation, a positive finite number
     * @param balanced            weigh classes inversely to their frequency
     * @param seed                seed of every random choice
     * @param calibrationFolds    0, or 2 and more
     * @param ordinalCumulative   train ordinal dimensions as cumulative models
     * @param priors              expected real label mix per dimension: each share from 0 to 1, a
     *                            dimension's adding up to 1 at most; empty for none
     * @param textColumns         the text columns the documents were made of
     * @param tuneC               choose C per dimension on the held-out folds
     * @param tuneFeatures        on a small corpus, also try character n-grams
     * @param dimensionAlgorithms the learner of some dimensions by name, each one of
     *                            {@link Learners#NAMES}; empty for none
     * @throws NullPointerException     when {@code analyzer}, {@code algorithm} or a collection is null
     * @throws IllegalArgumentException when {@code calibrationFolds} is 1 or negative, {@code c} is not
     *                                  a positive finite number, a prior is out of range, or a
     *                                  dimension's algorithm is unknown
     */
    public TrainingOptions {
        Objects.requireNonNull(analyzer);
        Objects.requireNonNull(algorithm);
        requireCalibrationFolds("calibrationFolds", calibrationFolds);
        if (!(c > 0) || Double.isInfinite(c)) {
            throw new IllegalArgumentException("C must be a positive number such as 0.5 or 1, not " + c);
        }
        priors = copyOfPriors(priors);
        textColumns = List.copyOf(textColumns);
        dimensionAlgorithms = copyOfDimensionAlgorithms(dimensionAlgorithms);
    }

    /** An immutable copy in insertion order, each name a known one ({@link Learners#NAMES}), lower-cased. */
    private static Map<String, String> copyOfDimensionAlgorithms(Map<String, String> byDimension) {
        Map<String, String> copy = new java.util.LinkedHashMap<>();
        byDimension.forEach((dim, name) -> {
            String n = name.strip().toLowerCase(java.util.Locale.ROOT);
            if (!Learners.NAMES.contains(n)) {
                throw new IllegalArgumentException("unknown algorithm '" + name + "' for dimension '" + dim + "'; choose one of "
                        + String.join(", ", Learners.NAMES));
            }
            copy.put(dim, n);
        });
        return java.util.Collections.unmodifiableMap(copy);
    }

    /** A deep, immutable copy of the priors, each share between 0 and 1 and each dimension's summing to at most 1. */
    private static Map<String, Map<String, Double>> copyOfPriors(Map<String, Map<String, Double>> priors) {
        Map<String, Map<String, Double>> copy = new java.util.LinkedHashMap<>();
        priors.forEach((dim, shares) -> {
            double sum = 0;
            for (var e : shares.entrySet()) {
                double v = e.getValue();
                if (!(v >= 0 && v <= 1)) {
                    throw new IllegalArgumentException("the prior of label '" + e.getKey() + "' of dimension '" + dim
                            + "' is " + v + "; a prior is the label's expected share of real documents, between 0 and 1");
                }
                sum += v;
            }
            if (sum > 1 + 1e-9) {
                throw new IllegalArgumentException("the priors of dimension '" + dim + "' add up to " + sum
                        + "; the shares of its labels can add up to 1 at most");
            }
            copy.put(dim, Map.copyOf(shares));
        });
        return java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * Checks a number of calibration folds, 0 or at least 2, as {@code name} (an option or a
     * parameter) gives it, so that a command line or a build names its own setting in the message.
     *
     * @param name how the caller names the setting, e.g. {@code --calibration-folds}
     * @param k    the number of folds to check
     * @throws IllegalArgumentException {@code "NAME takes 0 (...) or at least 2 (...), not K"}
     */
    public static void requireCalibrationFolds(String name, int k) {
        if (k < 0 || k == 1) {
            throw new IllegalArgumentException(name + " takes 0 (calibrate on the training scores) or at least 2 (held-out"
                    + " folds), not " + k);
        }
    }

    /**
     * auto (nbsvm with C among 0.125, 0.25 and 0.5, or svm with C among 0.5, 1 and 2, whichever
     * the held-out folds prefer per dimension), no class weights (as scikit-learn's LinearSVC), seed 42, 3
     * calibration folds, cumulative ordinal models, default analyzer (with character n-grams
     * too when the held-out folds of a small corpus prefer them).
     *
     * @return the default options; no text columns (a CSV dataset records its own), no priors
     */
    public static TrainingOptions defaults() {
        return new TrainingOptions(AnalyzerConfig.defaults(), Learners.AUTO, 1.0, false, 42, 3, true, Map.of(), List.of(), true, true, Map.of());
    }

    /**
     * Another analyzer (tokenisation, n-grams, weighting, quotes, minimum count), replacing the
     * current one whole, its weighting included: {@link #withAlgorithm} sets binary weighting for
     * a learner that expects it, so call that after this one.
     *
     * @param a the analyzer, e.g. {@code AnalyzerConfig.defaults()} with changes; not null
     * @return new options
     * @throws NullPointerException when {@code a} is null
     */
    public TrainingOptions withAnalyzer(AnalyzerConfig a) {
        return new TrainingOptions(a, algorithm, c, balanced, seed, calibrationFolds, ordinalCumulative, priors, textColumns, tuneC, tuneFeatures, dimensionAlgorithms);
    }

    /**
     * Another learner; learners that expect binary features ({@code smile-maxent}) get binary
     * weighting in the analyzer these options have, so a later {@link #withAnalyzer} replaces it.
     * Choosing another learner afterwards does not turn the binary weighting back.
     *
     * @param name one of {@link Learners#NAMES}, in any case, e.g. {@code svm}, {@code nbsvm} or
     *             {@code auto}
     * @return new options
     * @throws IllegalArgumentException for an unknown name
     * @throws MissingLibraryException  for {@code liblinear} or {@code smile-maxent} without their
     *                                  optional library on the classpath, naming the dependency to add
     */
    public TrainingOptions withAlgorithm(String name) {
        if (name.toLowerCase(java.util.Locale.ROOT).equals(Learners.AUTO)) {
            return new TrainingOptions(analyzer, Learners.AUTO, c, balanced, seed, calibrationFolds, ordinalCumulative, priors,
                    textColumns, tuneC, tuneFeatures, dimensionAlgorithms);
        }
        Learner l = Learners.byName(name, c);
        AnalyzerConfig a = l.wantsBinaryFeatures() ? analyzer.withWeighting(Weighting.BINARY) : analyzer;
        return new TrainingOptions(a, l.name(), c, balanced, seed, calibrationFolds, ordinalCumulative, priors, textColumns, tuneC, tuneFeatures, dimensionAlgorithms);
    }

    /**
     * Another learner for one dimension, the others keeping {@link #algorithm}: for instance nbsvm
     * for a dimension whose real documents reward its stronger regularisation, while auto keeps
     * choosing for the others. {@code auto} lets the folds choose for that dimension too; C is
     * still chosen on the folds (or fixed) as for the others. The learner must read the same
     * features as the others (the dimensions share one analyzer): opennlp-maxent and smile-maxent,
     * which want binary features, are refused unless they are the algorithm of every dimension.
     *
     * <pre>{@code
     * TrainingOptions o = TrainingOptions.defaults().withAlgorithm("stance", "nbsvm");
     * }</pre>
     *
     * @param dimension the dimension's name, as the data labels it (checked when training starts)
     * @param name      one of {@link Learners#NAMES}, in any case
     * @return new options; a dimension given before is given this learner instead
     * @throws NullPointerException     when {@code dimension} is null
     * @throws IllegalArgumentException for an unknown name, or a learner that wants other features
     * @throws MissingLibraryException  for {@code liblinear} or {@code smile-maxent} without their
     *                                  optional library on the classpath (after the features check),
     *                                  naming the dependency to add
     */
    public TrainingOptions withAlgorithm(String dimension, String name) {
        Objects.requireNonNull(dimension);
        String n = Learners.requireSharedFeatures(dimension, name, analyzer.weighting() == Weighting.BINARY);
        Map<String, String> m = new java.util.LinkedHashMap<>(dimensionAlgorithms);
        m.put(dimension, n);
        return new TrainingOptions(analyzer, algorithm, c, balanced, seed, calibrationFolds, ordinalCumulative, priors, textColumns,
                tuneC, tuneFeatures, m);
    }

    /**
     * The algorithm and the dimensions' own, as a user reads them: {@code auto (stance: nbsvm)}.
     *
     * @return {@link #algorithm()} alone when no dimension has its own
     */
    public String algorithmsDescription() {
        if (dimensionAlgorithms.isEmpty()) {
            return algorithm;
        }
        return dimensionAlgorithms.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                .collect(java.util.stream.Collectors.joining(", ", algorithm + " (", ")"));
    }

    /**
     * Refuses a dimension's own algorithm ({@link #withAlgorithm(String, String)}) for a
     * dimension that {@code source} does not label: a misspelt name would otherwise be ignored.
     * The trainer checks it on the data; a command line can check it before reading any.
     *
     * @param dimensions the dimensions {@code source} labels
     * @param source     what the dimensions come from, for the message ("news.csv", "the data")
     * @param setting    how the caller names the setting, leading the message ("--algorithm names")
     * @throws IllegalArgumentException naming the dimension and those {@code source} labels
     */
    public void requireAlgorithmDimensions(List<String> dimensions, String source, String setting) {
        for (String dim : dimensionAlgorithms.keySet()) {
            if (!dimensions.contains(dim)) {
                throw new IllegalArgumentException(setting + " dimension '" + dim + "', which " + source
                        + " does not label (dimensions: " + String.join(", ", dimensions) + "); correct the name or remove it");
            }
        }
    }

    /**
     * The algorithm of dimension {@code dimension}: its own ({@link #withAlgorithm(String, String)}) or {@link #algorithm}.
     *
     * @param dimension a dimension's name
     * @return a learner name, in lower case, or {@code auto}
     */
    public String algorithm(String dimension) {
        return dimensionAlgorithms.getOrDefault(dimension, algorithm);
    }

    /**
     * C as a user writes it: {@code auto} keeps these options (C chosen on the folds when
     * {@link #tuneC()}), a positive number fixes it.
     *
     * <pre>{@code
     * TrainingOptions o = TrainingOptions.defaults().withC("0.5");
     * }</pre>
     *
     * @param value {@code auto} or a positive number, surrounding white space ignored
     * @return these options for {@code auto}; else as {@link #withC(double)} gives them
     * @throws IllegalArgumentException naming the value, for anything else
     */
    public TrainingOptions withC(String value) {
        if (value.strip().equals("auto")) {
            return this;
        }
        try {
            double v = Double.parseDouble(value.strip());
            if (v > 0 && !Double.isInfinite(v)) {
                return withC(v);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("takes auto or a positive number such as 0.5, not '" + value + "'");
    }

    /**
     * A fixed C: no choice of C on the folds ({@link #withTunedC} turns it back on, around this C).
     *
     * @param value C, a positive finite number; smaller regularises more
     * @return new options, with {@link #tuneC()} false
     * @throws IllegalArgumentException when {@code value} is not a positive finite number
     */
    public TrainingOptions withC(double value) {
        return new TrainingOptions(analyzer, algorithm, value, balanced, seed, calibrationFolds, ordinalCumulative, priors, textColumns, false, tuneFeatures, dimensionAlgorithms);
    }

    /**
     * Whether to also try character n-grams on a small corpus (ignored when the analyzer already has them).
     *
     * @param tune true (the default) to compare the two analyzers on the held-out folds
     * @return new options
     */
    public TrainingOptions withTunedFeatures(boolean tune) {
        return new TrainingOptions(analyzer, algorithm, c, balanced, seed, calibrationFolds, ordinalCumulative, priors, textColumns, tuneC, tune, dimensionAlgorithms);
    }

    /**
     * Whether to choose C among {@code c/2, c, 2c} on the held-out folds.
     *
     * @param tune true (the default) to choose C per dimension; false to fit with {@link #c()} as it is
     * @return new options
     */
    public TrainingOptions withTunedC(boolean tune) {
        return new TrainingOptions(analyzer, algorithm, c, balanced, seed, calibrationFolds, ordinalCumulative, priors, textColumns, tune, tuneFeatures, dimensionAlgorithms);
    }

    /**
     * Whether each example weighs {@code n / (k * n_its_label)} (scikit-learn's "balanced") instead of 1.
     *
     * @param b true to weigh classes inversely to their frequency; false (the default) for equal weights
     * @return new options
     */
    public TrainingOptions withBalanced(boolean b) {
        return new TrainingOptions(analyzer, algorithm, c, b, seed, calibrationFolds, ordinalCumulative, priors, textColumns, tuneC, tuneFeatures, dimensionAlgorithms);
    }

    /**
     * The seed of every random choice: the same data, options and seed give a byte-identical pack.
     *
     * @param s any number (the default is 42)
     * @return new options
     */
    public TrainingOptions withSeed(long s) {
        return new TrainingOptions(analyzer, algorithm, c, balanced, s, calibrationFolds, ordinalCumulative, priors, textColumns, tuneC, tuneFeatures, dimensionAlgorithms);
    }

    /**
     * Held-out folds for calibration and the manifest's figures.
     *
     * @param k 0 for none (calibrated on the training scores, no held-out figures), or 2 and more
     *          (the default is 3)
     * @return new options
     * @throws IllegalArgumentException for 1 or a negative number (0 or at least 2)
     */
    public TrainingOptions withCalibrationFolds(int k) {
        return new TrainingOptions(analyzer, algorithm, c, balanced, seed, k, ordinalCumulative, priors, textColumns, tuneC, tuneFeatures, dimensionAlgorithms);
    }

    /**
     * Ordinal dimensions as Frank &amp; Hall cumulative models (true, the default) or plain multi-class (false).
     *
     * @param cumulative true for cumulative models, false to train ordinal dimensions as nominal ones
     * @return new options
     */
    public TrainingOptions withOrdinalCumulative(boolean cumulative) {
        return new TrainingOptions(analyzer, algorithm, c, balanced, seed, calibrationFolds, cumulative, priors, textColumns, tuneC, tuneFeatures, dimensionAlgorithms);
    }

    /**
     * The expected real label mix per dimension, e.g. {@code Map.of("stance", Map.of("neutral", 0.7))}:
     * the pack's probabilities are shifted from the training mix to it (labels left out share
     * what is left in their training proportions). A dimension or label the training data lacks
     * is an error when training starts.
     *
     * @param p label shares by dimension name, then by label; replaces the priors given before;
     *          empty for none
     * @return new options
     * @throws IllegalArgumentException for a share outside 0..1 or a dimension's shares above 1 in all
     */
    public TrainingOptions withPriors(Map<String, Map<String, Double>> p) {
        return new TrainingOptions(analyzer, algorithm, c, balanced, seed, calibrationFolds, ordinalCumulative, p, textColumns, tuneC, tuneFeatures, dimensionAlgorithms);
    }

    /**
     * The text columns the documents were made of, recorded in the manifest (and used to read evaluation data).
     * A dataset read from a CSV records its own columns, which the pack takes instead.
     *
     * @param columns the column names, in the order the texts were joined
     * @return new options
     */
    public TrainingOptions withTextColumns(List<String> columns) {
        return new TrainingOptions(analyzer, algorithm, c, balanced, seed, calibrationFolds, ordinalCumulative, priors, columns, tuneC, tuneFeatures, dimensionAlgorithms);
    }
}
