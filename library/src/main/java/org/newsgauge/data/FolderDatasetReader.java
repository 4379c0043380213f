package org.newsgauge.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.newsgauge.model.DimensionKind;
import org.newsgauge.text.DocumentReader;
import org.newsgauge.text.SourceDocument;

/**
 * Reads a folder-per-label dataset: {@code DIR/<label>/*.txt} (also .md, .html, .htm), one
 * dimension whose labels are the sub-folder names. Files are read with the library's
 * {@link DocumentReader} (charset detection, and article extraction when asked).
 *
 * <pre>{@code
 * Dataset d = new FolderDatasetReader("topic", DocumentReader.defaults()).read(Path.of("corpus"));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class FolderDatasetReader {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(FolderDatasetReader.class);
    private final String dimension;
    private final DocumentReader documents;
    /** Labels as declared (a pack's), which folder names that read alike are taken for; empty: none. */
    private final LabelText.Declared declared;
    /** False: what the reader says about the data (hidden and loose files left out) goes to DEBUG. */
    private final boolean dataWarnings;

    /**
     * A reader of folder-per-label datasets.
     *
     * @param dimension the name of the one dimension the folders label, e.g. {@code topic} (a pack
     *                  trained from it predicts a dimension of this name)
     * @param documents reads each file; {@link DocumentReader#defaults()} extracts the article, one
     *                  with {@code withExtraction(false)} keeps the whole text
     */
    public FolderDatasetReader(String dimension, DocumentReader documents) {
        this(dimension, documents, List.of());
    }

    /**
     * A reader whose label folders are taken for the labels {@code known} (a pack's, to evaluate
     * it) when their names read alike: the same but for Unicode normalisation, spaces and invisible
     * characters, as a label read from a CSV is (a folder saved by macOS has its name decomposed).
     *
     * @param dimension the one dimension the folders label
     * @param documents reads each file
     * @param known     the labels folder names are taken for
     */
    public FolderDatasetReader(String dimension, DocumentReader documents, List<String> known) {
        this(dimension, documents, new LabelText.Declared(List.copyOf(known)), true);
    }

    private FolderDatasetReader(String dimension, DocumentReader documents, LabelText.Declared declared,
                                boolean dataWarnings) {
        this.dimension = dimension;
        this.documents = documents;
        this.declared = declared;
        this.dataWarnings = dataWarnings;
    }

    /**
     * This reader, with what it says about the data itself (hidden files and folders and documents
     * outside any label folder left out) logged at WARN as by default (tools' folders, such as
     * {@code .git}, {@code .idea} and {@code .venv}, only at DEBUG), or, with {@code false}, at DEBUG:
     * for a folder read again, as {@link org.newsgauge.eval.PackComparison} reads it once per pack.
     *
     * <pre>{@code
     * FolderDatasetReader again = reader.withDataWarnings(false);
     * }</pre>
     *
     * @param warn true to log them at WARN, false at DEBUG
     * @return a reader with the same settings
     */
    public FolderDatasetReader withDataWarnings(boolean warn) {
        return warn == dataWarnings ? this : new FolderDatasetReader(dimension, documents, declared, warn);
    }

    private void warn(String format, Object... args) {
        DataLog.warn(LOG, dataWarnings, format, args);
    }

    /** The label a folder called {@code name} holds: a known label it reads as, else its name read as a label. */
    private String label(String name) {
        String clean = LabelText.clean(name);
        String d = declared.resolve(name, clean);
        return d != null ? d : clean;
    }

    /** Looks at the label folders of a dataset before any of its documents is read. */
    @FunctionalInterface
    public interface LabelCheck {
        /**
         * @param labels the label folders that hold documents, sorted
         * @throws DatasetException to refuse them, naming the folder and the fix
         */
        void check(List<String> labels) throws DatasetException;
    }

    /**
     * Reads {@code dir}: every label folder's documents, in sorted order. Sub-folders of a label
     * folder count as part of it; documents at the top of {@code dir}, hidden files and hidden
     * folders are left out, with a logged warning (see {@link #withDataWarnings}).
     *
     * @param dir the dataset's folder, holding one folder per label
     * @return the dataset: one nominal dimension whose labels are the folder names, sorted; each
     *         example's id is its path relative to {@code dir}, with {@code /} between names
     * @throws DatasetException when it is not a folder, has no label folder with documents,
     *                          cannot be read, or a document has no text (a trainer needs two
     *                          labels or more; evaluating a model on one label is fine)
     */
    public Dataset read(Path dir) throws DatasetException {
        return read(dir, labels -> { });
    }

    /**
     * Reads {@code dir} as {@link #read(Path)} does, after handing its label folders to
     * {@code check}, which may refuse them before a document is read (a long read that would
     * end in an unknown label is not started).
     *
     * <pre>{@code
     * Dataset d = reader.read(dir, labels -> { if (!known.containsAll(labels)) throw new DatasetException(dir, 0, "..."); });
     * }</pre>
     *
     * @param dir   the dataset's folder, holding one folder per label
     * @param check sees the label folders that hold documents, sorted, and may refuse them
     * @return the dataset, as {@link #read(Path)} gives it
     * @throws DatasetException when {@code check} refuses the labels, or for any of the problems
     *                          {@link #read(Path)} reports
     */
    public Dataset read(Path dir, LabelCheck check) throws DatasetException {
        if (!Files.isDirectory(dir)) {
            throw new DatasetException(dir, 0, "is not a folder; a folder-per-label dataset is DIR/<label>/*.txt");
        }
        Map<String, List<Path>> byLabel = documents(dir);
        long loose = looseDocuments(dir);
        if (byLabel.isEmpty()) {
            throw new DatasetException(dir, 0, "has no label folder with documents (.txt, .md, .html): a folder-per-label"
                    + " dataset is DIR/<label>/*.txt" + (loose > 0 ? "; its " + loose + " document" + (loose > 1 ? "s are" : " is")
                    + " at the top, outside any label folder: move each into the folder of its label" : ""));
        }
        if (loose > 0) {
            warn("{}: {} document{} at the top, outside any label folder, left out (a document's label is the folder it is in)",
                    dir, loose, loose > 1 ? "s" : "");
        }
        List<String> labels = List.copyOf(byLabel.keySet());
        check.check(labels);
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        List<Example> examples = new ArrayList<>();
        // a copy is worth a warning, as a CSV's repeated row is
        RepeatedTexts repeats = new RepeatedTexts(i -> examples.get((int) i).id());
        // every file without text is named at once: a user fixing them one run at a time would
        // read the whole folder again for each
        List<String> textless = new ArrayList<>();
        Path firstTextless = null;
        String firstReason = null;
        for (Map.Entry<String, List<Path>> e : byLabel.entrySet()) {
            for (Path f : e.getValue()) {
                SourceDocument doc = documents.read(f);
                String rel = dir.relativize(f).toString().replace('\\', '/');
                // each part after its length, so that no two folders hash alike by moving bytes
                // between a file's name and its text
                hashPart(sha, rel);
                hashPart(sha, doc.text());
                if (doc.text().isBlank()) {
                    if (firstTextless == null) {
                        firstTextless = f;
                        firstReason = doc.warnings().isEmpty() ? null : doc.warnings().get(0).message();
                    }
                    textless.add(rel);
                    continue;
                }
                examples.add(new Example(rel, doc.text(), List.of(e.getKey()), rel, 0));
                repeats.add(doc.text(), examples.size() - 1, e.getKey().hashCode());
            }
        }
        if (textless.size() == 1) {
            throw new DatasetException(firstTextless, 0, "has no text" + (firstReason == null ? "" : " (" + firstReason + ")")
                    + "; remove it or fix it");
        }
        if (!textless.isEmpty()) {
            throw new DatasetException(dir, 0, textless.size() + " files have no text: " + few(textless, 10)
                    + (firstReason == null ? "" : "; " + textless.get(0) + ": " + firstReason) + "; remove them or fix them");
        }
        String repeated = repeats.warning("file", "in another label's folder", "leave the copies out");
        if (repeated != null) {
            warn("{}: {}", dir, repeated);
        }
        return new Dataset(dir.toString(), List.of(new DimensionSpec(dimension, DimensionKind.NOMINAL, labels)),
                examples, HexFormat.of().formatHex(sha.digest()));
    }

    private static void hashPart(MessageDigest sha, String part) {
        byte[] b = part.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        sha.update(java.nio.ByteBuffer.allocate(8).putLong(b.length).array());
        sha.update(b);
    }

    /** The documents of each label folder of {@code dir} that has any, by label in sorted order, each list sorted. */
    private Map<String, List<Path>> documents(Path dir) throws DatasetException {
        Map<String, List<Path>> byLabel = new java.util.TreeMap<>();
        LeftOut leftOut = new LeftOut();
        try (Stream<Path> subs = Files.list(dir)) {
            List<Path> folders = subs.filter(Files::isDirectory).sorted().toList();
            for (Path folder : folders) {
                if (isHidden(folder.getFileName())) {
                    // .ipynb_checkpoints, .git: copies and tools' files, not a label, and not walked
                    leftOut.folders.add(dir.relativize(folder).toString());
                    continue;
                }
                List<Path> files = labelDocuments(folder, leftOut);
                if (files.isEmpty()) {
                    leftOut.emptyLabels.add(dir.relativize(folder).toString());
                } else {
                    // a folder name as a person reads it: NFC (macOS saves names decomposed), plain spaces
                    String label = label(folder.getFileName().toString());
                    byLabel.merge(label, files, (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).sorted().toList());
                }
            }
        } catch (IOException e) {
            throw new DatasetException(dir, 0, "cannot be read: " + e.getMessage(), e);
        }
        if (leftOut.documents > 0) {
            warn("{}: {} document{} in hidden files (named with a leading dot, as macOS's ._ files are) left out", dir,
                    leftOut.documents, leftOut.documents > 1 ? "s" : "");
        }
        // a tool's folder (.git, .idea, .venv) is no news; others (.ipynb_checkpoints holds copies of
        // documents, a .cache may hold articles) are warned of by name
        List<String> named = leftOut.folders.stream().filter(f -> !TOOL_FOLDERS.contains(Path.of(f).getFileName().toString()))
                .sorted().toList();
        if (!named.isEmpty()) {
            warn("{}: hidden folder{} left out without being read: {}", dir, named.size() > 1 ? "s" : "", few(named));
        }
        if (named.size() < leftOut.folders.size()) {
            LOG.debug("{}: tools' hidden folders left out: {}", dir, leftOut.folders.stream().sorted().toList());
        }
        int others = leftOut.others.size();
        if (others > 0) {
            // a .csv or an image beside the articles: not read, and said so
            warn("{}: {} file{} that {} no article (not .txt, .md, .html, .htm or .xhtml, or a README or LICENSE) left out:"
                    + " {}", dir, others, others > 1 ? "s" : "", others > 1 ? "are" : "is",
                    few(leftOut.others.stream().sorted().toList()));
        }
        if (!leftOut.emptyLabels.isEmpty() && !byLabel.isEmpty()) {
            // a label with no document is no label the data has: the pack will not know it
            warn("{}: folder{} without documents, so not a label of the data: {}", dir,
                    leftOut.emptyLabels.size() > 1 ? "s" : "", few(leftOut.emptyLabels));
        }
        return byLabel;
    }

    /** The first three names, and how many more: {@code a, b, c and 4 more}. */
    private static String few(List<String> names) {
        return few(names, 3);
    }

    /** The first {@code most} names, and how many more. */
    private static String few(List<String> names, int most) {
        int shown = Math.min(most, names.size());
        return String.join(", ", names.subList(0, shown)) + (names.size() > shown ? " and " + (names.size() - shown) + " more" : "");
    }

    /** Files an operating system leaves in folders, left out without a warning. */
    private static final java.util.Set<String> SYSTEM_FILES = java.util.Set.of("Thumbs.db", "desktop.ini", "Desktop.ini");

    /** Whether a document file is a folder's note about itself (README.md, LICENSE.txt), not an article. */
    private static boolean isNote(Path f) {
        String n = f.getFileName().toString().toUpperCase(java.util.Locale.ROOT);
        return n.startsWith("README.") || n.startsWith("LICENSE.") || n.startsWith("LICENCE.") || n.startsWith("CHANGELOG.");
    }

    /** Hidden folders of tools (version control, editors, build tools, Python environments), left out without a warning. */
    private static final java.util.Set<String> TOOL_FOLDERS = java.util.Set.of(".git", ".svn", ".hg", ".idea", ".vscode",
            ".gradle", ".mvn", ".venv", ".pytest_cache", ".mypy_cache", ".ruff_cache", ".tox");

    /**
     * What a walk left out: documents in hidden files, hidden folders (not walked into), files
     * that are not documents, and label folders without a document.
     */
    private static final class LeftOut {
        long documents;
        final List<String> folders = new ArrayList<>();
        final List<String> others = new ArrayList<>();
        final List<String> emptyLabels = new ArrayList<>();
    }

    /**
     * The documents below one label folder, sorted, following symbolic links (as classify's
     * folder search does; a loop is an error, not a skip). A hidden file or folder
     * ({@code ._a.txt}, {@code .ipynb_checkpoints}) is left out, and noted in {@code leftOut} (with the files that are not documents),
     * without walking into it (a hidden link that loops, or a hidden folder that cannot be read,
     * is no error either).
     */
    private static List<Path> labelDocuments(Path folder, LeftOut leftOut) throws DatasetException {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(folder, java.util.EnumSet.of(java.nio.file.FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new java.nio.file.SimpleFileVisitor<>() {
                        @Override
                        public java.nio.file.FileVisitResult preVisitDirectory(Path d, java.nio.file.attribute.BasicFileAttributes a) {
                            if (!d.equals(folder) && isHidden(d.getFileName())) {
                                leftOut.folders.add(folder.getParent().relativize(d).toString());
                                return java.nio.file.FileVisitResult.SKIP_SUBTREE;
                            }
                            return java.nio.file.FileVisitResult.CONTINUE;
                        }

                        @Override
                        public java.nio.file.FileVisitResult visitFile(Path f, java.nio.file.attribute.BasicFileAttributes a) {
                            if (a.isRegularFile() && isDocument(f) && !isNote(f)) {
                                if (isHidden(f.getFileName())) {
                                    leftOut.documents++;
                                } else {
                                    files.add(f);
                                }
                            } else if (a.isRegularFile() && !isHidden(f.getFileName())
                                    && !SYSTEM_FILES.contains(f.getFileName().toString())) {
                                leftOut.others.add(folder.getParent().relativize(f).toString());
                            }
                            return java.nio.file.FileVisitResult.CONTINUE;
                        }

                        @Override
                        public java.nio.file.FileVisitResult visitFileFailed(Path f, IOException e) throws IOException {
                            // the walker opens a folder (and checks it for a loop) before asking to skip it
                            if (isHidden(f.getFileName())) {
                                leftOut.folders.add(folder.getParent().relativize(f).toString());
                                return java.nio.file.FileVisitResult.CONTINUE;
                            }
                            throw e;
                        }
                    });
        } catch (IOException e) {
            String why = e instanceof java.nio.file.FileSystemLoopException loop
                    ? "has a symbolic link, " + loop.getFile() + ", that loops back to a folder above it"
                    : "cannot be read (" + e.getMessage() + ")";
            throw new DatasetException(folder, 0, why + "; remove the link loop or the unreadable folder from the data", e);
        }
        files.sort(null);
        return files;
    }

    /** Whether a name is hidden: it starts with a dot. */
    private static boolean isHidden(Path name) {
        return name != null && name.toString().startsWith(".");
    }

    /** Documents directly in {@code dir}, outside any label folder. */
    private static long looseDocuments(Path dir) throws DatasetException {
        try (Stream<Path> top = Files.list(dir)) {
            return top.filter(Files::isRegularFile).filter(f -> !isHidden(f.getFileName()))
                    .filter(FolderDatasetReader::isDocument).count();
        } catch (IOException e) {
            throw new DatasetException(dir, 0, "cannot be read: " + e.getMessage(), e);
        }
    }

    static boolean isDocument(Path p) {
        String n = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".txt") || n.endsWith(".md") || n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml");
    }
}
