package org.newsgauge.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.newsgauge.text.extract.ArticleExtractor;
import org.newsgauge.text.lang.LanguageDetection;
import org.newsgauge.text.load.LoadedText;
import org.newsgauge.text.load.TextLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads scraped documents ({@code .txt}, {@code .md}, {@code .html}, {@code .htm}, {@code .xhtml})
 * into the text the classifier should see: size cap, binary detection, charset detection, article
 * extraction (menus, tickers, story lists, comment forms and footers removed) and language
 * detection. Never throws for bad content: an unreadable, binary or empty file gives a document
 * with empty text and a {@link Warning}. Immutable and thread-safe; share one instance.
 *
 * <pre>{@code
 * DocumentReader reader = DocumentReader.defaults();              // 2 MB cap, extraction, language
 * SourceDocument doc = reader.read(Path.of("scraped/story.html"));
 * classify(doc.text());
 *
 * DocumentReader raw = reader.withExtraction(false);              // for `classify --raw`
 * ExtractionResult why = reader.explain(Path.of("story.txt"));     // for `clean --explain`
 * }</pre>
 */
public final class DocumentReader {

    /** The default size cap: 2 MB. */
    public static final long DEFAULT_MAX_BYTES = 2L * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(DocumentReader.class);
    private static final DocumentReader DEFAULTS = new DocumentReader(DEFAULT_MAX_BYTES, true, true);

    private final long maxBytes;
    private final boolean extract;
    private final boolean detectLanguage;

    private DocumentReader(long maxBytes, boolean extract, boolean detectLanguage) {
        this.maxBytes = maxBytes;
        this.extract = extract;
        this.detectLanguage = detectLanguage;
    }

    /**
     * The default reader: 2 MB cap, extraction on, language detection on.
     *
     * @return the shared default reader
     */
    public static DocumentReader defaults() {
        return DEFAULTS;
    }

    /**
     * A reader with another size cap; longer input is cut with a {@code truncated} warning.
     *
     * @param maxBytes the cap in bytes (characters for {@link #read(String, String, SourceFormat)})
     * @return a new reader
     * @throws IllegalArgumentException if maxBytes is not positive
     */
    public DocumentReader withMaxBytes(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        return new DocumentReader(maxBytes, extract, detectLanguage);
    }

    /**
     * A reader with article extraction on or off. Off ("raw") keeps the text as it is: still
     * charset-decoded, HTML tags stripped to text (one block per line).
     *
     * @param extract whether to extract the article
     * @return a new reader
     */
    public DocumentReader withExtraction(boolean extract) {
        return new DocumentReader(maxBytes, extract, detectLanguage);
    }

    /**
     * A reader with language detection on or off; when off the language is {@code "und"}.
     *
     * @param detect whether to detect the language
     * @return a new reader
     */
    public DocumentReader withLanguageDetection(boolean detect) {
        return new DocumentReader(maxBytes, extract, detect);
    }

    /** @return the size cap in bytes */
    public long maxBytes() {
        return maxBytes;
    }

    /** @return whether article extraction is on */
    public boolean extraction() {
        return extract;
    }

    /** @return whether language detection is on */
    public boolean languageDetection() {
        return detectLanguage;
    }

    /**
     * Reads a file. The format comes from the file name ({@link SourceFormat#ofFileName(String)}).
     *
     * @param file the file
     * @return the document; problems are reported as warnings, never thrown
     * @throws NullPointerException if file is null
     */
    public SourceDocument read(Path file) {
        Objects.requireNonNull(file, "file");
        return document(load(file), file.toString());
    }

