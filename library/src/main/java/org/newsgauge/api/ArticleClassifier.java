package org.newsgauge.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.newsgauge.model.CueRules;
import org.newsgauge.model.DimensionModel;
import org.newsgauge.model.ModelFormatException;
import org.newsgauge.model.ModelPack;
import org.newsgauge.model.PackReader;
import org.newsgauge.text.DocumentReader;
import org.newsgauge.text.SourceDocument;
import org.newsgauge.text.SparseVector;
import org.newsgauge.text.Warning;
import org.newsgauge.text.lang.LanguageDetection;

/**
 * Classifies news articles with a model pack: for each dimension the label, its probability, the
 * whole distribution and the features that drove it.
 *
 * <pre>{@code
 * ArticleClassifier classifier = ArticleClassifier.defaults();
 * Labels labels = classifier.classify("Kosovo police closed the Jarinje crossing ...");
 * labels.predictions().forEach((dim, p) -> System.out.println(dim + " = " + p.label()));
 *
 * Labels fromFile = classifier.classify(Path.of("page.html"));   // extracts the article first
 * }</pre>
 *
 * <p>Immutable and thread-safe: one instance can serve any number of threads. Batch methods use
 * every core.
 */
public final class ArticleClassifier {
    /** Where the default pack is inside the jar. */
    public static final String DEFAULT_PACK_RESOURCE = "/org/newsgauge/default.ngpack";
    private static final int DEFAULT_TOP_FEATURES = 5;
    /** The longest text {@link #classify(String)} classifies whole (2 Mi characters); a longer one is cut, with a warning. */
    public static final int MAX_TEXT_CHARACTERS = (int) DocumentReader.DEFAULT_MAX_BYTES;
    /** Texts per task of {@link #classifyAll(List, Executor)}: a task's cost dwarfs its scheduling. */
    private static final int TEXTS_PER_TASK = 32;

    private final ModelPack pack;
    private final DocumentReader reader;
    private final int topFeatures;
    private final List<org.newsgauge.model.Scorer> scorers;
    private final CueRules cues;

    private ArticleClassifier(ModelPack pack, DocumentReader reader, int topFeatures) {
        this(pack, reader, topFeatures, scorers(pack), CueRules.of(pack));
    }

    /** Shares {@code scorers} and {@code cues} (immutable) with the classifier it is derived from. */
    private ArticleClassifier(ModelPack pack, DocumentReader reader, int topFeatures,
                              List<org.newsgauge.model.Scorer> scorers, CueRules cues) {
        this.pack = Objects.requireNonNull(pack);
        this.scorers = scorers;
        this.cues = cues;
        this.reader = Objects.requireNonNull(reader);
        this.topFeatures = topFeatures;
    }

    private static List<org.newsgauge.model.Scorer> scorers(ModelPack pack) {
        List<org.newsgauge.model.Scorer> s = new ArrayList<>();
        for (DimensionModel d : pack.dimensions()) {
            s.add(d.linear().scorer());
        }
        return List.copyOf(s);
    }

    /**
     * A classifier over {@code pack}, reading files with article extraction and language
     * detection ({@link DocumentReader#defaults()}) and explaining each decision with 5 features.
     *
     * @param pack a loaded or freshly trained pack; not null
     * @return a new classifier, as thread-safe as the pack
     * @throws NullPointerException when {@code pack} is null
     */
    public static ArticleClassifier of(ModelPack pack) {
        return new ArticleClassifier(pack, DocumentReader.defaults(), DEFAULT_TOP_FEATURES);
    }

    /**
     * A classifier over the pack in {@code file}, read and checked by {@link PackReader#read(Path)}.
     * Each call reads the file again: load it once and share the classifier, which is thread-safe.
     *
     * <pre>{@code
     * ArticleClassifier classifier = ArticleClassifier.load(Path.of("news.ngpack"));
     * }</pre>
     *
     * @param file a pack file written by {@link org.newsgauge.model.PackWriter}, e.g. {@code news.ngpack}
     * @return a classifier over that pack, as {@link #of(ModelPack)} makes it
     * @throws ModelFormatException when the file is not a valid pack: a folder, not a zip, truncated,
     *                              altered (a checksum differs), of a newer pack format, or over the
     *                              reader's size limits
     * @throws IOException          when the file does not exist or cannot be read
     */
    public static ArticleClassifier load(Path file) throws IOException {
        return of(PackReader.read(file));
    }

