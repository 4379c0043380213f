package org.newsgauge.text;

/**
 * How the analyzer treats words inside quotation marks.
 *
 * <p>Quoting a leader is not the article's stance: with {@link #MARK} a word inside quotation
 * marks becomes a feature of its own ({@code q:word}), apart from the same word in the
 * narrator's voice, so that a model can learn that a loaded word means little when quoted.
 *
 * <pre>{@code
 * AnalyzerConfig cfg = AnalyzerConfig.defaults().withQuotes(QuoteMode.BOTH);   // the default: MARK
 * ModelPack pack = new PackTrainer(TrainingOptions.defaults().withAnalyzer(cfg)).train(dataset);
 * }</pre>
 *
 * <p>An enum: immutable and thread-safe.
 */
public enum QuoteMode {
    /** Quotation marks are ignored: a quoted word is the same feature as an unquoted one. */
    IGNORE,
    /** Words inside quotation marks become separate {@code q:}-prefixed features. */
    MARK,
    /**
     * Words inside quotation marks count both as the plain word and as the {@code q:} feature:
     * what the article is about keeps the quoted words' evidence, while a model can still weigh
     * a loaded word differently when it is only quoted.
     */
    BOTH
}
