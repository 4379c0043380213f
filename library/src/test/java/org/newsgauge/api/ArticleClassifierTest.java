package org.newsgauge.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgauge.data.CsvDatasetReader;
import org.newsgauge.model.ModelPack;
import org.newsgauge.testing.Corpus;
import org.newsgauge.train.PackTrainer;
import org.newsgauge.train.TrainingOptions;

class ArticleClassifierTest {
    static ArticleClassifier classifier;

    @BeforeAll
    static void train(@TempDir Path dir) throws Exception {
        ModelPack pack = new PackTrainer(TrainingOptions.defaults()).train(CsvDatasetReader.builder().textColumns("text")
                .labelColumns("topic").ordinal("level", Corpus.LEVELS).build()
                .read(Corpus.writeCsv(dir.resolve("c.csv"), 300, 1)));
        classifier = ArticleClassifier.of(pack);
    }

    @Test
    void theDefaultClassifierIsLoadedOnceAndShared() {
        org.junit.jupiter.api.Assumptions.assumeTrue(getClass().getResource(ArticleClassifier.DEFAULT_PACK_RESOURCE) != null,
                "SKIPPED: built without the default pack (-Dnewsgauge.skipDefaultPack=true)");
        // the README's one-liner, called per document, must not rebuild the classifier each time
        org.junit.jupiter.api.Assertions.assertSame(ArticleClassifier.defaults(), ArticleClassifier.defaults());
    }

