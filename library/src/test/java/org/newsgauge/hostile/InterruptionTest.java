package org.newsgauge.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgauge.api.ArticleClassifier;
import org.newsgauge.data.DocumentFiles;
import org.newsgauge.report.ClassificationRun;
import org.newsgauge.report.ReportFormat;
import org.newsgauge.report.RunSummary;

/**
 * Killing a run midway leaves the previous report intact and no half-written file under its
 * name, and the next run resumes from what the killed one had finished: the CLI (killed for
 * real, in another JVM) and the plugin's incremental run.
 */
class InterruptionTest {
    @TempDir
    Path dir;

    Path corpus(int n) throws IOException {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        for (int i = 0; i < n; i++) {
            Files.writeString(docs.resolve(String.format("a%05d.txt", i)), BadInputMatrixTest.ARTICLE + " Story " + i + ".");
        }
        return docs;
    }

    @Test
    void killedCliLeavesThePreviousReportAndTheNextRunResumesFromItsJournal() throws Exception {
        Path docs = corpus(1500);
        Path out = dir.resolve("report").resolve("labels.csv");
        Path cache = dir.resolve("cache").resolve("cache.jsonl");
        Path journal = cache.resolveSibling("cache.jsonl.journal");
        Files.createDirectories(out.getParent());
        String previous = "document,topic\nold.txt,sport\n";
        Files.writeString(out, previous);
        String[] args = {"classify", "--model", Fixtures.trainedFile().toString(), "--format", "csv", "--threads", "1",
            "--cache", cache.toString(), "--output", out.toString(), docs.toString()};
        Process p = Forked.cli("128m", dir.resolve("log.txt"), args).start();
        try {
            // wait until the run is writing its temporary file, past the first buffer, and has journaled results
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (temporaryBytes(out.getParent()) < 8192 || journaled(journal) == 0) {
                assertTrue(p.isAlive(), "the run ended before it could be killed: " + Files.readString(dir.resolve("log.txt")));
                assertTrue(System.nanoTime() < deadline, "no temporary report and journal after 60 s");
                Thread.sleep(20);
            }
        } finally {
            p.destroyForcibly(); // SIGKILL: no shutdown hook, no finally block runs
            p.waitFor(30, TimeUnit.SECONDS);
        }
        assertEquals(previous, Files.readString(out), "the previous report changed");
        try (Stream<Path> s = Files.list(out.getParent())) {
            List<String> names = s.map(f -> f.getFileName().toString()).sorted().toList();
            // the one other file is the hidden temporary one, never under the report's name
            assertEquals(2, names.size(), names.toString());
            assertTrue(names.get(0).startsWith(".labels.csv") && names.get(0).endsWith(".tmp"), names.toString());
        }
        assertFalse(Files.exists(cache), "no cache was committed");
        long done = journaled(journal);
        assertTrue(done > 0 && done < 1500, "journaled: " + done);

        Path log = dir.resolve("log2.txt");
        assertEquals(0, Forked.run("128m", log, args), () -> read(log));
        assertTrue(read(log).contains("classified 1500 documents (" + done + " from cache, 0 with warnings)"), () -> read(log));
        List<String> report = Files.readAllLines(out);
        assertEquals(1501, report.size());
        assertTrue(report.get(1500).contains("a01499.txt"), report.get(1500));
        assertFalse(Files.exists(journal), "folded into the cache");
        assertEquals(1501, Files.readAllLines(cache).size(), "a head line and every document");
    }

    /** Whole entry lines in a journal (a line cut by the kill does not count). */
    static long journaled(Path journal) throws IOException {
        if (!Files.exists(journal)) {
            return 0;
        }
        byte[] b = Files.readAllBytes(journal);
        long lines = 0;
        for (byte x : b) {
            lines += x == '\n' ? 1 : 0;
        }
        return Math.max(0, lines - 1);
    }

    static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return e.toString();
        }
    }

    static long temporaryBytes(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(f -> f.getFileName().toString().endsWith(".tmp")).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    @Test
    void failedClassificationRunKeepsReportsAndCacheAndTheNextRunUsesTheCache() throws Exception {
        Path docs = corpus(120);
        Path out = dir.resolve("target-newsgauge");
        ArticleClassifier c = ArticleClassifier.of(Fixtures.trained());
        List<Path> files = DocumentFiles.find(List.of(docs));
        RunSummary first = ClassificationRun.of(c, out).formats(List.of(ReportFormat.CSV)).threads(2).run(files, l -> { });
        assertEquals(120, first.classified());
        Path report = out.resolve(ReportFormat.CSV.fileName());
        String before = Files.readString(report);
        String cacheBefore = Files.readString(out.resolve(ClassificationRun.CACHE_FILE));
        // one more file, and the run stops half way (an exception in the consumer, as an interrupt would)
        Files.writeString(docs.resolve("new.txt"), "Storm and rain flood the city.");
        List<Path> more = DocumentFiles.find(List.of(docs));
        int[] seen = {0};
        assertThrows(IllegalStateException.class, () -> ClassificationRun.of(c, out).formats(List.of(ReportFormat.CSV))
                .threads(2).run(more, l -> {
                    if (++seen[0] == 60) {
                        throw new IllegalStateException("stopped");
                    }
                }));
        assertEquals(before, Files.readString(report));
        assertEquals(cacheBefore, Files.readString(out.resolve(ClassificationRun.CACHE_FILE)));
        try (Stream<Path> s = Files.list(out)) {
            assertTrue(s.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "temporary files left");
        }
        RunSummary next = ClassificationRun.of(c, out).formats(List.of(ReportFormat.CSV)).threads(2).run(more, l -> { });
        assertEquals(1, next.classified(), "only the new file is classified again");
        assertEquals(121, next.documents());
    }
}
