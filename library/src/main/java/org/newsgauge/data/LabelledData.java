package org.newsgauge.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsgauge.model.DimensionKind;
import org.newsgauge.model.DimensionModel;
import org.newsgauge.model.ModelPack;
import org.newsgauge.text.DocumentReader;

/**
 * Reads the labelled data that a model is trained on or gated by: a CSV file (header row) or a
 * folder per label ({@code DIR/<label>/*.txt}), described by a few settings as a build tool
 * or a command line gives them.
 *
 * <pre>{@code
 * Dataset train = LabelledData.read(Path.of("news.csv"), DataSettings.defaults()
 *         .withTextColumns("title", "body").withLabelColumns("topic")
 *         .withOrdinal("tension", List.of("low", "elevated", "high", "critical")).withGroupColumn("event"));
 * Dataset test = LabelledData.forPack(pack, Path.of("holdout.csv"), List.of(), List.of());
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class LabelledData {
    private LabelledData() {
    }

    /**
     * Reads a dataset to train on.
     *
     * @param data     a CSV file or a folder per label
     * @param settings its columns (CSV), its dimension's name (folder) and how a folder's files are
     *                 read
     * @return every row or file, labelled
     * @throws DatasetException when the data cannot be read or a row is malformed: the message names
     *                          the file, the line and what to do
     * @throws IllegalArgumentException when {@code data} is a folder per label and settings that
     *                                  only a CSV has are given, or, for a CSV, when the settings do
     *                                  not fit together (a column named twice, a text column that is
     *                                  also a label column, an ordinal column without labels: see
     *                                  {@link CsvDatasetReader.Builder#build()})
     */
    public static Dataset read(Path data, DataSettings settings) throws DatasetException {
        if (Files.isDirectory(data)) {
            requireFolderSettings(data, settings, SettingNames.API);
            return folderReader(settings).read(data);
        }
        return csvReader(settings).read(data);
    }

    /**
     * What a caller calls the settings of {@link #read}, for its messages: the API's words, the
     * CLI's options or the plugin's parameters.
     *
     * @param secondLabelColumn a label column beyond the first
     * @param labelColumn       the label column that names a folder's dimension
     * @param raw               reading a folder's files whole, without article extraction
     */
    public record SettingNames(String textColumns, String ordinal, String groupColumn, String idColumn,
                               String secondLabelColumn, String labelColumn, String raw) {
        /** The API's words. */
        public static final SettingNames API = new SettingNames("text columns", "an ordinal order", "a group column",
                "an id column", "a second label column", "a label column", "reading files whole");
    }

    /**
     * How the files of a folder per label are read: whole when {@code raw} (headlines, tweets,
     * texts too short to pass for an article), else with article extraction as classification reads
     * them. The mirror of {@link #requireFolderSettings}: {@code raw} with a CSV file, whose texts
     * are always taken as they are, is an error rather than a no-op. A path that does not exist is
     * left to the reader, whose "not found" names what is wrong.
     *
     * @param data  the data given, a file or a folder (null: not given yet)
     * @param raw   whether the files are to be taken whole
     * @param names what the caller calls the setting, in the message
     * @return the reader for a folder's files, to pass to {@link DataSettings#withDocuments}
     * @throws IllegalArgumentException for {@code raw} with a file
     */
    public static DocumentReader folderReading(Path data, boolean raw, SettingNames names) {
        if (raw && data != null && Files.isRegularFile(data)) {
            throw new IllegalArgumentException(names.raw() + " applies to a folder per label, whose files it takes whole; "
                    + data + " is a file, and a CSV's texts are taken as they are: leave " + names.raw() + " out");
        }
        return DocumentReader.defaults().withExtraction(!raw);
    }

    /**
     * A folder per label has one nominal dimension and a file per text: settings that only a CSV
     * has would be dropped without a word (grouped folds quietly stratified, an order ignored).
     * Nothing to check when {@code data} is not a folder.
     *
     * @param data     the data given
     * @param settings the settings given with it
     * @param names    what the caller calls the settings, in the message
     * @throws IllegalArgumentException naming the settings given
     */
    public static void requireFolderSettings(Path data, DataSettings settings, SettingNames names) {
        if (!Files.isDirectory(data)) {
            return;
        }
        List<String> csvOnly = settings.csvOnly(names);
        if (!csvOnly.isEmpty()) {
            throw new IllegalArgumentException(data + " is a folder per label (one nominal dimension, one document per file),"
                    + " which " + String.join(", ", csvOnly) + " cannot apply to; leave "
                    + (csvOnly.size() > 1 ? "them" : "it") + " out, or give a CSV file (" + names.labelColumn()
                    + " may name the folder's dimension)");
        }
    }

    /**
     * The same data as {@link #read}, as a stream: a CSV is read row by row when the stream is
     * used, so that a trainer need not hold its texts; a folder per label is read whole.
     *
     * @param data     a CSV file or a folder per label
     * @param settings as for {@link #read}
     * @return the examples, read each time the stream is used (a {@link DatasetException} then)
     * @throws IllegalArgumentException when {@code data} is a folder per label and settings that
     *                                  only a CSV has are given, or, for a CSV, when the settings do
     *                                  not fit together (a column named twice, a text column that is
     *                                  also a label column, an ordinal column without labels: see
     *                                  {@link CsvDatasetReader.Builder#build()})
     */
    public static ExampleStream stream(Path data, DataSettings settings) {
        if (Files.isDirectory(data)) {
            requireFolderSettings(data, settings, SettingNames.API);
            return each -> ExampleStream.of(folderReader(settings).read(data)).stream(each);
        }
        CsvDatasetReader reader = csvReader(settings);
        return each -> reader.stream(data, each);
    }

    private static FolderDatasetReader folderReader(DataSettings s) {
        return new FolderDatasetReader(s.labelColumns().isEmpty() ? "label" : s.labelColumns().get(0), s.documents());
    }

    private static CsvDatasetReader csvReader(DataSettings s) {
        CsvDatasetReader.Builder b = CsvDatasetReader.builder()
                .textColumns(s.textColumns().isEmpty() ? List.of("text") : s.textColumns());
        if (s.textColumns().isEmpty()) {
            b.textColumnsHint("No text column was named, so the default, text, was looked for: name the columns the"
                    + " texts are in (CLI --text-column; plugin <textColumns>; API: DataSettings.withTextColumns).");
        }
        if (s.idColumn() != null) {
            b.idColumn(s.idColumn());
        }
        boolean defaultLabel = s.labelColumns().isEmpty() && s.ordinal().isEmpty();
        b.labelColumns(defaultLabel ? List.of("label") : s.labelColumns());
        if (defaultLabel) {
            b.labelColumnsHint("No label column was named, so the default, label, was looked for: name the columns the"
                    + " labels are in, one dimension each (CLI --label-column; plugin <labelColumns>; API:"
                    + " DataSettings.withLabelColumns).");
        } else if (s.labelColumns().stream().anyMatch(c -> c.indexOf('=') > 0)) {
            // evaluate's DIM=COLUMN given to training: named, as the missing column may be another
            String mapped = String.join(", ", s.labelColumns().stream().filter(c -> c.indexOf('=') > 0)
                    .map(c -> "'" + c + "'").toList());
            b.labelColumnsHint(mapped + " reads as DIM=COLUMN, which is for evaluating a pack whose dimension's labels"
                    + " are in a column of another name; training names each dimension after its label column, so name"
                    + " the column alone (its name becomes the dimension's), or rename the column.");
        }
        s.ordinal().forEach(b::ordinal);
        if (s.groupColumn() != null) {
            b.groupColumn(s.groupColumn());
        }
        return b.build();
    }

    /**
     * Labelled data to evaluate {@code pack} on, read with the pack's own text columns, for every
     * dimension of the pack: a CSV needs a label column named as each, a folder per label labels
     * the first.
     *
     * <pre>{@code
     * EvaluationReport r = Evaluator.evaluate(pack, LabelledData.forPack(pack, Path.of("holdout.csv")));
     * }</pre>
     *
     * @param pack the pack to evaluate
     * @param data a CSV file or a folder per label
     * @return the labelled rows, with the pack's dimensions in its order
     * @throws DatasetException when the data cannot be read, lacks a column, or has a label the
     *                          pack does not know (the message names the file, the line and the fix)
     */
    public static Dataset forPack(ModelPack pack, Path data) throws DatasetException {
        return forPack(pack, data, List.of(), List.of());
    }

    /**
     * Reads data to evaluate {@code pack} on: the CSV's label columns are named as the pack's
     * dimensions and must use the pack's labels; a folder per label is read for the first one.
     *
     * @param pack        the pack to evaluate
     * @param data        a CSV file or a folder per label
     * @param textColumns CSV text columns (empty: those the pack was trained on)
     * @param dimensions  the dimensions to evaluate (empty: all of the pack's)
     * @return the labelled rows, with the chosen dimensions in the pack's order
     * @throws DatasetException when the data cannot be read, lacks a column, or has a label the
     *                          pack does not know
     * @throws IllegalArgumentException when the pack has none of {@code dimensions}
     */
    public static Dataset forPack(ModelPack pack, Path data, List<String> textColumns, List<String> dimensions)
            throws DatasetException {
        return forPack(pack, data, textColumns, dimensions, DocumentReader.defaults());
    }

    /**
     * As {@link #forPack(ModelPack, Path, List, List)}, reading a folder's files with
     * {@code documents} (see {@link DataSettings#documents()}).
     *
     * @param pack        the pack to evaluate
     * @param data        a CSV file or a folder per label
     * @param textColumns CSV text columns (empty: those the pack was trained on)
     * @param dimensions  the dimensions to evaluate (empty: all of the pack's)
     * @param documents   how a folder's files are read
     * @return the labelled rows, with the chosen dimensions in the pack's order
     * @throws DatasetException when the data cannot be read, lacks a column, has a label the pack
     *                          does not know, or a folder's label folder is not a label of the
     *                          dimension it is read for
     * @throws IllegalArgumentException when the pack has none of {@code dimensions}
     */
    public static Dataset forPack(ModelPack pack, Path data, List<String> textColumns, List<String> dimensions,
                                  DocumentReader documents) throws DatasetException {
        return forPack(pack, data, textColumns, dimensions, documents, true);
    }

    /**
     * As {@link #forPack(ModelPack, Path, List, List, DocumentReader)}, with what the readers say
     * about the data itself (repeated rows, hidden files left out) logged at DEBUG level when
     * {@code dataWarnings} is false: for data read again, as a comparison of packs reads it once
     * per pack ({@link CsvDatasetReader#withDataWarnings}).
     *
     * @param pack         the pack to evaluate
     * @param data         a CSV file or a folder per label
     * @param textColumns  CSV text columns (empty: those the pack was trained on)
     * @param dimensions   the dimensions to read, {@code DIM} or {@code DIM=COLUMN} (empty: all of the pack's)
     * @param documents    how a folder's files are read
     * @param dataWarnings false to log what the readers say about the data at DEBUG level
     * @return the labelled data, with the pack's labels
     * @throws DatasetException         as {@link #forPack(ModelPack, Path, List, List, DocumentReader)}
     * @throws IllegalArgumentException when the pack has none of {@code dimensions}
     */
    public static Dataset forPack(ModelPack pack, Path data, List<String> textColumns, List<String> dimensions,
                                  DocumentReader documents, boolean dataWarnings) throws DatasetException {
        List<DimensionModel> dims = dimensions(pack, dimensions);
        if (Files.isDirectory(data)) {
            if (DimensionColumns.parse(dimensions).entrySet().stream().anyMatch(e -> !e.getKey().equals(e.getValue()))) {
                throw new DatasetException(data, 0, "is a folder per label: its folders are the labels, so no column can be"
                        + " named for a dimension (" + String.join(", ", dimensions) + "); name the dimension alone");
            }
            if (!textColumns.isEmpty()) {
                throw new DatasetException(data, 0, "is a folder per label: its files are the texts, so text columns ("
                        + String.join(", ", textColumns) + ") do not apply; leave them out");
            }
            // the folders' labels are checked before a document is read
            return new FolderDatasetReader(dims.get(0).name(), documents, dims.get(0).labels())
                    .withDataWarnings(dataWarnings).read(data, folders -> requireFolderLabels(pack, dims.get(0), folders, data));
        }
        return csvForPack(pack, textColumns, dimensions).withDataWarnings(dataWarnings).read(data);
    }

    /**
     * The label folders of {@code dir} must be labels of {@code dim}, the dimension they are
     * taken for; otherwise the error says which dimension that was and how to choose another.
     */
    private static void requireFolderLabels(ModelPack pack, DimensionModel dim, List<String> folders, Path dir)
            throws DatasetException {
        List<String> unknown = folders.stream().filter(f -> !dim.labels().contains(f)).toList();
        if (unknown.isEmpty()) {
            return;
        }
        String fits = pack.dimensions().stream().filter(d -> d.labels().containsAll(folders)).map(DimensionModel::name)
                .findFirst().map(n -> "they are labels of dimension '" + n + "': evaluate it with --label-column " + n + " (plugin: <dimensions>)")
                .orElse("rename the folders, or choose another dimension with --label-column");
        throw new DatasetException(dir, 0, "the label folders are taken as labels of dimension '" + dim.name()
                + "', but " + unknown.stream().map(f -> "'" + f + "'").collect(java.util.stream.Collectors.joining(", "))
                + (unknown.size() == 1 ? " is not one of its labels (" : " are not among its labels (")
                + String.join(", ", dim.labels()) + "); " + fits);
    }

    private static List<DimensionModel> dimensions(ModelPack pack, List<String> entries) {
        // DIM=COLUMN entries name the dimension on the left
        List<String> dimensions = DimensionColumns.names(entries);
        List<String> names = pack.dimensions().stream().map(DimensionModel::name).toList();
        List<String> unknown = dimensions.stream().filter(d -> !names.contains(d)).toList();
        if (!unknown.isEmpty()) {
            // a misspelt name must not quietly narrow an evaluation (or a gate) to the others
            throw new IllegalArgumentException("the pack has no dimension " + String.join(", ", unknown.stream()
                    .map(d -> "'" + d + "'").toList()) + "; its dimensions are " + String.join(", ", names));
        }
        List<DimensionModel> dims = new ArrayList<>();
        for (DimensionModel d : pack.dimensions()) {
            if (dimensions.isEmpty() || dimensions.contains(d.name())) {
                dims.add(d);
            }
        }
        if (dims.isEmpty()) {
            throw new IllegalArgumentException("the pack has no dimension " + dimensions + "; it has "
                    + pack.dimensions().stream().map(DimensionModel::name).toList());
        }
        return dims;
    }

    /**
     * The CSV columns a pack reads its text from: those given, else the ones it was trained on
     * ({@code text} for a pack trained on a folder or in memory).
     *
     * @param pack        the pack
     * @param textColumns the columns given (empty: the pack's own)
     * @return the columns, in the order their texts are joined
     */
    public static List<String> textColumnsFor(ModelPack pack, List<String> textColumns) {
        return !textColumns.isEmpty() ? textColumns
                : pack.provenance().textColumns().isEmpty() ? List.of("text") : pack.provenance().textColumns();
    }

    /**
     * The CSV reader {@link #forPack} uses for a file, for streaming a CSV of any size through
     * {@link org.newsgauge.eval.Evaluator#evaluate(ModelPack, CsvDatasetReader, Path)}.
     *
     * @param pack        the pack to evaluate
     * @param textColumns CSV text columns (empty: those the pack was trained on)
     * @param dimensions  the dimensions to evaluate (empty: all of the pack's)
     * @return a reader of the pack's columns and labels, with hints naming the settings to change
     * @throws IllegalArgumentException when the pack has none of {@code dimensions}
     */
    public static CsvDatasetReader csvForPack(ModelPack pack, List<String> textColumns, List<String> dimensions) {
        List<DimensionModel> dims = dimensions(pack, dimensions);
        List<String> text = textColumnsFor(pack, textColumns);
        CsvDatasetReader.Builder b = CsvDatasetReader.builder().textColumns(text);
        if (textColumns.isEmpty()) {
            b.textColumnsHint((pack.provenance().textColumns().isEmpty()
                    ? "The pack was trained on a folder per label or on texts in memory, so it has no text columns of its"
                            + " own and reads column text;"
                    : "The pack reads its text from " + String.join(", ", text) + ", the columns it was trained on;")
                    + " name the columns of this file to read instead (CLI --text-column; plugin <textColumns>; API: a"
                    + " textColumns argument).");
        }
        b.labelColumnsHint("The pack reads each of its dimensions (" + String.join(", ", dims.stream().map(DimensionModel::name)
                .toList()) + ") from a column named as it: name the column a dimension's labels are in (CLI --label-column"
                + " DIM=COLUMN; plugin <dimension>DIM=COLUMN</dimension>; API: a dimensions argument), or evaluate only the"
                + " dimensions the file has (name each: CLI --label-column DIM; plugin <dimension>DIM</dimension>).");
        DimensionColumns.parse(dimensions).forEach((dim, column) -> {
            if (!dim.equals(column)) {
                b.labelsFrom(dim, column);
            }
        });
        for (DimensionModel d : dims) {
            if (d.kind() == DimensionKind.ORDINAL) {
                b.ordinal(d.name(), d.labels());
            } else {
                b.labelColumns(d.name());
                b.knownLabels(d.name(), d.labels());
            }
        }
        return b.build();
    }
}