    /**
     * Reads a stream that has no file name, such as standard input or a download, as
     * {@link #read(Path)} reads a file: the size cap (bytes past it are not read), binary and
     * charset detection, extraction and language. The format comes from the first bytes
     * ({@link SourceFormat#ofContent}: HTML when it starts with {@code <}, else text). The
     * stream is not closed.
     *
     * <pre>{@code
     * SourceDocument doc = DocumentReader.defaults().read(System.in, "-");
     * }</pre>
     *
     * @param in         the stream
     * @param sourceName a name for messages and {@link SourceDocument#source()}
     * @return the document; problems (a read error too) are reported as warnings, never thrown
     * @throws NullPointerException if an argument is null
     */
    public SourceDocument read(InputStream in, String sourceName) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sourceName, "sourceName");
        Loaded l = new Loaded();
        TextLoader.Bytes bytes;
        try {
            bytes = TextLoader.readCapped(in, maxBytes);
        } catch (IOException | RuntimeException e) {
            l.warnings.add(unreadable("input", sourceName, e));
            return document(l, sourceName);
        }
        l.format = SourceFormat.ofContent(bytes.data(), Math.min(bytes.length(), 1024));
        decode(l, bytes, "input");
        return document(l, sourceName);
    }

    /** The document of what was loaded: empty when it had no usable text, else extracted. */
    private SourceDocument document(Loaded l, String source) {
        if (l.text == null) {
            return new SourceDocument(source, "", "", LanguageDetection.UNDETERMINED, l.charset, l.warnings);
        }
        return process(l.text, source, l.format, l.charset, l.warnings);
    }

    /** The {@code io} warning of a {@code what} ("file", "input") that could not be read. */
    private static Warning unreadable(String what, Object source, Exception e) {
        LOG.debug("cannot read {}: {}", source, e.toString());
        return new Warning(Warning.IO, "cannot read the " + what + ": " + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    }

    /**
     * Reads content that is already a String (from a CSV column, an API call...).
     *
     * @param content    the content
     * @param sourceName a name for messages and {@link SourceDocument#source()}
     * @param format     how to read the content
     * @return the document; problems are reported as warnings, never thrown
     * @throws NullPointerException if an argument is null
     */
    public SourceDocument read(String content, String sourceName, SourceFormat format) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(format, "format");
        List<Warning> warnings = new ArrayList<>(2);
        String text = content;
        if (TextLoader.looksBinary(text)) {
            warnings.add(new Warning(Warning.BINARY, "binary content, skipped"));
            return new SourceDocument(sourceName, "", "", LanguageDetection.UNDETERMINED, "string", warnings);
        }
        if (text.length() > maxBytes) {
            int cut = (int) Math.min(maxBytes, Integer.MAX_VALUE - 64);
            if (cut > 0 && Character.isHighSurrogate(text.charAt(cut - 1))) {
                cut--;
            }
            text = text.substring(0, cut);
            warnings.add(new Warning(Warning.TRUNCATED, "content longer than " + maxBytes
                    + " characters; only the first " + cut + " were read"));
        }
        return process(text, sourceName, format, "string", warnings);
    }

    /**
     * Explains the extraction of a file: every block with its decision and the reason, for
     * {@code clean --explain}. Works the same with extraction on or off.
     *
     * @param file the file
     * @return title, body, blocks and warnings
     * @throws NullPointerException if file is null
     */
    public ExtractionResult explain(Path file) {
        Objects.requireNonNull(file, "file");
        Loaded l = load(file);
        if (l.text == null) {
            return new ExtractionResult("", "", List.of(), l.warnings);
        }
        if (l.text.isBlank()) {
            l.warnings.add(new Warning(Warning.EMPTY, "the document is empty"));
            return new ExtractionResult("", "", List.of(), l.warnings);
        }
        ExtractionResult r = ArticleExtractor.extract(l.text, l.format, true);
        List<Warning> all = new ArrayList<>(l.warnings);
        all.addAll(r.warnings());
        return new ExtractionResult(r.title(), r.body(), r.blocks(), all);
    }

    /** Decoded text (null if unusable), format, charset and warnings of a file. */
    private static final class Loaded {
        String text;
        SourceFormat format;
        String charset = "";
        List<Warning> warnings = new ArrayList<>(2);
    }

    private Loaded load(Path file) {
        Loaded l = new Loaded();
        Path name = file.getFileName();
        l.format = SourceFormat.ofFileName(name == null ? file.toString() : name.toString());
        TextLoader.Bytes bytes;
        try {
            if (Files.isDirectory(file)) {
                l.warnings.add(new Warning(Warning.IO, "is a directory, not a file"));
                return l;
            }
            bytes = TextLoader.readCapped(file, maxBytes);
        } catch (IOException | RuntimeException e) {
            l.warnings.add(unreadable("file", file, e));
            return l;
        }
        decode(l, bytes, "file");
        return l;
    }

    /** Decodes {@code bytes} of a {@code what} ("file", "input") into {@code l}, with the truncation warning. */
    private void decode(Loaded l, TextLoader.Bytes bytes, String what) {
        if (bytes.truncated()) {
            l.warnings.add(new Warning(Warning.TRUNCATED, what + " larger than " + maxBytes
                    + " bytes; only the first " + bytes.length() + " were read"));
        }
        LoadedText t = TextLoader.decode(bytes.data(), bytes.length(), bytes.truncated(), l.format);
        l.warnings.addAll(t.warnings());
        l.charset = t.charset();
        if (!t.binary()) {
            l.text = t.text();
        }
    }

    private SourceDocument process(String text, String source, SourceFormat format, String charset,
                                   List<Warning> warnings) {
        if (text.isBlank()) {
            warnings.add(new Warning(Warning.EMPTY, "the document is empty"));
            return new SourceDocument(source, "", "", LanguageDetection.UNDETERMINED, charset, warnings);
        }
        ExtractionResult r;
        try {
            r = extract ? ArticleExtractor.extract(text, format, false) : ArticleExtractor.raw(text, format);
        } catch (RuntimeException | StackOverflowError e) {
            // defensive: a parser bug must not fail a batch
            LOG.warn("extraction failed for {}: {}", source, e.toString());
            warnings.add(new Warning(Warning.NO_ARTICLE, "extraction failed: " + e.getClass().getSimpleName()));
            return new SourceDocument(source, "", "", LanguageDetection.UNDETERMINED, charset, warnings);
        }
        warnings.addAll(r.warnings());
        String out = extract ? r.text() : r.body();
        String language = detectLanguage ? LanguageDetection.detect(out) : LanguageDetection.UNDETERMINED;
        return new SourceDocument(source, r.title(), out, language, charset, warnings);
    }
}