    /**
     * The default pack (English news about the Serbia–Kosovo dispute: topic, stance, tension),
     * built from {@code training-data/} and shipped in the jar. Loaded on the first call and
     * shared: every call returns the same instance, so calling it per document costs nothing.
     *
     * @return the shared classifier over the default pack
     * @throws IllegalStateException when the jar carries no default pack (a build that skipped it)
     *                               or a damaged one; every call throws it again
     */
    public static ArticleClassifier defaults() {
        Object loaded = DefaultHolder.LOADED;
        if (loaded instanceof ArticleClassifier c) {
            return c;
        }
        RuntimeException e = (RuntimeException) loaded;
        throw new IllegalStateException(e.getMessage(), e);
    }

    /** The default classifier, or why it could not be loaded: built once, on first use. */
    private static final class DefaultHolder {
        static final Object LOADED = load();

        private static Object load() {
            try (InputStream in = ArticleClassifier.class.getResourceAsStream(DEFAULT_PACK_RESOURCE)) {
                if (in == null) {
                    return new IllegalStateException("this newsgauge jar has no default pack (" + DEFAULT_PACK_RESOURCE
                            + "); build it without -Dnewsgauge.skipDefaultPack, or load a pack with ArticleClassifier.load");
                }
                return of(PackReader.read(in, "default.ngpack"));
            } catch (ModelFormatException e) {
                return new IllegalStateException("the default pack in this jar is damaged: " + e.getMessage(), e);
            } catch (IOException e) {
                return new IllegalStateException("cannot read the default pack in this jar: " + e.getMessage(), e);
            }
        }
    }

    /**
     * The same classifier reading files with {@code r} (e.g. without extraction: raw). The pack and
     * its scorers are shared, not copied, so this is cheap.
     *
     * @param r the reader for {@link #classify(Path)} and {@link #classifyFiles}; not null
     * @return a new classifier; this one is unchanged
     * @throws NullPointerException when {@code r} is null
     */
    public ArticleClassifier withReader(DocumentReader r) {
        return new ArticleClassifier(pack, r, topFeatures, scorers, cues);
    }

