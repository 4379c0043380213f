package org.newsgauge.spark;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.newsgauge.api.ArticleClassifier;
import org.newsgauge.api.Labels;
import org.newsgauge.text.DocumentReader;
import org.newsgauge.text.SourceDocument;
import org.newsgauge.text.SourceFormat;
import org.newsgauge.text.Warning;
import org.newsgauge.text.load.LoadedText;
import org.newsgauge.text.load.TextLoader;

/**
 * What runs on the executors, for the Transformer and the SQL functions alike: one value of the
 * input column (a String or the bytes of a file) to one result row ({@link LabelsRow}). Never
 * throws for bad content: null, empty, binary or article-less input gives null dimensions and a
 * warning.
 *
 * <ul>
 *   <li>raw text (the default): a String is classified as it is, exactly as
 *       {@link ArticleClassifier#classify(String)}; bytes are decoded (charset detection) and HTML
 *       tags stripped, without article extraction;</li>
 *   <li>not raw: the value is a scraped page or file, read as {@link DocumentReader#read} reads
 *       files (size cap, charset, binary check, article extraction, language detection); its
 *       format comes from the source name (a path) if given, else from its content.</li>
 * </ul>
 *
 * <pre>{@code
 * PackHandle pack = PackHandle.defaults(spark);
 * DocumentClassifier c = new DocumentClassifier(pack, new LabelsRow(pack.pack(), true, 3, true), false);
 * Row r = c.classify(Files.readAllBytes(Path.of("page.html")), "page.html");   // as one row of the output column
 * }</pre>
 */
public final class DocumentClassifier implements UDF2<Object, Object, Row> {
    private static final long serialVersionUID = 1L;

    private final PackHandle pack;
    private final LabelsRow out;
    private final boolean rawText;
    private transient ArticleClassifier classifier;
    private transient DocumentReader reader;

    /**
     * @param pack    the broadcast pack
     * @param out     the result's shape
     * @param rawText whether the input is article text (true) or a page/file to extract (false)
     */
    public DocumentClassifier(PackHandle pack, LabelsRow out, boolean rawText) {
        this.pack = pack;
        this.out = out;
        this.rawText = rawText;
    }

    /** The result's struct type. */
    public LabelsRow output() {
        return out;
    }

    /**
     * This function as a Spark column function of (content, source name): string or binary
     * content, a string (or null) source name.
     */
    public UserDefinedFunction udf() {
        return functions.udf(this, out.schema());
    }

    /**
     * The result row for a value of the content column and of the source column, as Spark calls
     * it; registered as a two-argument function, so a call with another number of arguments is
     * an analysis error naming the function.
     *
     * @throws IllegalArgumentException if {@code source} is neither a String nor null
     */
    @Override
    public Row call(Object value, Object source) {
        if (source != null && !(source instanceof String)) {
            throw new IllegalArgumentException("the path (source name) must be a string or NULL, not a "
                    + source.getClass().getName() + ": CAST it AS STRING");
        }
        return classify(value, (String) source);
    }

    /** The result row for {@code value} (String, byte[] or null); {@code source} may be null. */
    public Row classify(Object value, String source) {
        return out.toRow(labels(value, source));
    }

    /** The library's labels for {@code value} (String, byte[] or null); {@code source} may be null. */
    public Labels labels(Object value, String source) {
        ArticleClassifier c = classifier();
        String name = source == null ? "" : source;
        if (value == null) {
            return unclassified(name, new Warning(Warning.EMPTY, "no text to classify (null)"));
        }
        if (value instanceof String s) {
            if (s.isBlank()) {
                return unclassified(name, new Warning(Warning.EMPTY, "no text to classify"));
            }
            if (rawText) {
                return c.classify(s);
            }
            return c.classify(reader().read(s, name, format(source, s)));
        }
        if (value instanceof byte[] b) {
            return c.classify(read(b, name, source));
        }
        throw new IllegalArgumentException("cannot classify a value of type " + value.getClass().getName()
                + "; give a string or binary column");
    }

    private SourceDocument read(byte[] b, String name, String source) {
        DocumentReader r = reader();
        int length = (int) Math.min(b.length, r.maxBytes());
        boolean truncated = length < b.length;
        SourceFormat format = format(source, new String(b, 0, Math.min(length, 1024), StandardCharsets.ISO_8859_1));
        LoadedText t = TextLoader.decode(b, length, truncated, format);
        // in the order DocumentReader.read(Path) gives them: the cut, then the decoding's
        List<Warning> warnings = new ArrayList<>();
        if (truncated) {
            warnings.add(new Warning(Warning.TRUNCATED, "content larger than " + r.maxBytes()
                    + " bytes; only the first " + length + " were read"));
        }
        warnings.addAll(t.warnings());
        if (t.binary()) {
            return new SourceDocument(name, "", "", "und", t.charset(), warnings);
        }
        SourceDocument d = r.read(t.text(), name, format);
        warnings.addAll(d.warnings());
        return new SourceDocument(d.source(), d.title(), d.text(), d.language(), t.charset(), warnings);
    }

    private static Labels unclassified(String source, Warning why) {
        return new Labels(source, java.util.Map.of(), "und", List.of(why));
    }

    private ArticleClassifier classifier() {
        ArticleClassifier c = classifier;
        if (c == null) {
            c = pack.classifier().withExplanations(out.explanations());
            classifier = c;
        }
        return c;
    }

    private DocumentReader reader() {
        DocumentReader r = reader;
        if (r == null) {
            r = DocumentReader.defaults().withExtraction(!rawText);
            reader = r;
        }
        return r;
    }

    /**
     * The format of a document: from its name's extension when that says HTML, Markdown or
     * {@code .txt}, else guessed from the first 1,024 characters of its content.
     */
    static SourceFormat format(String source, String content) {
        if (source != null && !source.isEmpty()) {
            SourceFormat f = SourceFormat.ofFileName(source);
            if (f != SourceFormat.TEXT || source.toLowerCase(Locale.ROOT).endsWith(".txt")) {
                return f;
            }
        }
        return sniff(content.length() > 1024 ? content.substring(0, 1024) : content);
    }

    private static SourceFormat sniff(String head) {
        String h = head.stripLeading().toLowerCase(Locale.ROOT);
        if (h.startsWith("<!doctype html") || h.startsWith("<html") || h.startsWith("<?xml")
                || h.contains("<body") || h.contains("<head") || h.contains("<p>") || h.contains("<div")) {
            return SourceFormat.HTML;
        }
        return SourceFormat.TEXT;
    }
}
