package org.newsgauge.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgauge.data.DataSettings;
import org.newsgauge.data.Dataset;
import org.newsgauge.data.DatasetException;
import org.newsgauge.data.ExampleStream;
import org.newsgauge.data.LabelledData;
import picocli.CommandLine.Option;

/** Options that name a labelled dataset: a CSV with columns, or a folder per label. */
final class DataOptions {
    @Option(names = "--data", required = true, paramLabel = "FILE|DIR",
            description = "Labelled data: a CSV file (header row) or a folder DIR/<label>/*.txt")
    Path data;

    @Option(names = "--text-column", paramLabel = "C", description = "Text column (repeat to join several in order). Default: text")
    List<String> textColumns = new ArrayList<>();

    @Option(names = "--label-column", paramLabel = "L", description = "Label column, one dimension each (repeatable). Default: label")
    List<String> labelColumns = new ArrayList<>();

    @Option(names = "--ordinal", paramLabel = "L=a,b,c",
            description = "Declares label column L ordinal, with its labels from lowest to highest (repeatable; without"
                    + " --label-column the ordinal columns are the only dimensions)")
    List<String> ordinal = new ArrayList<>();

    @Option(names = "--group-column", paramLabel = "G", description = "Column grouping rows (e.g. event) for grouped folds")
    String groupColumn;

    @Option(names = "--id-column", paramLabel = "ID", description = "Id column (default: id, when present)")
    String idColumn;

    @Option(names = "--raw", description = "Folder per label: take each file as it is, without article extraction"
            + " (for headlines, tweets and other texts too short to pass for an article). A CSV's texts are always"
            + " taken as they are")
    boolean raw;

    Dataset read() throws DatasetException {
        requireNotSpec();
        requireCsvOptionsFitData();
        return LabelledData.read(data, settings());
    }

    /** The same data as {@link #read()}, streamed: a CSV's texts need not all be held at once. */
    ExampleStream stream() throws DatasetException {
        requireNotSpec();
        requireCsvOptionsFitData();
        return LabelledData.stream(data, settings());
    }

    /**
     * A pack spec given as {@code --data} would be read as a CSV whose header is its first line of
     * JSON ("no column 'text'; the header has: {"): named as what it is instead.
     */
    private void requireNotSpec() throws DatasetException {
        if (java.nio.file.Files.isRegularFile(data)
                && data.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
            throw new DatasetException(data, 0, "is JSON, not a CSV file or a folder per label; a pack spec goes to"
                    + " --spec " + data + " (without --data)");
        }
    }

    /** How a folder's files are read: whole with {@code --raw} (see {@link LabelledData#folderReading}). */
    static org.newsgauge.text.DocumentReader documents(boolean raw, Path data) {
        return LabelledData.folderReading(data, raw, OPTION_NAMES);
    }

    /** The options only a CSV has are an error with a folder per label, named as options. */
    private void requireCsvOptionsFitData() {
        LabelledData.requireFolderSettings(data, settings(), OPTION_NAMES);
    }

    /** The options as the library's settings. */
    private DataSettings settings() {
        return new DataSettings(textColumns, labelColumns, ordinal(), groupColumn, idColumn, documents(raw, data));
    }

    private static final LabelledData.SettingNames OPTION_NAMES = new LabelledData.SettingNames("--text-column", "--ordinal",
            "--group-column", "--id-column", "a second --label-column", "--label-column", "--raw");

    private Map<String, List<String>> ordinal() {
        Map<String, List<String>> order = new LinkedHashMap<>();
        for (String o : ordinal) {
            int eq = o.indexOf('=');
            if (eq <= 0 || eq == o.length() - 1) {
                throw new Main.UserError("--ordinal takes COLUMN=low,mid,high; got '" + o + "'");
            }
            String column = o.substring(0, eq).trim();
            // "low, elevated, high" as a shell user types it: the spaces are not part of the labels
            List<String> labels = Arrays.stream(o.substring(eq + 1).split(",", -1)).map(String::trim).toList();
            if (order.put(column, labels) != null) {
                throw new Main.UserError("--ordinal gives the order of '" + column + "' twice; give it once");
            }
        }
        return order;
    }
}