    /**
     * The same classifier explaining each decision with {@code n} features (0 = no explanation, faster).
     *
     * @param n the most features in each {@link Prediction#explanation()}, 0 or more (the default is 5)
     * @return a new classifier; this one is unchanged
     * @throws IllegalArgumentException when {@code n} is negative
     */
    public ArticleClassifier withExplanations(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("number of features must be >= 0");
        }
        return new ArticleClassifier(pack, reader, n, scorers, cues);
    }

    /**
     * The number of features explaining each decision (0: none).
     *
     * @return the most entries of each {@link Prediction#explanation()}; 5 unless set by {@link #withExplanations}
     */
    public int explanations() {
        return topFeatures;
    }

    /**
     * The pack this classifier applies.
     *
     * @return the pack, with its dimensions, labels and {@link ModelPack#provenance() provenance}
     */
    public ModelPack pack() {
        return pack;
    }

    /**
     * The document reader used for files.
     *
     * @return the reader {@link #classify(Path)} uses; {@link DocumentReader#defaults()} unless set by
     *         {@link #withReader}
     */
    public DocumentReader reader() {
        return reader;
    }

    /**
     * Classifies {@code text} as it is (no article extraction): the text of an article. An empty
     * or blank text gives no predictions and an {@code empty} warning, like an empty file.
     *
     * <p>The language is not detected here (language {@code und}, no {@code language} warning):
     * detection looks at {@value LanguageDetection#SAMPLE_CHARS} characters and costs about ten
     * times the classification itself (0.6 ms against 0.06 ms for an article of the default
     * corpus), which a loop over known English texts should not pay. To have it, classify the
     * string as a document:
     * <pre>{@code
     * Labels l = classifier.classify(classifier.reader().withExtraction(false).read(text, "api", SourceFormat.TEXT));
     * l.language();   // "fra", with a language warning, for a French text
     * }</pre>
     *
     * <p>A text longer than {@link #MAX_TEXT_CHARACTERS} characters is cut there, with a
     * {@code truncated} warning, as a file of {@link DocumentReader#DEFAULT_MAX_BYTES} bytes is: one huge value (a column of a
     * Spark job, a field of a message) must not take a worker's memory and time.
     *
     * @param text the article's text, as it is; not null
     * @return its labels, with source {@code ""} and language {@code und}
     * @throws NullPointerException when {@code text} is null
     */
    public Labels classify(String text) {
        Objects.requireNonNull(text, "text");
        if (text.length() > MAX_TEXT_CHARACTERS) {
            String cut = text.substring(0, MAX_TEXT_CHARACTERS);
            if (Character.isHighSurrogate(cut.charAt(cut.length() - 1))) {
                cut = cut.substring(0, cut.length() - 1);
            }
            return classify(new SourceDocument("", "", cut, LanguageDetection.UNDETERMINED, "string",
                    List.of(new Warning(Warning.TRUNCATED, "the text has " + text.length() + " characters; only the first "
                            + MAX_TEXT_CHARACTERS + " were classified"))));
        }
        return classify(new SourceDocument("", "", text, LanguageDetection.UNDETERMINED, "string", List.of()));
    }

    /**
     * Reads, extracts (unless the reader is raw) and classifies a file. Never throws for bad content.
     *
     * @param file the document; its name's extension chooses how it is read ({@code .html},
     *             {@code .htm}, {@code .xhtml}: HTML; {@code .md}: Markdown; anything else: text)
     * @return its labels; for a missing, unreadable, binary or empty file, or a page with no article,
     *         no predictions and a warning saying why ({@link Labels#unreadable()})
     * @throws NullPointerException when {@code file} is null
     */
    public Labels classify(Path file) {
        return classify(reader.read(file));
    }

    /**
     * Classifies a document that was already read, e.g. by {@link #reader()} from a stream. A
     * language other than English ({@code eng}) or undetermined ({@code und}) adds a
     * {@code language} warning; the labels are still given.
     *
     * @param doc the document; its text is classified as it is
     * @return its labels, with the document's warnings; no predictions when its text is empty or blank
     */
    public Labels classify(SourceDocument doc) {
        List<Warning> warnings = new ArrayList<>(doc.warnings());
        if (doc.text() == null || doc.text().isBlank()) {
            if (warnings.stream().noneMatch(w -> w.code().equals("empty") || w.code().equals("binary")
                    || w.code().equals("io") || w.code().equals("no-article"))) {
                warnings.add(new Warning("empty", "no text to classify"));
            }
            return new Labels(doc.source(), Map.of(), doc.language(), warnings);
        }
        String lang = doc.language() == null ? "und" : doc.language();
        if (!lang.equals("eng") && !lang.equals("und")) {
            warnings.add(new Warning("language", "the text looks like '" + lang
                    + "', not English; newsgauge's tokenizer is written for English news, so these labels may be unreliable"));
        }
        return label(doc.source(), doc.text(), lang, warnings);
    }

    private Labels label(String source, String text, String language, List<Warning> warnings) {
        CueRules.Reading reading = cues.read();
        SparseVector x = pack.features().vectorize(text, reading);
        Map<String, Prediction> out = new LinkedHashMap<>();
        List<DimensionModel> dims = pack.dimensions();
        for (int i = 0; i < dims.size(); i++) {
            DimensionModel d = dims.get(i);
            out.put(d.name(), predict(i, d, reading, scorers.get(i).scores(x), x));
        }
        List<Warning> w = warnings;
        if (x.size() == 0) {
            w = new ArrayList<>(warnings);
            w.add(new Warning(Warning.NO_FEATURES, "none of the text's words is known to the model; the labels are its priors"));
        }
        return new Labels(source, out, language, w);
    }

    /**
     * The prediction of dimension {@code d} (index {@code i}) from its scores: the pack's cue rule
     * applied to what {@code reading} read, and, when the rule decides, the narrator's terms first
     * in the explanation (weight: the rule's confidence), then the features that pushed most.
     */
    private Prediction predict(int i, DimensionModel d, CueRules.Reading reading, double[] scores, SparseVector x) {
        // what the rule read, made once: it decides the distribution and leads the explanation
        java.util.Optional<org.newsgauge.text.NarratorCues.Match> found = cues.match(i, reading);
        double[] p = cues.apply(i, found, d.distribution(scores));
        int c = d.choose(p);
        if (topFeatures == 0) {
            return Prediction.of(d.name(), d.labels(), p, c, List.of());
        }
        List<Contribution> why = new ArrayList<>();
        found.ifPresent(m -> {
            double conf = cues.confidence(i, m.label());
            for (String t : m.terms()) {
                if (why.size() < topFeatures) {
                    why.add(new Contribution("narrator: " + t, conf));
                }
            }
        });
        for (Contribution k : d.explain(x, c, topFeatures, pack.features(), Contribution::new)) {
            if (why.size() < topFeatures) {
                why.add(k);
            }
        }
        return Prediction.of(d.name(), d.labels(), p, c, why);
    }

    /**
     * Classifies many texts on every core; results in input order. Each text is classified as
     * {@link #classify(String)} does it.
     *
     * <pre>{@code
     * List<Labels> labels = classifier.classifyAll(List.of(first, second));
     * }</pre>
     *
     * @param texts the texts, none of them null
     * @return one {@link Labels} per text, in the same order; an immutable list
     * @throws NullPointerException when the list or one of its texts is null
     */
    public List<Labels> classifyAll(List<String> texts) {
        Labels[] out = new Labels[texts.size()];
        IntStream.range(0, out.length).parallel().forEach(i -> out[i] = classify(texts.get(i)));
        return List.of(out);
    }

    /**
     * Classifies many texts on the caller's {@code executor} (an application server's managed
     * pool, a virtual-thread executor, a pool of two threads) instead of the common
     * {@code ForkJoinPool}; results in input order. The texts go to the executor in tasks of 32,
     * and the calling thread waits for all of them: do not call it from a task of a bounded
     * executor you pass it, whose threads could all end up waiting for tasks queued behind them,
     * nor give it an executor that drops tasks silently (a {@code DiscardPolicy}), whose dropped
     * tasks it would wait for forever. When a task fails or is refused, the tasks that have not
     * started are cancelled; those running finish in the background.
     *
     * <pre>{@code
     * ExecutorService pool = Executors.newFixedThreadPool(2);
     * List<Labels> labels = classifier.classifyAll(texts, pool);
     * }</pre>
     *
     * @param texts    the texts, none of them null
     * @param executor runs the tasks; it is neither shut down nor otherwise kept
     * @return one {@link Labels} per text, in the same order; an immutable list
     * @throws NullPointerException       when the list, one of its texts or the executor is null
     * @throws RejectedExecutionException when the executor refuses a task (e.g. it is shut down)
     * @throws IllegalStateException      when the calling thread is interrupted while waiting
     */
    public List<Labels> classifyAll(List<String> texts, Executor executor) {
        Objects.requireNonNull(executor, "executor");
        Labels[] out = new Labels[texts.size()];
        List<FutureTask<Void>> tasks = new ArrayList<>();
        boolean done = false;
        try {
            for (int from = 0; from < out.length; from += TEXTS_PER_TASK) {
                int a = from;
                int b = Math.min(out.length, from + TEXTS_PER_TASK);
                FutureTask<Void> task = new FutureTask<>(() -> {
                    for (int i = a; i < b; i++) {
                        out[i] = classify(texts.get(i));
                    }
                }, null);
                tasks.add(task);
                executor.execute(task);
            }
            for (FutureTask<Void> t : tasks) {
                t.get();
            }
            done = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while classifying", e);
        } catch (ExecutionException e) {
            throw rethrown(e.getCause());
        } finally {
            if (!done) {
                // a refused task, a failed one or an interrupt: what has not started does not start
                tasks.forEach(t -> t.cancel(false));
            }
        }
        return List.of(out);
    }

    /**
     * Classifies files on {@code threads} threads and hands each result to {@code sink} in input
     * order, as soon as it and all before it are done. Memory stays bounded by a window of
     * in-flight documents, whatever the number of files. A file that cannot be read or
     * classified gives a result without labels and with a warning; the batch goes on.
     *
     * <pre>{@code
     * List<Path> files = DocumentFiles.find(List.of(Path.of("articles")));   // a folder's .txt, .md, .html
     * classifier.classifyFiles(files, 4, labels -> System.err.println(labels.source() + " " + labels.get("tension")));
     * }</pre>
     *
     * @param files   the files, classified as {@link #classify(Path)} does it (a file listed twice is
     *                classified twice)
     * @param threads how many threads classify at once, 1 or more
     * @param sink    receives each file's labels, in the order of {@code files}, from one thread at a
     *                time; an exception it throws stops the batch and reaches the caller
     * @throws IllegalArgumentException when {@code threads} is below 1
     * @throws NullPointerException     when the files, one of them or the sink is null
     * @throws IllegalStateException    when the calling thread is interrupted while waiting for a result
     */
    public void classifyFiles(List<Path> files, int threads, Consumer<Labels> sink) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "newsgauge-classify");
            t.setDaemon(true);
            return t;
        });
        try {
            // 64 files ahead per thread; a huge thread count must not overflow the window
            classifyFiles(files, pool, (int) Math.min(Integer.MAX_VALUE, threads * 64L), sink);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * As {@link #classifyFiles(List, int, Consumer)}, on the caller's {@code executor}: each file
     * is one task, and at most {@code inFlight} of them are submitted and not yet handed to the
     * sink, which bounds memory (64 per thread of the executor is plenty to keep it busy).
     *
     * <pre>{@code
     * ExecutorService pool = Executors.newFixedThreadPool(2);
     * classifier.classifyFiles(files, pool, 128, labels -> System.err.println(labels.source()));
     * }</pre>
     *
     * @param files    the files, classified as {@link #classify(Path)} does it
     * @param executor runs the tasks; it is neither shut down nor otherwise kept, and tasks not
     *                 started when the sink throws are cancelled (it must not drop tasks silently:
     *                 the batch would wait for a dropped one forever)
     * @param inFlight how many files may be submitted ahead of the sink, 1 or more
     * @param sink     receives each file's labels, in the order of {@code files}, on the calling
     *                 thread; an exception it throws stops the batch and reaches the caller
     * @throws IllegalArgumentException   when {@code inFlight} is below 1
     * @throws NullPointerException       when the files, one of them, the executor or the sink is null
     * @throws RejectedExecutionException when the executor refuses a task (e.g. it is shut down)
     * @throws IllegalStateException      when the calling thread is interrupted while waiting for a result
     */
    public void classifyFiles(List<Path> files, Executor executor, int inFlight, Consumer<Labels> sink) {
        Objects.requireNonNull(executor, "executor");
        Objects.requireNonNull(sink, "sink");
        if (inFlight < 1) {
            throw new IllegalArgumentException("inFlight must be at least 1, was " + inFlight);
        }
        // a caller's mistake, not a file's problem: thrown before any file is classified, as a
        // null text in classifyAll is
        int index = 0;
        for (Path f : files) {
            if (f == null) {
                throw new NullPointerException("files[" + index + "] is null");
            }
            index++;
        }
        java.util.ArrayDeque<Future<Labels>> queue = new java.util.ArrayDeque<>();
        try {
            for (Path f : files) {
                FutureTask<Labels> task = new FutureTask<>(() -> classifyOrWarn(f));
                executor.execute(task);
                queue.add(task);
                if (queue.size() >= inFlight) {
                    sink.accept(take(queue.poll()));
                }
            }
            while (!queue.isEmpty()) {
                sink.accept(take(queue.poll()));
            }
        } finally {
            queue.forEach(t -> t.cancel(false));
        }
    }

    /** One file of a batch: whatever goes wrong with it is a warning on its result, not the batch's end. */
    private Labels classifyOrWarn(Path f) {
        try {
            return classify(f);
        } catch (RuntimeException | StackOverflowError e) {
            return new Labels(f.toString(), Map.of(), "und", List.of(new Warning(Warning.IO,
                    "could not be classified: " + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : ": " + e.getMessage()))));
        }
    }

    /** A task's failure as the exception {@link #classify(String)} threw, unwrapped. */
    private static RuntimeException rethrown(Throwable cause) {
        if (cause instanceof RuntimeException r) {
            return r;
        }
        if (cause instanceof Error e) {
            throw e;
        }
        return new IllegalStateException("classification failed: " + cause, cause);
    }

    private static Labels take(Future<Labels> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while classifying", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("classification failed: " + e.getCause(), e.getCause());
        }
    }
}
