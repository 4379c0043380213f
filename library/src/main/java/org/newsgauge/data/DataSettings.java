package org.newsgauge.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.newsgauge.text.DocumentReader;

/**
 * How {@link LabelledData} reads labelled data: which CSV columns hold the text and the labels,
 * which dimensions are ordinal, which columns group and name the rows, and how a folder's files
 * are read. Immutable; each {@code with...} returns a copy with one setting changed.
 *
 * <pre>{@code
 * DataSettings settings = DataSettings.defaults()
 *         .withTextColumns("title", "body")
 *         .withLabelColumns("topic", "stance")
 *         .withOrdinal("tension", List.of("low", "elevated", "high", "critical"))
 *         .withGroupColumn("event");
 * Dataset train = LabelledData.read(Path.of("news.csv"), settings);
 * }</pre>
 *
 * @param textColumns  CSV: the text columns, joined in order (empty: {@code text})
 * @param labelColumns CSV: the nominal label columns, one dimension each (empty and no ordinal:
 *                     {@code label}); folder per label: the first names its dimension (empty:
 *                     {@code label}), and a second is an error
 * @param ordinal      CSV: the ordinal label columns, each with its labels from lowest to highest,
 *                     in the map's order (the dimensions follow the nominal ones in that order; a
 *                     column that is also among {@code labelColumns} keeps its place there). Use
 *                     {@link #withOrdinal} or an ordered map: a {@code Map.of} of two or more has
 *                     no fixed order, so neither would the pack's dimensions
 * @param groupColumn  CSV: the column that groups rows for grouped folds (an event, a source), or
 *                     null for none
 * @param idColumn     CSV: the column of row ids, or null for {@code id} when the header has it
 * @param documents    how a folder's files are read: {@link DocumentReader#defaults()} extracts the
 *                     article as classification does; {@code withExtraction(false)} takes each file
 *                     whole (headlines, tweets). A CSV's texts are always taken as they are.
 */
public record DataSettings(List<String> textColumns, List<String> labelColumns, Map<String, List<String>> ordinal,
                           String groupColumn, String idColumn, DocumentReader documents) {
    private static final DataSettings DEFAULTS = new DataSettings(List.of(), List.of(), Map.of(), null, null,
            DocumentReader.defaults());

    /**
     * Copies the lists and the map (in the map's iteration order), so that the settings stay as
     * given.
     *
     * @param textColumns  the CSV text columns, joined in order (empty: {@code text})
     * @param labelColumns the nominal label columns (see the record's description)
     * @param ordinal      the ordinal label columns with their labels, lowest first, in order
     * @param groupColumn  the column grouping rows, or null
     * @param idColumn     the id column, or null for {@code id} when present
     * @param documents    how a folder's files are read
     * @throws NullPointerException when a list, the map, a key or label list in it, or
     *                              {@code documents} is null
     */
    public DataSettings {
        textColumns = List.copyOf(Objects.requireNonNull(textColumns, "textColumns"));
        labelColumns = List.copyOf(Objects.requireNonNull(labelColumns, "labelColumns"));
        Map<String, List<String>> order = new LinkedHashMap<>();
        Objects.requireNonNull(ordinal, "ordinal").forEach((column, labels) -> order.put(Objects.requireNonNull(column), List.copyOf(labels)));
        ordinal = Collections.unmodifiableMap(order);
        Objects.requireNonNull(documents, "documents");
    }

    /**
     * The settings of a file in the plainest layout: a CSV with columns {@code text} and
     * {@code label} (and {@code id} when present), or a folder per label whose articles are
     * extracted as classification extracts them.
     *
     * @return the default settings
     */
    public static DataSettings defaults() {
        return DEFAULTS;
    }

    /**
     * @param columns the CSV columns whose texts are joined, in order
     * @return a copy with these text columns
     */
    public DataSettings withTextColumns(String... columns) {
        return withTextColumns(List.of(columns));
    }

    /**
     * @param columns the CSV columns whose texts are joined, in order
     * @return a copy with these text columns
     */
    public DataSettings withTextColumns(List<String> columns) {
        return new DataSettings(columns, labelColumns, ordinal, groupColumn, idColumn, documents);
    }

    /**
     * @param columns the nominal label columns, one dimension each
     * @return a copy with these label columns
     */
    public DataSettings withLabelColumns(String... columns) {
        return withLabelColumns(List.of(columns));
    }

    /**
     * @param columns the nominal label columns, one dimension each
     * @return a copy with these label columns
     */
    public DataSettings withLabelColumns(List<String> columns) {
        return new DataSettings(textColumns, columns, ordinal, groupColumn, idColumn, documents);
    }

    /**
     * Adds an ordinal dimension after those already given.
     *
     * @param column the label column
     * @param labels its labels, lowest first
     * @return a copy with this ordinal dimension too
     * @throws IllegalArgumentException when {@code column} already has an order
     */
    public DataSettings withOrdinal(String column, List<String> labels) {
        if (ordinal.containsKey(column)) {
            throw new IllegalArgumentException("the order of '" + column + "' is given twice; give it once");
        }
        Map<String, List<String>> more = new LinkedHashMap<>(ordinal);
        more.put(column, labels);
        return new DataSettings(textColumns, labelColumns, more, groupColumn, idColumn, documents);
    }

    /**
     * @param column the column grouping rows for grouped folds, or null for none
     * @return a copy with this group column
     */
    public DataSettings withGroupColumn(String column) {
        return new DataSettings(textColumns, labelColumns, ordinal, column, idColumn, documents);
    }

    /**
     * @param column the column of row ids, or null for {@code id} when present
     * @return a copy with this id column
     */
    public DataSettings withIdColumn(String column) {
        return new DataSettings(textColumns, labelColumns, ordinal, groupColumn, column, documents);
    }

    /**
     * @param reader how a folder's files are read ({@code DocumentReader.defaults().withExtraction(false)}
     *               takes each whole)
     * @return a copy reading a folder's files with {@code reader}
     */
    public DataSettings withDocuments(DocumentReader reader) {
        return new DataSettings(textColumns, labelColumns, ordinal, groupColumn, idColumn, reader);
    }

    /** The settings that only a CSV has and that are set, as {@code names} calls them. */
    List<String> csvOnly(LabelledData.SettingNames names) {
        List<String> csvOnly = new ArrayList<>();
        if (!textColumns.isEmpty()) {
            csvOnly.add(names.textColumns());
        }
        if (!ordinal.isEmpty()) {
            csvOnly.add(names.ordinal());
        }
        if (groupColumn != null) {
            csvOnly.add(names.groupColumn());
        }
        if (idColumn != null) {
            csvOnly.add(names.idColumn());
        }
        if (labelColumns.size() > 1) {
            csvOnly.add(names.secondLabelColumn());
        }
        return csvOnly;
    }
}