    @Test
    void requireNamesTheDimensionsThereAre() {
        Labels l = classifier.classify("The coach and the players scored a goal in the stadium.");
        org.junit.jupiter.api.Assertions.assertSame(l.get("topic"), l.require("topic"));
        IllegalArgumentException typo = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> l.require("Topic"));
        assertEquals("no dimension 'Topic' (the pack's: topic, level)", typo.getMessage());
        Labels empty = classifier.classify(new org.newsgauge.text.SourceDocument("e.txt", "", "", "und", "",
                List.of(new org.newsgauge.text.Warning(org.newsgauge.text.Warning.EMPTY, "the document is empty"))));
        assertTrue(empty.hasWarning(org.newsgauge.text.Warning.EMPTY) && !empty.hasWarning(org.newsgauge.text.Warning.IO));
        assertTrue(org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> empty.require("topic"))
                .getMessage().startsWith("e.txt has no labels: empty: the document is empty"));
        // a classified string has no name: the message says what it is instead of starting with a blank
        String blank = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> classifier.classify("").require("topic")).getMessage();
        assertTrue(blank.startsWith("the text has no labels: empty:"), blank);
        Labels unnamed = new Labels(null, java.util.Map.of(), "und",
                List.of(new org.newsgauge.text.Warning(org.newsgauge.text.Warning.EMPTY, "no text")));
        assertEquals("the text has no labels: empty: no text", org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> unnamed.require("topic")).getMessage());
    }

    @Test
    void sixteenThreadsGiveExactlyTheSingleThreadResults() throws Exception {
        List<String> texts = Corpus.rows(200, 21).stream().map(Corpus.Row::text).toList();
        List<Labels> expected = texts.stream().map(classifier::classify).toList();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<List<Labels>>> runs = new ArrayList<>();
            for (int t = 0; t < 16; t++) {
                runs.add(pool.submit(() -> {
                    List<Labels> out = new ArrayList<>();
                    for (int rep = 0; rep < 5; rep++) {
                        out.clear();
                        for (String text : texts) {
                            out.add(classifier.classify(text));
                        }
                    }
                    return out;
                }));
            }
            for (Future<List<Labels>> f : runs) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(expected, classifier.classifyAll(texts));
    }

    /** An executor that runs tasks on a pool of two and counts them. */
    private static final class CountingExecutor implements java.util.concurrent.Executor {
        final ExecutorService pool = Executors.newFixedThreadPool(2);
        final java.util.concurrent.atomic.AtomicInteger submitted = new java.util.concurrent.atomic.AtomicInteger();
        final java.util.Set<String> threads = java.util.concurrent.ConcurrentHashMap.newKeySet();

        @Override
        public void execute(Runnable task) {
            submitted.incrementAndGet();
            pool.execute(() -> {
                threads.add(Thread.currentThread().getName());
                task.run();
            });
        }
    }

    @Test
    void classifyAllRunsOnTheCallersExecutorInTasksAndLeavesItOpen() {
        List<String> texts = Corpus.rows(70, 23).stream().map(Corpus.Row::text).toList();
        List<Labels> expected = texts.stream().map(classifier::classify).toList();
        CountingExecutor executor = new CountingExecutor();
        try {
            assertEquals(expected, classifier.classifyAll(texts, executor));
            assertEquals(3, executor.submitted.get(), "70 texts in tasks of 32");
            assertTrue(!executor.threads.isEmpty() && executor.threads.stream().allMatch(t -> t.startsWith("pool-")),
                    executor.threads.toString());
            assertTrue(!executor.pool.isShutdown(), "the caller's executor stays the caller's");
            assertEquals(List.of(), classifier.classifyAll(List.of(), executor));
            // a text that cannot be classified fails as classify(String) fails, not wrapped
            List<String> withNull = new ArrayList<>(texts);
            withNull.set(40, null);
            org.junit.jupiter.api.Assertions.assertThrows(NullPointerException.class,
                    () -> classifier.classifyAll(withNull, executor));
        } finally {
            executor.pool.shutdownNow();
        }
        org.junit.jupiter.api.Assertions.assertThrows(java.util.concurrent.RejectedExecutionException.class,
                () -> classifier.classifyAll(texts, executor));
        // a pool with a bounded queue refuses the second task: the first, accepted, must not run on
        List<Runnable> accepted = new ArrayList<>();
        java.util.concurrent.Executor full = task -> {
            if (!accepted.isEmpty()) {
                throw new java.util.concurrent.RejectedExecutionException("queue full");
            }
            accepted.add(task);
        };
        org.junit.jupiter.api.Assertions.assertThrows(java.util.concurrent.RejectedExecutionException.class,
                () -> classifier.classifyAll(texts, full));
        assertEquals(1, accepted.size());
        assertTrue(((Future<?>) accepted.get(0)).isCancelled(), "the accepted task is cancelled");
    }

    @Test
    void classifyFilesOnTheCallersExecutorKeepsOrderAndAtMostInFlightAhead(@TempDir Path dir) throws Exception {
        List<Path> files = new ArrayList<>();
        List<String> texts = Corpus.rows(40, 29).stream().map(Corpus.Row::text).toList();
        for (int i = 0; i < texts.size(); i++) {
            Path f = dir.resolve("d" + i + ".txt");
            Files.writeString(f, texts.get(i), StandardCharsets.UTF_8);
            files.add(f);
        }
        List<Labels> expected = files.stream().map(classifier::classify).toList();
        CountingExecutor executor = new CountingExecutor();
        try {
            List<Labels> out = new ArrayList<>();
            int[] mostAhead = {0};
            classifier.classifyFiles(files, executor, 5, l -> {
                mostAhead[0] = Math.max(mostAhead[0], executor.submitted.get() - out.size());
                out.add(l);
            });
            assertEquals(expected, out);
            assertEquals(40, executor.submitted.get());
            assertTrue(mostAhead[0] <= 5 && mostAhead[0] >= 1, "at most 5 files ahead of the sink, was " + mostAhead[0]);
            assertTrue(!executor.pool.isShutdown());
            // the sink's exception reaches the caller, as with a pool of the library's own
            IllegalStateException stop = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                    () -> classifier.classifyFiles(files, executor, 5, l -> {
                        throw new IllegalStateException("sink full");
                    }));
            assertEquals("sink full", stop.getMessage());
            IllegalArgumentException none = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                    () -> classifier.classifyFiles(files, executor, 0, l -> { }));
            assertEquals("inFlight must be at least 1, was 0", none.getMessage());
        } finally {
            executor.pool.shutdownNow();
        }
        // the sink stops the batch while files wait their turn: those never start
        List<Runnable> waiting = new ArrayList<>();
        int[] ran = {0};
        java.util.concurrent.Executor twoRunNow = task -> {
            if (ran[0] < 2) {
                ran[0]++;
                task.run();
            } else {
                waiting.add(task);
            }
        };
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> classifier.classifyFiles(files, twoRunNow, 5, l -> {
                    throw new IllegalStateException("sink full");
                }));
        assertEquals(3, waiting.size(), "files 3 to 5 were submitted and waiting");
        assertTrue(waiting.stream().allMatch(t -> ((Future<?>) t).isCancelled()), "the waiting files are cancelled");
        // a thread count whose window of 64 files a thread overflows an int still classifies
        List<Labels> some = new ArrayList<>();
        classifier.classifyFiles(files.subList(0, 3), Integer.MAX_VALUE, some::add);
        assertEquals(expected.subList(0, 3), some);
    }

    @Test
    void classifiesFilesInOrderAndReportsUnreadableOnes(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "The coach and the players scored a goal in the stadium. The league season ended with the match.", StandardCharsets.UTF_8);
        Files.write(dir.resolve("b.txt"), new byte[] {0, 1, 2, 3, 0, 0, 5, 6, 0, 0, 0, 9});
        Files.writeString(dir.resolve("c.txt"), "", StandardCharsets.UTF_8);
        List<Labels> out = new ArrayList<>();
        classifier.classifyFiles(List.of(dir.resolve("a.txt"), dir.resolve("b.txt"), dir.resolve("c.txt")), 2, out::add);
        assertEquals(3, out.size());
        assertEquals("sport", out.get(0).get("topic").label());
        assertTrue(out.get(1).unreadable(), out.get(1).toString());
        assertTrue(!out.get(1).warnings().isEmpty());
        assertTrue(out.get(2).unreadable());
        assertTrue(out.get(0).source().endsWith("a.txt"));
        // no thread at all was once run on one, silently
        IllegalArgumentException none = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> classifier.classifyFiles(List.of(dir.resolve("a.txt")), 0, out::add));
        assertTrue(none.getMessage().contains("threads must be at least 1, was 0"), none.getMessage());
    }

    @Test
    void predictionCarriesDistributionAndExplanation() {
        Labels l = classifier.classify("rain and storm and snow in the forecast, a calm quiet week");
        Prediction p = l.get("topic");
        assertEquals("weather", p.label());
        assertEquals(List.of("markets", "sport", "weather"), new ArrayList<>(p.distribution().keySet()));
        assertEquals(p.probability(), p.distribution().get("weather"), 1e-12);
        assertTrue(p.explanation().size() > 0 && p.explanation().size() <= 5);
        for (int i = 1; i < p.explanation().size(); i++) {
            assertTrue(p.explanation().get(i - 1).weight() >= p.explanation().get(i).weight(), "strongest first");
        }
        assertEquals("low", l.get("level").label());
        assertTrue(classifier.withExplanations(0).classify("rain").get("topic").explanation().isEmpty());
    }

    @Test
    void textWithNoKnownWordSaysSo() {
        Labels l = classifier.classify("ЖЖЖ ЩЩЩ"); // no word, and no character n-gram, of the training texts
        assertTrue(l.warnings().stream().anyMatch(w -> w.code().equals("no-features")));
    }
    @Test
    void aStringIsNotLanguageCheckedButAsADocumentItIsAndAnEmptyOneHasNoLabelsLikeAFile(@TempDir Path dir) throws Exception {
        String french = "La police du Kosovo a fermé le poste-frontière de Jarinje après que des manifestants serbes ont"
                + " bloqué la route avec des camions, et les soldats de la KFOR ont été envoyés dans la région du nord.";
        Labels text = classifier.classify(french);
        org.newsgauge.text.DocumentReader raw = classifier.reader().withExtraction(false);
        Labels asDocument = classifier.classify(raw.read(french, "api", org.newsgauge.text.SourceFormat.TEXT));
        Labels file = classifier.withReader(raw).classify(Files.writeString(dir.resolve("fr.txt"), french));
        assertEquals("fra", file.language());
        assertEquals(file.language(), asDocument.language());
        assertEquals(List.of("language"), asDocument.warnings().stream().map(org.newsgauge.text.Warning::code).toList());
        assertEquals("und", text.language(), "a string is not language-checked (the cost of ten classifications)");
        assertEquals(List.of(), text.warnings());
        assertEquals(file.predictions(), text.predictions());
        assertEquals(file.predictions(), asDocument.predictions());

        Labels emptyFile = classifier.classify(Files.writeString(dir.resolve("empty.txt"), ""));
        for (String blank : new String[] {"", " \n\t "}) {
            Labels l = classifier.classify(blank);
            assertTrue(l.unreadable() && emptyFile.unreadable(), l.toString());
            assertEquals(List.of("empty"), l.warnings().stream().map(org.newsgauge.text.Warning::code).toList());
            assertEquals(emptyFile.language(), l.language());
        }
    }

    @Test
    void aHugeStringIsCutWithAWarningAsAHugeFileIs() {
        String huge = "The match ended in a draw and the coach praised the players. ".repeat(40_000);
        Labels l = classifier.classify(huge);
        assertTrue(l.warnings().stream().anyMatch(w -> w.code().equals(org.newsgauge.text.Warning.TRUNCATED)
                && w.message().contains("only the first 2097152 were classified")), l.warnings().toString());
        assertTrue(!l.unreadable(), "still labelled");
        assertTrue(classifier.classify("The match ended in a draw.").warnings().stream()
                .noneMatch(w -> w.code().equals(org.newsgauge.text.Warning.TRUNCATED)));
    }
}
