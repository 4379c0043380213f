package org.newsgauge.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.newsgauge.model.DimensionKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a labelled CSV file (RFC 4180, UTF-8, header row): one or more text columns joined in
 * order, one label column per dimension. Every problem is reported with the file and line and
 * what to do.
 *
 * <pre>{@code
 * Dataset d = CsvDatasetReader.builder()
 *         .textColumns("title", "body")
 *         .labelColumns("topic", "stance")
 *         .ordinal("tension", List.of("low", "elevated", "high", "critical"))
 *         .groupColumn("event")
 *         .build()
 *         .read(Path.of("training-data/articles.csv"));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class CsvDatasetReader {
    private static final Logger LOG = LoggerFactory.getLogger(CsvDatasetReader.class);
    private final List<String> textColumns;
    private final List<String> labelColumns;
    private final Map<String, List<String>> ordinal;
    private final Map<String, List<String>> knownLabels;
    private final String textColumnsHint;
    private final String labelColumnsHint;
    private final String idColumn;
    private final boolean idRequired;
    private final String groupColumn;
    private final int maxRowLength;
    /** Per column with declared labels, how a written label finds the declared one ({@link LabelText.Declared}). */
    private final Map<String, LabelText.Declared> declared;
    /** Label columns read under another dimension name: dimension to header name. */
    private final Map<String, String> columnOf;
    /** False: what the reader says about the data (repeated rows, labels differing by case) goes to DEBUG. */
    private final boolean dataWarnings;
    /** The default longest row, in characters: 32 million. */
    public static final int DEFAULT_MAX_ROW_LENGTH = 32 << 20;
    /** At most this many distinct labels in one column (as in a model pack). */
    public static final int MAX_LABELS = 10_000;

    private CsvDatasetReader(Builder b) {
        this.textColumns = List.copyOf(b.textColumns);
        this.labelColumns = List.copyOf(b.labelColumns);
        this.ordinal = Map.copyOf(b.ordinal);
        this.knownLabels = Map.copyOf(b.knownLabels);
        this.textColumnsHint = b.textColumnsHint;
        this.labelColumnsHint = b.labelColumnsHint;
        this.idColumn = b.idColumn;
        this.idRequired = b.idRequired;
        this.groupColumn = b.groupColumn;
        this.maxRowLength = b.maxRowLength;
        this.columnOf = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.columnOf));
        Map<String, LabelText.Declared> declared = new HashMap<>();
        this.ordinal.forEach((column, labels) -> declared.put(column, new LabelText.Declared(labels)));
        this.knownLabels.forEach((column, labels) -> declared.put(column, new LabelText.Declared(labels)));
        this.declared = declared;
        this.dataWarnings = true;
    }

    private CsvDatasetReader(CsvDatasetReader r, boolean dataWarnings) {
        this.textColumns = r.textColumns;
        this.labelColumns = r.labelColumns;
        this.ordinal = r.ordinal;
        this.knownLabels = r.knownLabels;
        this.textColumnsHint = r.textColumnsHint;
        this.labelColumnsHint = r.labelColumnsHint;
        this.idColumn = r.idColumn;
        this.idRequired = r.idRequired;
        this.groupColumn = r.groupColumn;
        this.maxRowLength = r.maxRowLength;
        this.columnOf = r.columnOf;
        this.declared = r.declared;
        this.dataWarnings = dataWarnings;
    }

    /**
     * This reader, with what it says about the data itself (rows repeating an earlier row's
     * text, labels that differ only by case, the separator it read, blank rows) logged as it
     * is by default, or, with {@code false}, at DEBUG level: for a file read again, as
     * {@link org.newsgauge.eval.PackComparison} reads it once per pack. Errors are thrown either way.
     *
     * <pre>{@code
     * CsvDatasetReader again = reader.withDataWarnings(false);
     * }</pre>
     *
     * @param warn true to log them at WARN (INFO for the separator and blank rows), false at DEBUG
     * @return a reader with the same settings
     */
    public CsvDatasetReader withDataWarnings(boolean warn) {
        return warn == dataWarnings ? this : new CsvDatasetReader(this, warn);
    }

    /**
     * A builder with no columns named yet: name at least one text column, and the label columns
     * the dimensions are read from.
     *
     * <pre>{@code
     * CsvDatasetReader reader = CsvDatasetReader.builder().textColumns("text").labelColumns("label").build();
     * }</pre>
     *
     * @return a new builder; the id column is {@code id} when the file has one
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Settings of a {@link CsvDatasetReader}. */
    public static final class Builder {
        private final List<String> textColumns = new ArrayList<>();
        private final List<String> labelColumns = new ArrayList<>();
        private final Map<String, List<String>> ordinal = new LinkedHashMap<>();
        private final Map<String, List<String>> knownLabels = new LinkedHashMap<>();
        private String idColumn = "id";
        private boolean idRequired;
        private String groupColumn;
        private int maxRowLength = DEFAULT_MAX_ROW_LENGTH;
        private String textColumnsHint;
        private String labelColumnsHint;
        private final Map<String, String> columnOf = new LinkedHashMap<>();

        /**
         * The columns whose text is joined (with a blank line between) to make the document. Empty
         * cells are left out of the join; a row whose text columns are all empty is an error.
         *
         * @param columns header names, as the CSV spells them (case matters); added to those named before
         * @return this builder
         */
        public Builder textColumns(String... columns) {
            textColumns.addAll(Arrays.asList(columns));
            return this;
        }

        /**
         * As {@link #textColumns(String...)}: adds to the columns named before.
         *
         * @param columns header names, in the order their text is joined
         * @return this builder
         */
        public Builder textColumns(List<String> columns) {
            textColumns.addAll(columns);
            return this;
        }

        /**
         * Nominal label columns, one dimension each, named as its column. A nominal dimension's
         * labels are those the file has, in sorted order, unless fixed by {@link #knownLabels}.
         *
         * @param columns header names; added to those named before, in order (the dimensions' order)
         * @return this builder
         */
        public Builder labelColumns(String... columns) {
            labelColumns.addAll(Arrays.asList(columns));
            return this;
        }

        /**
         * As {@link #labelColumns(String...)}: adds to the columns named before.
         *
         * @param columns header names, in the dimensions' order
         * @return this builder
         */
        public Builder labelColumns(List<String> columns) {
            labelColumns.addAll(columns);
            return this;
        }

        /**
         * An ordinal label column with its labels in order, lowest first. The column is added to the
         * label columns unless it is one already (then it keeps its place); a label not in
         * {@code order} is an error on its row.
         *
         * @param column the header name, which is also the dimension's name
         * @param order  every label, lowest first, each once and none empty (checked by {@link #build()})
         * @return this builder
         */
        public Builder ordinal(String column, List<String> order) {
            if (!labelColumns.contains(column)) {
                labelColumns.add(column);
            }
            ordinal.put(column, List.copyOf(order));
            return this;
        }

        /**
         * What to say when a text column is missing, instead of "name the right column", e.g. where
         * the columns came from: "the pack reads title, body; name the columns with --text-column".
         *
         * @param hint the sentence that ends the error message; null for the default
         * @return this builder
         */
        public Builder textColumnsHint(String hint) {
            this.textColumnsHint = hint;
            return this;
        }

        /**
         * What to say when a label column is missing, instead of "name the right column", e.g. that
         * a pack reads each dimension from a column named as it, and how to leave one out.
         *
         * @param hint the sentence that ends the error message; null for the default
         * @return this builder
         */
        public Builder labelColumnsHint(String hint) {
            this.labelColumnsHint = hint;
            return this;
        }

        /**
         * Reads the labels of label column (dimension) {@code dimension} from the header's
         * {@code column}, as when a pack's dimension {@code topic} is evaluated on a file whose
         * column is {@code category}. The dimension keeps its name.
         *
         * @param dimension a label column named by {@link #labelColumns} or {@link #ordinal}
         * @param column    the header name its labels are in
         * @return this builder
         */
        public Builder labelsFrom(String dimension, String column) {
            columnOf.put(dimension, column);
            return this;
        }

        /**
         * Fixes the label set of a nominal column (e.g. a pack's): any other label is an error.
         *
         * @param column a label column's header name
         * @param labels its labels, in the order the dimension will have them; a label that no row
         *               has is kept
         * @return this builder
         */
        public Builder knownLabels(String column, List<String> labels) {
            knownLabels.put(column, List.copyOf(labels));
            return this;
        }

        /**
         * The id column, which the file must then have (without this call: {@code id} when the
         * file has it, else ids are line numbers; null: line numbers).
         *
         * @param column the id column's header name, or null for ids made of line numbers
         *               ({@code line-57}); ids must be unique, and an empty one is the line's
         * @return this builder
         */
        public Builder idColumn(String column) {
            this.idColumn = column;
            this.idRequired = column != null;
            return this;
        }

        /**
         * The column that groups rows for grouped cross-validation (e.g. {@code event}).
         *
         * @param column a header name other than a label column's; null for none (each row is its own
         *               group). A row with an empty group is a group of its own, named by its id
         * @return this builder
         */
        public Builder groupColumn(String column) {
            this.groupColumn = column;
            return this;
        }

        /**
         * The longest row accepted, in characters (default {@value #DEFAULT_MAX_ROW_LENGTH}): a
         * longer one, usually a quote left open that swallows the rest of the file, is an error
         * instead of a field that fills the memory.
         *
         * @param chars the longest row, in characters, 1 or more
         * @return this builder
         * @throws IllegalArgumentException when {@code chars} is below 1
         */
        public Builder maxRowLength(int chars) {
            if (chars < 1) {
                throw new IllegalArgumentException("maxRowLength must be positive: " + chars);
            }
            this.maxRowLength = chars;
            return this;
        }

        /**
         * The reader with these settings, checked now so that a mistake is found before a large file
         * is read.
         *
         * @return a new, immutable reader; the builder may be used on
         * @throws IllegalArgumentException when no text column is named, a label column is named
         *         twice or is also a text column, or an ordinal order is empty, has an empty
         *         label or lists a label twice: a pack trained so could not be loaded
         */
        public CsvDatasetReader build() {
            if (textColumns.isEmpty()) {
                throw new IllegalArgumentException("name at least one text column");
            }
            Set<String> texts = new HashSet<>();
            for (String c : textColumns) {
                if (c == null || c.isBlank()) {
                    throw new IllegalArgumentException("a text column has no name (" + textColumns + "); name each column"
                            + " as the CSV's header row does");
                }
                if (!texts.add(c)) {
                    throw new IllegalArgumentException("text column '" + c + "' is named twice; its text would be joined"
                            + " twice: name each text column once");
                }
            }
            if (groupColumn != null && labelColumns.contains(groupColumn)) {
                // (a text column may group: FNC-1's bodies are grouped by their headline)
                throw new IllegalArgumentException("group column '" + groupColumn + "' is also a label column: grouped"
                        + " folds would hold out whole labels, which no fold could then learn; group by a column such as"
                        + " an event or a source");
            }
            Set<String> seen = new HashSet<>();
            for (String c : labelColumns) {
                if (c == null || c.isBlank()) {
                    throw new IllegalArgumentException("a label column has no name (" + labelColumns + ")");
                }
                if (!seen.add(c)) {
                    throw new IllegalArgumentException("label column '" + c + "' is named twice; name each dimension once");
                }
                String column = columnOf.getOrDefault(c, c);
                if (textColumns.contains(column)) {
                    throw new IllegalArgumentException("column '" + column + "' is both a text column and a label column: the"
                            + " labels would be in the text the model learns from; name another text column");
                }
            }
            // found here, from the header's names, not after a large file is read
            List<String> dimensions = new ArrayList<>(labelColumns);
            ordinal.keySet().stream().filter(c -> !dimensions.contains(c)).forEach(dimensions::add);
            ReportColumns.requireDistinct(dimensions, "the label columns");
            columnOf.forEach((dimension, column) -> {
                if (!dimensions.contains(dimension)) {
                    throw new IllegalArgumentException("labels of '" + dimension + "' are to be read from column '" + column
                            + "', but '" + dimension + "' is no label column (" + String.join(", ", dimensions) + ")");
                }
                if (column == null || column.isBlank() || textColumns.contains(column)) {
                    throw new IllegalArgumentException("the labels of '" + dimension + "' cannot be read from "
                            + (column == null || column.isBlank() ? "a column without a name" : "text column '" + column + "'"));
                }
            });
            ordinal.forEach((column, order) -> {
                if (order.isEmpty()) {
                    throw new IllegalArgumentException("ordinal dimension '" + column + "' has no labels; list them"
                            + " lowest first, e.g. " + column + "=low,mid,high");
                }
                Set<String> labels = new HashSet<>();
                Set<String> cleaned = new HashSet<>();
                for (String l : order) {
                    if (!labels.contains(l) && !cleaned.add(LabelText.clean(l))) {
                        throw new IllegalArgumentException("ordinal dimension '" + column + "' lists two labels that"
                                + " differ only in spaces or invisible characters (" + l + "); list each label once");
                    }
                    if (l.isBlank()) {
                        throw new IllegalArgumentException("ordinal dimension '" + column + "' has an empty label in its"
                                + " order " + String.join(",", order) + "; list each label once, lowest first");
                    }
                    if (!labels.add(l)) {
                        throw new IllegalArgumentException("ordinal dimension '" + column + "' lists '" + l + "' twice"
                                + " in its order " + String.join(",", order) + "; list each label once, lowest first");
                    }
                }
            });
            return new CsvDatasetReader(this);
        }
    }

    /**
     * Reads the whole file into memory, with every check of {@link #stream}.
     *
     * @param file a UTF-8 CSV file with a header row
     * @return the dataset: its examples in file order, its dimensions in the label columns' order
     * @throws DatasetException when the file is missing, a folder or unreadable, is not UTF-8 or not
     *                          valid CSV, lacks a named column, has no rows, or has a row with empty
     *                          text, no label, a label outside a declared set, an id used before,
     *                          or not as many fields as the header; the message names the line
     */
    public Dataset read(Path file) throws DatasetException {
        List<Example> examples = new ArrayList<>();
        Dataset head = stream(file, examples::add);
        return head.withExamples(examples);
    }

    /**
     * The label columns, one dimension each, in order.
     *
     * @return the columns named by {@link Builder#labelColumns} and {@link Builder#ordinal}; immutable
     */
    public List<String> labelColumns() {
        return labelColumns;
    }

    /**
     * Reads the file row by row, handing each example to {@code each} as soon as it is read, with
     * the same checks as {@link #read(Path)}; nothing but the ids seen so far (to refuse a
     * repeated one) is kept, so a file of any size is read in bounded memory. Rows handed over
     * before an error stay handed over: a caller that must not act on a partly bad file collects
     * first.
     *
     * @param file a UTF-8 CSV file with a header row
     * @param each receives each example, in file order, on the calling thread
     * @return the dataset's source, dimensions and SHA-256, without examples
     * @throws DatasetException as {@link #read(Path)} does, for the same problems
     */
    public Dataset stream(Path file, java.util.function.Consumer<Example> each) throws DatasetException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        if (Files.isDirectory(file)) {
            throw new DatasetException(file, 0, "is a folder, not a CSV file; give the CSV file, or read a folder per"
                    + " label with FolderDatasetReader (LabelledData.read takes either)");
        }
        try (InputStream raw = Files.newInputStream(file);
             DigestInputStream in = new DigestInputStream(raw, sha);
             BufferedReader buffered = withoutByteOrderMark(new BufferedReader(new InputStreamReader(in,
                     StandardCharsets.UTF_8.newDecoder()
                     .onMalformedInput(CodingErrorAction.REPORT)
                     .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16));
             RowLimit reader = new RowLimit(buffered, maxRowLength)) {
            // empty lines before the header are skipped here, so that the parser can keep every
            // later empty line as a record and count lines as an editor does
            long headerLine = 1 + skipEmptyLines(buffered);
            String sepLine = excelSeparatorLine(buffered);
            if (sepLine != null) {
                throw new DatasetException(file, headerLine, "starts with '" + sepLine + "', the separator line Excel writes before"
                        + " the header: delete that line (the separator is found from the header row)");
            }
            char delimiter = delimiter(buffered);
            Map<String, TreeSet<String>> seen = new LinkedHashMap<>();
            for (String col : labelColumns) {
                seen.put(col, new TreeSet<>());
            }
            if (delimiter != ',') {
                info("{}: read as {}-separated (its header row has no comma), quoted as a CSV is", file,
                        delimiter == '\t' ? "tab" : "semicolon");
            }
            readRecords(file, reader, each, seen, delimiter, headerLine);
            warnOfCaseVariants(file, seen);
            // the parser has read to the end of the file, so the digest covers all of it
            List<DimensionSpec> dims = new ArrayList<>();
            for (String col : labelColumns) {
                if (ordinal.containsKey(col)) {
                    dims.add(new DimensionSpec(col, DimensionKind.ORDINAL, ordinal.get(col)));
                } else if (knownLabels.containsKey(col)) {
                    dims.add(new DimensionSpec(col, DimensionKind.NOMINAL, knownLabels.get(col)));
                } else {
                    dims.add(new DimensionSpec(col, DimensionKind.NOMINAL, new ArrayList<>(seen.get(col))));
                }
            }
            return new Dataset(file.toString(), dims, List.of(), HexFormat.of().formatHex(sha.digest()), textColumns);
        } catch (NoSuchFileException e) {
            throw new DatasetException(file, 0, "file not found; check the path");
        } catch (MalformedInputException e) {
            throw invalidUtf8(file, e);
        } catch (UncheckedIOException e) {
            throw wrap(file, e.getCause());
        } catch (IOException e) {
            throw wrap(file, e);
        }
    }

    /**
     * Logs labels of one column that differ only by case ({@code Neutral} and {@code neutral}):
     * they are different classes, which is seldom meant. Declared labels were checked already.
     */
    private void warnOfCaseVariants(Path file, Map<String, TreeSet<String>> seen) {
        seen.forEach((column, labels) -> {
            if (ordinal.containsKey(column) || knownLabels.containsKey(column)) {
                return;
            }
            Map<String, List<String>> byLower = new LinkedHashMap<>();
            for (String label : labels) {
                byLower.computeIfAbsent(label.toLowerCase(java.util.Locale.ROOT), k -> new ArrayList<>()).add(label);
            }
            for (List<String> variants : byLower.values()) {
                if (variants.size() > 1) {
                    warn("{}: column '{}' has the labels {}, which differ only by case; they are trained as {}"
                            + " classes: write them the same if they are one", file, column,
                            String.join(", ", variants.stream().map(v -> "'" + v + "'").toList()), variants.size());
                }
            }
        });
    }

    private static DatasetException wrap(Path file, IOException e) {
        if (e instanceof MalformedInputException) {
            return invalidUtf8(file, e);
        }
        return new DatasetException(file, 0, "cannot be read: " + e.getMessage(), e);
    }

    /**
     * The error for a file that is not UTF-8, at the line of its first invalid byte: the decoder
     * reads ahead of the parser by a buffer, so the row being parsed when it fails is not it.
     */
    /**
     * {@code in} past a UTF-8 byte order mark, as spreadsheets save one: left for the parser, it
     * made a quoted first name ({@code \uFEFF"id"}) an unquoted one with its quotes in it, and the
     * id column was then not found.
     */
    private static BufferedReader withoutByteOrderMark(BufferedReader in) throws IOException {
        in.mark(1);
        if (in.read() != '\uFEFF') {
            in.reset();
        }
        return in;
    }

    private void warn(String format, Object... args) {
        DataLog.warn(LOG, dataWarnings, format, args);
    }

    private void info(String format, Object... args) {
        DataLog.info(LOG, dataWarnings, format, args);
    }

    /**
     * The label of {@code labels} that {@code label} looks like a misspelling of (one edit from a
     * word of four letters or more, two from one of six or more; never for numbers), the nearest and
     * the first of ties, or null.
     */
    static String nearest(String label, List<String> labels) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String l : labels) {
            // two edits apart are alike only in long words, one in words of four letters; short labels
            // and numbers ("6" against a 1-5 scale) are different labels, not misspellings
            int shorter = Math.min(l.length(), label.length());
            int allowed = NUMBER.matcher(label).matches() || NUMBER.matcher(l).matches() ? 0
                    : shorter >= 6 ? 2 : shorter >= 4 ? 1 : 0;
            if (allowed == 0 || Math.abs(l.length() - label.length()) > allowed) {
                continue;
            }
            int d = distance(label, l);
            if (d > 0 && d <= allowed && d < bestDistance) {
                best = l;
                bestDistance = d;
            }
        }
        return best;
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
    private static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /** A number as a label: an integer, a decimal, a percentage. */
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[-+]?\\d+([.,]\\d+)?%?");

    /** The first bytes of {@code file}, empty when it cannot be read again. */
    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(512);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    /**
     * The Unicode encoding other than UTF-8 that a file which is not valid UTF-8 starts as:
     * {@code UTF-32} after its byte order mark, {@code UTF-16} after its mark or with a NUL
     * beside most bytes (ASCII, or characters such as U+4E00 and U+3000 whose low byte is 0), or
     * null. Only asked once the file has failed, so looser than {@link org.newsgauge.text.load.Utf16}.
     */
    static String unicodeEncoding(Path file) {
        byte[] head = head(file);
        org.newsgauge.text.load.ByteOrderMark bom = org.newsgauge.text.load.ByteOrderMark.of(head, head.length);
        if (bom != null && bom.wide()) {
            return bom.length() == 4 ? "UTF-32" : "UTF-16";
        }
        if (head.length >= 8 && org.newsgauge.text.load.Utf16.fromNulBytes(head, head.length) != null) {
            return "UTF-16";
        }
        int nul = 0;
        for (byte b : head) {
            nul += b == 0 ? 1 : 0;
        }
        return head.length >= 8 && nul * 3 >= head.length ? "UTF-16" : null;
    }

    /**
     * Whether a file that decoded as UTF-8 with NULs in its header is UTF-16 without a byte order
     * mark: decoded as UTF-16 in one byte order or the other, its first line is a header (a column
     * separator, and no control character), as a binary file's would not be.
     */
    private static boolean unmarkedUtf16Csv(Path file) {
        byte[] head = head(file);
        for (java.nio.charset.Charset cs : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            String text = new String(head, 0, head.length & ~1, cs);
            int eol = text.indexOf('\n');
            String first = (eol >= 0 ? text.substring(0, eol) : text).replace("\r", "");
            boolean separated = first.indexOf(',') >= 0 || first.indexOf('\t') >= 0 || first.indexOf(';') >= 0;
            if (separated && first.chars().noneMatch(c -> c < 0x20 && c != '\t')) {
                return true;
            }
        }
        return false;
    }

    /** {@code encoding}: UTF-16 or UTF-32. */
    private static DatasetException notUtf8(Path file, String encoding, Throwable cause) {
        return new DatasetException(file, 1, "is " + encoding + (encoding.equals("UTF-16")
                ? " (as a spreadsheet's \"Unicode text\" saves it)" : "") + ", not UTF-8;"
                + " save it as \"CSV UTF-8\", or convert it, e.g. iconv -f " + encoding.toLowerCase(java.util.Locale.ROOT)
                + " -t utf-8", cause);
    }

    private static DatasetException invalidUtf8(Path file, Throwable cause) {
        String encoding = unicodeEncoding(file);
        if (encoding != null) {
            // Excel's "Unicode text": the windows-1252 advice below would make it worse
            return notUtf8(file, encoding, cause);
        }
        long line = firstInvalidUtf8Line(file);
        return new DatasetException(file, line, "not valid UTF-8" + (line > 0 ? " (the first invalid byte is on this line)" : "")
                + "; save the file as UTF-8 (a spreadsheet's \"CSV UTF-8\"), or convert it, e.g. iconv -f windows-1252 -t utf-8"
                + " (what Excel on Windows saves; from latin1, its curly quotes and dashes would become control characters)",
                cause);
    }

    /**
     * The line (from 1) of the first byte sequence of {@code file} that is not UTF-8, or 0 when
     * none is found (or the file cannot be read again). Line breaks are LF, CRLF or a lone CR, as
     * the CSV parser counts them; neither byte is ever part of a multi-byte character, so lines
     * are counted on the bytes.
     */
    static long firstInvalidUtf8Line(Path file) {
        java.nio.charset.CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        java.nio.ByteBuffer in = java.nio.ByteBuffer.allocate(1 << 16);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(1 << 16);
        long line = 1;
        byte previous = 0;
        try (java.nio.channels.ReadableByteChannel ch = Files.newByteChannel(file)) {
            while (true) {
                boolean end = ch.read(in) < 0;
                in.flip();
                while (true) {
                    int from = in.position();
                    java.nio.charset.CoderResult r = decoder.decode(in, out, end);
                    for (int i = from; i < in.position(); i++) {
                        byte b = in.get(i);
                        if (b == '\n' && previous != '\r' || b == '\r') {
                            line++;
                        }
                        previous = b;
                    }
                    out.clear();
                    if (r.isError()) {
                        return line;
                    }
                    if (r.isUnderflow()) {
                        break;
                    }
                }
                if (end) {
                    return 0;
                }
                in.compact();
            }
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * The separator a one-column header seems to use instead of a comma, or null. Tabs and
     * semicolons are read as delimiters ({@link #delimiter}); vertical bars are not.
     */
    private static String otherSeparator(String header) {
        return header.indexOf('|') >= 0 ? "vertical bars" : null;
    }

    /** Counts the characters read since the last row, and refuses a row longer than the limit. */
    private static final class RowLimit extends java.io.FilterReader {
        private final long limit;
        long sinceRow;

        RowLimit(java.io.Reader in, int limit) {
            super(in);
            // the parser reads ahead by its buffer: allow for it
            this.limit = (long) limit + (1 << 16);
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            count(c < 0 ? 0 : 1);
            return c;
        }

        @Override
        public int read(char[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            count(Math.max(0, n));
            return n;
        }

        private void count(int n) throws RowTooLong {
            sinceRow += n;
            if (sinceRow > limit) {
                throw new RowTooLong();
            }
        }
    }

    private static final class RowTooLong extends IOException {
        private static final long serialVersionUID = 1L;
    }

    private DatasetException problem(Path file, long line, IOException cause) {
        if (cause instanceof RowTooLong) {
            return new DatasetException(file, line, "a row longer than " + maxRowLength
                    + " characters: is a double quote left open? A field with a quote must be quoted, the quote doubled", cause);
        }
        if (cause instanceof MalformedInputException) {
            return invalidUtf8(file, cause);
        }
        String why = withoutParserLines(String.valueOf(cause.getMessage()));
        return new DatasetException(file, line, "malformed CSV (" + why
                + "); a field with a comma, quote or line break must be in double quotes, a quote inside doubled", cause);
    }

    /**
     * The index of the header name {@code wanted}: the name as written, else the one name that
     * equals it but for case and spaces ("Text", "LABEL", "text\u00A0"); null when none does or
     * several do (the error then names the header).
     */
    private static Integer headerIndex(Map<String, Integer> named, String wanted) {
        Integer at = named.get(wanted);
        if (at != null) {
            return at;
        }
        String clean = LabelText.clean(wanted);
        List<Integer> like = named.entrySet().stream().filter(e -> LabelText.clean(e.getKey()).equalsIgnoreCase(clean))
                .map(Map.Entry::getValue).toList();
        return like.size() == 1 ? like.get(0) : null;
    }

    /** Whether every field of {@code rec} is empty or white space. */
    private static boolean blank(CSVRecord rec) {
        for (String v : rec) {
            if (!LabelText.blank(v)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A parser message without the parser's own counts ("at line: 1,501, position: 3,196,130",
     * "(startline 4)"), which count from the header, differ from the message's line (the row's
     * first in the file) and mean nothing to a person.
     */
    private static String withoutParserLines(String message) {
        return String.valueOf(message).replaceAll(" at line: [\\d,.]+, position: [\\d,.]+", "")
                .replaceAll("\\(startline [\\d,.]+\\) ?", "");
    }

    /** Reads the empty lines at the start of {@code in} (LF, CRLF or CR each) and returns how many there were. */
    static long skipEmptyLines(BufferedReader in) throws IOException {
        long lines = 0;
        while (true) {
            in.mark(2);
            int c = in.read();
            if (c == '\n') {
                lines++;
            } else if (c == '\r') {
                in.mark(1);
                if (in.read() != '\n') {
                    in.reset();
                }
                lines++;
            } else {
                in.reset();
                return lines;
            }
        }
    }

    /** The first line of {@code in} when it is Excel's {@code sep=;} line (read, then unread), else null. */
    static String excelSeparatorLine(BufferedReader in) throws IOException {
        in.mark(16);
        char[] head = new char[8];
        int n = in.read(head, 0, head.length);
        in.reset();
        if (n < 5) {
            return null;
        }
        String line = new String(head, 0, n).split("\r\n|\r|\n", -1)[0].strip();
        String bare = line.length() > 2 && line.startsWith("\"") && line.endsWith("\"") ? line.substring(1, line.length() - 1) : line;
        return bare.length() == 5 && bare.startsWith("sep=") ? line : null;
    }

    /**
     * The delimiter of the header row at the start of {@code in}: a comma, unless the header has
     * none outside quotes and has tabs (a .tsv, a spreadsheet's "Text (tab delimited)") or
     * semicolons (a spreadsheet's CSV in locales whose decimal mark is a comma). Every delimiter is
     * read with the quoting of RFC 4180, as Python's {@code csv} module and spreadsheets write these
     * files. Up to 64 KB of the first line is read, then unread: the reader is the one the file is
     * parsed from, as a pipe cannot be opened twice.
     */
    static char delimiter(BufferedReader in) throws IOException {
        int commas = 0;
        int tabs = 0;
        int semicolons = 0;
        boolean quoted = false;
        in.mark(1 << 16);
        for (int i = 0, c; i < (1 << 16) - 1 && (c = in.read()) >= 0; i++) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
            }
        }
        in.reset();
        return commas > 0 ? ',' : tabs > 0 ? '\t' : semicolons > 0 ? ';' : ',';
    }

    private void readRecords(Path file, RowLimit reader, java.util.function.Consumer<Example> out,
                             Map<String, TreeSet<String>> seen, char delimiter, long headerLine)
            throws IOException, DatasetException {
        // an empty name (a spreadsheet's trailing empty column) is allowed: no setting can name it
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setDelimiter(delimiter)
                .setAllowMissingColumnNames(true).setDuplicateHeaderMode(org.apache.commons.csv.DuplicateHeaderMode.ALLOW_ALL)
                // empty lines are records (skipped below), so that the parser's lines are the file's
                .setIgnoreEmptyLines(false).get();
        CSVParser p;
        try {
            p = CSVParser.parse(reader, format);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new DatasetException(file, headerLine, "the header row is not valid (" + e.getMessage()
                    + "); name every column once", e);
        } catch (IOException e) {
            throw problem(file, headerLine, e);
        }
        try (CSVParser parser = p) {
            List<String> header = parser.getHeaderNames();
            // the header's names as written (but for a byte order mark and the spaces around them)
            Map<String, Integer> named = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                String h = header.get(i);
                if (h.indexOf('\0') >= 0) {
                    throw unmarkedUtf16Csv(file) ? notUtf8(file, "UTF-16", null)
                            : new DatasetException(file, headerLine, "the header has NUL characters: the file is binary, or"
                                    + " UTF-16; save it as UTF-8");
                }
                // (a byte order mark, as some spreadsheets save, was skipped before parsing)
                String name = h.strip();
                Integer first = named.putIfAbsent(name, i);
                if (first != null && !name.isEmpty()) {
                    throw new DatasetException(file, headerLine, "the header names column '" + name + "' twice (columns "
                            + (first + 1) + " and " + (i + 1) + "); name every column once");
                }
            }
            // each setting's column, looked up in the header as written; a dimension's in a map of its
            // own, as it may be read from a column of another name (which an error then names) and
            // may share its name with a text column
            Map<String, Integer> col = new HashMap<>();
            Map<String, Integer> labelAt = new HashMap<>();
            List<String> missing = new ArrayList<>();
            List<String> others = new ArrayList<>(textColumns);
            if (groupColumn != null) {
                others.add(groupColumn);
            }
            if (idRequired) {
                others.add(idColumn);
            }
            for (String c : others) {
                Integer at = headerIndex(named, c);
                if (at != null) {
                    col.put(c, at);
                } else {
                    missing.add(c);
                }
            }
            for (String d : labelColumns) {
                String column = columnOf.getOrDefault(d, d);
                Integer at = headerIndex(named, column);
                if (at != null) {
                    labelAt.put(d, at);
                } else {
                    missing.add(column);
                }
            }
            // the optional id column only under its own name, as before: an "ID" column of another
            // meaning (not unique) must not turn a file that read into one that fails
            if (idColumn != null && !idRequired && named.containsKey(idColumn)) {
                col.put(idColumn, named.get(idColumn));
            }
            if (!missing.isEmpty()) {
                String c = missing.get(0);
                if (header.isEmpty() || header.size() == 1 && header.get(0).isBlank()) {
                    throw new DatasetException(file, 1, "is empty: a CSV needs a header row naming its columns"
                            + " (e.g. text,label) and a row per document");
                }
                String separator = header.size() == 1 ? otherSeparator(header.get(0)) : null;
                throw new DatasetException(file, headerLine, "no column '" + c + "'; the header has: "
                        + String.join(", ", header) + ". " + (separator != null
                        ? "The header is one column with " + separator + " in it: save the file with commas between"
                                + " the columns (RFC 4180 CSV)."
                        : textColumns.contains(c) && textColumnsHint != null ? textColumnsHint
                        : (labelColumns.contains(c) || ordinal.containsKey(c) || columnOf.containsValue(c))
                                && labelColumnsHint != null
                        ? labelColumnsHint
                        : "Name the right column or fix the header."));
            }
            Integer idCol = idColumn == null ? null : col.get(idColumn);
            Map<String, Long> ids = new HashMap<>();
            long rows = 0;
            long blankRows = 0;
            RepeatedTexts repeats = new RepeatedTexts(l -> "line " + l);
            // the header's last line (a quoted name may hold a line break), counted from the file's start
            long prevLine = parser.getCurrentLineNumber() + headerLine - 1;
            // per label column, each label as written and the label it was read as: the cleaning and
            // checks below run once per way of writing a label, not once per row
            Map<String, Map<String, String>> readAs = new HashMap<>();
            for (String c : labelColumns) {
                readAs.put(c, new HashMap<>());
            }
            Iterator<CSVRecord> it = parser.iterator();
            while (true) {
                CSVRecord rec;
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    rec = it.next();
                } catch (UncheckedIOException e) {
                    throw problem(file, prevLine + 1, e.getCause());
                } catch (IllegalStateException | IllegalArgumentException e) {
                    throw new DatasetException(file, prevLine + 1, "malformed CSV (" + withoutParserLines(e.getMessage()) + ")", e);
                }
                reader.sinceRow = 0;
                long line = prevLine + 1;
                // the parser counts from the header
                prevLine = parser.getCurrentLineNumber() + headerLine - 1;
                if (rec.size() == 1 && rec.get(0).isEmpty()) {
                    // an empty line: nothing to read, nothing to count
                    continue;
                }
                if (blank(rec)) {
                    // a spreadsheet's empty rows (",,,") or a line of spaces: no data to lose
                    blankRows++;
                    continue;
                }
                if (rec.size() != header.size()) {
                    throw new DatasetException(file, line, "the row has " + rec.size() + " fields, the header "
                            + header.size() + "; check the quoting of this row (a field with a comma must be quoted)");
                }
                StringBuilder text = new StringBuilder();
                for (String c : textColumns) {
                    String v = rec.get(col.get(c)).strip();
                    if (v.indexOf('\0') >= 0) {
                        throw new DatasetException(file, line, "column '" + c + "' has a NUL character: binary"
                                + " content? Remove it, or save the file as UTF-8 text");
                    }
                    if (!v.isEmpty()) {
                        if (text.length() > 0) {
                            text.append("\n\n");
                        }
                        text.append(v);
                    }
                }
                if (text.length() == 0) {
                    throw new DatasetException(file, line, "the text column" + (textColumns.size() > 1 ? "s " : " ")
                            + String.join(", ", textColumns) + " " + (textColumns.size() > 1 ? "are" : "is")
                            + " empty; fill in the text or remove the row");
                }
                List<String> labels = new ArrayList<>(labelColumns.size());
                for (String c : labelColumns) {
                    String written = rec.get(labelAt.get(c)).strip();
                    Map<String, String> known = readAs.get(c);
                    String v = known.get(written);
                    if (v != null) {
                        labels.add(v);
                        continue;
                    }
                    // labels that look alike are alike: no-break and zero-width spaces, and NFC
                    v = LabelText.clean(written);
                    if (v.isEmpty()) {
                        throw new DatasetException(file, line, "no label in column '" + c + "'; label the row or remove it");
                    }
                    List<String> allowed = ordinal.containsKey(c) ? ordinal.get(c) : knownLabels.get(c);
                    if (allowed != null) {
                        // a declared label (an order, a pack's labels) as declared, whichever way the file writes
                        // it; written exactly as declared, it is that label even if another cleans alike
                        String d = declared.get(c).resolve(written, v);
                        v = d != null ? d : v;
                    }
                    if (allowed != null && !allowed.contains(v)) {
                        String near = nearest(v, allowed);
                        throw new DatasetException(file, line, "'" + v + "' is not a label of "
                                + (ordinal.containsKey(c) ? "ordinal " : "") + "dimension '" + c + "' (labels: "
                                + String.join(", ", allowed) + "); "
                                + (near != null ? "it is one letter or two from the declared '" + near + "': if that is"
                                        + " the misspelt one, correct the declaration; else " : "")
                                + (ordinal.containsKey(c) ? "correct the label or add it to the declared order"
                                : "a model that does not know it cannot predict it: correct the label, leave such"
                                        + " rows out, or retrain with them"));
                    }
                    if (seen.get(c).add(v) && seen.get(c).size() > MAX_LABELS) {
                        throw new DatasetException(file, line, "column '" + c + "' has more than " + MAX_LABELS
                                + " different labels; is it the label column?");
                    }
                    if (known.size() < 4 * MAX_LABELS) {
                        known.put(written, v);
                    }
                    labels.add(v);
                }
                String id = idCol == null ? "line-" + line : rec.get(idCol).strip();
                if (id.isEmpty()) {
                    id = "line-" + line;
                }
                Long first = ids.putIfAbsent(id, line);
                if (first != null) {
                    throw new DatasetException(file, line, "id '" + id + "' is used again (first on line " + first
                            + "); ids must be unique");
                }
                String group = groupColumn == null ? id : rec.get(col.get(groupColumn)).strip();
                String t = text.toString();
                repeats.add(t, line, labels.hashCode());
                out.accept(new Example(id, t, labels, group.isEmpty() ? id : group, line));
                rows++;
            }
            if (rows == 0) {
                throw new DatasetException(file, 0, "has a header but no rows");
            }
            String repeated = repeats.warning("row", "with other labels", "leave the repeats out (or group them)");
            if (repeated != null) {
                warn("{}: {}", file, repeated);
            }
            if (blankRows > 0) {
                info("{}: {} row{} with no value in any column left out", file, blankRows, blankRows > 1 ? "s" : "");
            }
        }
    }
}
