package org.newsgauge.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgauge.text.Warning;

/**
 * The labels of one document: one {@link Prediction} per dimension, in the pack's order, with
 * the warnings met on the way (unreadable file, no article found, not English, ...).
 *
 * <pre>{@code
 * Labels l = ArticleClassifier.defaults().classify(text);
 * String stance = l.get("stance").label();
 * }</pre>
 *
 * <p>Immutable (its map and list are copied in) and thread-safe.
 *
 * @param source      file or name of the document ("" for a string)
 * @param predictions predictions by dimension name, in the pack's dimension order; empty when the
 *                    document could not be read
 * @param language    ISO 639-3 code of the detected language ({@code und} when unknown)
 * @param warnings    what the reader should know about this result
 */
public record Labels(String source, Map<String, Prediction> predictions, String language, List<Warning> warnings) {
    /**
     * Copies the map (keeping its order) and the list in, so that the record cannot change after.
     *
     * @param source      file or name of the document; {@code ""} for a string
     * @param predictions predictions by dimension name, in the pack's order; empty for a document
     *                    that could not be classified
     * @param language    ISO 639-3 code of the language, {@code und} when unknown
     * @param warnings    the warnings, possibly none
     * @throws NullPointerException when {@code predictions} or {@code warnings} is null, or
     *                              {@code warnings} holds a null
     */
    public Labels {
        predictions = Collections.unmodifiableMap(new LinkedHashMap<>(predictions));
        warnings = List.copyOf(warnings);
    }

    /**
     * The prediction of {@code dimension}, or null: none for an unreadable document, or a name the
     * pack does not have ({@link #require} says which).
     *
     * @param dimension a dimension's name, e.g. {@code stance}; case matters
     * @return its prediction, or null when there is none
     */
    public Prediction get(String dimension) {
        return predictions.get(dimension);
    }

    /**
     * The prediction of {@code dimension}, which must be there.
     *
     * <pre>{@code
     * String stance = labels.require("stance").label();
     * }</pre>
     *
     * @param dimension a dimension's name, e.g. {@code stance}; case matters
     * @return its prediction, never null
     * @throws IllegalArgumentException naming the dimensions there are, for a name the pack lacks
     *                                  (a typo, or another pack's), or for an unreadable document
     *                                  (with its warnings)
     */
    public Prediction require(String dimension) {
        Prediction p = predictions.get(dimension);
        if (p == null) {
            throw new IllegalArgumentException(unreadable()
                    ? (source == null || source.isBlank() ? "the text" : source) + " has no labels: " + String.join("; ", warnings.stream().map(w -> w.code() + ": " + w.message()).toList())
                    : "no dimension '" + dimension + "' (the pack's: " + String.join(", ", predictions.keySet()) + ")");
        }
        return p;
    }

    /**
     * Whether the document has a warning with {@code code} (one of {@link Warning#CODES}).
     *
     * @param code a warning code, e.g. {@link Warning#LANGUAGE}
     * @return true when at least one of {@link #warnings()} has that code
     */
    public boolean hasWarning(String code) {
        return warnings.stream().anyMatch(w -> w.code().equals(code));
    }

    /**
     * True when the document could not be classified at all (unreadable, binary, empty).
     *
     * @return true when there are no predictions; {@link #warnings()} then says why
     */
    public boolean unreadable() {
        return predictions.isEmpty();
    }
}
